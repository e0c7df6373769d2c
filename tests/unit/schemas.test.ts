import { afterEach, describe, expect, it, vi } from 'vitest';
import type { z } from 'astro/zod';
import { parse } from 'csv-parse/sync';
import { diagnosticSchema } from '../../src/schemas/diagnostic.ts';
import { internshipSchema } from '../../src/schemas/internship.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { structureSchema } from '../../src/schemas/structure.ts';
import { telHref } from '../../src/schemas/phone.ts';
import { structureThing } from '../../src/lib/structuredData.ts';
import { toStructureRecord } from '../../src/lib/structures/record.ts';
import { toCsv } from '../../src/lib/structures/serialise.ts';
import { dayInFrance, todayInFrance } from '../../src/schemas/fields.ts';
import { themeSchema } from '../../src/schemas/theme.ts';
import { toolSchema } from '../../src/schemas/tool.ts';

const validStructure = {
  nom: 'Mission Locale du Blaisois',
  type: 'mission-locale',
  bassin: 'blois',
  description: 'Accueille les jeunes de 16 à 25 ans.',
  commune: 'Blois',
  code_postal: '41000',
  latitude: 47.586,
  longitude: 1.336,
  publics: ['jeunes-16-25'],
  date_maj: '2026-11-28',
  verifie: false,
};

/** `optional`: fields of this schema that may be left out, besides the ones every schema treats so. */
const fixtures: { name: string; schema: z.ZodType; valid: Record<string, unknown>; optional?: string[] }[] = [
  { name: 'structure', schema: structureSchema, valid: validStructure },
  {
    name: 'point d’étape',
    schema: reportSchema(referenceStandIn),
    valid: {
      titre: 'Point d’étape 2013',
      date: new Date('2013-04-10'),
      periode: 'Exercice 2012-2013',
      auteurs: ['Mission Locale du Blaisois'],
      thematiques: ['apprentissage'],
      resume: 'Trois thèmes de travail.',
      documents: [{ titre: 'Programme', url: 'https://example.org/programme.pdf' }],
    },
  },
  {
    name: 'thème',
    schema: themeSchema,
    valid: { titre: 'Apprentissage', description: 'Se former en alternance.', ordre: 10 },
  },
  { name: 'page', schema: pageSchema, valid: { titre: 'Mentions légales', description: 'Qui publie le site.' } },
  {
    name: 'site',
    schema: siteSchema(referenceStandIn),
    valid: {
      titre: 'Onisep',
      url: 'https://www.onisep.fr/',
      description: 'Formations et métiers.',
      thematiques: ['orientation'],
      publics: ['collegiens-lyceens'],
      date_verification: '2026-11-01',
    },
    // Left out until someone has opened the link: the site then says "lien pas encore vérifié".
    optional: ['date_verification'],
  },
  {
    name: 'stage',
    schema: internshipSchema(referenceStandIn),
    valid: {
      nom: 'Stage d’observation de 3e',
      pour: ['grand-public'],
      public_concerne: 'Élèves de 3e',
      age_ou_niveau: '3e',
      duree: 'Une semaine',
      cadre_legal: 'Code de l’éducation, article D. 331-1',
      convention: true,
      gratification: 'Aucune',
      date_verification: '2026-11-01',
    },
  },
  {
    name: 'outil',
    schema: toolSchema(referenceStandIn),
    valid: {
      nom: 'Inventaire d’intérêts',
      categorie: 'orientation',
      description: 'Un questionnaire.',
      publics: ['collegiens-lyceens'],
      conditions: 'Avec un conseiller.',
      structure: 'cio-blois',
      lien: 'https://www.onisep.fr/',
    },
    // Without a source for them, a sheet leaves its conditions out and shows « À confirmer ».
    optional: ['conditions'],
  },
  {
    name: 'étape du diagnostic',
    schema: diagnosticSchema(referenceStandIn),
    valid: {
      type: 'question',
      question: 'Quel âge avez-vous ?',
      options: [{ libelle: '16 à 25 ans', suite: 'situation' }],
    },
  },
];

