/**
 * The table that gives each service line its data·inclusion codes: only values of the vendored national
 * lists, a row for every current service of the content, and the codes in the exported services.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { structureSchema } from '../../src/schemas/structure.ts';
import {
  SERVICE_CODES,
  serviceCodesOf,
  servesPublic,
  type ServiceCodes,
} from '../../src/lib/structures/serviceCodes.ts';
import { employerLines, isPastAction, toDataInclusionServices } from '../../src/lib/structures/dataInclusion.ts';
import { toStructureRecord } from '../../src/lib/structures/record.ts';
import { validateDataInclusion } from '../../src/lib/structures/validateDataInclusion.ts';
import { contentFiles, loadCollection } from '../support/loadContent.ts';

const listValues = (name: string) =>
  (
    JSON.parse(readFileSync(`standards/data-inclusion-v1.0.8/schemas/v1/extra/${name}.json`, 'utf8')) as {
      value: string;
    }[]
  ).map((item) => item.value);

const structures = loadCollection('structures', structureSchema);
const currentLines = structures.flatMap((structure) =>
  structure.data.services.filter((line) => !isPastAction(line)).map((line) => [structure.filePath, line] as const),
);

/** A content file's text as the pages and the files can show it: comments apart, one space for any spacing. */
const readable = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('fr');
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const tools = contentFiles('tools');
const internships = contentFiles('internships');
const results = contentFiles('diagnostic').filter(({ data }) => data['type'] === 'resultat');

/**
 * Where a row's `appui` may point: the files of the structures that carry its line, and the texts that name them
 * (a tool they hold, an internship form that lists them, a self-diagnostic result that sends to their type).
 */
function textsBehind(ligne: string, { confirmedToolsOnly = false } = {}): string {
  const carriers = structures.filter((structure) =>
    structure.data.services.some((line) => !isPastAction(line) && serviceCodesOf(line) === serviceCodesOf(ligne)),
  );
  const ids = carriers.map((structure) => structure.id);
  const types = carriers.map((structure) => structure.data.type);
  const names = (value: unknown, among: readonly string[]) => asList(value).some((id) => among.includes(String(id)));
  return [
    ...carriers.map((structure) => structure.filePath),
    ...tools
      .filter(({ data }) => names(data['structure'], ids))
      .filter(({ data }) => !confirmedToolsOnly || (data['provenance'] ?? 'a-confirmer') !== 'a-confirmer')
      .map(({ file }) => file),
    ...internships.filter(({ data }) => names(data['structures'], ids)).map(({ file }) => file),
    ...results
      .filter(({ data }) => names(data['informer'], types) || names(data['accompagner'], types))
      .map(({ file }) => file),
  ]
    .map(readable)
    .join(' ');
}

