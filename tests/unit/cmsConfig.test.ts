import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { buildCmsConfig, FIELD_LABELS, fieldLabel, repositoryName, type CmsField } from '../../src/lib/cmsConfig.ts';
import { contentRoot } from '../../src/lib/contentRoot.ts';
import { describeSchema, type FieldDoc } from '../../src/lib/describeFields.ts';
import { readContent } from '../../src/lib/readContentFile.ts';
import { COLLECTION_FOLDERS, type CollectionName } from '../../src/schemas/folders.ts';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { optionalText } from '../../src/schemas/fields.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { structureSchema } from '../../src/schemas/structure.ts';
import { site } from '../../src/site.config.ts';
import { mainNavigation, themesLink } from '../../src/navigation.ts';

const config = buildCmsConfig({ siteUrl: 'https://exemple.fr/' });
const schemas = collectionSchemas(referenceStandIn) as Record<CollectionName, z.ZodType>;

const collection = (name: string) => {
  const found = config.collections.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`collection ${name} absente`);
  return found;
};
const field = (collectionName: string, name: string): CmsField => {
  const found = collection(collectionName).fields.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${collectionName}.${name} absent`);
  return found;
};
/** What Decap does with a `pattern`: test the value against the regex, show the message otherwise. */
const patternVerdict = (target: CmsField, value: string) =>
  target.pattern && !new RegExp(target.pattern[0]).test(value) ? target.pattern[1] : 'accepté';

/** Top-level fields of each shape of a collection's schema, read with zod's public API. */
function shapeFields(schema: z.ZodType): string[][] {
  if (schema instanceof z.ZodObject) return [Object.keys(schema.shape)];
  if (schema instanceof z.ZodDiscriminatedUnion) return (schema.options as z.ZodType[]).flatMap(shapeFields);
  throw new Error('schéma inattendu');
}

describe('la configuration de l’interface d’édition (/admin/), tirée des schémas', () => {
  it('a une collection par dossier de contenu (le diagnostic en deux : questions et résultats)', () => {
    const folders = new Set(config.collections.map((entry) => entry.folder));
    expect([...folders].sort()).toEqual(
      Object.values(COLLECTION_FOLDERS)
        .map((folder) => `content/${folder}`)
        .sort(),
    );
    expect(collection('diagnostic-question').filter).toEqual({ field: 'type', value: 'question' });
    expect(collection('diagnostic-resultat').filter).toEqual({ field: 'type', value: 'resultat' });
    expect(field('diagnostic-question', 'type')).toMatchObject({ widget: 'hidden', default: 'question' });
  });

  it('nomme chaque rubrique comme le menu du site, puis du mot du réseau, dans l’ordre du menu', () => {
    const labels = config.collections.map((entry) => entry.label);
    expect(labels.slice(0, 8)).toEqual([
      'Structures',
      'Trouver la bonne aide (autodiagnostic) — questions',
      'Trouver la bonne aide (autodiagnostic) — résultats',
      'Travaux du réseau (points d’étape)',
      'Sites utiles (sitothèque)',
      'Stages',
      'Boîte à outils (outils)',
      'Thèmes (thématiques)',
    ]);
    // Each plain name is the very label of the public menu (or of the themes' index), not a copy of it.
    for (const link of [...mainNavigation.filter((entry) => entry.href !== '/carte/'), themesLink]) {
      expect(
        labels.some((label) => label.startsWith(link.label)),
        link.label,
      ).toBe(true);
    }
  });

  it('écrit « Pour les éditeurs » avec son accent', () => {
    expect(field('pages', 'pour_les_editeurs').label).toBe('Pour les éditeurs');
  });

  it.each(
    (Object.keys(schemas) as CollectionName[]).flatMap((name) =>
      shapeFields(schemas[name]).map((fields, index) => ({ name, index, fields })),
    ),
  )(
    '$name (forme $index) : chaque champ du schéma est dans le formulaire, dans le même ordre',
    ({ name, index, fields }) => {
      const forms = config.collections.filter((entry) => entry.folder === `content/${COLLECTION_FOLDERS[name]}`);
      const form = forms[index]!;
      expect(form.fields.map((entry) => entry.name).filter((entry) => entry !== 'body')).toEqual(fields);
    },
  );

  it.each(config.collections.flatMap((entry) => entry.fields.map((target) => ({ collection: entry.name, target }))))(
    '$collection › $target.name a un libellé et une aide en français',
    ({ target }) => {
      expect(target.label.length).toBeGreaterThan(1);
      if (target.widget !== 'hidden' && target.name !== 'body') expect(target.hint?.length).toBeGreaterThan(5);
    },
  );

  it('obligatoire ou facultatif comme le dit le schéma', () => {
    expect(field('structures', 'nom').required).toBe(true);
    expect(field('structures', 'sigle').required).toBe(false);
    expect(field('structures', 'publics')).toMatchObject({ required: true, min: 1 });
    expect(field('structures', 'services').required).toBe(false);
    expect(field('structures', 'membre')).toMatchObject({ widget: 'boolean', required: false, default: false });
  });

  it('les listes de valeurs deviennent des menus avec leurs libellés français', () => {
    expect(field('structures', 'type').options).toContainEqual({
      value: 'cio',
      label: 'Centre d’information et d’orientation (CIO) (cio)',
    });
    expect(field('structures', 'bassin').options).toContainEqual({
      value: 'romorantin',
      label: 'Romorantin-Lanthenay (romorantin)',
    });
    expect(field('structures', 'publics')).toMatchObject({ widget: 'select', multiple: true });
    expect(field('tools', 'categorie').options?.map((option) => option.value)).toEqual([
      'information',
      'positionnement',
      'accueil',
      'orientation',
    ]);
  });

  it('les renvois vers d’autres fiches deviennent des choix parmi ces fiches', () => {
    expect(field('sites', 'thematiques')).toMatchObject({
      widget: 'relation',
      collection: 'themes',
      value_field: '{{slug}}',
      search_fields: ['titre'],
      multiple: true,
    });
    expect(field('internships', 'structures')).toMatchObject({
      widget: 'relation',
      collection: 'structures',
      search_fields: ['nom'],
    });
    // One structure or a list of them: the form writes the list.
    expect(field('tools', 'structure')).toMatchObject({ widget: 'relation', collection: 'structures', multiple: true });
    expect(field('diagnostic-resultat', 'sites')).toMatchObject({ widget: 'relation', collection: 'sites' });
  });

  it.each([
    ['structures', 'code_postal', '41000', 'accepté'],
    ['structures', 'code_postal', '4100', 'code postal invalide → écrivez 5 chiffres, par exemple 41000.'],
    // The form is not a YAML file: quotes typed in it are part of the value, and no message asks for them.
    ['structures', 'code_postal', '"41000"', 'code postal invalide → écrivez 5 chiffres, par exemple 41000.'],
    ['structures', 'siret', '13000000000000', 'accepté'],
    ['structures', 'siret', '1300', expect.not.stringMatching(/guillemets/)],
    ['structures', 'telephone', '02 54 00 00 00', 'accepté'],
    ['structures', 'telephone', '12', expect.stringMatching(/^numéro invalide/)],
    ['structures', 'courriel', 'contact@exemple.fr', 'accepté'],
    ['structures', 'courriel', 'contact', expect.stringMatching(/^adresse électronique invalide/)],
    ['sites', 'url', 'https://www.onisep.fr/', 'accepté'],
    ['sites', 'url', 'www.onisep.fr', expect.stringMatching(/^adresse web invalide/)],
    // Every message and CONTRIBUTING say https://, and every address of the content is so.
    ['sites', 'url', 'http://www.onisep.fr/', expect.stringMatching(/https:\/\/.*signalez-le à l’équipe/)],
    ['structures', 'site_web', 'http://www.exemple.fr/', expect.stringMatching(/^adresse web invalide/)],
    ['structures', 'site_web', 'HTTPS://www.exemple.fr/', 'accepté'],
    // A structure's name is its name in data·inclusion: 3 to 150 characters, no final full stop.
    ['structures', 'nom', 'Mission Locale du Blaisois', 'accepté'],
    [
      'structures',
      'nom',
      `Mission Locale ${'du Blaisois '.repeat(12)}`.trim(),
      expect.stringMatching(/de 3 à 150 caractères/),
    ],
    [
      'structures',
      'nom',
      'ML',
      expect.stringMatching(/de 3 à 150 caractères, espaces autour non comptés, sans point final/),
    ],
    ['structures', 'nom', 'Mission Locale du Blaisois.', expect.stringMatching(/sans point final/)],
    ['glossary', 'sigle', 'CIO', 'accepté'],
    ['glossary', 'sigle', 'Afpa', 'accepté'],
    ['glossary', 'sigle', 'C.I.O.', expect.stringMatching(/^un sigle s’écrit d’un seul mot/)],
    ['glossary', 'sigle', 'C I O', expect.stringMatching(/^un sigle s’écrit d’un seul mot/)],
    ['glossary', 'lien', '/stages/pmsmp/', 'accepté'],
    // Opening hours: the form can't run the OpenStreetMap parser, but stops the French way of writing them.
    [
      'structures',
      'horaires_accueil',
      'Lundi-vendredi 9h-12h',
      expect.stringMatching(/^horaires illisibles → .*Mo-Fr 09:00-12:00/),
    ],
    ['structures', 'horaires_accueil', 'Mo-Fr 09:00-12:00,13:30-17:00', 'accepté'],
    ['structures', 'horaires_accueil', '09:00-17:00', 'accepté'],
    ['structures', 'horaires_accueil', 'Tu,Th 14:00-17:00; PH off', 'accepté'],
    ['structures', 'horaires_accueil', '24/7', 'accepté'],
  ])('%s › %s : « %s » → %s', (collectionName, name, value, verdict) => {
    expect(patternVerdict(field(collectionName, name), value)).toEqual(verdict);
  });

  it('refuse une regex à options (que Decap ignorerait) sans formPattern, au lieu de la passer au formulaire', () => {
    const flagged = structureSchema.extend({
      nom_court: z
        .string()
        .regex(/^\p{L}+$/u)
        .optional(),
    });
    expect(() =>
      buildCmsConfig({ siteUrl: 'https://exemple.fr/', schemas: { ...schemas, structures: flagged } }),
    ).toThrow(/nom_court : la regex .*\/u a des options .*formPattern/);
  });

  /** Every pattern the form gets, where it sits (collection, path of field names) and the folder it edits. */
  const patterns: { collection: string; where: string; folder: string; path: string[]; pattern: [string, string] }[] =
    [];
  const gather = (collection: string, folder: string, target: CmsField, path: string[]) => {
    if (target.pattern) patterns.push({ collection, where: path.join('.'), folder, path, pattern: target.pattern });
    for (const sub of target.fields ?? []) gather(collection, folder, sub, [...path, sub.name]);
    // A list of single values: its element has no key of its own in the file.
    if (target.field) gather(collection, folder, target.field, path);
  };
  for (const entry of config.collections)
    for (const target of entry.fields) gather(entry.name, entry.folder, target, [target.name]);

  /** The schema's own examples of the field at `path` (every shape of the collection). */
  const examplesAt = (docs: FieldDoc[], [head, ...rest]: string[]): string[] =>
    docs
      .filter((doc) => doc.name === head)
      .flatMap((doc) => {
        if (rest.length === 0) return doc.example === undefined ? [] : [doc.example];
        const inner = [doc, ...(doc.options ?? [])].flatMap((form) => [
          ...(form.fields ?? []),
          ...(form.item?.fields ?? []),
        ]);
        return examplesAt(inner, rest);
      });
  /** The values real files write at `path` (through lists and groups). */
  const valuesAt = (value: unknown, path: string[]): string[] => {
    if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
    // A pattern's field holds text (or a number written without quotes, such as a postcode).
    if (path.length === 0) return typeof value === 'string' || typeof value === 'number' ? [String(value)] : [];
    if (typeof value !== 'object' || value === null) return [];
    return valuesAt((value as Record<string, unknown>)[path[0]!], path.slice(1));
  };
  const folderNames = Object.fromEntries(
    (Object.keys(COLLECTION_FOLDERS) as CollectionName[]).map((name) => [`content/${COLLECTION_FOLDERS[name]}`, name]),
  );

  it.each(patterns)(
    '$collection › $where : le motif du formulaire, lu comme Decap le lit, accepte l’exemple du schéma et chaque fichier réel',
    ({ folder, path, pattern }) => {
      const name = folderNames[folder]!;
      const examples = describeSchema(schemas[name]).flatMap((variant) => examplesAt(variant.fields, path));
      const real = readContent(contentRoot(), [name]).flatMap((file) => valuesAt(file.data, path));
      const values = [...new Set([...examples, ...real])];
      expect(values.length, 'aucune valeur pour éprouver le motif').toBeGreaterThan(0);
      // Decap: `RegExp(pattern)`, with no flags (decap-cms-core, EditorControlPane/Widget.js, validatePattern).
      const decap = RegExp(pattern[0]);
      expect(values.filter((value) => !decap.test(value))).toEqual([]);
    },
  );

  it('aucun motif du formulaire ne regarde en arrière : Safari avant 16.4 (iPadOS 15) ne saurait pas le compiler', () => {
    expect(
      patterns
        .filter(({ pattern }) => /\(\?<[=!]/.test(pattern[0]))
        .map(({ collection, where }) => `${collection} › ${where}`),
    ).toEqual([]);
  });

  it('l’aide et les messages du formulaire ne demandent jamais de guillemets (conseil pour les fichiers YAML)', () => {
    const said: string[] = [];
    const walk = (target: CmsField) => {
      said.push(target.hint ?? '', target.pattern?.[1] ?? '');
      for (const sub of [...(target.fields ?? []), ...(target.field ? [target.field] : [])]) walk(sub);
    };
    for (const entry of config.collections) entry.fields.forEach(walk);
    expect(said.filter((text) => /guillemets|"/.test(text))).toEqual([]);
    expect(field('structures', 'code_postal').hint).toBe('Le code postal, 5 chiffres, par exemple 41000.');
  });

  it('l’aide du formulaire ne parle ni de true ni de noms de fichiers : il montre un interrupteur et une liste de titres', () => {
    const misleading: string[] = [];
    const walk = (target: CmsField, where: string) => {
      const hint = target.hint ?? '';
      if (target.widget === 'boolean' && /\b(?:true|false)\b/.test(hint)) misleading.push(`${where}: ${hint}`);
      if (target.widget === 'relation' && /content\/|\.yaml|sans extension/.test(hint))
        misleading.push(`${where}: ${hint}`);
      for (const sub of [...(target.fields ?? []), ...(target.field ? [target.field] : [])])
        walk(sub, `${where}.${sub.name}`);
    };
    for (const entry of config.collections)
      for (const target of entry.fields) walk(target, `${entry.name}.${target.name}`);
    expect(misleading).toEqual([]);
    expect(field('sites', 'thematiques').hint).toBe('Au moins un thème.');
    expect(field('tools', 'structure').hint).toMatch(/^La structure qui détient l’outil, ou la liste de celles/);
    expect(field('tools', 'point_etape').hint).toMatch(/obligatoire quand la provenance est « groupe »/);
  });

  it('l’aide d’un champ à plusieurs valeurs ne le dit pas à une seule (« Un thème. ») : elle dit « Au moins un » ou le pluriel', () => {
    const singular: string[] = [];
    const walk = (target: CmsField, where: string) => {
      const multiple = target.widget === 'list' || target.multiple === true;
      if (multiple && /^(?:Un|Une)\s/.test(target.hint ?? '')) singular.push(`${where}: ${target.hint}`);
      for (const sub of [...(target.fields ?? []), ...(target.field ? [target.field] : [])])
        walk(sub, `${where}.${sub.name}`);
    };
    for (const entry of config.collections)
      for (const target of entry.fields) walk(target, `${entry.name}.${target.name}`);
    expect(singular).toEqual([]);
    expect(
      [
        ['sites', 'thematiques'],
        ['sites', 'publics'],
        ['reports', 'thematiques'],
        ['tools', 'publics'],
        ['structures', 'publics'],
      ].map(([name, target]) => field(name!, target!).hint),
    ).toEqual([
      'Au moins un thème.',
      'Au moins un public.',
      'Au moins un thème.',
      'Au moins un public.',
      'Au moins un public accueilli.',
    ]);
  });

  it.each([
    ['structures', 'dans_le_reseau', 'Dans le réseau'],
    ['structures', 'siret', 'Numéro SIRET'],
    ['structures', 'publics_a_confirmer', 'Publics à confirmer'],
    ['internships', 'convention_precisions', 'Convention : précisions'],
    ['internships', 'gratification_precisions', 'Gratification : précisions'],
    ['tools', 'point_etape', 'Point d’étape'],
    ['internships', 'date_verification', 'Date des règles (rédaction ou dernière vérification)'],
    // Imports write it on entries nobody verified: « Vérifié » says whether a person checked.
    ['structures', 'date_maj', 'Date de dernière mise à jour'],
  ])('%s › %s s’appelle « %s » dans le formulaire', (collectionName, name, label) => {
    expect(field(collectionName, name).label).toBe(label);
  });

  it('chaque libellé de la table des noms de champs sert : aucun ne double le libellé qu’un schéma donne à son champ', () => {
    // A label written twice is renamed in one place only, and an edit to the table would then change nothing.
    const unlabelled = new Set<string>();
    const walk = (doc: FieldDoc): void => {
      if (doc.label === undefined) unlabelled.add(doc.name);
      const options = doc.options ?? [];
      for (const holder of [doc, doc.item, ...options, ...options.map((option) => option.item)]) {
        for (const inner of holder?.fields ?? []) walk(inner);
      }
    };
    for (const schema of Object.values(schemas))
      for (const variant of describeSchema(schema)) variant.fields.forEach(walk);
    expect(Object.keys(FIELD_LABELS).filter((name) => !unlabelled.has(name))).toEqual([]);
  });

  it('« Publics à confirmer » se choisit parmi les publics, avec une aide qui dit ce que le site en fait', () => {
    const unconfirmed = field('structures', 'publics_a_confirmer');
    expect(unconfirmed).toMatchObject({ widget: 'select', multiple: true, required: false });
    expect(unconfirmed.options).toContainEqual({ value: 'apprentis', label: 'Apprentis (apprentis)' });
    expect(unconfirmed.hint).toMatch(/parmi les publics accueillis.*le site les dit « à confirmer »/);
  });

  it('les champs des sources s’appellent en français (« Coordonnées », « Identifiant »)', () => {
    const sources = field('structures', 'sources').fields!;
    const coordinates = sources.find((target) => target.name === 'coordonnees')!;
    expect(coordinates.label).toBe('Coordonnées (latitude et longitude)');
    expect(coordinates.fields!.find((target) => target.name === 'id')!.label).toBe('Identifiant');
  });

  it('l’aide de « Vérifié » dit que des coordonnées non vérifiées ne sont pas publiées', () => {
    expect(field('structures', 'verifie').hint).toMatch(/ne sont pas publiés.*« Coordonnées à confirmer »/);
    expect(field('internships', 'date_verification').hint).toMatch(/écrites, ou vérifiées.*date de mise à jour/);
    expect(field('structures', 'date_maj').hint).toMatch(/dernière modification.*« Vérifié » dit si une personne/);
  });

  it('coordonnées bornées au département, dates au format des fichiers', () => {
    expect(field('structures', 'latitude')).toMatchObject({
      widget: 'number',
      value_type: 'float',
      min: 47.15,
      max: 48.17,
    });
    expect(field('structures', 'date_maj')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
    });
    expect(field('structures', 'membre_depuis')).toMatchObject({ widget: 'number', value_type: 'int', min: 1990 });
  });

  it('les documents des points d’étape se déposent dans public/documents/', () => {
    expect(config.media_folder).toBe('public/documents');
    const documents = field('reports', 'documents');
    expect(documents.widget).toBe('list');
    expect(documents.fields?.find((sub) => sub.name === 'fichier')).toMatchObject({ widget: 'file', required: false });
    expect(collection('reports').fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
  });

  it('enregistre par pull request sur le dépôt de src/site.config.ts, même sans droit d’écriture', () => {
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: repositoryName(site.repository.url),
      branch: site.repository.branch,
      open_authoring: true,
    });
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.locale).toBe('fr');
    expect(repositoryName('https://github.com/aioa41/site')).toBe('aioa41/site');
    expect(() => repositoryName('https://exemple.fr/depot')).toThrow(/GitHub/);
  });

  it('un champ ajouté à un schéma apparaît dans le formulaire sans autre changement', () => {
    const extended = structureSchema.extend({ source_donnees: optionalText('d’où viennent les coordonnées') });
    const withField = buildCmsConfig({ siteUrl: 'https://exemple.fr/', schemas: { ...schemas, structures: extended } });
    const added = withField.collections.find((entry) => entry.name === 'structures')?.fields.at(-1);
    expect(added).toEqual({
      name: 'source_donnees',
      label: fieldLabel('source_donnees'),
      widget: 'string',
      required: false,
      hint: 'D’où viennent les coordonnées.',
    });
    expect(added?.label).toBe('Source donnees');
  });
});
