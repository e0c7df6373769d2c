/**
 * What the editing form (/admin/) lets through must pass the build: the form's required fields, patterns and hints
 * against the schemas of src/schemas, on the values an editor may type.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { checkPastActions } from '../../src/lib/checkPastActions.ts';
import { buildCmsConfig, type CmsField } from '../../src/lib/cmsConfig.ts';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import type { CollectionName } from '../../src/schemas/folders.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { formSource } from '../../src/schemas/fields.ts';
import {
  CITES_A_REPORT,
  DATA_INCLUSION_BOUNDS,
  DESCRIPTION_MAX,
  PAST_ACTION_END,
  tidyOpeningHours,
} from '../../src/schemas/structure.ts';
import { ruleStated } from '../../src/schemas/site.ts';
import { contentFiles } from '../support/loadContent.ts';

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

describe('formSource : une regex de la vérification, sans option, comme le formulaire la lit', () => {
  const values = [
    'Médiation (point d’étape 2013)',
    'Médiation (POINT D’ÉTAPE 2013)',
    "Médiation (Points d'Étape 2004 et 2006).",
    'Médiation (point d’etape 2013)',
    'Médiation, points   d ’ etapes',
    'Médiation (pointe d’étape 2013)',
    'Médiation (point d’étape2013)',
    'Médiation \\(point d’étape 2013\\)',
  ];

  it.each([CITES_A_REPORT, PAST_ACTION_END])('%s : les mêmes verdicts, sans l’option i', (regex) => {
    const spelled = RegExp(formSource(regex));
    for (const value of values) expect(spelled.test(value), value).toBe(regex.test(value));
    expect(values.some((value) => regex.test(value))).toBe(true);
    expect(values.some((value) => !regex.test(value))).toBe(true);
  });

  it('refuse ce qu’il ne sait pas écrire sans option, plutôt que de le laisser passer autrement', () => {
    expect(() => formSource(/^[\p{L}]+$/u)).toThrow(/l’option u que le formulaire ne sait pas écrire sans option/);
    expect(() => formSource(/^[a-\u00ff]+$/i)).toThrow(/un intervalle de lettres/);
    expect(() => formSource(/^\u00e9t\u00e9$/i)).toThrow(/l’échappement \\u/);
    expect(formSource(/^\d{5}$/)).toBe('^\\d{5}$');
  });

  // « 35 h » is a duration, « 35 HÔTES » is not: a range of letters keeps both its cases.
  it('écrit un intervalle de lettres dans ses deux casses, avec les mêmes verdicts', () => {
    const regex = /^\d+ h(?![a-zà-ÿ])/i;
    const spelled = RegExp(formSource(regex));
    const values = ['35 h', '35 H', '35 hôtes', '35 HÔTES', '35 HABITANTS', '35 Habitants', '35 h.', '35 H×', '35 HŸ'];
    for (const value of values) expect(spelled.test(value), value).toBe(regex.test(value));
    expect(formSource(/[a-c]/i)).toBe('[a-cA-C]');
  });
});

describe('autodiagnostic : chaque résultat propose des sites, des structures qui informent et qui accompagnent', () => {
  const result = read('content/diagnostic/apprenti-moins-16.yaml');

  it.each(['sites', 'accompagner'])('le formulaire demande au moins un élément dans « %s »', (name) => {
    expect(field('diagnostic-resultat', name)).toMatchObject({ required: true, min: 1 });
  });

  // Level 2 may be empty when the result says why (informer_absent): a rule on two fields, which the tree check
  // holds (validateDiagnosticTree) and the form's help says.
  it('le formulaire laisse vides les lieux pour se renseigner, et son aide dit quand, avec le champ qui dit pourquoi', () => {
    const informer = field('diagnostic-resultat', 'informer');
    expect(informer.required).toBe(false);
    expect(informer.hint).toMatch(/^Au moins un, sauf si aucune structure de l’annuaire n’informe sur ce sujet/);
    expect(informer.hint).toMatch(/« Pourquoi aucun lieu pour se renseigner » \(informer_absent\)/);
    const why = field('diagnostic-resultat', 'informer_absent');
    expect(why).toMatchObject({ label: 'Pourquoi aucun lieu pour se renseigner', widget: 'text', required: false });
    expect(why.hint).toMatch(/^À remplir seulement quand « informer » est vide/);
  });

  it('l’aide des types de structures dit les règles que le formulaire ne vérifie pas', () => {
    expect(field('diagnostic-resultat', 'accompagner').hint).toMatch(/^Au moins un\./);
    for (const name of ['informer', 'accompagner']) {
      expect(field('diagnostic-resultat', name).hint).toMatch(/une des deux listes/);
      expect(field('diagnostic-resultat', name).hint).toMatch(/une structure dans l’annuaire/);
    }
  });

  it('la vérification refuse un niveau vide ou absent, en français, avec le champ et la correction', () => {
    expect(messages('diagnostic', result)).toEqual({});
    const { accompagner: _, ...withoutSupport } = result;
    const said = messages('diagnostic', { ...withoutSupport, sites: [], informer: [] });
    expect(Object.keys(said).sort()).toEqual(['accompagner', 'sites']);
    expect(said['sites']).toBe(
      'liste vide → indiquez au moins un site de la sitothèque, nom d’un fichier de content/sitotheque/ (chaque résultat propose des sites et des structures qui accompagnent).',
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

  // The build reads the syntax's words in any case, and so does the form; the site gets them in their usual case.
  it.each([
    ['mo-fr 09:00-12:00', 'Mo-Fr 09:00-12:00'],
    ['MO-FR 09:00-12:00', 'Mo-Fr 09:00-12:00'],
    ['Mo-Fr 09:00-12:00; ph off', 'Mo-Fr 09:00-12:00; PH off'],
    ['tu,th 14:00-17:00; PH Off', 'Tu,Th 14:00-17:00; PH off'],
    ['Mo-Fr 09:00-12:00; jan off', 'Mo-Fr 09:00-12:00; Jan off'],
    ['mo-fr SUNRISE-sunset', 'Mo-Fr sunrise-sunset'],
    ['Week 01-53/2 mo 09:00-12:00', 'week 01-53/2 Mo 09:00-12:00'],
  ])('« %s » : accepté par le formulaire et par la vérification, publié « %s »', (value, published) => {
    expect(formAccepts(hours, value)).toBe(true);
    expect(schemaAccepts('structures', structure, 'horaires_accueil', value)).toBe(true);
    const parsed = schemas.structures.parse({ ...structure, horaires_accueil: value }) as { horaires_accueil: string };
    expect(parsed.horaires_accueil).toBe(published);
    expect(tidyOpeningHours(value)).toBe(published);
  });

  it.each([
    'lu-ve 09:00-12:00',
    'mon-fri 09:00-12:00',
    'mo-fr 9h-12h',
    'mo tu 09:00-12:00',
    'mo-fr 09:00-12:00 ph off',
  ])('« %s » : en minuscules, refusé par la vérification et par le formulaire', (value) => {
    expect(schemaAccepts('structures', structure, 'horaires_accueil', value)).toBe(false);
    expect(formAccepts(hours, value)).toBe(false);
  });

  it('le message du formulaire dit de séparer deux plages par une virgule', () => {
    expect(hours.pattern?.[1]).toMatch(
      /deux plages séparées par une virgule, par exemple Mo-Fr 09:00-12:00,13:30-17:00/,
    );
  });
});

describe('services d’une structure : une action passée finit par « (point d’étape AAAA) », dans le formulaire aussi', () => {
  const structure = read('content/structures/bij-41.yaml');
  const line = field('structures', 'services').field!;
  const reports = contentFiles('reports').map(({ id, file, data }) => ({ id, filePath: file, data }));
  /** The build's verdict on a line: the schema, then the check of past actions against the site's reports. */
  const buildAccepts = (value: string) => {
    const parsed = schemas.structures.safeParse({ ...structure, services: [value] });
    if (!parsed.success) return false;
    return checkPastActions([{ id: 'bij-41', data: parsed.data }], reports).length === 0;
  };

  it.each([
    'Accueil et information des jeunes',
    'Médiation d’été (point d’étape 2013)',
    'Médiation d’été (point d’étape 2013).',
    "Médiation d’été (point d'étape 2013)",
    'Médiation d’été (Point d’Étape 2013)',
    'Accompagnement (point d’étape 2010-2011)',
    'Assistance technique (points d’étape 2004 et 2006)',
    // However « point d’étape » is typed, as long as the check sees a report cited (CITES_A_REPORT).
    "Atelier CV (point d'etape 2013)",
    'Atelier CV (points  d’étape 2013)',
    'Atelier CV (point d ’étape 2013)',
    'Médiation d’été (points d’etape 2013)',
    'Médiation d’été (POINT D’ETAPE 2013)',
  ])('« %s » : accepté par le formulaire et par la vérification', (value) => {
    expect(buildAccepts(value)).toBe(true);
    expect(formAccepts(line, value)).toBe(true);
  });

  it.each([
    'Médiation d’été, point d’étape 2013',
    'Médiation d’été (point d’étape 2013), avec le CFA',
    'Médiation d’été (point d’étape)',
    'Médiation d’été (point d’étape de 2013 (été))',
    "Médiation d’été (point d'etape 2013), avec le CFA",
    '   ',
  ])('« %s » : refusé par le formulaire et par la vérification', (value) => {
    expect(buildAccepts(value)).toBe(false);
    expect(formAccepts(line, value)).toBe(false);
  });

  it('le message dit la correction, et l’aide que l’année doit être celle d’un point d’étape du site', () => {
    // After the line's bounds (data·inclusion's), which the same pattern checks.
    expect(line.pattern?.[1]).toMatch(
      /Si sa longueur est bonne : la ligne cite un point d’étape sans finir par lui et son année entre parenthèses → si c’est une action passée, finissez-la par « \(point d’étape AAAA\) »/,
    );
    // Which years have a report, the form can't know: a line naming another year is refused by the pull request's check.
    expect(formAccepts(line, 'Médiation d’été (point d’étape 2031)')).toBe(true);
    expect(buildAccepts('Médiation d’été (point d’étape 2031)')).toBe(false);
    expect(field('structures', 'services').hint).toMatch(
      /avec l’année d’un point d’étape du site, par exemple « \(point d’étape 2013\) »/,
    );
  });
});

