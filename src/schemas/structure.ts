import { z } from 'astro/zod';
import opening_hours from 'opening_hours';
import { territory } from '../site.config.ts';
import {
  audience,
  calendarDate,
  characters,
  count,
  employmentArea,
  formLength,
  formSource,
  idsOf,
  latitude,
  longitude,
  nonEmptyList,
  oneOf,
  optionalList,
  optionalText,
  requiredText,
  webAddress,
  yesNo,
  type FieldMeta,
} from './fields.ts';
import { nationalPhone } from './phone.ts';

/** A postal code of the territory, for examples in messages. */
const POSTCODE = `${territory.departement.code}000`;

/**
 * « point d’étape » however typed: « points d'etape », « Point d ’Étape »… Written once for the two regexes below,
 * so that a line the check finds citing a report is never told to end with the very bracket it already ends with.
 */
const REPORT_WORDS = String.raw`points?\s+d\s*['’]\s*[ée]tapes?`;

/** Any mention of the group's reports in a line of `services`. */
export const CITES_A_REPORT = new RegExp(REPORT_WORDS, 'i');

/**
 * The end of a past action in `services`: the reports that back it, in brackets, « (point d’étape 2013) ». A line
 * that cites a report must end so (src/lib/checkPastActions.ts); it is then kept out of data·inclusion's services.
 */
export const PAST_ACTION_END = new RegExp(String.raw`\(\s*${REPORT_WORDS}\b[^()]*\)\.?$`, 'i');

/**
 * A past action with the group's word as the site writes it, « (point d’étape 2013) », however the line typed it
 * (« point d'etape », « POINTS D’ETAPE »…): the page and the open data then read it so, as they read phone numbers in
 * one form. Any other line stays as typed, so that the check that refuses it quotes it as the editor wrote it.
 */
export function tidyPastAction(line: string): string {
  if (!PAST_ACTION_END.test(line)) return line;
  return line.replace(new RegExp(REPORT_WORDS, 'gi'), (words: string, offset: number) => {
    const tidy = /^points|s$/i.test(words) ? 'points d’étape' : 'point d’étape';
    return offset === 0 ? `P${tidy.slice(1)}` : tidy;
  });
}

/**
 * The form's check of a line of `services` (Decap: one regex, no flags), from the two regexes above: a line that
 * cites a report ends with it in brackets, with its year. Which years have a report, only the pull request's check
 * knows; a line written with spaces around it, which the check trims, is refused here.
 */
const SERVICE_LINE_FORM = `^(?:(?!.*${formSource(CITES_A_REPORT)})|(?=.*${formSource(PAST_ACTION_END)})(?=.*\\d{4}[^()]*\\)\\.?$))`;

/**
 * Bounds of a `nom` and of a `description` in the national data·inclusion schema v1.0.8, the same for a structure and
 * for a service (standards/data-inclusion-v1.0.8/schemas/v1/structure.json and service.json, which
 * tests/unit/structureData.test.ts reads). A structure's `nom` ends with no full stop either.
 */
export const DATA_INCLUSION_BOUNDS = { nom: { min: 3, max: 150 }, description: { min: 5, max: 10_000 } } as const;

/**
 * Room the export adds to a structure's description (src/lib/structures/dataInclusion.ts): before it in each service's,
 * the line and the structure's name in two sentences (up to about 340 characters); after it in the structure's, its
 * kind and « pas encore vérifiée » (about 180). The editor's text keeps the rest.
 */
const EXPORT_ROOM = 500;

/** The longest description an editor may write, so that the export's never pass the national bound. */
export const DESCRIPTION_MAX = DATA_INCLUSION_BOUNDS.description.max - EXPORT_ROOM;

const NATIONAL = 'l’annuaire national data·inclusion';
const chars = (n: number) => `${count(n)} caractère${n > 1 ? 's' : ''}`;

