/**
 * What each line of a structure's `services` means in the national data·inclusion lists (v1.0.8,
 * `standards/data-inclusion-v1.0.8/schemas/v1/extra/`): its `thematiques`, and its `type`, `frais` and
 * `modes_accueil` when the content says so. The national platform finds a service by these codes only.
 *
 * Another territory writes its own service lines and changes this table with them: one row per line, the
 * line as written in `content/structures/` (case, accents and punctuation aside). A line without a row is
 * exported without codes, and the export's tests name it. Each row says in `appui` what in the content backs
 * its codes; a code nothing backs is left out, never guessed (no `frais` without a text that says « gratuit »).
 */
import thematiqueList from '../../../standards/data-inclusion-v1.0.8/schemas/v1/extra/thematiques.json' with { type: 'json' };
import type { PublicId } from '../../schemas/fields.ts';
import { slugify } from '../slugify.ts';

/** The codes of one service line; every value comes from the national lists. */
export interface ServiceCodes {
  /** The service line, as written in the structures' `services`. */
  ligne: string;
  /** data·inclusion `thematiques` (list `thematiques.json`); empty when none fits the line. */
  thematiques: readonly string[];
  /** data·inclusion `type` (list `types-de-services.json`), when the line says what kind of service it is. */
  type?: string;
  /** data·inclusion `frais` (list `frais.json`), only when a text of the content says it. */
  frais?: string;
  /**
   * data·inclusion `modes_accueil` (list `modes-accueil.json`), only when a text of the content says it; a tool sheet
   * whose provenance is « à confirmer » does not count, since no source says the structure holds the tool.
   */
  modes_accueil?: readonly string[];
  /**
   * The structure's publics (local codes) this line serves, when it serves only some of them: `['employeurs']` for a
   * line written for employers. Without it, the line serves all the structure's publics but the employers (unless
   * `alsoEmployers`), so that a service for young people is not published for employers, nor the other way round.
   */
  publics?: readonly PublicId[];
  /**
   * True for a line that serves all the structure's publics, employers included: the structure's own `publics`
   * (no copy of them here to drift when they change), without `publics`.
   */
  alsoEmployers?: true;
  /** What in the content backs these codes (the line itself, a description, a tool's conditions). */
  appui: string;
}

/** Our public for employers: a line serves them only when its row says so (`publics` or `alsoEmployers`). */
export const EMPLOYERS: PublicId = 'employeurs';
const EMPLOYERS_ONLY: readonly PublicId[] = [EMPLOYERS];

/** True for a line written for employers alone (« Information des entreprises sur l’alternance »). */
export function isForEmployersOnly(row: Pick<ServiceCodes, 'publics'>): boolean {
  return row.publics?.length === 1 && row.publics[0] === EMPLOYERS;
}

/** True for a line that serves employers besides other publics (`alsoEmployers`, or `publics` naming them with others). */
export function isAlsoForEmployers(row: Pick<ServiceCodes, 'publics' | 'alsoEmployers'>): boolean {
  return row.alsoEmployers === true || (!isForEmployersOnly(row) && (row.publics?.includes(EMPLOYERS) ?? false));
}

/**
 * Whether a line serves one of its structure's publics (a local code): one its row names (`publics`); else any, the
 * employers only when the row says `alsoEmployers`. A line without a row serves all but the employers.
 */
export function servesPublic(row: Pick<ServiceCodes, 'publics' | 'alsoEmployers'> | undefined, code: string): boolean {
  if (row?.publics) return row.publics.includes(code as PublicId);
  return code !== EMPLOYERS || row?.alsoEmployers === true;
}

const DISCOVER_JOB = 'choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite';
const FIND_TRAINING = 'se-former--trouver-sa-formation';
const JOB_SEARCH = 'preparer-sa-candidature--organiser-ses-demarches-de-recherche-demploi';
const JOB_OFFERS = 'trouver-un-emploi--repondre-a-des-offres-demploi';
const HOUSING_INFO = 'logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement';

