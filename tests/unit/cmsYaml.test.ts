import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCmsConfig } from '../../src/lib/cmsConfig.ts';
import {
  frontmatterFromFile,
  frontmatterToFile,
  listFieldNames,
  SOURCE_KEY,
  yamlFromFile,
  yamlToFile,
} from '../../src/lib/cmsYaml.ts';
import { collectionFiles } from '../../src/lib/readContentFile.ts';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { COLLECTION_FOLDERS, type CollectionName } from '../../src/schemas/folders.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';

/** What /admin/ gives its file formats (src/scripts/decapAdmin.ts). */
const config = buildCmsConfig({ siteUrl: 'https://exemple.fr/' });
const listFields = listFieldNames(config);

// Every file the site reads that the editing interface opens: YAML entries and Markdown with front matter.
const files = (Object.keys(COLLECTION_FOLDERS) as CollectionName[])
  .flatMap((collection) => collectionFiles('content', collection))
  .filter(({ read, extension }) => read && ['yaml', 'yml', 'md'].includes(extension))
  .map(({ file }) => file);

/** Lines of `after` that differ from `before`, as a reader of the diff sees them. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const old = before.split('\n');
  const next = after.split('\n');
  return {
    removed: old.filter((line) => !next.includes(line)),
    added: next.filter((line) => !old.includes(line)),
  };
}

const STRUCTURE = `# Coordonnées à confirmer : le point est placé dans la commune.
nom: "Point Information Jeunesse d’Exemple"
type: autre
bassin: vendome
description: "Accueille les jeunes : études, emploi, logement."
commune: "Vendôme"
latitude: 47.793
longitude: 1.066
publics:
  - jeunes-16-25
  - parents
date_maj: 2026-11-28
verifie: false
`;
const ORDER = [
  'nom',
  'sigle',
  'type',
  'bassin',
  'description',
  'adresse',
  'code_postal',
  'commune',
  'latitude',
  'longitude',
  'telephone',
  'publics',
  'services',
  'date_maj',
  'verifie',
];

describe('les fichiers enregistrés par l’interface d’édition restent tels qu’écrits', () => {
  it.each(files)('%s : relu puis réécrit sans changement, octet pour octet', (file) => {
    const text = readFileSync(file, 'utf8');
    const written = file.endsWith('.md')
      ? frontmatterToFile(frontmatterFromFile(text, listFields))
      : yamlToFile(yamlFromFile(text, listFields));
    expect(written).toBe(text);
  });

  it('un champ modifié change une seule ligne ; commentaire, guillemets, dates et listes restent', () => {
    const data = yamlFromFile(STRUCTURE);
    const written = yamlToFile({ ...data, commune: 'Montoire-sur-le-Loir' }, ORDER);
    expect(changedLines(STRUCTURE, written)).toEqual({
      removed: ['commune: "Vendôme"'],
      added: ['commune: "Montoire-sur-le-Loir"'],
    });
  });

  it('un champ ajouté va à sa place dans l’ordre du formulaire, un champ vidé disparaît', () => {
    const data = yamlFromFile(STRUCTURE);
    const written = yamlToFile({ ...data, code_postal: '41100', telephone: '', services: ['Documentation'] }, ORDER);
    expect(written).toContain(
      'description: "Accueille les jeunes : études, emploi, logement."\ncode_postal: "41100"\ncommune: "Vendôme"',
    );
    expect(written).toContain(
      'publics:\n  - jeunes-16-25\n  - parents\nservices:\n  - "Documentation"\ndate_maj: 2026-11-28',
    );
    expect(written).not.toContain('telephone');
    expect(written.startsWith('# Coordonnées à confirmer')).toBe(true);
    const removed = yamlToFile({ ...yamlFromFile(written), code_postal: '' }, ORDER);
    expect(removed).not.toContain('code_postal');
  });

  it('une fiche nouvelle s’écrit dans l’ordre du formulaire, comme à la main, sans le texte mémorisé', () => {
    const written = yamlToFile(
      {
        verifie: false,
        date_maj: '2026-11-29',
        nom: 'CIO : Exemple',
        code_postal: '41000',
        publics: ['parents'],
        sigle: '',
      },
      ORDER,
    );
    expect(written).toBe(
      'nom: "CIO : Exemple"\ncode_postal: "41000"\npublics:\n  - parents\ndate_maj: 2026-11-29\nverifie: false\n',
    );
    expect(parse(written)).toEqual({
      nom: 'CIO : Exemple',
      code_postal: '41000',
      publics: ['parents'],
      date_maj: '2026-11-29',
      verifie: false,
    });
    expect(written).not.toContain(SOURCE_KEY);
  });

  it('un point d’étape garde son texte et ses champs repliés quand on change son titre', () => {
    const file = files.find((candidate) => candidate.includes('points-etape'))!;
    const text = readFileSync(file, 'utf8');
    const data = frontmatterFromFile(text);
    const written = frontmatterToFile({ ...data, titre: 'Un autre titre' });
    const { removed, added } = changedLines(text, written);
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatch(/^titre: /);
    expect(added).toEqual(['titre: Un autre titre']);
  });
});

/** Decap's multiple choice widget (decap-cms-widget-relation, getSelectedOptions): anything but a list shows empty. */
const shownInForm = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

