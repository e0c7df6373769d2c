/**
 * The self-diagnostic as content: one file per step in `content/diagnostic/`.
 * A step is a question (its answers each lead to another step) or a result.
 * `src/lib/validateDiagnosticTree.ts` proves at build time that the steps form a sound tree.
 */
import { z } from 'astro/zod';
import {
  AGE_OR_DURATION,
  figureKind,
  idsOf,
  nonEmptyList,
  oneOf,
  optionalList,
  optionalText,
  requiredText,
  type FieldMeta,
} from './fields.ts';
import { STRUCTURE_TYPES, structureTypeIds } from './structure.ts';
import { AGE_BANDS, PERSON_ANSWERS } from './structureAudiences.ts';
import { territory } from '../site.config.ts';
import type { ReferenceFn } from './reference.ts';

/** Profile fields a question can fill. `bassin` filters the structures of the result; `preference` orders its levels. */
export const PROFILE_FIELDS = {
  age: 'Âge',
  situation: 'Situation',
  bassin: 'Bassin d’emploi',
  preference: 'Façon d’être aidé',
} as const;
const profileFieldIds = idsOf(PROFILE_FIELDS);

/** Values of the `preference` profile field: which level of the result the person reads first. */
export const PREFERENCES = {
  'en-ligne': 'sites',
  renseignement: 'informer',
  accompagnement: 'accompagner',
} as const;

/**
 * The site's own age bands (AGE_BANDS): who the Mission Locale receives, on which the questions and the tree check
 * route. A step may name them; it names no other age and no duration, because the group's record (the seed) gives
 * none: the rules of apprenticeship, internships or the service civique live on sheets marked « à revérifier », or on
 * the site of the scheme. A band is not checked for what it is said of: « avant 16 ans, l’instruction est obligatoire »
 * passes here, and tests/unit/diagnosticClaims.test.ts keeps the rules removed so far from coming back.
 */
const { min: bandStart, max: bandEnd } = AGE_BANDS['16-25'].ages;
const AGE_BAND_PHRASE = new RegExp(
  [
    String.raw`\b${bandStart}\s?(?:-|–|à|et)\s?${bandEnd} ans\b`,
    String.raw`(?:moins de|avant|à partir de) ${bandStart} ans\b`,
    String.raw`(?:après|au-delà de) ${bandEnd} ans\b`,
    String.raw`\b${bandEnd + 1} ans ou plus\b`,
    String.raw`(?:avant|à partir de) ${bandEnd + 1} ans\b`,
  ].join('|'),
  'gi',
);

/** The first age or duration a step's text states that is not one of the self-diagnostic's age bands, if any. */
export function figureStated(text: string): string | undefined {
  return AGE_OR_DURATION.exec(text.replace(AGE_BAND_PHRASE, ' '))?.[0];
}

/**
 * What the build says of a figure no source holds: what it is (« 17 h » may be an hour), why, and the fix. The fix
 * asks for « à revérifier » only while the sheet is not verified, as checkSheetMentions does.
 */
const figureMessage = (figure: string) =>
  `« ${figure} » : ${figureKind(figure)} que les pages du groupe ne donnent pas ; seules les tranches d’âge de l’autodiagnostic (moins de ${bandStart} ans, de ${bandStart} à ${bandEnd} ans, ${bandEnd + 1} ans ou plus) peuvent s’y écrire → retirez le chiffre, ou renvoyez à la fiche qui porte la règle (avec « (règles à revérifier) » tant qu’elle n’est pas vérifiée), par exemple « les conditions d’âge sont sur la fiche « Périodes en entreprise de l’apprentissage » (règles à revérifier) ».`;

