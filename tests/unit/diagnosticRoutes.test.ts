import { describe, expect, it } from 'vitest';
import {
  describeAges,
  describeRoute,
  personsByResult,
  receivesEach,
  refusal,
  structureRefusal,
  publicsToConfirm,
  personPublics,
  readersPublics,
  walkStates,
  type Person,
  type RouteState,
} from '../../src/lib/diagnosticRoutes.ts';
import type { DiagnosticStep } from '../../src/lib/diagnosticTree.ts';
import { question, result } from '../support/diagnosticSteps.ts';
import { STRUCTURE_TYPES } from '../../src/schemas/structure.ts';
import { PERSON_ANSWERS, STRUCTURE_TYPE_AUDIENCES } from '../../src/schemas/structureAudiences.ts';

/** Area, then age, then (for the young) a situation; two answers share a result. */
const tree: DiagnosticStep[] = [
  question('bassin', {
    debut: true,
    profil: 'bassin',
    options: [
      { libelle: 'Nord', valeur: 'nord', suite: 'age' },
      { libelle: 'Sud', valeur: 'sud', suite: 'age' },
    ],
  }),
  question('age', {
    profil: 'age',
    options: [
      { libelle: 'Moins de 16 ans', valeur: 'moins-16', suite: 'besoin' },
      { libelle: '16 à 25 ans', valeur: '16-25', suite: 'situation' },
      { libelle: 'Je suis parent', valeur: 'parent', suite: 'age-enfant' },
    ],
  }),
  question('situation', {
    profil: 'situation',
    options: [
      { libelle: 'Élève', valeur: 'eleve', suite: 'besoin' },
      { libelle: 'Sorti de l’école', valeur: 'sorti-ecole', suite: 'besoin' },
    ],
  }),
  question('age-enfant', {
    profil: 'age',
    options: [{ libelle: 'Il a 17 ans', valeur: '16-25', suite: 'besoin' }],
  }),
  // Not a profile question: its answer `decrochage` says nothing about who the person is.
  question('besoin', {
    options: [
      { libelle: 'Partir', suite: 'etranger' },
      { libelle: 'Arrêter', suite: 'decrochage' },
    ],
  }),
  result('etranger'),
  result('decrochage'),
];

/** The results a walk reaches: one row per result and person, with the routes that lead there. */
const resultsOf = (steps: DiagnosticStep[]) =>
  walkStates(steps).filter((state) => ['etranger', 'decrochage'].includes(state.stepId));
const routeCount = (steps: DiagnosticStep[]) => resultsOf(steps).reduce((sum, state) => sum + state.routes, 0);
const keysOf = (state: RouteState) => state.firstRoute.map((answer) => answer.key).join('.');