/** The checks of a text the national directory receives; `problems` words each bound broken, from its length. */
function bounded(problems: (value: string, length: number) => (string | false)[]) {
  return (value: unknown, context: { addIssue: (issue: { code: 'custom'; message: string }) => void }) => {
    if (typeof value !== 'string' || value === '') return;
    for (const message of problems(value, characters(value)))
      if (message) context.addIssue({ code: 'custom', message });
  };
}

const { nom: NAME, description: DESCRIPTION } = DATA_INCLUSION_BOUNDS;

/** A structure's `nom`: it is its `nom` in data·inclusion, which the export no longer cuts. */
const nameBounds = bounded((value, length) => [
  length < NAME.min &&
    `nom trop court pour ${NATIONAL} : ${chars(length)}, ${NAME.min} au moins → écrivez le nom complet de la structure (son sigle va dans « sigle »).`,
  length > NAME.max &&
    `nom trop long pour ${NATIONAL} : ${chars(length)}, ${NAME.max} au plus → raccourcissez-le d’au moins ${chars(length - NAME.max)} ; le sigle va dans « sigle », ce que fait la structure dans « description ».`,
  value.endsWith('.') && `point final dans le nom, que ${NATIONAL} refuse → retirez-le.`,
]);

/** What to write in a `description`, and why the bound is below the hub's: the check's words and the form's. */
const DESCRIPTION_FIX = 'écrivez une ou deux phrases sur ce que fait la structure et pour qui';
const DESCRIPTION_ROOM = `l’annuaire en prend ${count(DESCRIPTION.max)}, avec le type de la structure et le nom de chaque service que le site y ajoute`;

/** A structure's `description`: the export adds its kind, and repeats it in each service after the line and the name. */
const descriptionBounds = bounded((_, length) => [
  length < DESCRIPTION.min &&
    `description trop courte pour ${NATIONAL} : ${chars(length)}, ${DESCRIPTION.min} au moins → ${DESCRIPTION_FIX}.`,
  length > DESCRIPTION_MAX &&
    `description trop longue pour ${NATIONAL} : ${chars(length)}, ${count(DESCRIPTION_MAX)} au plus (${DESCRIPTION_ROOM}) → raccourcissez-la d’au moins ${chars(length - DESCRIPTION_MAX)}.`,
]);

/** Why a line of `services` is bounded, and where the rest goes: the check's words and the form's. */
const SERVICE_LINE_USE = 'la ligne devient le nom du service ; ce que fait la structure va dans « description »';

/** A line of `services`: it becomes a service's `nom` in data·inclusion (less a final full stop). */
const serviceLineBounds = bounded((_, length) => [
  length < NAME.min &&
    `ligne trop courte pour nommer un service dans ${NATIONAL} : ${chars(length)}, ${NAME.min} au moins → décrivez le service en quelques mots.`,
  length > NAME.max &&
    `ligne trop longue pour nommer un service dans ${NATIONAL} : ${chars(length)}, ${NAME.max} au plus → raccourcissez-la d’au moins ${chars(length - NAME.max)} : ${SERVICE_LINE_USE}.`,
]);

/** Kinds of structure, with the label readers see. */
export const STRUCTURE_TYPES = {
  'mission-locale': 'Mission Locale',
  cio: 'Centre d’information et d’orientation (CIO)',
  bij: 'Bureau information jeunesse (BIJ)',
  'cad-cma': 'Centre d’aide à la décision de la Chambre de métiers (CAD)',
  cfa: 'Centre de formation d’apprentis (CFA)',
  mgi: 'Mission de lutte contre le décrochage scolaire (ex-MGI)',
  'france-travail': 'France Travail',
  // The glossary's meaning of « Afpa » (from its sheet's description): lists name it « Afpa de Blois (Afpa) ».
  afpa: 'Organisme national de formation professionnelle des adultes (Afpa)',
  'chambre-consulaire': 'Chambre consulaire',
  gip: 'Groupement d’intérêt public',
  autre: 'Autre structure',
} as const;
export type StructureType = keyof typeof STRUCTURE_TYPES;
export const structureTypeIds = idsOf(STRUCTURE_TYPES);