/**
 * « Le réseau n’a pas … », « il n’y a pas de … »: a statement about the whole real network, which nobody here can
 * check (review rev21, finding 4: the Afpa, in the directory, receives the « salariés » such a sentence said the network
 * had no service for). A step says what the directory knows (« l’annuaire ne connaît pas de … »), or leaves it out.
 * Any wording of it (review revcode22, finding 4): the network, or its structures, as the subject of a verb denied
 * (« Le réseau ne propose pas », « n’offre aucun », « Les structures du réseau ne reçoivent pas »), « aucune structure
 * du réseau », « il n’existe pas de ». « L’annuaire du réseau ne connaît pas » passes: the network is not its subject.
 * Nobody or nowhere in it (session 22's note, §7): « Personne dans le réseau ne reçoit », « Dans le réseau, personne
 * ne… », « Nulle part dans le réseau ». « Une personne du réseau » is someone, not nobody, and passes. Nobody and the verb
 * first, the network later in the clause (session 24): « Personne ne reçoit les salariés dans le réseau »; the clause
 * ends at a punctuation mark or a word that opens another (« Personne ne vous jugera, et dans le réseau… », « … pour
 * être reçu dans le réseau »). « Si personne… » is a case, not a claim, and passes.
 */
const networkName = territory.networkName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, String.raw`\s+`);
/** « réseau » and what may follow it in its name: « AIOA 41 », « du Loir-et-Cher », « d’Indre ». */
const networkNamed = String.raw`réseau(?:\s+${networkName}|\s+d[eu]\s+[\p{L}’'-]+|\s+d[’'][\p{L}-]+)?`;
/** « dans le réseau », « parmi notre réseau », « du réseau AIOA 41 », « de ce réseau ». */
const inNetwork = String.raw`(?:(?:dans|parmi)\s+(?:le|notre|ce)|du|de\s+(?:notre|ce))\s+${networkNamed}`;
/** Where in the network, after the verb: « dans le réseau », « parmi notre réseau », « au sein du réseau AIOA 41 ». */
const whereInNetwork = String.raw`(?:(?:dans|parmi)\s+(?:le|notre|ce)|au\s+sein\s+(?:du|de\s+(?:notre|ce)))\s+${networkNamed}`;
/**
 * « personne » meaning nobody, not a person: no determiner before it (« une personne », « chaque personne »), nor « si »
 * (« Si personne ne vous répond… » is a case).
 */
const nobody = String.raw`(?<!\b(?:une|la|cette|chaque|toute|autre|même|quelle|sa|ma|ta|votre|notre|leur|de|des|les|aux?|si)\s+)\bpersonne`;
/** A verb denied, up to its first word: « ne reçoit », « n’accompagne ». */
const denied = String.raw`(?:ne\s+|n[’'])[\p{L}’'-]+`;
/** A word of the same clause: not one that opens another (« et », « qui », « pour » before a verb…). */
const clauseWord = String.raw`(?!(?:et|mais|ou|car|donc|or|si|que|qui|quand|lorsque|puis|pour|afin)(?![\p{L}’'-])|qu[’'])[\p{L}\d’'-]+`;
const NETWORK_ABSENCE = new RegExp(
  [
    // The network (« le réseau », « notre réseau AIOA 41 », « le réseau du Loir-et-Cher ») or its members, then a verb
    // denied: « ne », up to three words (« ne leur en propose »), and pas, plus or aucun(e).
    String.raw`\b(?:(?:le|notre|ce)\s+${networkNamed}|les\s+(?:structures|membres|partenaires)\s+du\s+réseau)\s+(?:ne\s+|n[’'])(?:[\p{L}’'-]+\s+){1,3}?(?:pas|plus|(?:d[’'])?aucune?)\b`,
    // « Personne dans le réseau ne reçoit », « Personne, du réseau, n’accompagne », « Dans le réseau, personne ne… ».
    String.raw`${nobody}\s*,?\s+${inNetwork}\s*,?\s+${denied}`,
    String.raw`\b${inNetwork}\s*,?\s+personne\s+${denied}`,
    // « Personne ne reçoit les salariés dans le réseau », « Personne n’accompagne, au sein de notre réseau, … ».
    String.raw`${nobody}\s+${denied}(?:\s+${clauseWord}){0,6}?\s*,?\s+${whereInNetwork}`,
    // « Nulle part dans le réseau », « nulle part ailleurs, dans notre réseau AIOA 41 ».
    String.raw`\bnulle\s+part(?:\s+ailleurs)?\s*,?\s+${inNetwork}`,
    // « Aucune structure du réseau », « aucun lieu d’accueil dans le réseau ».
    String.raw`\baucune?\s+(?:[\p{L}’'-]+\s+){1,3}?(?:du|dans\s+le)\s+réseau\b`,
    // « Il n’y a pas de », « il n’y en a aucun », « il n’existe pas de ».
    String.raw`\bil\s+n[’'](?:y\s+(?:en\s+)?a|(?:en\s+)?existe)\s+(?:pas|aucune?)\b`,
  ].join('|'),
  'iu',
);