/** French messages of a failed parse, keyed by field path. */
function messagesOf(schema: z.ZodType, data: unknown): Record<string, string> {
  const result = schema.safeParse(data);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe.each(fixtures)('schéma $name', ({ schema, valid, optional = [] }) => {
  it('accepte une fiche complète', () => {
    expect(messagesOf(schema, valid)).toEqual({});
  });

  it.each(
    Object.keys(valid).filter(
      (field) => ![...optional, 'documents', 'structure', 'lien', 'code_postal', 'ordre'].includes(field),
    ),
  )('signale en français le champ obligatoire « %s » manquant', (field) => {
    const { [field]: _removed, ...incomplete } = valid;
    const messages = messagesOf(schema, incomplete);
    expect(Object.keys(messages)).toContain(field);
    expect(messages[field]).toMatch(/manquant|obligatoire|type/);
    expect(messages[field]).toMatch(/→/);
  });
});

describe('messages des champs mal remplis', () => {
  it.each([
    ['une latitude hors du département', { latitude: 48.85 }, 'latitude', /hors du Loir-et-Cher/],
    ['une longitude hors du département', { longitude: 2.35 }, 'longitude', /hors du Loir-et-Cher/],
    ['un type inconnu', { type: 'mairie' }, 'type', /choisissez le type de structure parmi : mission-locale, cio/],
    ['un bassin inconnu', { bassin: 'orleans' }, 'bassin', /blois, romorantin, vendome/],
    ['une date impossible', { date_maj: '2026-13-45' }, 'date_maj', /AAAA-MM-JJ/],
    ['un site web sans https', { site_web: 'www.exemple.fr' }, 'site_web', /https:\/\//],
    ['un courriel invalide', { courriel: 'contact.exemple.fr' }, 'courriel', /adresse électronique invalide/],
    ['des horaires en français', { horaires_accueil: 'Lundi 9h-12h' }, 'horaires_accueil', /syntaxe OpenStreetMap/],
    ['un téléphone incomplet', { telephone: '02 54' }, 'telephone', /10 chiffres/],
    ['un code postal numérique', { code_postal: 41000 }, 'code_postal', /5 chiffres/],
    [
      'une date_maj dans le futur',
      { date_maj: '2099-01-01' },
      'date_maj',
      /date dans le futur \(2099-01-01\).*au plus tard/,
    ],
    [
      'une source pour un champ inconnu',
      { sources: { telefone: { source: 'data·inclusion (fixture)', date: '2026-10-01' } } },
      'sources',
      /champ inconnu dans les sources \(telefone\) → utilisez adresse, code_postal, telephone/,
    ],
    [
      'une source datée du futur',
      { sources: { telephone: { source: 'data·inclusion (fixture)', date: '2099-10-01' } } },
      'sources.telephone.date',
      /date dans le futur/,
    ],
    [
      'une source sans date',
      { sources: { coordonnees: { source: 'data·inclusion (fixture)' } } },
      'sources.coordonnees.date',
      /champ obligatoire manquant → ajoutez la date de la valeur à sa source/,
    ],
    [
      'un public à confirmer absent de publics',
      { publics: ['jeunes-16-25'], publics_a_confirmer: ['apprentis'] },
      'publics_a_confirmer.0',
      /« apprentis » n’est pas dans publics → ajoutez-le à la liste publics, ou retirez-le de publics_a_confirmer/,
    ],
    [
      'une commune inconnue et un code postal',
      { commune_inconnue: true },
      'code_postal',
      /code_postal donné alors que commune_inconnue est true → retirez code_postal, ou retirez commune_inconnue si la commune est vérifiée/,
    ],
    [
      'une commune inconnue et une adresse',
      { commune_inconnue: true, code_postal: undefined, adresse: '1 rue de l’Exemple' },
      'adresse',
      /adresse donné alors que commune_inconnue est true → retirez adresse/,
    ],
    [
      'une commune inconnue et un repère sourcé à l’adresse',
      {
        commune_inconnue: true,
        code_postal: undefined,
        sources: { coordonnees: { source: 'data·inclusion (fixture)', date: '2026-10-01' } },
      },
      'sources.coordonnees',
      /alors que commune_inconnue est true → retirez commune_inconnue .*ou retirez sources\.coordonnees/,
    ],
    ['une commune inconnue écrite « oui »', { commune_inconnue: 'oui' }, 'commune_inconnue', /true \(oui\) ou false/],
    [
      'un public à confirmer hors de la liste des publics',
      { publics_a_confirmer: ['stagiaires'] },
      'publics_a_confirmer.0',
      /valeur inconnue → choisissez un public parmi : collegiens-lyceens/,
    ],
  ])('structure avec %s', (_case, change, field, expected) => {
    const messages = messagesOf(structureSchema, { ...validStructure, ...change });
    expect(messages[field]).toMatch(expected);
  });

  // The form lets « +33254000000 » through: the page, the card, the JSON-LD and the open data print the parsed value.
  // All must read « 02 54 00 00 00 », not one long figure.
  it.each(['+33254000000', '+33 254000000', '+33 2 54 00 00 00', '0254000000', '02 54 00 00 00'])(
    'un téléphone écrit « %s » est publié « 02 54 00 00 00 », appelé par tel:+33254000000',
    (telephone) => {
      const parsed = structureSchema.parse({ ...validStructure, telephone, verifie: true });
      expect(parsed.telephone).toBe('02 54 00 00 00');
      expect(telHref(parsed.telephone)).toBe('tel:+33254000000');
      const thing = structureThing({
        data: parsed,
        url: 'https://exemple.fr/structures/a/',
        networkUrl: 'https://exemple.fr/',
      });
      expect(JSON.parse(JSON.stringify(thing))).toMatchObject({ telephone: '02 54 00 00 00' });
      // In the open data's CSV too, and with no apostrophe: a « +33… » cell would be escaped as a formula.
      const record = toStructureRecord({ id: 'a', data: parsed }, (id) => `https://exemple.fr/structures/${id}/`);
      const [row] = parse<Record<string, string>>(toCsv([record]), { bom: true, columns: true });
      expect(row!['telephone']).toBe('02 54 00 00 00');
    },
  );

  // A keyboard without accents or curly quotes types « point d'etape », which the check accepts: the page and the
  // open data write the group's word as the site does, « point d’étape ».
  it.each([
    ["Atelier CV (point d'etape 2013)", 'Atelier CV (point d’étape 2013)'],
    ['Atelier CV (POINT D’ETAPE 2013)', 'Atelier CV (point d’étape 2013)'],
    ['Atelier CV (point d ’Étape 2013)', 'Atelier CV (point d’étape 2013)'],
    ['Atelier CV (points  d’etape 2012 et 2013)', 'Atelier CV (points d’étape 2012 et 2013)'],
    ["Atelier CV (point d'etapes 2012 et 2013).", 'Atelier CV (points d’étape 2012 et 2013).'],
    ['Atelier CV (point d’étape 2013)', 'Atelier CV (point d’étape 2013)'],
  ])('une action passée écrite « %s » est publiée « %s »', (line, shown) => {
    const parsed = structureSchema.parse({ ...validStructure, services: ['Accueil', line] });
    expect(parsed.services).toEqual(['Accueil', shown]);
  });

  // Only a past action, which the check accepts as it stands: a line it refuses is quoted as the editor typed it.
  it("laisse telle qu’écrite une ligne qui cite un point d'étape ailleurs qu’à la fin", () => {
    const line = "Médiation, point d'etape 2013";
    expect(structureSchema.parse({ ...validStructure, services: [line] }).services).toEqual([line]);
  });

  it('accepte la provenance de chaque coordonnée, avec sa source et sa date', () => {
    const sources = {
      telephone: { source: 'data·inclusion (fixture)', id: 'fixture--1', date: '2026-10-01' },
      coordonnees: { source: 'data·inclusion (fixture)', lien: 'https://exemple.invalid/fiche/1', date: '2026-10-01' },
    };
    expect(messagesOf(structureSchema, { ...validStructure, sources })).toEqual({});
  });

  it.each([
    ['2026-03-28T22:59:59.999Z', '2026-03-28'],
    ['2026-03-28T23:00:00.000Z', '2026-03-29'],
    ['2026-03-29T21:59:59.999Z', '2026-03-29'],
    ['2026-03-29T22:00:00.000Z', '2026-03-30'],
  ])('compte les jours à l’heure de Paris, même appelé à la suite (%s → %s)', (instant, day) => {
    expect(todayInFrance(new Date(instant))).toBe(day);
  });

  it.each([
    ['00 h 30 à Paris en hiver', '2026-11-29T00:30:00+01:00', '2026-11-29'],
    ['00 h 30 à Paris en été', '2026-07-01T00:30:00+02:00', '2026-07-01'],
    ['23 h 59 à Paris', '2026-11-28T23:59:00+01:00', '2026-11-28'],
  ])('donne le jour de France d’un instant : %s → %s', (_, instant, day) => {
    expect(dayInFrance(new Date(instant))).toBe(day);
  });

  it('accepte des publics à confirmer pris dans la liste des publics', () => {
    const change = { publics: ['jeunes-16-25', 'apprentis'], publics_a_confirmer: ['apprentis'] };
    expect(messagesOf(structureSchema, { ...validStructure, ...change })).toEqual({});
  });

  it('accepte une commune inconnue, sans adresse ni code postal', () => {
    expect(messagesOf(structureSchema, { ...validStructure, commune_inconnue: true, code_postal: undefined })).toEqual(
      {},
    );
  });

  it('accepte une date_maj du jour même', () => {
    expect(messagesOf(structureSchema, { ...validStructure, date_maj: todayInFrance() })).toEqual({});
  });

  // The schema was made at import, today: a day frozen then (an `astro dev` left open past midnight) would fail here.
  describe('compte le jour de Paris au moment de la vérification, qui commence avant celui de UTC', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    it.each([
      // Paris at 00:30 on the 29th, UTC still on the 28th.
      ['2026-03-28T23:30:00Z', '2026-03-29', '2026-03-30'],
      // Summer time: Paris at 01:00 on 1 July, UTC at 23:00 on 30 June.
      ['2026-06-30T23:00:00Z', '2026-07-01', '2026-07-02'],
      ['2026-07-01T12:00:00Z', '2026-07-01', '2026-07-02'],
    ])('à %s, accepte une date_maj du %s et refuse celle du %s', (instant, today, tomorrow) => {
      vi.useFakeTimers({ now: new Date(instant) });
      expect(messagesOf(structureSchema, { ...validStructure, date_maj: today })).toEqual({});
      const refused = messagesOf(structureSchema, { ...validStructure, date_maj: tomorrow });
      expect(Object.keys(refused)).toEqual(['date_maj']);
      expect(refused['date_maj']).toMatch(new RegExp(`date dans le futur \\(${tomorrow}\\).*\\(${today}\\)`));
    });
  });

  it('accepte des horaires valides au format OpenStreetMap', () => {
    expect(
      messagesOf(structureSchema, { ...validStructure, horaires_accueil: 'Mo-Fr 09:00-12:00,13:30-17:00' }),
    ).toEqual({});
  });

  it('refuse un document de point d’étape absent de public/documents/', () => {
    const messages = messagesOf(reportSchema(referenceStandIn), {
      ...fixtures[1]!.valid,
      documents: [{ titre: 'Compte rendu', fichier: 'compte-rendu-inexistant.pdf' }],
    });
    expect(messages['documents.0.fichier']).toMatch(/public\/documents\/compte-rendu-inexistant.pdf n’existe pas/);
  });

  // A report first published elsewhere says where (« Publié le … sur le site régional Etoile »); one written here has
  // no `publie_sur`. A value left empty would be an origin half-written: the build names the field and the fix.
  describe('publie_sur d’un point d’étape', () => {
    const report = (publie_sur: unknown) =>
      reportSchema(referenceStandIn).safeParse({ ...fixtures[1]!.valid, publie_sur });

    it('garde le lieu de première publication, sans les espaces autour, et reste facultatif', () => {
      expect(report('  le site régional Etoile ').data?.publie_sur).toBe('le site régional Etoile');
      const absent = reportSchema(referenceStandIn).safeParse(fixtures[1]!.valid);
      expect(absent.success).toBe(true);
      expect(absent.data?.publie_sur).toBeUndefined();
    });

    it.each([
      ['vide', ''],
      ['fait d’espaces', '   '],
    ])('refuse un publie_sur %s en disant quoi écrire ou de supprimer la ligne', (_, value) => {
      expect(messagesOf(reportSchema(referenceStandIn), { ...fixtures[1]!.valid, publie_sur: value })).toEqual({
        publie_sur:
          'ce champ est vide → écrivez où le point d’étape a d’abord été publié, par exemple « le site régional Etoile », ou supprimez la ligne.',
      });
    });

    it.each([
      ['une liste', ['le site régional Etoile']],
      ['une valeur sans texte (« publie_sur: » seul)', null],
    ])('refuse %s en demandant un texte', (_, value) => {
      expect(messagesOf(reportSchema(referenceStandIn), { ...fixtures[1]!.valid, publie_sur: value })).toEqual({
        publie_sur:
          'ce champ doit être un texte → écrivez où le point d’étape a d’abord été publié, par exemple « le site régional Etoile », ou supprimez la ligne.',
      });
    });
  });

  it('refuse une adresse de site mal formée', () => {
    const messages = messagesOf(siteSchema(referenceStandIn), { ...fixtures[4]!.valid, url: 'onisep' });
    expect(messages['url']).toMatch(/adresse web invalide/);
  });

  it.each([
    [
      'qui ne mène nulle part',
      { libelle: 'Professionnel' },
      'options.0.suite',
      /cette réponse ne mène nulle part → ajoutez « suite » .* ou « page »/,
    ],
    [
      'qui mène à la fois à une étape et à une page',
      { libelle: 'Professionnel', suite: 'situation', page: '/diagnostic/professionnels/' },
      'options.0.page',
      /à la fois « suite » et « page »/,
    ],
    [
      'qui ouvre une page hors de la liste',
      { libelle: 'Professionnel', page: '/admin/' },
      'options.0.page',
      /valeur inconnue → choisissez la page du site que la réponse ouvre parmi : \/diagnostic\/professionnels\//,
    ],
  ])('refuse une réponse du diagnostic %s, en nommant le champ', (_case, option, field, expected) => {
    const messages = messagesOf(diagnosticSchema(referenceStandIn), {
      type: 'question',
      question: 'Quel âge avez-vous ?',
      options: [option],
    });
    expect(messages[field]).toMatch(expected);
  });

  it('accepte une réponse du diagnostic qui ouvre la page pour les professionnels', () => {
    const messages = messagesOf(diagnosticSchema(referenceStandIn), {
      type: 'question',
      question: 'Quel âge avez-vous ?',
      options: [
        { libelle: '16 à 25 ans', suite: 'situation' },
        { libelle: 'Professionnel', valeur: 'professionnel', page: '/diagnostic/professionnels/' },
      ],
    });
    expect(messages).toEqual({});
  });

  it('refuse une étape du diagnostic sans type', () => {
    const messages = messagesOf(diagnosticSchema(referenceStandIn), { question: 'Âge ?', options: [] });
    expect(messages['type']).toMatch(/question ou resultat/);
  });
});

describe('une date de vérification de la sitothèque ou d’un stage ne peut pas être dans le futur', () => {
  const tomorrow = new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);
  it.each([
    ['site', siteSchema(referenceStandIn)],
    ['stage', internshipSchema(referenceStandIn)],
  ])(
    'un %s daté de 2062 est refusé avec la date du jour à écrire ; daté d’aujourd’hui, il est accepté',
    (name, schema) => {
      const valid = fixtures.find((fixture) => fixture.name === name)!.valid;
      for (const future of ['2062-12-01', tomorrow]) {
        const refused = messagesOf(schema, { ...valid, date_verification: future });
        expect(Object.keys(refused)).toEqual(['date_verification']);
        expect(refused['date_verification']).toMatch(
          new RegExp(
            `^date dans le futur \\(${future}\\) → écrivez .*, au plus tard la date du jour \\(${todayInFrance()}\\)\\.$`,
          ),
        );
      }
      expect(messagesOf(schema, { ...valid, date_verification: todayInFrance() })).toEqual({});
    },
  );
});