describe('limites de l’annuaire national data·inclusion : le formulaire refuse ce que la vérification refuse', () => {
  const structure = read('content/structures/bij-41.yaml');
  const { nom: NAME, description: DESCRIPTION } = DATA_INCLUSION_BOUNDS;
  const description = field('structures', 'description');
  const line = field('structures', 'services').field!;
  /** The schema's verdict on one line of `services` (a report's year is checkPastActions', see above). */
  const schemaAcceptsLine = (value: string) =>
    !('services.0' in messages('structures', { ...structure, services: [value] }));

  // The check counts characters as the national hub does (« 🎓 » is one), once the spaces around are trimmed.
  it.each([
    ['5 caractères', 'Aides', true],
    ['une phrase', 'Accueil des jeunes.', true],
    ['5 caractères entre des espaces', '  Aides\n', true],
    ['deux lignes', 'Première phrase.\nDeuxième phrase.', true],
    ['la plus longue', 'D'.repeat(DESCRIPTION_MAX), true],
    ['la plus longue, finie par un emoji', `${'D'.repeat(DESCRIPTION_MAX - 1)}🎓`, true],
    ['3 caractères', 'Oui', false],
    ['4 caractères', 'Aide', false],
    ['4 caractères entre des espaces', '  Aide  \n', false],
    ['3 emojis', '🎓🎓🎓', false],
    ['un caractère de trop', 'D'.repeat(DESCRIPTION_MAX + 1), false],
    ['deux caractères de trop après une espace', `${'D'.repeat(DESCRIPTION_MAX)} x`, false],
    ['des espaces seulement', '   ', false],
  ])('description (%s) : acceptée par le formulaire et par la vérification : %s', (_, value, accepted) => {
    expect(schemaAccepts('structures', structure, 'description', value)).toBe(accepted);
    expect(formAccepts(description, value)).toBe(accepted);
  });

  it.each([
    ['3 caractères', 'CEJ', true],
    ['3 caractères entre des espaces', ' CEJ ', true],
    ['une action passée', 'Atelier CV (point d’étape 2013)', true],
    ['la plus longue, point final compris', `${'S'.repeat(NAME.max - 1)}.`, true],
    ['un emoji et deux lettres', '🎓 CV', true],
    ['2 caractères', 'ok', false],
    ['2 caractères et une espace', 'ok ', false],
    ['2 emojis', '🎓🎓', false],
    ['un caractère de trop', 'S'.repeat(NAME.max + 1), false],
    ['une action passée trop longue', `${'S'.repeat(NAME.max - 20)} (point d’étape 2013)`, false],
  ])('ligne de services (%s) : acceptée par le formulaire et par la vérification : %s', (_, value, accepted) => {
    expect(schemaAcceptsLine(value)).toBe(accepted);
    expect(formAccepts(line, value)).toBe(accepted);
  });

  it.each([
    ['3 caractères', 'BIJ', true],
    ['3 caractères entre des espaces', ' BIJ ', true],
    ['la plus longue', 'N'.repeat(NAME.max), true],
    ['la plus longue, finie par un emoji', `${'N'.repeat(NAME.max - 1)}🎓`, true],
    ['la plus longue, suivie d’une espace', `${'N'.repeat(NAME.max)} `, true],
    ['un emoji et deux lettres', '🎓 CV', true],
    ['2 caractères entre des espaces', ' ML ', false],
    ['2 caractères et un retour à la ligne', 'ML\n', false],
    ['2 emojis', '🎓🎓', false],
    ['un caractère de trop', 'N'.repeat(NAME.max + 1), false],
    ['un point final', 'Mission Locale du Blaisois.', false],
    ['un point final suivi d’une espace', 'Mission Locale du Blaisois. ', false],
  ])('nom d’une structure (%s) : accepté par le formulaire et par la vérification : %s', (_, value, accepted) => {
    expect(schemaAccepts('structures', structure, 'nom', value)).toBe(accepted);
    expect(formAccepts(field('structures', 'nom'), value)).toBe(accepted);
  });

  it('les messages du formulaire nomment le champ, disent ses limites, celles de la vérification, et la correction', () => {
    expect(description.pattern?.[1]).toMatch(
      new RegExp(
        `^la description doit avoir de ${DESCRIPTION.min} à 9\u00a0500 caractères.* → écrivez une ou deux phrases`,
      ),
    );
    expect(line.pattern?.[1]).toMatch(
      new RegExp(
        `^la ligne de services doit avoir de ${NAME.min} à ${NAME.max} caractères.* → complétez-la ou raccourcissez-la`,
      ),
    );
    // The rule on past actions still says its own fix, after the bounds.
    expect(line.pattern?.[1]).toMatch(
      /la ligne cite un point d’étape sans finir par lui et son année entre parenthèses → /,
    );
    expect(field('structures', 'services').hint).toMatch(new RegExp(`chacun en ${NAME.min} à ${NAME.max} caractères`));
  });
});