describe('walkStates', () => {
  const results = resultsOf(tree);

  it('compte chaque chemin de la première question jusqu’à un résultat', () => {
    // 2 areas × (1 + 2 + 1 ways through the age) × 2 needs.
    expect(routeCount(tree)).toBe(16);
    // The area says nothing about the person: 4 kinds of person × 2 results.
    expect(results).toHaveLength(8);
    expect(new Set(results.map((state) => describeRoute(state.firstRoute))).size).toBe(8);
  });

  it.each<[string, string, Person]>([
    ['nord.moins-16.etranger', 'etranger', { ageBand: 'moins-16' }],
    ['nord.16-25.eleve.decrochage', 'decrochage', { ageBand: '16-25', publics: ['collegiens-lyceens'] }],
    ['nord.16-25.sorti-ecole.etranger', 'etranger', { ageBand: '16-25', publics: ['jeunes-16-25'] }],
    // A parent answers about the child: the child's age, the parent's public.
    ['nord.parent.16-25.etranger', 'etranger', { ageBand: '16-25', publics: ['parents'] }],
  ])(
    'le premier chemin %s mène à %s, décrit la personne et compte aussi le chemin par le sud',
    (keys, resultId, person) => {
      const state = results.find((candidate) => keysOf(candidate) === keys);
      expect(state?.stepId).toBe(resultId);
      expect(state?.person).toEqual(person);
      expect(state?.routes).toBe(2);
    },
  );

  it('ne suit pas une réponse qui ouvre une page du site (la page pour les professionnels)', () => {
    const withPage = structuredClone(tree);
    (withPage[0]!.data as { options: object[] }).options.push({
      libelle: 'Je suis professionnel',
      valeur: 'professionnel',
      page: '/diagnostic/professionnels/',
    });
    expect(routeCount(withPage)).toBe(16);
  });

  it('nomme un chemin par ses réponses, dans l’ordre, puis son adresse', () => {
    const state = results.find((candidate) => keysOf(candidate) === 'nord.moins-16.decrochage');
    expect(describeRoute(state!.firstRoute)).toBe(
      '« Nord » › « Moins de 16 ans » › « Arrêter » (?parcours=nord.moins-16.decrochage)',
    );
  });

  it('ne tourne pas en rond quand une réponse ramène en arrière', () => {
    const looping = structuredClone(tree);
    (looping[4]!.data as { options: { libelle: string; suite: string }[] }).options.push({
      libelle: 'Revenir',
      suite: 'age',
    });
    expect(routeCount(looping)).toBe(16);
  });

  it('passe une fois par état quand les chemins se multiplient (2⁴⁰ chemins, 40 questions)', () => {
    const depth = 40;
    const chain = Array.from({ length: depth }, (_, index) =>
      question(`q${index}`, {
        debut: index === 0,
        options: [
          { libelle: 'Oui', valeur: 'oui', suite: index + 1 < depth ? `q${index + 1}` : 'fin' },
          { libelle: 'Non', valeur: 'non', suite: index + 1 < depth ? `q${index + 1}` : 'fin' },
        ],
      }),
    );
    const states = walkStates([...chain, result('fin')]);
    expect(states).toHaveLength(depth + 1);
    expect(states.at(-1)).toMatchObject({ stepId: 'fin', routes: 2 ** depth });
  });
});

describe('refusal', () => {
  it.each<[string, Person, RegExp | undefined]>([
    ['mission-locale', { ageBand: 'moins-16' }, /reçoit de 16 à 25 ans, la personne a moins de 16 ans/],
    [
      'mission-locale',
      { ageBand: '26-plus', publics: ['salaries'] },
      /reçoit de 16 à 25 ans, la personne a 26 ans ou plus/,
    ],
    [
      'mission-locale',
      { ageBand: '16-25', publics: ['collegiens-lyceens'] },
      /la personne relève de « Collégiens et lycéens »/,
    ],
    ['mission-locale', { ageBand: '16-25', publics: ['etudiants'] }, /la personne relève de « Étudiants »/],
    ['mission-locale', { ageBand: '16-25', publics: ['jeunes-16-25'] }, undefined],
    ['mission-locale', { ageBand: '16-25', publics: ['salaries', 'jeunes-16-25'] }, undefined],
    ['mission-locale', { ageBand: '16-25', publics: ['parents'] }, undefined],
    // Over 26, an employee is no longer one of the « jeunes de 16 à 25 ans ».
    ['bij', { ageBand: '26-plus', publics: ['salaries', 'jeunes-16-25'] }, /la personne relève de « Salariés »/],
    // A job seeker has left school: from 16 to 25 one of the « jeunes de 16 à 25 ans », not after.
    ['mission-locale', { ageBand: '16-25', publics: PERSON_ANSWERS['demandeur-emploi'] }, undefined],
    [
      'bij',
      { ageBand: '26-plus', publics: PERSON_ANSWERS['demandeur-emploi'] },
      /la personne relève de « Demandeurs d’emploi », « Adultes »$/,
    ],
    ['cio', { ageBand: 'moins-16', publics: ['collegiens-lyceens'] }, undefined],
    ['cfa', { ageBand: '26-plus', publics: ['demandeurs-emploi'] }, undefined],
    // An apprentice is an employee: at 26 to 29 France Travail receives them, the Mission Locale no longer does.
    ['france-travail', { ageBand: '26-plus', publics: PERSON_ANSWERS.apprenti }, undefined],
    ['mission-locale', { ageBand: '26-plus', publics: PERSON_ANSWERS.apprenti }, /la personne a 26 ans ou plus/],
    // From 15 after the 3e: the CFA receives the apprentice, France Travail (from 16) does not.
    ['cfa', { ageBand: 'moins-16', publics: PERSON_ANSWERS.apprenti }, undefined],
    ['france-travail', { ageBand: 'moins-16', publics: PERSON_ANSWERS.apprenti }, /à partir de 16 ans/],
    [
      'gip',
      { publics: ['collegiens-lyceens'] },
      /ce type reçoit « Professionnels de l’orientation et de l’insertion »/,
    ],
    ['france-travail', { publics: ['employeurs'] }, undefined],
    ['mgi', {}, undefined],
  ])('%s et %j', (type, person, expected) => {
    const why = refusal(type, person);
    if (expected) expect(why).toMatch(expected);
    else expect(why).toBeUndefined();
  });

  it('connaît chaque type de structure', () => {
    expect(Object.keys(STRUCTURE_TYPE_AUDIENCES).sort()).toEqual(Object.keys(STRUCTURE_TYPES).sort());
  });

  it.each([
    [{ min: 16, max: 25 }, 'de 16 à 25 ans'],
    [{ min: 16 }, 'à partir de 16 ans'],
    [{ max: 25 }, 'jusqu’à 25 ans'],
    [{}, 'à tout âge'],
  ])('dit les âges %j « %s »', (ages, text) => {
    expect(describeAges(ages)).toBe(text);
  });
});