/** The network's service lines and their national codes. */
export const SERVICE_CODES: readonly ServiceCodes[] = [
  {
    ligne: 'Formations qualifiantes pour adultes',
    thematiques: [FIND_TRAINING],
    type: 'formation',
    appui: 'la ligne : des formations',
  },
  {
    ligne: 'Information des jeunes sur les études, les métiers, l’emploi, le logement, la santé et les loisirs',
    thematiques: [DISCOVER_JOB, FIND_TRAINING, 'choisir-un-metier--connaitre-les-opportunites-demploi', HOUSING_INFO],
    type: 'information',
    appui: 'la ligne : études, métiers, emploi, logement',
  },
  {
    ligne: 'Information sur la mobilité internationale',
    thematiques: [
      'souvrir-a-linternational--connaitre-les-opportunites-demploi-a-letranger',
      'souvrir-a-linternational--sinformer-sur-les-aides-pour-travailler-a-letranger',
    ],
    type: 'information',
    appui: 'la ligne : la mobilité à l’étranger',
  },
  {
    ligne: 'Information sur les métiers de l’artisanat et l’apprentissage',
    thematiques: [DISCOVER_JOB, FIND_TRAINING],
    type: 'information',
    // The self-diagnostic sends employers who think of taking an apprentice to the CAD for this information.
    alsoEmployers: true,
    appui: 'la ligne : des métiers et une voie de formation',
  },
  {
    ligne: 'Information des entreprises sur l’alternance',
    thematiques: [],
    type: 'information',
    publics: EMPLOYERS_ONLY,
    appui:
      'la ligne ; elle s’adresse aux entreprises, que les thématiques nationales (écrites pour les personnes) ne prévoient pas',
  },
  {
    ligne: 'Formations en apprentissage',
    thematiques: [FIND_TRAINING],
    type: 'formation',
    appui: 'la ligne : des formations',
  },
  {
    ligne: 'Aide à la recherche d’un employeur',
    thematiques: [JOB_SEARCH],
    type: 'accompagnement',
    appui: 'la ligne : aider l’apprenti à chercher son entreprise',
  },
  {
    ligne: 'Suivi des apprentis en entreprise',
    thematiques: ['trouver-un-emploi--maintien-dans-lemploi'],
    type: 'accompagnement',
    // The CFA follows the apprentice with the employer (the self-diagnostic's employers' results say so).
    publics: ['apprentis', EMPLOYERS],
    appui: 'la ligne : suivre l’apprenti pendant son contrat',
  },
  {
    ligne: 'Information sur les métiers et l’apprentissage agricoles',
    thematiques: [DISCOVER_JOB, FIND_TRAINING],
    type: 'information',
    appui: 'la ligne : des métiers et une voie de formation',
  },
  {
    ligne: 'Accompagnement des employeurs agricoles',
    thematiques: [],
    type: 'accompagnement',
    publics: EMPLOYERS_ONLY,
    appui: 'la ligne ; elle s’adresse aux employeurs, que les thématiques nationales ne prévoient pas',
  },
  {
    ligne: 'Entretiens avec un psychologue de l’Éducation nationale',
    thematiques: [
      'choisir-un-metier--identifier-ses-points-forts-et-ses-competences',
      'choisir-un-metier--confirmer-son-choix-de-metier',
      FIND_TRAINING,
    ],
    type: 'accompagnement',
    appui:
      'la ligne ; la description du CIO : « informe et conseille […] sur les études, les formations et les métiers »',
  },
  {
    ligne: 'Documentation sur les formations et les métiers',
    thematiques: [DISCOVER_JOB, FIND_TRAINING],
    type: 'information',
    // No modes_accueil: only a tool sheet whose provenance is « à confirmer » says « sur place », and no source says
    // the CIO hold that tool.
    appui:
      'la ligne : des formations et des métiers ; aucun mode d’accueil, car seule une fiche d’outil à confirmer dit « consultables sur place » (rien ne dit ses frais)',
  },
  {
    ligne: 'Information sur les procédures d’orientation et d’affectation',
    thematiques: [FIND_TRAINING],
    type: 'information',
    appui: 'la ligne : l’accès à une formation après le collège ou le lycée',
  },
  {
    ligne: 'Inscription et indemnisation des demandeurs d’emploi',
    thematiques: ['difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits'],
    type: 'aide-financiere',
    appui: 'la ligne : l’indemnisation est une aide financière, l’inscription ouvre des droits',
  },
  {
    ligne: 'Accompagnement dans la recherche d’emploi',
    thematiques: [JOB_SEARCH, JOB_OFFERS],
    type: 'accompagnement',
    appui: 'la ligne',
  },
  {
    ligne: 'Offres d’emploi et recrutement pour les employeurs',
    thematiques: [JOB_OFFERS],
    publics: EMPLOYERS_ONLY,
    appui: 'la ligne : des offres d’emploi ; son type (service aux employeurs) n’a pas d’équivalent national',
  },
  {
    ligne: 'Périodes de mise en situation en milieu professionnel (PMSMP)',
    thematiques: [DISCOVER_JOB, 'choisir-un-metier--confirmer-son-choix-de-metier'],
    appui: 'la fiche de stage PMSMP : « pour découvrir un métier, confirmer un projet »',
  },
  {
    ligne: 'Repérage des élèves en risque de décrochage',
    thematiques: [],
    appui: 'la ligne ; un repérage par l’école, qu’aucune thématique ni aucun type national ne décrit',
  },
  {
    ligne: 'Solutions de retour en formation pour les jeunes de plus de 16 ans sans diplôme',
    thematiques: [FIND_TRAINING],
    type: 'accompagnement',
    appui: 'la ligne ; la description : « propose un retour en formation aux jeunes sortis sans diplôme »',
  },
  {
    ligne: 'Accueil, information et orientation des jeunes de 16 à 25 ans sortis du système scolaire',
    thematiques: [DISCOVER_JOB, FIND_TRAINING],
    type: 'information',
    appui: 'la ligne : information et orientation',
  },
  {
    ligne: 'Accompagnement vers l’emploi et la formation',
    thematiques: [JOB_SEARCH, FIND_TRAINING],
    type: 'accompagnement',
    appui: 'la ligne',
  },
  {
    ligne: 'Aide sur le logement, la santé et la mobilité',
    thematiques: [HOUSING_INFO, 'sante--acces-aux-soins', 'mobilite--etre-accompagne-dans-son-parcours-mobilite'],
    type: 'accompagnement',
    appui: 'la ligne : logement, santé, mobilité',
  },
  {
    ligne: 'Contrat d’engagement jeune',
    thematiques: [JOB_SEARCH, FIND_TRAINING],
    type: 'accompagnement',
    appui:
      'l’autodiagnostic : « un accompagnement, comme le contrat d’engagement jeune » (vers l’emploi ou la formation)',
  },
];

const byLine = new Map(SERVICE_CODES.map((row) => [slugify(row.ligne), row]));

/** Rows already looked up, by the line as written: structures share their lines, read by each export and page. */
const rowOfLine = new Map<string, ServiceCodes | undefined>();

/** The row of a service line (compared as `slugify` writes it), or undefined when the table has none. */
export function serviceCodesOf(line: string): ServiceCodes | undefined {
  if (!rowOfLine.has(line)) rowOfLine.set(line, byLine.get(slugify(line)));
  return rowOfLine.get(line);
}

const thematiqueLabels = new Map(thematiqueList.map((item) => [item.value, item.label]));

/** The national label of a `thematiques` code, e.g. « Trouver sa formation » (the code itself if the list lacks it). */
export function thematiqueLabel(code: string): string {
  return thematiqueLabels.get(code) ?? code;
}