describe('la table des codes data·inclusion des services', () => {
  it.each([
    ['thematiques', SERVICE_CODES.flatMap((row) => row.thematiques)],
    ['types-de-services', SERVICE_CODES.flatMap((row) => row.type ?? [])],
  ])('n’emploie que des valeurs de la liste nationale %s', (list, codes) => {
    expect(codes.length).toBeGreaterThan(0);
    const values = listValues(list);
    expect(codes.filter((code) => !values.includes(code))).toEqual([]);
  });

  it('ne donne de modes d’accueil qu’avec des valeurs de la liste nationale (aucun texte sourcé n’en dit encore)', () => {
    const values = listValues('modes-accueil');
    expect(values.length).toBeGreaterThan(0);
    expect(SERVICE_CODES.flatMap((row) => row.modes_accueil ?? []).filter((code) => !values.includes(code))).toEqual(
      [],
    );
  });

  it('ne s’appuie sur une fiche d’outil « à confirmer » ni pour des frais ni pour un mode d’accueil', () => {
    /** The quotes of rows with fees or ways of access that only a tool sheet « à confirmer » says. */
    const quotedOnlyInUnconfirmedTools = (rows: readonly ServiceCodes[]) =>
      rows
        .filter((row) => row.frais !== undefined || row.modes_accueil !== undefined)
        .flatMap((row) =>
          [...row.appui.matchAll(/« ([^»]+) »/g)]
            .map(([, quote]) => quote!.toLocaleLowerCase('fr'))
            .filter((quote) => !textsBehind(row.ligne, { confirmedToolsOnly: true }).includes(quote))
            .map((quote) => `${row.ligne} : « ${quote} »`),
        );
    expect(quotedOnlyInUnconfirmedTools(SERVICE_CODES)).toEqual([]);
    // The CIO's documentation: « consultables sur place » is only in the « Fonds documentaire » sheet, à confirmer.
    const documentation = serviceCodesOf('Documentation sur les formations et les métiers')!;
    expect(documentation).not.toHaveProperty('modes_accueil');
    const onTheSpot = {
      ...documentation,
      modes_accueil: ['en-presentiel'],
      appui: 'l’outil : « consultables sur place »',
    };
    expect(quotedOnlyInUnconfirmedTools([onTheSpot])).toHaveLength(1);
  });

  it('ne donne de frais qu’avec une valeur de la liste nationale frais (aucun texte du réseau ne dit encore de frais)', () => {
    const values = listValues('frais');
    expect(values.length).toBeGreaterThan(0);
    expect(SERVICE_CODES.filter((row) => row.frais !== undefined && !values.includes(row.frais))).toEqual([]);
  });

  it('ne donne à aucune ligne à la fois ses publics et « alsoEmployers », que servesPublic ignorerait alors', () => {
    expect(SERVICE_CODES.filter((row) => row.publics && row.alsoEmployers).map((row) => row.ligne)).toEqual([]);
    expect(SERVICE_CODES.some((row) => row.alsoEmployers)).toBe(true);
  });

  it('dit pour chaque ligne ce qui appuie ses codes, et n’a qu’une ligne par service', () => {
    for (const row of SERVICE_CODES) expect(row.appui.length, row.ligne).toBeGreaterThan(3);
    expect(new Set(SERVICE_CODES.map((row) => serviceCodesOf(row.ligne))).size).toBe(SERVICE_CODES.length);
  });

  it('a une ligne pour chaque service actuel du contenu (sinon, ajoutez-la dans src/lib/structures/serviceCodes.ts)', () => {
    expect(currentLines.length).toBeGreaterThan(0);
    expect(
      currentLines.filter(([, line]) => !serviceCodesOf(line)).map(([file, line]) => `${file} : « ${line} »`),
    ).toEqual([]);
  });

  it('réserve aux employeurs les lignes écrites pour eux', () => {
    const forEmployers = SERVICE_CODES.filter((row) => /\b(employeurs|entreprises)\b/i.test(row.ligne));
    expect(forEmployers.map((row) => row.ligne)).toHaveLength(3);
    for (const row of forEmployers) expect(row.publics, row.ligne).toEqual(['employeurs']);
  });

  it('ne cite comme appui que des textes que disent encore les structures de la ligne ou ce qui les nomme', () => {
    const quoted = SERVICE_CODES.flatMap((row) =>
      [...row.appui.matchAll(/« ([^»]+) »/g)].flatMap(([, quote]) =>
        quote!.split(' […] ').map((part) => ({ ligne: row.ligne, part })),
      ),
    );
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.filter(({ ligne, part }) => !textsBehind(ligne).includes(part.toLocaleLowerCase('fr')))).toEqual([]);
  });

  it('reconnaît une ligne écrite avec une autre casse ou une autre apostrophe', () => {
    expect(serviceCodesOf('formations en apprentissage')?.type).toBe('formation');
    expect(serviceCodesOf("Contrat d'engagement jeune")?.type).toBe('accompagnement');
    expect(serviceCodesOf('Atelier de test inconnu')).toBeUndefined();
  });
});

