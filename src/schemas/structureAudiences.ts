/**
 * Who each kind of structure receives, and what the self-diagnostic's answers say about the person: the one
 * place the tree check (`src/lib/validateDiagnosticTree.ts`) reads to prove that no route sends a person to a
 * structure that would turn them away. Ages are in years, both ends included.
 *
 * Sources: the group's record (the seed) where it says something, otherwise the public mission every
 * structure of that kind has in France. A line that rests on the seed quotes it.
 */
import { publicIds, type PublicId } from './fields.ts';
import type { StructureType } from './structure.ts';

/** A range of ages in years, both ends included; an open end has no limit. */
export interface AgeRange {
  min?: number;
  max?: number;
}

/** Who a kind of structure receives. */
export interface Audience {
  /** Ages received; no limit when left out. */
  ages: AgeRange;
  /** Publics received (ids of the shared list `PUBLICS`). */
  publics: readonly PublicId[];
}

/**
 * Publics every member of the network receives: the network's professionals, who call on each other to
 * redirect a person. Seed, 2004: « comprendre les logiques d’intervention et les champs de compétence de
 * chacun » ; 2009: « Favoriser la lisibilité du réseau pour les nouveaux arrivants ».
 */
const NETWORK: readonly PublicId[] = ['professionnels'];

/** Young people at school, in studies, in apprenticeship or out of school. */
const YOUNG: readonly PublicId[] = ['collegiens-lyceens', 'etudiants', 'jeunes-16-25', 'apprentis'];
/** Adults, in work or looking for it. */
const ADULTS: readonly PublicId[] = ['adultes', 'salaries', 'demandeurs-emploi'];

/** Who each kind of structure receives. Every type has an entry (the type system checks it). */
export const STRUCTURE_TYPE_AUDIENCES = {
  // 16 to 25, out of school. Apprentices, their families and employers: the seed's 2013 summer mediation
  // « assurée par les trois Missions Locales » and its leaflet « à destination des employeurs et des
  // familles d’apprentis et des jeunes ».
  'mission-locale': {
    ages: { min: 16, max: 25 },
    publics: ['jeunes-16-25', 'apprentis', 'parents', 'employeurs', ...NETWORK],
  },
  // Pupils, students, their families, and anyone who needs information on studies and orientation.
  cio: { ages: {}, publics: [...YOUNG, 'parents', ...ADULTS, ...NETWORK] },
  // Information Jeunesse: young people (pupils, students, apprentices, school leavers) and their families.
  bij: { ages: {}, publics: [...YOUNG, 'parents', ...NETWORK] },
  // The Chambre de métiers' decision centre: choosing a craft trade and apprenticeship, at any age, and the
  // craftsmen who take apprentices. Seed, 2010-2011: « Accompagnement vers et dans l’apprentissage » menée
  // par la ML, le CAD et les trois CFA.
  'cad-cma': { ages: {}, publics: [...YOUNG, 'parents', ...ADULTS, 'employeurs', ...NETWORK] },
  // Apprenticeship: from 15 once out of 3e, in general up to 29 (the law lifts the limit in a few cases,
  // such as a recognised disability); apprentices, those looking for a contract, their families, employers.
  cfa: { ages: { min: 15, max: 29 }, publics: [...YOUNG, 'parents', ...ADULTS, 'employeurs', ...NETWORK] },
  // Fight against dropping out (MLDS, ex-MGI): pupils at risk of leaving school, and young people who left
  // it without a qualification (the right to return to training runs from 16 to 25).
  mgi: { ages: { max: 25 }, publics: ['collegiens-lyceens', 'jeunes-16-25', 'parents', ...NETWORK] },
  // From 16: job seekers, people changing jobs, students looking for work, employers recruiting.
  'france-travail': { ages: { min: 16 }, publics: [...ADULTS, 'jeunes-16-25', 'etudiants', 'employeurs'] },
  // Vocational training of job seekers and employees.
  afpa: { ages: { min: 16 }, publics: [...ADULTS, 'jeunes-16-25'] },
  // Chambers of commerce and agriculture: companies, apprenticeship contracts, trades of their sector. Seed,
  // 2013: « La transmission mensuelle par les Chambres Consulaires … de l’état des ruptures de contrat ».
  'chambre-consulaire': { ages: {}, publics: [...YOUNG, 'parents', ...ADULTS, 'employeurs'] },
  // Alfa Centre works for the professionals of orientation, training and employment (seed: its webmaster,
  // its ORFE observatory), not for the public.
  gip: { ages: {}, publics: [...NETWORK] },
  // A kind nobody described: nothing is known against it.
  autre: { ages: {}, publics: publicIds },
} as const satisfies Record<StructureType, Audience>;