describe('un texte obligatoire fait seulement d’espaces : refusé par le formulaire, comme par la vérification', () => {
  const entries = {
    structures: read('content/structures/bij-41.yaml'),
    glossary: read('content/sigles/cio.yaml'),
    reports: parse(readFileSync('content/points-etape/2013-trois-thematiques.md', 'utf8').split('---')[1]!) as Record<
      string,
      unknown
    >,
  };

  it.each([
    // The name's bounds come first (data·inclusion's), then what to do with a name of spaces only.
    ['structures', 'nom', 'le nom doit avoir de 3 à 150 caractères, espaces autour non comptés, sans point final'],
    ['structures', 'commune', 'ce champ est vide → écrivez la commune'],
    ['glossary', 'source', 'ce champ est vide → écrivez où ce sens est écrit'],
    ['glossary', 'sens', 'pas de parenthèses dans le sens'],
    ['reports', 'titre', 'ce champ est vide → écrivez le titre du point d’étape.'],
    ['reports', 'publie_sur', 'ce champ est vide → écrivez où le point d’étape a d’abord été publié'],
  ] as const)('%s › %s : des espaces seulement, refusés avec « %s… »', (collection, name, said) => {
    const target = field(collection, name);
    expect(schemaAccepts(collection, entries[collection], name, '   ')).toBe(false);
    expect(formAccepts(target, '   ')).toBe(false);
    expect(formAccepts(target, ' ')).toBe(false);
    expect(target.pattern?.[1]).toMatch(new RegExp(`^${said.replace(/[()]/g, '\\$&')}`));
    expect(target.pattern?.[1]).toMatch(/ce champ est vide → écrivez /);
    // A word with spaces around it, which the build trims, stays the editor's choice.
    expect(formAccepts(target, 'Blois')).toBe(true);
  });

  it('la source d’une coordonnée : refusée faite d’espaces une fois la ligne remplie', () => {
    const source = field('structures', 'sources').fields!.find((sub) => sub.name === 'adresse')!.fields![0]!;
    expect(source.name).toBe('source');
    expect(formAccepts(source, '   ')).toBe(false);
    expect(formAccepts(source, 'data·inclusion (dora)')).toBe(true);
  });

  it.each([
    ['structures', 'sigle'],
    ['structures', 'adresse'],
    ['tools', 'remarques'],
  ] as const)('%s › %s, facultatif : fait d’espaces, lu comme vide, accepté partout', (collection, name) => {
    expect(formAccepts(field(collection, name), '   ')).toBe(true);
  });

  it('chaque texte obligatoire du formulaire refuse une valeur faite d’espaces', () => {
    const texts = config.collections.flatMap((collection) =>
      collection.fields.flatMap(function walk(target: CmsField): CmsField[] {
        const inner = [...(target.fields ?? []), ...(target.field ? [target.field] : [])].flatMap(walk);
        const isText = target.widget === 'string' || target.widget === 'text';
        return isText && target.required ? [target, ...inner] : inner;
      }),
    );
    expect(texts.length).toBeGreaterThan(20);
    const letThrough = texts.filter((target) => formAccepts(target, '   ')).map((target) => target.name);
    expect(letThrough).toEqual([]);
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
    expect(sens.pattern?.[1]).toMatch(/^pas de parenthèses .*→ utilisez une virgule\. /);
    expect(sens.pattern?.[1]?.startsWith(messages('glossary', { ...entry, sens: value })['sens']!)).toBe(true);
  });

  it('l’aide du sigle dit qu’il doit être nouveau, et où chercher s’il l’est', () => {
    const hint = field('glossary', 'sigle').hint;
    expect(hint).toMatch(/Il doit être nouveau : cherchez-le d’abord dans la liste « Sigles » de cette interface/);
    expect(hint).toMatch(/\(\/sigles\/\), sans regarder les majuscules \(« AFPA » et « Afpa » sont le même sigle\)/);
    expect(hint).toMatch(/pull requests encore ouvertes/);
    expect(hint).toMatch(/Un sigle déjà défini est refusé par la vérification de la pull request/);
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

describe('adresses web : le formulaire et la vérification en disent autant', () => {
  const structure = read('content/structures/bij-41.yaml');
  const site = field('structures', 'site_web');
  const accepted = [
    'https://www.exemple.fr/',
    'HTTPS://www.exemple.fr/',
    'https://élysée.fr/',
    'https://xn--lyse-bsab.fr/',
    'https://exemple.fr/caf%C3%A9/',
    'https://exemple.fr/page?x=1&y=%C3%A9t%C3%A9#section-2',
    'https://exemple.fr/#/accueil',
    'https://exemple.fr:8443/',
    'https://exemple.fr:65535/',
    'https://exemple.fr:/',
    'https://ex%41mple.fr/',
    'https://exemple.fr/%zz',
    'https://192.168.0.1/',
    'https://[2001:db8::1]/',
    'https://nom@exemple.fr/',
    'https://exemple.fr?x=1',
  ];
  const refused = [
    'https://exemple.fr:99999/',
    'https://exemple.fr:65536/',
    'https://exemple.fr:80a/',
    'https://%zz',
    'https://%zz.fr/',
    'https://exem%ple.fr/',
    'https://',
    'https:///',
    'https://exemple.fr@',
    'https://ex ample.fr',
    'https://exem<ple.fr/',
    'https:/exemple.fr',
    'https//exemple.fr',
    'ftp://exemple.fr',
    'www.exemple.fr',
    'exemple.fr',
    'http://exemple.fr',
    'HTTP://exemple.fr',
  ];

  it.each(accepted)('« %s » : accepté par le formulaire et par la vérification', (value) => {
    expect(schemaAccepts('structures', structure, 'site_web', value)).toBe(true);
    expect(formAccepts(site, value)).toBe(true);
  });

  it.each(refused)('« %s » : refusé par le formulaire et par la vérification', (value) => {
    expect(schemaAccepts('structures', structure, 'site_web', value)).toBe(false);
    expect(formAccepts(site, value)).toBe(false);
  });

  it('l’aide de chaque adresse web du formulaire dit, avant tout enregistrement, qu’elle commence par https://', () => {
    const addresses = config.collections.flatMap((collection) =>
      collection.fields.flatMap(function walk(target: CmsField): CmsField[] {
        const inner = [...(target.fields ?? []), ...(target.field ? [target.field] : [])].flatMap(walk);
        return target.pattern?.[0] === site.pattern?.[0] ? [target, ...inner] : inner;
      }),
    );
    // site_web, sitothèque url, tool lien, internship url, report document url, structure source lien.
    expect(addresses.length).toBeGreaterThanOrEqual(6);
    expect(
      addresses.filter(
        (target) => !/ : elle commence par https:\/\/, par exemple `https:\/\/www\./.test(target.hint ?? ''),
      ),
    ).toEqual([]);
    expect(field('sites', 'url').hint).toBe(
      'L’adresse du site : elle commence par https://, par exemple `https://www.service-public.fr/`.',
    );
  });

  it('aucune aide du formulaire ne contient de lien qui ferait quitter une fiche non enregistrée', () => {
    const hints = config.collections.flatMap((collection) =>
      collection.fields.flatMap(function walk(target: CmsField): string[] {
        const inner = [...(target.fields ?? []), ...(target.field ? [target.field] : [])].flatMap(walk);
        return [...(target.hint ? [target.hint] : []), ...inner];
      }),
    );
    // Decap's Markdown (GFM) links a bare address; inside a code span it stays text.
    const bareAddresses = hints.filter((hint) => /(^|[^`])https?:\/\/[\w-]/.test(hint));
    expect(hints.length).toBeGreaterThan(50);
    expect(bareAddresses).toEqual([]);
  });

  it('chaque adresse web du formulaire a le même motif et le message de la vérification', () => {
    expect(field('sites', 'url').pattern?.[0]).toBe(site.pattern?.[0]);
    expect(site.pattern?.[1]).toMatch(
      /^adresse web invalide → écrivez l’adresse du site de la structure en entier, en commençant par https:\/\//,
    );
  });
});

describe('sitothèque : une description qui donne une durée, un âge, un prix, un niveau ou un numéro est refusée par le formulaire, comme par la vérification', () => {
  const site = read('content/sitotheque/onisep.yaml');
  const description = field('sites', 'description');
  // What an editor may write: the form and the pull request's check say the same of each, both ways.
  const samples = [
    'Le site officiel des missions de service civique, partout en France.',
    'Durée des missions : à vérifier sur le site.',
    'Plus de 3000 entreprises partenaires.',
    'Des fiches sur 600 métiers et 2 500 formations.',
    'Rendez-vous à 9h30 pour la réunion.',
    'Les 35 hôtes du réseau.',
    'Les 35 HÔTES du réseau.',
    'Pour les 35 HABITANTS du quartier.',
    'Centre de formation d’apprentis.',
    'Des missions de 6 mois en France ou à l’étranger.',
    'Des missions de 6 MOIS.',
    'Dès 16 ans.',
    'Des missions de six mois.',
    'Des missions de SIX MOIS.',
    'Pour les jeunes de 16 à 25 ans.',
    'Une heure par semaine.',
    'UNE HEURE par semaine.',
    'Un stage de 35 h.',
    'Une formation d’une demi-journée.',
    'Accessible après un bac+2.',
    'Accessible après un BAC + 2.',
    'Un service gratuit.',
    'Un service GRATUIT.',
    'Inscription : 10 €.',
    'Inscription : 10 euros.',
    'Formation en internat.',
    'Jeunes hébergés sur place.',
    'Appelez le 01 23 45 67 89.',
    'Appelez le 3949.',
    'Au 39 49, du lundi au vendredi.',
    '39 49',
    '0254000000',
    'Tél. : +33 2 54 00 00 00.',
    'Référence 4.0254000000.',
    'Référence 4,39 49.',
    'Plus de 30 000 offres.',
    'Les 39 28 ans du réseau.',
    'Depuis 3949 ans.',
    'Composez 3949 ans.',
    'Le3949.',
    'Première ligne.\nDes missions de 6 mois.',
  ];

  it.each(samples)('« %s » : le formulaire et la vérification en disent autant', (value) => {
    expect(formAccepts(description, value)).toBe(schemaAccepts('sites', site, 'description', value));
  });

  it('les exemples couvrent les deux verdicts, et chaque sorte de règle', () => {
    const refused = samples.filter((value) => ruleStated(value) !== undefined);
    expect(refused.length).toBeGreaterThan(15);
    expect(samples.length - refused.length).toBeGreaterThan(6);
  });

  it('le message du formulaire dit ce qui est refusé et la correction, avec les mots de la vérification', () => {
    const value = 'Des missions de 6 mois en France.';
    const said = messages('sites', { ...site, description: value })['description']!;
    expect(said).toMatch(/^« 6 mois » : une durée qu’aucune source ne tient/);
    const tail = said.slice(said.indexOf('qu’aucune source ne tient'));
    expect(description.pattern?.[1]).toMatch(
      /^la description donne un numéro de téléphone, une durée ou un âge, un niveau d’études, un prix ou un hébergement, qu’aucune source ne tient/,
    );
    expect(description.pattern?.[1]).toContain(tail);
  });
});