describe('structureRefusal: what a structure’s own « Pour » line says, its type’s when it says nothing', () => {
  const chamber = {
    data: { type: 'chambre-consulaire', nom: 'CCI', publics: ['employeurs', 'apprentis', 'jeunes-16-25'] },
  };
  const mission = { data: { type: 'mission-locale', nom: 'Mission Locale', publics: ['jeunes-16-25'] } };
  const cio = { data: { type: 'cio', nom: 'CIO', publics: ['collegiens-lyceens', 'adultes'] } };
  const silent = { data: { type: 'chambre-consulaire', nom: 'Chambre muette' } };
  const pupil: Person = { ageBand: 'moins-16', publics: PERSON_ANSWERS.college };
  it.each<[string, { data: { type: string; nom: string; publics?: string[] } }, Person, RegExp | undefined]>([
    // A9: the chambers' own line names employers, apprentices and school leavers, not pupils; their type does.
    [
      'la CCI refuse l’élève de 3e',
      chamber,
      pupil,
      /^« CCI » reçoit « Employeurs », « Apprentis », .* la personne relève de « Collégiens et lycéens »$/,
    ],
    ['une chambre sans public dit celui de son type', silent, pupil, undefined],
    ['la CCI reçoit l’apprenti', chamber, { ageBand: '16-25', publics: PERSON_ANSWERS.apprenti }, undefined],
    // The type's ages hold even where the structure names the public: no Mission Locale before 16.
    [
      'la Mission Locale refuse avant 16 ans',
      mission,
      { ageBand: 'moins-16', publics: PERSON_ANSWERS['sorti-ecole'] },
      /^ce type reçoit de 16 à 25 ans/,
    ],
    // An apprentice of 16 to 25 has left school, like an employee: one of the « jeunes de 16 à 25 ans ».
    [
      'la Mission Locale reçoit l’apprenti de 20 ans',
      mission,
      { ageBand: '16-25', publics: PERSON_ANSWERS.apprenti },
      undefined,
    ],
    // From 26, a person is an adult, whatever their situation.
    ['le CIO reçoit le salarié de 30 ans', cio, { ageBand: '26-plus', publics: PERSON_ANSWERS.salarie }, undefined],
    [
      'le CIO refuse l’employeur',
      cio,
      { publics: PERSON_ANSWERS.employeur },
      /« CIO » reçoit « Collégiens et lycéens », « Adultes », la personne relève de « Employeurs »/,
    ],
    [
      '« tout public » reçoit chacun',
      { data: { type: 'autre', nom: 'X', publics: ['tout-public'] } },
      pupil,
      undefined,
    ],
  ])('%s', (_, structure, person, expected) => {
    const why = structureRefusal(structure, person);
    if (expected) expect(why).toMatch(expected);
    else expect(why).toBeUndefined();
  });

  it('ne propose une structure que si elle reçoit chaque personne qui arrive au résultat', () => {
    const apprentice: Person = { ageBand: '16-25', publics: PERSON_ANSWERS.apprenti };
    expect(receivesEach(chamber, [apprentice])).toBe(true);
    expect(receivesEach(chamber, [apprentice, pupil])).toBe(false);
    expect(receivesEach(chamber, [])).toBe(true);
  });

  it('rassemble les personnes qui arrivent à chaque résultat', () => {
    const persons = personsByResult(tree);
    const of = (id: string) => (persons.get(id) ?? []).map((person) => [person.ageBand, person.publics?.join('+')]);
    // Once per kind of person, whatever the area: the under-16 (no situation asked), the pupil, the school leaver, the parent.
    expect(of('decrochage')).toEqual([
      ['moins-16', undefined],
      ['16-25', 'collegiens-lyceens'],
      ['16-25', 'jeunes-16-25'],
      ['16-25', 'parents'],
    ]);
    expect(persons.has('bassin')).toBe(false);
  });
});