/**
 * Values of the answers to the age question (`profil: age`): the ages they mean, and how a message names them.
 * A parent's route answers about the child, so the child's age is given with these values too.
 */
export const AGE_BANDS = {
  'moins-16': { ages: { max: 15 }, label: 'moins de 16 ans' },
  '16-25': { ages: { min: 16, max: 25 }, label: 'de 16 à 25 ans' },
  '26-plus': { ages: { min: 26 }, label: '26 ans ou plus' },
} as const satisfies Record<string, { ages: AgeRange; label: string }>;

/**
 * Values of the answers that say who the person is (`profil: situation`, or who asks on the age question):
 * the publics the person belongs to. A structure receives the person when it receives one of them.
 * An employee or a job seeker has left school, so `salarie` and `demandeur-emploi` also count among
 * « jeunes-16-25 » when the age allows it (`PUBLIC_AGES`): a parent of a 20-year-old job seeker is sent to the
 * Mission Locale, a job seeker of 26 or more is not. An apprentice is an employee under a work contract
 * (content/stages/apprentissage.md), so `apprenti` also counts among « salaries », and, like them, among
 * « jeunes-16-25 » when the age allows it: an apprentice of 26 to 29, whom the Mission Locale no longer receives,
 * may be sent to France Travail, which receives employees; one of 20 is received where young people who have left
 * school are.
 */
export const PERSON_ANSWERS = {
  college: ['collegiens-lyceens'],
  lycee: ['collegiens-lyceens'],
  eleve: ['collegiens-lyceens'],
  // Under 16 school is compulsory: the person is still a pupil, even when they hardly go.
  decrochage: ['collegiens-lyceens'],
  etudiant: ['etudiants'],
  apprenti: ['apprentis', 'salaries', 'jeunes-16-25'],
  // A young person who wants to enter apprenticeship (a parent answers for a child of 16 to 25): at the lycée or out
  // of school; the CFA, the CAD and, out of school, the Mission Locale help them find an employer.
  'futur-apprenti': ['collegiens-lyceens', 'jeunes-16-25'],
  'sorti-ecole': ['jeunes-16-25'],
  // A young person whose apprenticeship contract was broken (a parent answers for a child): no longer an apprentice,
  // but out of school, as the seed puts them side by side (2009: « les jeunes sortis du système scolaire ou ayant
  // rompu leur apprentissage »). From 26, an adult (personPublics), whom the Mission Locale no longer receives.
  'contrat-rompu': ['jeunes-16-25'],
  salarie: ['salaries', 'jeunes-16-25'],
  'demandeur-emploi': ['demandeurs-emploi', 'adultes', 'jeunes-16-25'],
  autre: ['adultes'],
  parent: ['parents'],
  employeur: ['employeurs'],
  professionnel: ['professionnels'],
} as const satisfies Record<string, readonly PublicId[]>;

/** Publics whose very name sets an age: a person outside it is not in that public. */
export const PUBLIC_AGES: Partial<Record<PublicId, AgeRange>> = {
  'jeunes-16-25': { min: 16, max: 25 },
};

/**
 * Kinds of structure whose members each serve their own trades or sector, so that the one near the person may not be
 * the one they need: a CFA prepares its own diplomas, each chamber serves its own companies. A result lists the
 * département's others too, after those of the person's area (« Ailleurs dans le département »), with the reason.
 * Other kinds (Mission Locale, CIO…) offer the same everywhere: the nearest one is enough.
 */
export const TYPES_BY_TRADE = {
  cfa: 'chaque CFA prépare à ses propres métiers : voici aussi ceux des autres bassins',
  'chambre-consulaire':
    'chaque chambre sert son secteur (commerce et industrie, agriculture) : voici aussi celles des autres bassins',
} as const satisfies Partial<Record<StructureType, string>>;

/** Where this data lives, for the messages that send an editor here. */
export const AUDIENCES_FILE = 'src/schemas/structureAudiences.ts';