/** The parser's reading of an OpenStreetMap `opening_hours` value, in French; throws when it cannot read it. */
const parsedOpeningHours = (value: string) =>
  new opening_hours(value, null, {
    locale: 'fr',
    mode: undefined,
    tag_key: undefined,
    map_value: undefined,
    warnings_severity: undefined,
  });

/**
 * Problems in an OpenStreetMap `opening_hours` value, in French (the library's own
 * wording), or an empty list when the value is valid and unambiguous.
 */
function openingHoursProblems(value: string): string[] {
  try {
    return parsedOpeningHours(value).getWarnings();
  } catch (error) {
    return [String(error)];
  }
}

/**
 * A valid `opening_hours` value as the parser writes it back (« mo-fr 09:00-12:00; ph off » → « Mo-Fr 09:00-12:00;
 * PH off »), the value unchanged when the parser cannot read it. The parser reads the syntax's words in any case, and
 * so does the form; the schema hands the site this spelling, so that the pages, the open data and data·inclusion
 * publish the usual one whatever an editor typed. The import writes it too, so that its files read the same.
 */
export function tidyOpeningHours(value: string): string {
  try {
    return parsedOpeningHours(value).prettifyValue();
  } catch {
    return value;
  }
}

/** Words of the OpenStreetMap `opening_hours` syntax, for the form's pattern, in any case as the parser reads them. */
const OSM_DAY = formSource(/(?:Mo|Tu|We|Th|Fr|Sa|Su)/i);
const OSM_HOLIDAY = formSource(/(?:PH|SH)/i);
const OSM_MONTH = formSource(/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i);
const OSM_STATE = formSource(/(?:off|closed|open|unknown)/i);
const OSM_SUN = formSource(/(?:sunrise|sunset)/i);
const OSM_EVENT = `(?:${OSM_SUN}|${formSource(/(?:dawn|dusk)/i)})`;
const OSM_CYCLE = formSource(/(?:week|easter)/i);
const OSM_WORD = `(?:${OSM_DAY}|${OSM_HOLIDAY}|${OSM_MONTH}|${OSM_STATE}|${OSM_EVENT}|${OSM_CYCLE}|${formSource(/days?/i)})`;
const OSM_HOUR = '\\d\\d?:\\d\\d';

/**
 * The form's check of opening hours (Decap: one regex, no flags), which can't run the OpenStreetMap parser.
 * Outside "comments", a value is made only of the syntax's words (in any case), hour ranges and signs, so French days
 * (« Lu », « lundi »), « 9h », « et », « au », « sur rendez-vous » are refused; and it refuses the slips the parser
 * refuses between those pieces: two ranges or a range and a day separated by a space only, two days separated by a
 * space, a day followed by a number that is no hour (« Mo-Fr 9-12 »), a trailing « ; » or « , », nothing that says
 * when. Tested against the parser on a table of values (tests/unit/cmsFormRules.test.ts); the parser stays the rule.
 * No lookbehind: Safari before 16.4 (iPads left on iPadOS 15) cannot compile it, and Decap compiles the pattern there.
 */
const OPENING_HOURS_FORM = [
  '^',
  '(?!.*[;,]\\s*$)',
  `(?![^"]*:\\d\\d\\+?\\s+(?:\\d|(?:${OSM_DAY}|${OSM_HOLIDAY}|${OSM_MONTH}|${OSM_CYCLE})\\b))`,
  `(?![^"]*:\\d\\d\\s*-\\s*${OSM_HOUR}\\s*-)`,
  `(?![^"]*\\b${OSM_DAY}(?:\\[[^\\]]*\\])?\\s+(?:(?:${OSM_DAY}|${OSM_HOLIDAY})\\b|\\d+(?![\\d:])))`,
  `(?=[^"]*(?:\\d:\\d\\d|24/7|\\b(?:${OSM_STATE}|${OSM_SUN})\\b|"))`,
  '(?:',
  [
    `\\b${OSM_HOUR}\\s*-\\s*${OSM_HOUR}\\+?`,
    `\\b${OSM_HOUR}\\+`,
    `\\(${OSM_EVENT}[+-]${OSM_HOUR}\\)`,
    '"[^"]*"',
    `\\b${OSM_WORD}\\b`,
    '\\d+/\\d+(?![\\d:])',
    '[\\d\\s;,+|\\[\\]-]',
  ].join('|'),
  ')+$',
].join('');

