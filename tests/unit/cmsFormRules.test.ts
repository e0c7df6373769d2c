/**
 * What the editing form (/admin/) lets through must pass the build: the form's required fields, patterns and hints
 * against the schemas of src/schemas, on the values an editor may type.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { buildCmsConfig, type CmsField } from '../../src/lib/cmsConfig.ts';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import type { CollectionName } from '../../src/schemas/folders.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { tidyOpeningHours } from '../../src/schemas/structure.ts';

const config = buildCmsConfig({ siteUrl: 'https://exemple.fr/' });
const schemas = collectionSchemas(referenceStandIn) as Record<CollectionName, z.ZodType>;

const field = (collectionName: string, name: string): CmsField => {
  const found = config.collections
    .find((candidate) => candidate.name === collectionName)
    ?.fields.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${collectionName}.${name} absent`);
  return found;
};

const read = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** Sample values by field name, as [field, value] cases for `it.each`. */
const casesOf = (samples: Record<string, string[]>) =>
  Object.entries(samples).flatMap(([name, values]) => values.map((value) => [name, value] as const));

/** What Decap does with a field's `pattern`: `RegExp(pattern)`, no flags, on a filled value (validatePattern). */
const formAccepts = (target: CmsField, value: string) => !target.pattern || RegExp(target.pattern[0]).test(value);

/** The build's verdict on one top-level field of an entry that is valid otherwise. */
const schemaAccepts = (collection: CollectionName, entry: Record<string, unknown>, name: string, value: string) =>
  !(name in messages(collection, { ...entry, [name]: value }));