describe('les services exportés vers data·inclusion', () => {
  // As they would go once a person checked them with their structures (until then, none goes: structureData.test.ts).
  const exported = structures.flatMap((structure) =>
    toDataInclusionServices(
      toStructureRecord(
        { ...structure, data: { ...structure.data, verifie: true } },
        (id) => `https://exemple.fr/structures/${id}/`,
      ),
      'aioa41',
    ),
  );

  it('portent les thématiques et le type de leur ligne, sans frais ni mode d’accueil qu’aucun texte sourcé ne dit, et restent valides', () => {
    const documentation = exported.find(
      (service) => service.id === 'aioa41--cio-blois--documentation-sur-les-formations-et-les-metiers',
    );
    expect(documentation).toMatchObject({
      thematiques: [
        'choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite',
        'se-former--trouver-sa-formation',
      ],
      type: 'information',
    });
    expect(documentation).not.toHaveProperty('frais');
    expect(documentation).not.toHaveProperty('modes_accueil');
    expect(validateDataInclusion('service', exported)).toEqual([]);
  });

  it('laissent sans frais ni mode d’accueil un service dont le contenu ne les dit pas', () => {
    const apprenticeship = exported.find(
      (service) => service.id === 'aioa41--cfa-batiment-blois--formations-en-apprentissage',
    );
    expect(apprenticeship).toMatchObject({ thematiques: ['se-former--trouver-sa-formation'], type: 'formation' });
    expect(apprenticeship).not.toHaveProperty('frais');
    expect(apprenticeship).not.toHaveProperty('modes_accueil');
  });

  it('sont publiés pour les employeurs seulement quand leur ligne est écrite pour eux', () => {
    const byId = (id: string) => exported.find((service) => service.id === `aioa41--${id}`);
    for (const id of [
      'cci-loir-et-cher--information-des-entreprises-sur-l-alternance',
      'chambre-agriculture-41--accompagnement-des-employeurs-agricoles',
      'france-travail-blois--offres-d-emploi-et-recrutement-pour-les-employeurs',
    ]) {
      // No national code for employers: no `publics` at all, rather than « jeunes » or « demandeurs-emploi ».
      expect(byId(id), id).not.toHaveProperty('publics');
      expect(byId(id)?.publics_precisions, id).toBe('Employeurs');
    }
    const youthGuarantee = byId('mission-locale-blaisois--contrat-d-engagement-jeune');
    expect(youthGuarantee).toMatchObject({
      publics: ['jeunes'],
      publics_precisions: 'Jeunes de 16 à 25 ans sortis de l’école',
    });
    expect(
      exported.filter(
        (service) =>
          !servesPublic(serviceCodesOf(service.nom ?? ''), 'employeurs') &&
          service.publics_precisions?.includes('Employeurs'),
      ),
    ).toEqual([]);
    // A CFA's follow-up of its apprentices is for the apprentice and the employer alike.
    expect(byId('cfa-batiment-blois--suivi-des-apprentis-en-entreprise')?.publics_precisions).toBe(
      'Apprentis, Employeurs',
    );
    expect(validateDataInclusion('service', exported)).toEqual([]);
  });

  it('suivent les publics de leur structure quand leur ligne sert aussi les employeurs', () => {
    // The CAD's information on crafts: its structure's publics, employers included, and whatever an editor changes.
    const cad = structures.find((structure) => structure.id === 'cad-cma-41')!;
    const information = (publics: string[]) =>
      toDataInclusionServices(
        toStructureRecord(
          { ...cad, data: { ...cad.data, publics: publics as typeof cad.data.publics, verifie: true } },
          (id) => `https://exemple.fr/structures/${id}/`,
        ),
        'aioa41',
      ).find((service) => service.nom?.startsWith('Information sur les métiers de l’artisanat'));
    expect(serviceCodesOf('Information sur les métiers de l’artisanat et l’apprentissage')).not.toHaveProperty(
      'publics',
    );
    expect(information([...cad.data.publics])?.publics_precisions).toContain('Employeurs');
    expect(information(['jeunes-16-25', 'employeurs'])?.publics_precisions).toBe(
      'Jeunes de 16 à 25 ans sortis de l’école, Employeurs',
    );
    expect(information(['jeunes-16-25', 'demandeurs-emploi'])?.publics_precisions).toBe(
      'Jeunes de 16 à 25 ans sortis de l’école, Demandeurs d’emploi',
    );
  });

  it('ont presque tous au moins une thématique', () => {
    const themed = exported.filter((service) => (service.thematiques?.length ?? 0) > 0);
    // Only services for employers and the school's own detection of dropouts have none.
    expect(themed.length / exported.length).toBeGreaterThan(0.9);
  });
});

describe('les lignes publiées pour les employeurs, que /donnees/ nomme', () => {
  const row = (ligne: string) => SERVICE_CODES.find((candidate) => candidate.ligne === ligne)!;
  const cad = structures.find((structure) => structure.id === 'cad-cma-41')!;
  const crafts = 'Information sur les métiers de l’artisanat et l’apprentissage';
  const withPublics = (id: string, publics: string[]) =>
    toStructureRecord(
      { ...cad, id, data: { ...cad.data, publics: publics as typeof cad.data.publics, publics_a_confirmer: [] } },
      (each) => `https://exemple.fr/structures/${each}/`,
    );
  const rows = [
    row('Information des entreprises sur l’alternance'),
    row(crafts),
    row('Suivi des apprentis en entreprise'),
    row('Contrat d’engagement jeune'),
  ];

  it('sépare les lignes écrites pour les employeurs seuls de celles qui les servent aussi, et laisse les autres', () => {
    const lines = employerLines(rows, []);
    expect(lines.only).toEqual(['Information des entreprises sur l’alternance']);
    expect(lines.also.map(({ ligne }) => ligne)).toEqual([crafts, 'Suivi des apprentis en entreprise']);
  });

  it('donne à une ligne qui sert aussi les employeurs les publics de chaque structure qui l’a, chacun une fois', () => {
    const records = [
      withPublics('cad-a', ['jeunes-16-25', 'employeurs']),
      withPublics('cad-b', ['jeunes-16-25', 'employeurs']),
      withPublics('cad-c', ['adultes', 'employeurs']),
    ];
    expect(employerLines([row(crafts)], records).also).toEqual([
      {
        ligne: crafts,
        publics: ['Jeunes de 16 à 25 ans sortis de l’école, Employeurs', 'Adultes, Employeurs'],
      },
    ]);
  });

  it('ne donne aucun public à une ligne qu’aucune structure n’a', () => {
    expect(employerLines([row(crafts)], []).also).toEqual([{ ligne: crafts, publics: [] }]);
  });
});