/**
 * Where one contact value comes from, and its date there: written by `npm run import:data-inclusion`
 * for values taken from the national hub, or by a person who checked a value elsewhere.
 */
const valueSource = z
  .object(
    {
      /** Who publishes the value, e.g. "data·inclusion (dora)". */
      source: requiredText('d’où vient la valeur, par exemple « data·inclusion (dora) »').meta({
        example: 'data·inclusion (dora)',
      } satisfies FieldMeta),
      /** Identifier of the record at its source, e.g. "dora--1234". */
      id: optionalText('l’identifiant de la fiche d’origine, par exemple « dora--1234 »'),
      /** Address of the record at its source. */
      lien: webAddress('l’adresse de la fiche d’origine').optional(),
      /** Date of the value at its source (its `date_maj` there); never after today. */
      date: calendarDate('la date de la valeur à sa source', { notInFuture: true }),
    },
    {
      error:
        'la provenance doit être un groupe de lignes « source », « date » (et si besoin « id », « lien ») → voir /contribuer/champs/.',
    },
  )
  .meta({
    description:
      'D’où vient la valeur et à quelle date elle était à jour à sa source : source et date obligatoires dès qu’une ligne est remplie.',
  } satisfies FieldMeta);

/** The contact fields whose provenance is recorded; `coordonnees` stands for latitude and longitude together. */
export const SOURCED_FIELDS = [
  'adresse',
  'code_postal',
  'telephone',
  'courriel',
  'site_web',
  'horaires_accueil',
  'coordonnees',
] as const;
export type SourcedField = (typeof SOURCED_FIELDS)[number];