/** The first absolute statement of what the network lacks that a step's text makes, if any. */
export function networkAbsenceStated(text: string): string | undefined {
  return NETWORK_ABSENCE.exec(text)?.[0];
}

/** What the build says of such a statement: why, and the fix. */
const absenceMessage = (said: string) =>
  `« ${said} » : le site ne peut pas dire ce que le réseau n’a pas, seulement ce que son annuaire connaît → écrivez « l’annuaire ne connaît pas de … » (comme « L’annuaire du réseau ne connaît pas de lieu qui renseigne … »), ou retirez la phrase et gardez ce que le résultat propose.`;

/**
 * Adds an issue for each text of a step (field path, text) that states an age or a duration no source holds, or what
 * the whole network lacks.
 */
function refuseUnbacked(
  texts: readonly (readonly [readonly (string | number)[], string | undefined])[],
  context: z.RefinementCtx,
) {
  for (const [path, text] of texts) {
    if (text === undefined) continue;
    const figure = figureStated(text);
    if (figure !== undefined) context.addIssue({ code: 'custom', path: [...path], message: figureMessage(figure) });
    const absence = networkAbsenceStated(text);
    if (absence !== undefined) context.addIssue({ code: 'custom', path: [...path], message: absenceMessage(absence) });
  }
}

/** Identifiers and values appear in addresses (`?parcours=…`): lower-case letters, digits and hyphens only. */
const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The values the answers of each profile allow (`valeur`), the employment areas apart (`bassin` takes the ids of the
 * territory's areas): the tree check holds answers to them, the routes read who the person is from `age` and
 * `situation`, and the editors' help lists them.
 */
export const PROFILE_VALUES = {
  age: [...Object.keys(AGE_BANDS), ...Object.keys(PERSON_ANSWERS)],
  situation: Object.keys(PERSON_ANSWERS),
  preference: Object.keys(PREFERENCES),
} as const satisfies Partial<Record<keyof typeof PROFILE_FIELDS, readonly string[]>>;

/** What the editing interface and /contribuer/champs/ say of `profil`: the rule, so that editors learn it in the form. */
const PROFILE_HELP = `Ce que la question apprend de la personne ; à laisser vide sinon. ${[
  `age : son âge, ou qui elle est (valeurs ${PROFILE_VALUES.age.join(', ')})`,
  `situation : qui elle est, pour proposer les structures qui la reçoivent (valeurs ${PROFILE_VALUES.situation.join(', ')})`,
  `bassin : son bassin d’emploi, d’où viennent les structures du résultat (valeurs ${territory.employmentAreas.map((area) => area.id).join(', ')})`,
  `preference : ce qu’elle veut lire d’abord (valeurs ${PROFILE_VALUES.preference.join(', ')})`,
].join(' ; ')}. Ces valeurs s’écrivent dans « valeur » de chaque réponse ; le détail est dans docs/autodiagnostic.md.`;
const VALUE_HELP =
  'Ce que la réponse dit de la personne, gardé dans l’adresse de la page (minuscules et tirets). Sans elle, le nom de l’étape suivante (suite) en tient lieu. Obligatoire quand deux réponses mènent à la même étape. Quand la question a un profil (age, situation, bassin, preference), c’est l’une des valeurs que ce profil permet, listées à « profil ».';

const key = (hint: string) =>
  requiredText(hint).pipe(
    z.string().regex(KEY_PATTERN, {
      error: `écrivez ${hint} en minuscules sans accent ni espace, les mots séparés par des tirets (par exemple « sorti-ecole »).`,
    }),
  );

/**
 * Pages of the site an answer may open instead of leading to a step, with what each page is. A fixed list:
 * pages are code, and the internal-links test proves each address exists in the built site.
 */
export const ANSWER_PAGES = {
  '/diagnostic/professionnels/': 'L’autodiagnostic expliqué aux professionnels',
} as const;
export type AnswerPage = keyof typeof ANSWER_PAGES;

const optionSchema = z
  .object({
    /** Text of the answer, as the person reads it. */
    libelle: requiredText('le texte de la réponse'),
    /** Value recorded in the profile and in the address; defaults to `suite`. Required when two answers lead to the same step. */
    valeur: key('la valeur de la réponse')
      .optional()
      .meta({ description: VALUE_HELP } satisfies FieldMeta),
    /** Next step: the name of another file of `content/diagnostic/`, without .yaml. Leave it out when the answer opens a page. */
    suite: key('l’étape suivante (nom d’un fichier de content/diagnostic/, sans .yaml)').optional(),
    /** A page of the site the answer opens instead of a next step (e.g. the page for professionals). */
    page: oneOf(idsOf(ANSWER_PAGES), 'la page du site que la réponse ouvre', ANSWER_PAGES).optional(),
  })
  .superRefine((option, context) => {
    if (option.suite === undefined && option.page === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['suite'],
        message:
          'cette réponse ne mène nulle part → ajoutez « suite » (le nom d’une étape de content/diagnostic/, sans .yaml) ou « page » (une page du site).',
      });
    }
    if (option.suite !== undefined && option.page !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['page'],
        message:
          'cette réponse a à la fois « suite » et « page » → gardez « suite » pour mener à une étape, ou « page » pour ouvrir une page du site.',
      });
    }
  });