// What an editor writes in a structure goes to the national directory data·inclusion, whose schema v1.0.8 bounds it
// (standards/data-inclusion-v1.0.8/schemas/v1/structure.json and service.json): a `nom` of 3 to 150 characters with
// no final full stop, a `description` of at least 5, and each line of `services` becomes a service's `nom`. The check
// says so to the editor, with the limit and the length written, instead of the export cutting the text with « … ».
describe('structure : les limites de l’annuaire national data·inclusion', () => {
  const words = (length: number) =>
    'Accueil et orientation des jeunes du département '.repeat(10).slice(0, length).trim();
  const nameOf = (length: number) => `${words(length - 1).slice(0, length - 1)}s`;

  it.each([
    ['un nom de 167 caractères', { nom: nameOf(167) }, 'nom', /167 caractères, 150 au plus.* → raccourcissez-le/],
    ['un nom de 151 caractères', { nom: nameOf(151) }, 'nom', /151 caractères, 150 au plus/],
    ['un nom de 2 caractères', { nom: 'ML' }, 'nom', /2 caractères, 3 au moins.* → écrivez le nom complet/],
    ['un nom qui finit par un point', { nom: 'Mission Locale du Blaisois.' }, 'nom', /point final.* → retirez-le/],
    [
      'une description « Oui »',
      { description: 'Oui' },
      'description',
      /3 caractères, 5 au moins.* → écrivez une ou deux phrases/,
    ],
    ['une ligne de services « ok »', { services: ['Accueil', 'ok'] }, 'services.1', /2 caractères, 3 au moins/],
    [
      'une ligne de services de 166 caractères',
      { services: [nameOf(166)] },
      'services.0',
      /166 caractères, 150 au plus.* → raccourcissez-la/,
    ],
  ])('refuse %s, en disant la limite et la longueur', (_case, change, field, expected) => {
    const messages = messagesOf(structureSchema, { ...validStructure, ...change });
    expect(messages[field]).toMatch(expected);
    expect(messages[field]).toMatch(/data·inclusion/);
  });

  it('accepte un nom de 150 caractères, une description de 5, une ligne de services de 3 et de 150', () => {
    expect(nameOf(150)).toHaveLength(150);
    expect(
      messagesOf(structureSchema, {
        ...validStructure,
        nom: nameOf(150),
        description: 'Aide.',
        services: ['CV.', nameOf(150)],
      }),
    ).toEqual({});
  });

  it('refuse une description trop longue pour que l’export y ajoute le type et la structure', () => {
    const messages = messagesOf(structureSchema, { ...validStructure, description: 'a'.repeat(9_501) });
    expect(messages['description']).toMatch(/9\s501 caractères, 9\s500 au plus/);
  });
});

describe('adresses web : https:// seulement, comme le disent les messages', () => {
  it.each([
    ['d’une structure', structureSchema, 'site_web', validStructure],
    ['d’un site de la sitothèque', siteSchema(referenceStandIn), 'url', fixtures[4]!.valid],
  ])('l’adresse %s en http:// est refusée, et le message dit quoi faire si le site n’existe qu’en http', (...args) => {
    const [, schema, field, valid] = args as [string, z.ZodType, string, Record<string, unknown>];
    const messages = messagesOf(schema, { ...valid, [field]: 'http://www.example.org/' });
    expect(messages[field]).toMatch(/https:\/\//);
    expect(messages[field]).toMatch(/si le site n’existe qu’en http, signalez-le à l’équipe/);
    expect(messagesOf(schema, { ...valid, [field]: 'https://www.example.org/' })).toEqual({});
  });
});