/** A member or partner structure of the network. */
export const structureSchema = z
  .object({
    /** Full name, e.g. "Mission Locale du Blaisois". */
    nom: requiredText('le nom complet de la structure')
      .superRefine(nameBounds)
      .meta({
        description: `Le nom complet de la structure, de ${NAME.min} à ${NAME.max} caractères, sans point final : c’est aussi son nom dans ${NATIONAL}.`,
        // The form counts what the check counts: characters (« 🎓 » is one) of the name without the spaces around
        // it, which the check trims, as it does before looking for a final full stop. A name of spaces only is left
        // to the form's rule for every required text (refusingBlank, src/lib/cmsConfig.ts), whose message says so.
        formPattern: `^(?:\\s*$|(?![\\s\\S]*\\.\\s*$)(?:${formLength(NAME.min, NAME.max)}))`,
        formError: `le nom doit avoir de ${NAME.min} à ${NAME.max} caractères, espaces autour non comptés, sans point final : ce sont les limites de ${NATIONAL} → complétez-le ou raccourcissez-le ; le sigle a son propre champ.`,
      } satisfies FieldMeta),
    /** Usual acronym, e.g. "BIJ 41". */
    sigle: optionalText('le sigle usuel'),
    /** SIRET number of the establishment (14 digits), which the data·inclusion import matches first. */
    siret: z
      .string({ error: 'le SIRET doit être un texte de 14 chiffres entre guillemets, par exemple "13000000000000".' })
      .regex(/^\d{14}$/, { error: 'SIRET invalide → écrivez les 14 chiffres, sans espace, entre guillemets.' })
      .meta({
        description:
          'Le numéro SIRET de l’établissement, 14 chiffres entre guillemets ; sert à le retrouver dans data·inclusion.',
        formHint:
          'Le numéro SIRET de l’établissement, 14 chiffres sans espace ; sert à le retrouver dans data·inclusion.',
        formError: 'SIRET invalide → écrivez les 14 chiffres, sans espace, par exemple 13000000000000.',
        example: '13000000000000',
      } satisfies FieldMeta)
      .optional(),
    /** Kind of structure; decides where the self-diagnostic sends people. */
    type: oneOf(structureTypeIds, 'le type de structure', STRUCTURE_TYPES),
    /** Employment area it belongs to. */
    bassin: employmentArea,
    /** One or two sentences: what the structure does, for whom; published everywhere, data·inclusion included. */
    description: requiredText('une ou deux phrases sur ce que fait la structure et pour qui')
      .superRefine(descriptionBounds)
      .meta({
        description: `Une ou deux phrases sur ce que fait la structure et pour qui (${DESCRIPTION.min} caractères au moins, ${count(DESCRIPTION_MAX)} au plus) : elles partent aussi vers ${NATIONAL}.`,
        formPattern: formLength(DESCRIPTION.min, DESCRIPTION_MAX),
        formError: `la description doit avoir de ${DESCRIPTION.min} à ${count(DESCRIPTION_MAX)} caractères, espaces autour non comptés : ce sont les limites de ${NATIONAL} (${DESCRIPTION_ROOM}) → ${DESCRIPTION_FIX}, ou raccourcissez-la.`,
      } satisfies FieldMeta),
    /** What the structure did with the network, from the group's reports: shown on its page, kept out of data·inclusion. */
    dans_le_reseau: optionalText(
      'ce que la structure a fait avec le réseau, d’après les points d’étape (montré sur sa fiche, pas envoyé à data·inclusion)',
    ),
    /** Street address; leave out when nobody has checked it. */
    adresse: optionalText('le numéro et la rue'),
    /** Postal code (5 digits). */
    code_postal: z
      .string({ error: `le code postal doit être un texte de 5 chiffres entre guillemets, par exemple "${POSTCODE}".` })
      .regex(/^\d{5}$/, {
        error: `code postal invalide → écrivez 5 chiffres entre guillemets, par exemple "${POSTCODE}".`,
      })
      .meta({
        description: 'Le code postal, 5 chiffres entre guillemets.',
        formHint: `Le code postal, 5 chiffres, par exemple ${POSTCODE}.`,
        formError: `code postal invalide → écrivez 5 chiffres, par exemple ${POSTCODE}.`,
        example: POSTCODE,
      } satisfies FieldMeta)
      .optional(),
    /** Town; with `commune_inconnue`, only where the stand-in point is placed. */
    commune: requiredText(`la commune, par exemple « ${territory.employmentAreas[0].nom} »`),
    /**
     * No source gives the structure's town: `commune`, `latitude` and `longitude` only place a stand-in point, and
     * `bassin` says which area's readers the site sends there. Pages, map and open data never give that town as fact.
     */
    commune_inconnue: yesNo('si la commune où la structure est installée est inconnue')
      .meta({
        label: 'Commune inconnue',
        description:
          'true quand aucune source ne dit dans quelle commune la structure est installée : commune, latitude et longitude ne placent alors qu’un repère provisoire (par exemple au chef-lieu), et bassin dit seulement dans quel bassin le site la propose. La fiche, l’autodiagnostic et les données ouvertes disent « commune pas encore connue », l’annuaire et la liste de la carte « lieu à confirmer, pas sur la carte » ; la carte ne montre pas le repère, et aucune page ne publie cette commune. Retirez ce champ dès qu’une personne a vérifié la commune.',
        formHint:
          'Activez quand aucune source ne dit dans quelle commune la structure est installée : la commune et la position ci-dessous ne placent qu’un repère provisoire, que le site ne publie pas comme un fait. Laissez alors vides l’adresse, le code postal et la source des coordonnées. Désactivez dès qu’une personne a vérifié la commune.',
      } satisfies FieldMeta)
      .default(false),
    /** Latitude in decimal degrees (inside the département). */
    latitude,
    /** Longitude in decimal degrees (inside the département). */
    longitude,
    /**
     * Phone number as dialled in France. Typed « +33254000000 » or « 0254000000 », it reaches the site as
     * « 02 54 00 00 00 », so that the page, the self-diagnostic's card, the JSON-LD, the map and the open data all
     * write (and screen readers read) the same figures in pairs.
     */
    telephone: z
      .string({ error: 'le téléphone doit être un texte entre guillemets, par exemple "02 54 00 00 00".' })
      .regex(/^(\+33 ?|0)[1-9]( ?\d{2}){4}$/, {
        error: 'numéro invalide → écrivez 10 chiffres, par exemple "02 54 00 00 00" (entre guillemets).',
      })
      .transform((value) => nationalPhone(value) ?? value)
      .meta({
        description: 'Le numéro d’accueil, 10 chiffres entre guillemets ; seulement s’il a été vérifié.',
        formHint: 'Le numéro d’accueil, 10 chiffres, par exemple 02 54 00 00 00 ; seulement s’il a été vérifié.',
        formError: 'numéro invalide → écrivez 10 chiffres, par exemple 02 54 00 00 00.',
        example: '02 54 00 00 00',
      } satisfies FieldMeta)
      .optional(),
    /** Contact e-mail address. */
    courriel: z
      .email({ error: 'adresse électronique invalide → écrivez-la en entier, par exemple contact@exemple.fr.' })
      .meta({
        description: 'L’adresse électronique d’accueil de la structure (jamais celle d’une personne sans son accord).',
        example: 'contact@exemple.fr',
      } satisfies FieldMeta)
      .optional(),
    /** Web site of the structure. */
    site_web: webAddress('l’adresse du site de la structure').optional(),
    /** Opening hours in OpenStreetMap `opening_hours` syntax, e.g. "Mo-Fr 09:00-12:00,13:30-17:00". */
    horaires_accueil: z
      .string({ error: 'les horaires doivent être un texte, par exemple "Mo-Fr 09:00-12:00,13:30-17:00".' })
      .superRefine((value, context) => {
        const problems = openingHoursProblems(value);
        if (problems.length === 0) return;
        context.addIssue({
          code: 'custom',
          message: `horaires illisibles (${problems.join(' ; ')}) → utilisez la syntaxe OpenStreetMap : jours en anglais abrégés (Mo, Tu, We, Th, Fr, Sa, Su) puis plages HH:MM-HH:MM, par exemple "Mo-Fr 09:00-12:00,13:30-17:00".`,
        });
      })
      .transform(tidyOpeningHours)
      .meta({
        description:
          'Les horaires d’accueil en syntaxe OpenStreetMap : jours abrégés en anglais (Mo, Tu, We, Th, Fr, Sa, Su) puis plages HH:MM-HH:MM.',
        example: 'Mo-Fr 09:00-12:00,13:30-17:00',
        // The form can't run the OpenStreetMap parser: it gets the common shapes of the syntax (OPENING_HOURS_FORM).
        formPattern: OPENING_HOURS_FORM,
        formError:
          'horaires illisibles → écrivez-les en syntaxe OpenStreetMap : jours en anglais abrégés (Mo, Tu, We, Th, Fr, Sa, Su) puis plages HH:MM-HH:MM, deux plages séparées par une virgule, par exemple Mo-Fr 09:00-12:00,13:30-17:00.',
      } satisfies FieldMeta)
      .optional(),
    /** Publics received. */
    publics: nonEmptyList(audience, 'un public accueilli'),
    /**
     * Publics of `publics` that no source backs yet (neither the group's record nor the structure): kept because the
     * self-diagnostic sends these people there, but shown everywhere as « à confirmer », never as fact.
     */
    publics_a_confirmer: optionalList(audience, 'un public à confirmer').meta({
      label: 'Publics à confirmer',
      description:
        'Les publics de la liste publics qu’aucune source ne confirme encore (ni un document du groupe, ni la structure) : la fiche, l’annuaire, la carte, l’autodiagnostic et les données ouvertes les disent « à confirmer ». Chacun doit aussi figurer dans publics.',
      formHint:
        'Choisissez, parmi les publics accueillis ci-dessus, ceux que ni un document du groupe ni la structure n’ont confirmés : le site les dit « à confirmer ». Retirez-les d’ici dès que la structure les confirme. Un public retiré des publics accueillis doit aussi être retiré d’ici.',
    } satisfies FieldMeta),
    /**
     * Services offered, one short phrase each. A line that only the group's reports back ends with them
     * in brackets, « (point d’étape 2013) »: a past action, shown on the page but not exported as a service. Its
     * « point d'etape », however typed, reaches the site as « point d’étape » (tidyPastAction).
     */
    services: optionalList(
      requiredText('un service, en quelques mots')
        .superRefine(serviceLineBounds)
        .transform(tidyPastAction)
        .meta({
          // Both checks in one pattern, as Decap takes one: the line's bounds, then how a past action ends.
          formPattern: `(?=${formLength(NAME.min, NAME.max)})${SERVICE_LINE_FORM}`,
          formError: `la ligne de services doit avoir de ${NAME.min} à ${NAME.max} caractères, espaces autour non comptés, pour ${NATIONAL} → complétez-la ou raccourcissez-la : ${SERVICE_LINE_USE}. Si sa longueur est bonne : la ligne cite un point d’étape sans finir par lui et son année entre parenthèses → si c’est une action passée, finissez-la par « (point d’étape AAAA) », l’année d’un point d’étape du site, par exemple « (point d’étape 2013) » ; sinon, retirez la mention du point d’étape.`,
        } satisfies FieldMeta),
      `les services proposés, chacun en ${NAME.min} à ${NAME.max} caractères (son nom dans ${NATIONAL}) ; une action que seuls les points d’étape attestent finit par eux entre parenthèses, avec l’année d’un point d’étape du site, par exemple « (point d’étape 2013) », et n’est pas envoyée à data·inclusion comme un service actuel`,
    ),
    /** Year the structure joined the network. */
    membre_depuis: z
      .number({ error: 'année invalide → écrivez une année sur 4 chiffres, par exemple 2009.' })
      .int()
      .min(1990, { error: 'année invalide → écrivez une année sur 4 chiffres, par exemple 2009.' })
      .max(2100, { error: 'année invalide → écrivez une année sur 4 chiffres, par exemple 2009.' })
      .meta({
        description: 'L’année où la structure a rejoint le réseau, sur 4 chiffres.',
        example: '2009',
      } satisfies FieldMeta)
      .optional(),
    /**
     * Whether the structure is a member of the group, as a progress report names it (true), or a partner the network
     * sends people to (false). False by default: the newest report that lists the members is the record
     * (src/lib/checkMembership.ts), so a new or imported structure must not swell the count unless that list names it.
     */
    membre: yesNo('si la structure est membre du réseau')
      .meta({
        description:
          'true : la structure est membre du groupe, et le plus récent point d’étape qui a une liste membres la nomme ; false : c’est un partenaire vers qui le réseau oriente. La vérification refuse une fiche qui contredit cette liste.',
        formHint:
          'Activez seulement si le plus récent point d’étape qui a une liste « membres » nomme la structure. Désactivé : c’est un partenaire vers qui le réseau oriente. La vérification refuse une fiche qui contredit cette liste.',
      } satisfies FieldMeta)
      .default(false),
    /**
     * Date this entry was last updated, by a person or by an import, never after today (the national hub refuses it).
     * It says nothing of a check: imports write it on entries nobody verified, so `verifie` says whether a person did.
     */
    date_maj: calendarDate('la date de la dernière mise à jour de cette fiche', { notInFuture: true }).meta({
      label: 'Date de dernière mise à jour',
      formHint:
        'Le jour de la dernière modification de la fiche, au plus tard aujourd’hui. La page la publie comme date de mise à jour ; « Vérifié » dit si une personne a vérifié la fiche auprès de la structure.',
    } satisfies FieldMeta),
    /** Whether a person checked the address, contacts, hours and services; false shows "coordonnées à confirmer". */
    verifie: yesNo('si les coordonnées et les services ont été vérifiés').meta({
      // What a new file says (npm run nouveau): false claims nothing, it says nobody checked yet.
      example: 'false',
      description:
        'Si une personne a vérifié auprès de la structure ses coordonnées et ses services (true) ou non (false). Tant que c’est false, l’adresse, le téléphone, le courriel, le site web et les horaires ne sont publiés, sur le site comme dans les données ouvertes, que s’ils ont une source (sources) ; sinon la fiche dit « Coordonnées à confirmer ». Ses services sont alors présentés comme ceux qu’offre d’habitude une structure de ce type, pas encore confirmés par elle, et ne sont pas envoyés à data·inclusion (/donnees/).',
      formHint:
        'Activez seulement si une personne a vérifié auprès de la structure ses coordonnées et ses services. Désactivé, l’adresse, le téléphone, le courriel, le site web et les horaires ne sont pas publiés (sauf ceux qui ont une source) : la fiche dit « Coordonnées à confirmer », et ses services, « pas encore confirmés » ; ils ne partent pas vers data·inclusion.',
    } satisfies FieldMeta),
    /**
     * Where each contact value comes from and when, field by field. A value with a source is published
     * as such; `coordonnees` with a source means the point is at the address, not in the town.
     */
    sources: z
      .strictObject(
        {
          /** Source of `adresse`. */
          adresse: valueSource.optional(),
          /** Source of `code_postal`. */
          code_postal: valueSource.optional(),
          /** Source of `telephone`. */
          telephone: valueSource.optional(),
          /** Source of `courriel`. */
          courriel: valueSource.optional(),
          /** Source of `site_web`. */
          site_web: valueSource.optional(),
          /** Source of `horaires_accueil`. */
          horaires_accueil: valueSource.optional(),
          /** Source of `latitude` and `longitude`: with one, the point is at the address. */
          coordonnees: valueSource.optional(),
        } satisfies Record<SourcedField, unknown>,
        {
          error: (issue) =>
            issue.code === 'unrecognized_keys'
              ? `champ inconnu dans les sources (${issue.keys.join(', ')}) → utilisez ${SOURCED_FIELDS.join(', ')}.`
              : 'les sources doivent être un groupe de lignes, une par champ (adresse, telephone, coordonnees…) → voir /contribuer/champs/.',
        },
      )
      .meta({
        description:
          'La provenance de chaque coordonnée (adresse, code_postal, telephone, courriel, site_web, horaires_accueil, coordonnees) : source et date. Écrite par npm run import:data-inclusion.',
      } satisfies FieldMeta)
      .optional(),
  })
  .superRefine((structure, context) => {
    // A street, a postal code or a point at the address would say where the structure is: not with an unknown town.
    if (structure.commune_inconnue) {
      for (const field of ['adresse', 'code_postal'] as const) {
        if (structure[field] === undefined) continue;
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `${field} donné alors que commune_inconnue est true → retirez ${field}, ou retirez commune_inconnue si la commune est vérifiée.`,
        });
      }
      if (structure.sources?.coordonnees !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['sources', 'coordonnees'],
          message:
            'une source place le repère à l’adresse alors que commune_inconnue est true → retirez commune_inconnue (la source dit où est la structure), ou retirez sources.coordonnees.',
        });
      }
    }
    structure.publics_a_confirmer.forEach((code, index) => {
      if (structure.publics.includes(code)) return;
      context.addIssue({
        code: 'custom',
        path: ['publics_a_confirmer', index],
        message: `« ${code} » n’est pas dans publics → ajoutez-le à la liste publics, ou retirez-le de publics_a_confirmer (qui ne marque que des publics déjà listés).`,
      });
    });
  });
export type Structure = z.infer<typeof structureSchema>;