/** The schema's messages for `data`, by field path (`informer`, `options.0.suite`). */
function messages(collection: CollectionName, data: Record<string, unknown>): Record<string, string> {
  const result = schemas[collection].safeParse(data);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('autodiagnostic : chaque résultat propose des sites, des structures qui informent et qui accompagnent', () => {
  const result = read('content/diagnostic/apprenti-moins-16.yaml');

  it.each(['sites', 'informer', 'accompagner'])('le formulaire demande au moins un élément dans « %s »', (name) => {
    expect(field('diagnostic-resultat', name)).toMatchObject({ required: true, min: 1 });
  });

  it('l’aide des types de structures dit les règles que le formulaire ne vérifie pas', () => {
    for (const name of ['informer', 'accompagner']) {
      expect(field('diagnostic-resultat', name).hint).toMatch(/^Au moins un\./);
      expect(field('diagnostic-resultat', name).hint).toMatch(/une des deux listes/);
      expect(field('diagnostic-resultat', name).hint).toMatch(/une structure dans l’annuaire/);
    }
  });

  it('la vérification refuse un niveau vide ou absent, en français, avec le champ et la correction', () => {
    expect(messages('diagnostic', result)).toEqual({});
    const { accompagner: _, ...withoutSupport } = result;
    const said = messages('diagnostic', { ...withoutSupport, sites: [], informer: [] });
    expect(Object.keys(said).sort()).toEqual(['accompagner', 'informer', 'sites']);
    expect(said['sites']).toBe(
      'liste vide → indiquez au moins un site de la sitothèque, nom d’un fichier de content/sitotheque/ (chaque résultat propose des sites, des structures qui informent et qui accompagnent).',
    );
    expect(said['informer']).toBe(
      'liste vide → indiquez au moins un type de structure qui informe (chaque résultat propose des sites, des structures qui informent et qui accompagnent).',
    );
    expect(said['accompagner']).toMatch(
      /^champ obligatoire manquant → ajoutez un type de structure qui accompagne \(chaque résultat propose .*\) sous forme de liste/,
    );
  });
});

describe('horaires d’accueil : ce que le formulaire accepte, la vérification l’accepte', () => {
  const structure = read('content/structures/bij-41.yaml');
  const hours = field('structures', 'horaires_accueil');
  // Written as the OpenStreetMap syntax allows: the form lets each through.
  const valid = [
    'Mo-Fr 09:00-12:00,13:30-17:00',
    'Mo-Th 08:30-12:30,13:30-17:30; Fr 08:30-12:00',
    'Mo-Fr 09:00-12:00,13:30-17:00; PH off',
    'Mo-Fr 09:00-12:00, 14:00-17:00',
    'Mo,We,Fr 09:00-12:00',
    'Mo-Sa 09:00-12:00,14:00-18:00',
    'Tu,Th 14:00-17:00; PH off',
    'Mo-Fr 9:00-12:00',
    'Mo-Fr 09:00 - 12:00',
    'Mo-Fr 09:00-12:00 ; Sa 09:00-12:00',
    'Mo-Fr 08:30-12:30,13:30-17:30; Sa,Su off; PH off',
    'Mo-Fr 09:00-17:00 "sur rendez-vous"',
    'Mo-Fr 09:00-12:00 "uniquement sur rendez-vous", Sa 09:00-12:00',
    'Mo-Fr 09:00-12:00; We 14:00-17:00 "permanence"',
    'Mo-Fr 09:00-12:00 || "au téléphone"',
    'Mo-Fr 08:00-12:00 || Sa 09:00-12:00',
    'Mo-Fr "sur rendez-vous"',
    'Jan-Jun Mo-Fr 09:00-12:00',
    '2026 Jan-Jun Mo-Fr 09:00-12:00',
    'Mo-Fr 08:30-12:00,13:30-17:00; Jul-Aug off',
    'Mo-Fr 09:00-12:00; Aug off',
    'Mo-Fr 09:00-12:00; Dec 25 off',
    'SH Mo-Fr 10:00-12:00',
    'Mo-Fr 09:00-12:00; SH off',
    'week 01-53/2 Mo 09:00-12:00',
    'Mo[1] 14:00-17:00',
    'Mo-Fr sunrise-sunset',
    'Mo-Fr (sunrise+01:00)-(sunset-01:00)',
    'Mo-Fr 09:00+',
    'We 14:00-18:00 open',
    'Mo-Fr 09:00-17:00 unknown',
    'Mo-Fr closed',
    'Sa-Su off',
    'PH off',
    '09:00-17:00',
    '24/7',
  ];
  // Slips of an editor that the build refuses: the form refuses each too.
  const slips = [
    'Lundi-vendredi 9h-12h',
    'lundi-vendredi 09:00-12:00',
    'Lu-Ve 09:00-12:00',
    'Lundi au vendredi 09:00-12:00',
    'Mon-Fri 09:00-12:00',
    'Mo-Fr 09h00-12h00',
    'Mo-Fr 9h-12h',
    'Mo-Fr 09.00-12.00',
    'Mo-Fr 09:00–12:00',
    'Mo-Fr 9-12',
    'Mo-Fr 0900-1200',
    'Mo-Fr 09:00-12:00 et 14:00-17:00',
    'Mo-Fr 09:00-12:00 à 14:00',
    'Mo-Fr 09:00-17:00 sur rendez-vous',
    'Mo-Fr 08:00-18:00 (sur rendez-vous)',
    'Mo-Fr 09:00-12:00 sauf jours fériés',
    'Mo-Fr 09:00-12:00 13:30-17:00',
    'Mo-Fr 09:00-12:00 - 14:00-17:00',
    'Mo-Fr 09:00-12:00 / 14:00-17:00',
    'Mo-Fr 09:00-12:00/14:00-17:00',
    'Mo-Fr 09:00-12:00 Sa 10:00-12:00',
    'Mo-Fr 09:00-12:00,13:30-17:00 PH off',
    'Mo-Fr 09:00-12:00 Jul-Aug',
    '12:00-14:00 Mo-Fr',
    'Mo Tu We 09:00-12:00',
    'Mo-Fr : 09:00-12:00',
    'Mo-Fr 09:00-12:00 (sunrise)',
    'Mo-Fr 09:00-12:00;',
    'Mo-Fr 09:00-12:00,',
    'Mo,Fr,',
    'Mo-Fr',
    '09:00',
    'Mo-Fr 09:00-12:00 "',
  ];

  it.each(valid)('« %s » : accepté par la vérification et par le formulaire', (value) => {
    expect(schemaAccepts('structures', structure, 'horaires_accueil', value)).toBe(true);
    expect(formAccepts(hours, value)).toBe(true);
  });

  it.each(slips)('« %s » : refusé par la vérification et par le formulaire', (value) => {
    expect(schemaAccepts('structures', structure, 'horaires_accueil', value)).toBe(false);
    expect(formAccepts(hours, value)).toBe(false);
  });

  // The build reads the syntax's words in any case, the form in their usual case only: what the import writes from
  // the national hub is tidied first (tidyOpeningHours), or the form would refuse to save the structure.
  it.each([
    'mo-fr 09:00-12:00',
    'MO-FR 09:00-12:00',
    'Mo-Fr 09:00-12:00; ph off',
    'Tu,Th 14:00-17:00; PH Off',
    'Mo-Fr 09:00-12:00; jan off',
  ])('« %s » : lu par la vérification, et écrit par l’import comme le formulaire l’accepte', (value) => {
    expect(schemaAccepts('structures', structure, 'horaires_accueil', value)).toBe(true);
    expect(formAccepts(hours, value)).toBe(false);
    const tidied = tidyOpeningHours(value);
    expect(formAccepts(hours, tidied)).toBe(true);
    expect(schemaAccepts('structures', structure, 'horaires_accueil', tidied)).toBe(true);
  });

  it('le message du formulaire dit de séparer deux plages par une virgule', () => {
    expect(hours.pattern?.[1]).toMatch(
      /deux plages séparées par une virgule, par exemple Mo-Fr 09:00-12:00,13:30-17:00/,
    );
  });
});

describe('sigles : ce que le formulaire accepte, la vérification l’accepte', () => {
  const entry = read('content/sigles/cio.yaml');
  const samples: Record<string, string[]> = {
    sigle: [
      'CIO',
      'Afpa',
      'CÉSU',
      'OPCO2',
      'C.I.O.',
      'C I O',
      'C-I-O',
      'CIO’',
      'C°IO',
      'CI€',
      'C',
      'ABCDEFGHIJK',
      '« CIO »',
    ],
    sens: [
      'centre d’information et d’orientation',
      'centre d’information et d’orientation, de l’Éducation nationale',
      'centre d’information et d’orientation (Éducation nationale)',
      'centre (CIO)',
      'maison de l’emploi)',
    ],
    lien: [
      '/stages/pmsmp/',
      '/',
      '/structures/cio-blois/',
      'stages/pmsmp/',
      '/stages/pmsmp',
      'https://exemple.fr/stages/',
      '/stages /pmsmp/',
      '/stages/pmsmp/#conditions',
    ],
  };
  const cases = casesOf(samples);

  it.each(cases)('%s « %s » : le formulaire et la vérification en disent autant', (name, value) => {
    expect(formAccepts(field('glossary', name), value)).toBe(schemaAccepts('glossary', entry, name, value));
  });

  it('un sens entre parenthèses est refusé par le formulaire, avec les mots de la vérification', () => {
    const sens = field('glossary', 'sens');
    const value = 'centre d’information et d’orientation (Éducation nationale)';
    expect(formAccepts(sens, value)).toBe(false);
    expect(sens.pattern?.[1]).toBe(messages('glossary', { ...entry, sens: value })['sens']);
    expect(sens.pattern?.[1]).toMatch(/^pas de parenthèses .*→ utilisez une virgule\.$/);
  });

  it('l’aide du lien dit quelles pages un sigle peut lier', () => {
    expect(field('glossary', 'lien').hint).toMatch(
      /par exemple \/stages\/pmsmp\/ : la page d’une structure, d’une forme de stage, d’un outil, d’un point d’étape, ou une page éditoriale\.$/,
    );
  });
});

describe('les aides du formulaire disent les règles qu’il ne peut pas vérifier', () => {
  const sub = (target: CmsField, name: string): CmsField => {
    const found = target.fields?.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`${target.name}.${name} absent`);
    return found;
  };
  const help = (name: string) => config.collections.find((candidate) => candidate.name === name)?.description;

  it('un outil : le point d’étape est obligatoire aussi quand un texte de la fiche parle d’un point d’étape', () => {
    expect(field('tools', 'point_etape').hint).toMatch(
      /ou quand la description, les conditions ou les remarques parlent d’un point d’étape\.$/,
    );
  });

  it('une structure : un public retiré des publics accueillis se retire aussi des publics à confirmer', () => {
    expect(field('structures', 'publics_a_confirmer').hint).toMatch(
      /Un public retiré des publics accueillis doit aussi être retiré d’ici\./,
    );
  });

  it('une structure de commune inconnue : ni adresse, ni code postal, ni source des coordonnées', () => {
    expect(field('structures', 'commune_inconnue').hint).toMatch(
      /Laissez alors vides l’adresse, le code postal et la source des coordonnées\./,
    );
  });

  it('une source : sa source et sa date sont obligatoires dès qu’une ligne est remplie', () => {
    for (const name of ['adresse', 'telephone', 'coordonnees']) {
      expect(sub(field('structures', 'sources'), name).hint).toMatch(
        /source et date obligatoires dès qu’une ligne est remplie\.$/,
      );
    }
  });

  it.each([
    ['structures', 'date_maj'],
    ['sites', 'date_verification'],
    ['internships', 'date_verification'],
  ])('%s › %s : au plus tard aujourd’hui', (collectionName, name) => {
    expect(field(collectionName, name).hint).toMatch(/au plus tard aujourd’hui/);
  });

  it('la date d’une source : au plus tard aujourd’hui', () => {
    expect(sub(sub(field('structures', 'sources'), 'adresse'), 'date').hint).toMatch(/, au plus tard aujourd’hui\.$/);
  });

  it('une date que rien ne borne ne dit pas « au plus tard aujourd’hui »', () => {
    expect(field('reports', 'date').hint).not.toMatch(/au plus tard/);
  });

  it('membre du groupe : la structure et le point d’étape se fusionnent en même temps', () => {
    expect(help('structures')).toMatch(/« Membre » activé ici, et la structure ajoutée à la liste des membres/);
    expect(help('reports')).toMatch(/la liste des membres du dernier point d’étape, et « Membre » activé/);
    for (const name of ['structures', 'reports']) {
      expect(help(name)).toMatch(/demandez à un mainteneur de les fusionner en même temps\./);
    }
  });

  it('une nouvelle étape de l’autodiagnostic et la réponse qui y mène se fusionnent en même temps', () => {
    for (const name of ['diagnostic-question', 'diagnostic-resultat']) {
      expect(help(name)).toMatch(
        /Une nouvelle étape touche deux fiches : l’étape, et la réponse qui y mène ; l’une sans l’autre est refusée\. .*fusionner en même temps\./,
      );
    }
  });

  it('une page : son titre ne peut pas être le nom d’une rubrique, ni contenir « _ » ou « ~ »', () => {
    expect(help('pages')).toMatch(
      /Son titre donne son adresse \(en minuscules, sans accents, les espaces changés en tirets\) : cette adresse ne peut pas être celle d’une rubrique du site \(/,
    );
    expect(help('pages')).toMatch(/\bcarte, .*\boutils, .*\bsigles\b/);
    expect(help('pages')).toMatch(/ni « _ » ni « ~ »/);
  });
});

describe('coordonnées d’une structure : ce que le formulaire accepte, la vérification l’accepte', () => {
  const structure = read('content/structures/bij-41.yaml');
  // Values an editor may type, well or badly written; the form's pattern is the schema's own regex or looser.
  const samples: Record<string, string[]> = {
    siret: ['13000000000000', '130 000 000 00000', '1300000000000', '130000000000000', '1300000000000a'],
    code_postal: ['41000', '41 000', '4100', '410000', 'F-41000'],
    telephone: [
      '02 54 00 00 00',
      '0254000000',
      '+33 2 54 00 00 00',
      '+33254000000',
      '02.54.00.00.00',
      '02-54-00-00-00',
      '00 54 00 00 00',
      '02 54 00 00',
      '+33 02 54 00 00 00',
      '2 54 00 00 00',
      '0033 2 54 00 00 00',
    ],
    courriel: [
      'contact@exemple.fr',
      'prenom.nom@exemple.fr',
      'contact',
      'contact@exemple',
      'contact@@exemple.fr',
      'contact @exemple.fr',
      'contact@exemple..fr',
      '.contact@exemple.fr',
      'contact.@exemple.fr',
      'contact@-exemple.fr',
      'élise@exemple.fr',
      'mailto:contact@exemple.fr',
    ],
    site_web: [
      'https://www.exemple.fr/',
      'http://exemple.fr',
      'https://exemple.fr/page?x=1#a',
      'www.exemple.fr',
      'exemple.fr',
      'https://ex ample.fr',
      'https:/exemple.fr',
      'https//exemple.fr',
      'ftp://exemple.fr',
      'https://exemple..fr',
      'https://exemple.fr,',
    ],
  };
  const cases = casesOf(samples);

  it.each(cases)('%s « %s » : si le formulaire l’accepte, la vérification aussi', (name, value) => {
    if (formAccepts(field('structures', name), value))
      expect(schemaAccepts('structures', structure, name, value)).toBe(true);
  });

  // The other way, so that a pattern refusing everything cannot pass: what the build takes, the form takes too.
  it.each(cases)('%s « %s » : si la vérification l’accepte, le formulaire aussi', (name, value) => {
    if (schemaAccepts('structures', structure, name, value))
      expect(formAccepts(field('structures', name), value)).toBe(true);
  });
});