describe('personPublics et readersPublics : les publics d’une personne, tels que la règle d’accueil les lit', () => {
  it.each<[string, Person, string[] | undefined]>([
    [
      'un salarié de 30 ans est aussi un adulte',
      { ageBand: '26-plus', publics: ['salaries'] },
      ['salaries', 'adultes'],
    ],
    [
      'l’enfant de 26 ans ou plus n’est plus un jeune de 16 à 25 ans',
      { ageBand: '26-plus', publics: ['jeunes-16-25'] },
      ['adultes'],
    ],
    [
      'un apprenti de 20 ans reste un jeune',
      { ageBand: '16-25', publics: ['apprentis', 'jeunes-16-25'] },
      ['apprentis', 'jeunes-16-25'],
    ],
    ['une personne dont les réponses ne disent pas qui elle est', { ageBand: '26-plus' }, undefined],
  ])('%s', (_, person, publics) => {
    expect(personPublics(person)).toEqual(publics);
  });

  it('les publics des lecteurs d’un résultat, inconnus dès que l’un d’eux ne dit pas qui il est', () => {
    const parent: Person = { ageBand: '26-plus', publics: ['jeunes-16-25'] };
    expect(readersPublics([parent, { ageBand: '16-25', publics: ['etudiants'] }])).toEqual(
      new Set(['adultes', 'etudiants']),
    );
    expect(readersPublics([parent, { ageBand: '16-25' }])).toBeUndefined();
    expect(readersPublics([])).toBeUndefined();
  });
});

describe('publicsToConfirm: ce qu’un résultat doit dire « à confirmer » d’une structure qu’il propose', () => {
  const cio = {
    data: {
      type: 'cio',
      nom: 'CIO',
      publics: ['collegiens-lyceens', 'jeunes-16-25', 'apprentis', 'adultes'],
      publics_a_confirmer: ['apprentis'],
    },
  };
  const apprentice = (ageBand: NonNullable<Person['ageBand']>): Person => ({
    ageBand,
    publics: PERSON_ANSWERS.apprenti,
  });
  it.each<[string, Person[], string[]]>([
    // Under 16, an apprentice is not one of the « jeunes de 16 à 25 ans »: only « apprentis », to confirm, lets them in.
    ['l’apprenti de moins de 16 ans n’y entre que par « apprentis »', [apprentice('moins-16')], ['apprentis']],
    ['l’apprenti de 20 ans y entre comme jeune sorti de l’école', [apprentice('16-25')], []],
    ['l’apprenti de 30 ans y entre comme adulte', [apprentice('26-plus')], []],
    ['un seul qui n’entre que par lui suffit', [apprentice('16-25'), apprentice('moins-16')], ['apprentis']],
    ['l’élève n’a rien à confirmer', [{ ageBand: 'moins-16', publics: PERSON_ANSWERS.college }], []],
    // Refused anyway: the result does not offer it, so it has nothing to say about it.
    ['l’employeur, refusé, non plus', [{ publics: PERSON_ANSWERS.employeur }], []],
  ])('%s', (_, persons, expected) => {
    expect(publicsToConfirm(cio, persons)).toEqual(expected);
  });

  it('une structure dont tous les publics sont à confirmer les dit tous', () => {
    const only = {
      data: { type: 'france-travail', nom: 'FT', publics: ['etudiants'], publics_a_confirmer: ['etudiants'] },
    };
    expect(publicsToConfirm(only, [{ ageBand: '16-25', publics: PERSON_ANSWERS.etudiant }])).toEqual(['etudiants']);
  });

  it('une structure sans public à confirmer n’a rien à dire', () => {
    const plain = { data: { type: 'cio', nom: 'CIO', publics: ['apprentis'] } };
    expect(publicsToConfirm(plain, [apprentice('moins-16')])).toEqual([]);
  });
});