export type DiagnosticOption = z.infer<typeof optionSchema>;

const questionSchema = z
  .object({
    type: z.literal('question'),
    /** True on the first question only. */
    debut: z
      .boolean({ error: 'écrivez true ou false, sans guillemets.' })
      .meta({
        description: 'true sur la première question seulement (false ailleurs).',
        formHint: 'Activez sur la première question seulement.',
      } satisfies FieldMeta)
      .default(false),
    /** Profile field this question fills, if any: age, situation, bassin or preference. */
    profil: oneOf(profileFieldIds, 'le champ du profil', PROFILE_FIELDS)
      .optional()
      .meta({ description: PROFILE_HELP } satisfies FieldMeta),
    /** The question, as the person reads it. */
    question: requiredText('la question'),
    /** An optional hint under the question. */
    aide: optionalText('une aide courte'),
    /** For professionals: why the question is asked. Shown on the page for professionals only. */
    explication: optionalText('pourquoi la question est posée, pour les professionnels'),
    /** The possible answers. */
    options: nonEmptyList(optionSchema, 'une réponse possible (libelle et suite)'),
  })
  .superRefine((step, context) =>
    refuseUnbacked(
      [
        [['question'], step.question],
        [['aide'], step.aide],
        [['explication'], step.explication],
        ...step.options.map((option, index) => [['options', index, 'libelle'], option.libelle] as const),
      ],
      context,
    ),
  );
export type DiagnosticQuestion = z.infer<typeof questionSchema>;

/** Why a result's sites and structures that accompany may not be empty, said in the build's message. */
const THREE_LEVELS = ' (chaque résultat propose des sites et des structures qui accompagnent)';

/** The tree's rules on a level's types, which the form cannot check: its hint says them. */
const TYPE_RULES =
  'Un type ne figure que dans une des deux listes (informer ou accompagner), et seulement s’il a une structure dans l’annuaire.';

/**
 * The structures that accompany: every result offers at least one (the `preference` question promises all three
 * levels; level 2, `informer`, may instead say why it has none). The form cannot check the tree's other rules on
 * these lists; its hint says them.
 */
const structureTypes = (hint: string, description: string) =>
  nonEmptyList(oneOf(structureTypeIds, 'un type de structure', STRUCTURE_TYPES), `${hint}${THREE_LEVELS}`).meta({
    description,
    formHint: `Au moins un. ${TYPE_RULES}`,
  } satisfies FieldMeta);

/**
 * When level 2 may be empty: no structure of the directory informs on the subject, and the result says so to the
 * reader (`informer_absent`) rather than list one that does not (src/lib/validateDiagnosticTree.ts checks the pair).
 */