describe('un outil d’une seule structure (« structure: bij-41 ») s’ouvre dans le formulaire avec sa structure', () => {
  const tools = (
    collectionSchemas(referenceStandIn) as Record<
      CollectionName,
      { safeParse: (data: unknown) => { success: boolean } }
    >
  ).tools;
  const toolsForm = config.collections.find((collection) => collection.name === 'tools')!;
  const order = toolsForm.fields.map((field) => field.name);

  it('le champ « Structure » des outils est une liste de choix, et lu comme telle', () => {
    expect(toolsForm.fields.find((field) => field.name === 'structure')).toMatchObject({ multiple: true });
    expect(listFields).toContain('structure');
    // A name that is one value somewhere (a diagnostic's `type`) is never turned into a list.
    expect(listFields).not.toContain('type');
  });

  it.each([
    ['content/outils/documentation-information-jeunesse.yaml', 'bij-41'],
    ['content/outils/offres-apprentissage-artisanat.yaml', 'cad-cma-41'],
    ['content/outils/positionnement-competences-de-base.yaml', 'afpa-blois'],
  ])('%s : le formulaire montre %s, le fichier reste tel qu’écrit, un ajout écrit une liste valide', (file, id) => {
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`structure: ${id}\n`);
    const data = yamlFromFile(text, listFields);
    expect(shownInForm(data['structure'])).toEqual([id]);
    // Saved with another field changed: the structure's line is untouched.
    const renamed = yamlToFile({ ...data, nom: 'Un autre nom' }, order);
    expect(changedLines(text, renamed).removed).toEqual([expect.stringMatching(/^nom: /)]);
    expect(renamed).toContain(`structure: ${id}\n`);
    // A second structure chosen in the form: a list the schema accepts.
    const added = yamlToFile({ ...data, structure: [id, 'cio-blois'] }, order);
    expect(added).toContain(`structure:\n  - ${id}\n  - cio-blois\n`);
    expect(tools.safeParse(parse(added)).success).toBe(true);
  });
});

describe('un champ laissé vide dans un élément, un groupe ou une fiche nouvelle n’est pas écrit', () => {
  const schemas = collectionSchemas(referenceStandIn) as Record<
    CollectionName,
    { safeParse: (data: unknown) => { success: boolean } }
  >;

  it('une réponse ajoutée à une étape, valeur effacée et page vidée, s’écrit sans elles et reste valide', () => {
    const text = readFileSync('content/diagnostic/age.yaml', 'utf8');
    const data = yamlFromFile(text, listFields);
    const options = data['options'] as Record<string, unknown>[];
    const added = { libelle: 'Je ne sais pas', valeur: '', suite: 'age-enfant', page: null };
    const written = yamlToFile({ ...data, options: [...options, added] });
    expect(written).not.toMatch(/valeur: ""|page:/);
    expect(written).toBe(`${text}  - libelle: "Je ne sais pas"\n    suite: age-enfant\n`);
    expect(schemas.diagnostic.safeParse(parse(written)).success).toBe(true);
  });

  it('un document ajouté sans fichier ni adresse s’écrit avec son seul titre', () => {
    const written = yamlToFile({
      titre: 'Bilan',
      documents: [{ titre: 'Compte rendu', fichier: '', url: '' }],
    });
    expect(parse(written)).toEqual({ titre: 'Bilan', documents: [{ titre: 'Compte rendu' }] });
  });

  it('une fiche nouvelle : les sources à moitié remplies gardent ce qui est rempli, les vides disparaissent', () => {
    const written = yamlToFile(
      {
        ...(parse(STRUCTURE) as Record<string, unknown>),
        sources: {
          telephone: { source: '', id: '', date: null },
          adresse: { source: 'data·inclusion (dora)', id: '', date: '2026-11-01' },
        },
        services: ['Documentation', ''],
        verifie: false,
      },
      [...ORDER, 'sources'],
    );
    const fields = parse(written) as Record<string, unknown>;
    expect(fields['sources']).toEqual({ adresse: { source: 'data·inclusion (dora)', date: '2026-11-01' } });
    expect(fields['services']).toEqual(['Documentation']);
    expect(fields['verifie']).toBe(false);
    expect(fields['latitude']).toBe(47.793);
  });

  it('un groupe laissé tout vide n’est pas écrit du tout, dans une fiche nouvelle comme dans une fiche lue', () => {
    const blankSources = { sources: { telephone: { source: '', date: null } } };
    expect(yamlToFile({ nom: 'CIO', ...blankSources }, ORDER)).toBe('nom: "CIO"\n');
    const data = yamlFromFile(STRUCTURE);
    expect(yamlToFile({ ...data, ...blankSources }, ORDER)).toBe(STRUCTURE);
  });
});