const INFORMER_EMPTY_RULE =
  'Au moins un, sauf si aucune structure de l’annuaire n’informe sur ce sujet : laissez alors la liste vide et écrivez pourquoi dans « Pourquoi aucun lieu pour se renseigner » (informer_absent).';

const resultSchema = (reference: ReferenceFn) =>
  z
    .object({
      type: z.literal('resultat'),
      /** Title of the result, e.g. "Trouver un emploi". */
      titre: requiredText('le titre du résultat'),
      /** First level of information: short, encouraging, concrete; it values the person's step. */
      message: requiredText('un premier niveau d’information, court et encourageant'),
      /** First concrete steps, one short sentence each. */
      premiers_pas: optionalList(requiredText('une étape concrète, en une phrase'), 'les premiers pas'),
      /** Level 1: sitothèque entries to read (names of files of `content/sitotheque/`). */
      sites: nonEmptyList(
        reference('sites'),
        `un site de la sitothèque, nom d’un fichier de content/sitotheque/${THREE_LEVELS}`,
      ).meta({
        description: 'Les sites de la sitothèque à lire, au moins un (noms de fichiers de content/sitotheque/).',
      } satisfies FieldMeta),
      /** Level 2: kinds of structure that hold information on the subject; empty only with `informer_absent`. */
      informer: optionalList(
        oneOf(structureTypeIds, 'un type de structure', STRUCTURE_TYPES),
        'les types de structures qui informent',
      ).meta({
        description: `Les types de structures qui informent sur le sujet du résultat. ${INFORMER_EMPTY_RULE}`,
        formHint: `${INFORMER_EMPTY_RULE} ${TYPE_RULES}`,
      } satisfies FieldMeta),
      /**
       * Why no structure informs on the subject, shown to the reader in place of the list of level 2 (an adult's
       * housing or health question: the directory holds no such place, and listing the CIO would send them nowhere).
       */
      informer_absent: optionalText(
        'la phrase, lue à la place de « Des lieux pour vous renseigner », qui dit pourquoi aucun lieu de l’annuaire ne renseigne sur ce sujet et vers quoi se tourner',
      ).meta({
        description:
          'À remplir seulement quand « informer » est vide : la phrase, lue à la place de la liste « Des lieux pour vous renseigner », qui dit pourquoi aucun lieu de l’annuaire ne renseigne sur ce sujet et vers quoi se tourner (par exemple « L’annuaire du réseau ne connaît pas de lieu qui renseigne sur le logement : les sites et les structures de ce résultat vous répondent. »).',
        label: 'Pourquoi aucun lieu pour se renseigner',
      } satisfies FieldMeta),
      /** Level 3: kinds of structure that can counsel and support. */
      accompagner: structureTypes(
        'un type de structure qui accompagne',
        'Les types de structures qui accompagnent, au moins un.',
      ),
      /** For professionals: why the result sends people there. Shown on the page for professionals only. */
      explication: optionalText('pourquoi ce résultat oriente ainsi, pour les professionnels'),
      /** Internships worth knowing about (names of files of `content/stages/`). */
      stages: optionalList(reference('internships'), 'les formes de stage'),
      /** Tools worth knowing about (names of files of `content/outils/`). */
      outils: optionalList(reference('tools'), 'les outils'),
    })
    .superRefine((step, context) =>
      refuseUnbacked(
        [
          [['titre'], step.titre],
          [['message'], step.message],
          ...step.premiers_pas.map((text, index) => [['premiers_pas', index], text] as const),
          [['informer_absent'], step.informer_absent],
          [['explication'], step.explication],
        ],
        context,
      ),
    );

/** One step of the self-diagnostic: a question or a result. */
export const diagnosticSchema = (reference: ReferenceFn) =>
  z.discriminatedUnion('type', [questionSchema, resultSchema(reference)], {
    error:
      'le champ « type » doit valoir question ou resultat → ajoutez « type: question » ou « type: resultat » en tête du fichier.',
  });
export type DiagnosticNode = z.infer<ReturnType<typeof diagnosticSchema>>;
export type DiagnosticResult = Extract<DiagnosticNode, { type: 'resultat' }>;
