/**
 * Field builders shared by every collection schema. Each one carries the French
 * message an editor sees when the field is wrong: what is expected and how to fix it.
 * Astro prefixes each message with the field's path and the file's name.
 */
import { z } from 'astro/zod';
import { territory } from '../site.config.ts';

/**
 * What the field reference (/contribuer/champs/), `npm run nouveau` and the CSV import read from a schema:
 * zod's `description` plus the two facts its structure cannot tell (a date, a reference).
 */
export interface FieldMeta {
  /** What to write in the field, in French. */
  description?: string;
  /** Set when a field is a calendar date written AAAA-MM-JJ, or the name of a file editors upload. */
  format?: 'date' | 'file';
  /** Set on a reference: the collection whose file names the field holds. */
  reference?: string;
  /** An example value shown in the reference and in new files. */
  example?: string;
  /** French labels of a choice's values, as readers and the editing interface show them. */
  labels?: Readonly<Record<string, string>>;
  /** The field's name in the editing interface, when its key does not say it (the same key differs by collection). */
  label?: string;
  /** Help in the editing interface, where the advice for files (« entre guillemets ») does not apply. */
  formHint?: string;
  /** The editing interface's message for a value of the wrong format, without the advice for files. */
  formError?: string;
  /**
   * The editing interface's pattern, when the schema's regex needs flags (`u` for `\p{L}`), which Decap drops, or
   * when the schema checks the format with code (opening hours): flag-free, and as loose as the schema on the value
   * itself. Unlike the schema, the form does not trim the spaces around a value: « CIO » with a space after it is
   * refused there. The schema's own check still runs in the pull request.
   */
  formPattern?: string;
}

/** A letter in both its cases (`é` → `éÉ`), or the character alone when it has no other case. */
function bothCases(char: string): string {
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  return lower === upper || lower.length > 1 || upper.length > 1 ? char : `${lower}${upper}`;
}

/**
 * The letters of the range `from`-`to` in their other case, outside the range, as a bracket's ranges (`a`-`z` →
 * `A-Z`, `à`-`ÿ` → `À-ÖØ-ÞŸ`). A range of more than a few hundred characters throws: its cases are not spelled out.
 */
function otherCases(from: string, to: string, unsupported: (what: string) => Error): string {
  const low = from.codePointAt(0)!;
  const high = to.codePointAt(0)!;
  if (high - low > 512) throw unsupported('un intervalle de lettres trop large');
  const others = new Set<number>();
  for (let code = low; code <= high; code++) {
    for (const cased of bothCases(String.fromCodePoint(code))) {
      const other = cased.codePointAt(0)!;
      if (other < low || other > high) others.add(other);
    }
  }
  const sorted = [...others].sort((a, b) => a - b);
  let written = '';
  for (let start = 0; start < sorted.length;) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    const [first, last] = [String.fromCodePoint(sorted[start]!), String.fromCodePoint(sorted[end]!)];
    written += end === start ? first : `${first}${end === start + 1 ? '' : '-'}${last}`;
    start = end + 1;
  }
  return written;
}

/**
 * A regex's source as the editing form can run it: Decap compiles `RegExp(pattern)` with no flags, so the `i` flag
 * is spelled out, each letter in both its cases (`Mo` → `[mM][oO]`, `[ée]` → `[eEéÉ]`). A schema and its form
 * pattern then share one regex. A range of letters gets its other case spelled out (`[a-zà-ÿ]` → `[a-zA-Zà-ÿÀ-ÖØ-ÞŸ]`).
 * Only the plain syntax the schemas use is read: a range ending in an escape, a `\u`, `\x`, `\c`, `\k` or `\p`
 * escape or a named group would need more, and throws; so does any other flag.
 */
export function formSource({ source, flags }: RegExp): string {
  if (flags === '') return source;
  const unsupported = (what: string) =>
    new Error(
      `/${source}/${flags} : ${what} que le formulaire ne sait pas écrire sans option → donnez un formPattern.`,
    );
  if (flags !== 'i') throw unsupported(`l’option ${flags.replace('i', '')}`);
  if (/\(\?<[^=!]/.test(source)) throw unsupported('un groupe nommé');
  let result = '';
  let inBrackets = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\\') {
      // An escape (`\b`, `\s`, `\(`) keeps its meaning: its letter is no letter of the text.
      const escaped = source[index + 1] ?? '';
      if ('uxckpP'.includes(escaped)) throw unsupported(`l’échappement \\${escaped}`);
      result += char + escaped;
      index++;
    } else if (inBrackets) {
      const last = source[index + 2];
      if (char === ']') inBrackets = false;
      else if (source[index + 1] === '-' && last !== undefined && last !== ']') {
        // A range (`a-z`, `à-ÿ`): kept, followed by the other case of its letters (`a-zA-Z`).
        if (last === '\\') throw unsupported('un intervalle de lettres');
        result += `${char}-${last}${otherCases(char, last, unsupported)}`;
        index += 2;
        continue;
      }
      result += bothCases(char);
    } else if (char === '[') {
      inBrackets = true;
      result += char;
    } else {
      const cases = bothCases(char);
      result += cases === char ? char : `[${cases}]`;
    }
  }
  return result;
}

/**
 * Units of an age or a duration: « 35 h » too, an `h` followed by no letter (« 35 habitants » is no duration) and
 * by no digit (« 9h30 » is a time of day), and « une demi-journée ».
 */
const TIME_UNIT = String.raw`(?:premi(?:er|ère)s?\s)?(?:demi-)?(?:heures?|h(?![a-zà-ÿ])|minutes?|jours?|journées?|semaines?|mois|trimestres?|semestres?|ans?|années?)\b`;
/** The number words a text may write them with (« trois mois », « quatorze ans »), compounds too (« dix-sept », « vingt-et-un »). */
const NUMBER = String.raw`(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante)`;
const NUMBER_WORD = String.raw`${NUMBER}(?:-(?:et-)?${NUMBER})*`;

/**
 * An age or a duration stated in a text: « 29 ans », « de 6 à 24 mois », « 18-28 ans », « 45 premiers jours »,
 * « trois mois », « deux années », « un stage de 35 h ». The sitothèque's descriptions and the self-diagnostic's steps
 * may state none (no source holds them).
 */
export const AGE_OR_DURATION = new RegExp(
  [
    String.raw`\b\d+(?:[,.]\d+)?(?:\s?(?:-|–|à|et)\s?\d+)?\s?${TIME_UNIT}`,
    String.raw`\b${NUMBER_WORD}\s${TIME_UNIT}`,
  ].join('|'),
  'i',
);

/** What a figure AGE_OR_DURATION found is, for the editor's message: « 16 ans » an age or a duration, « 17 h » an hour or a duration. */
export function figureKind(figure: string): string {
  if (/ans?$/i.test(figure)) return 'un âge ou une durée';
  if (/(?:\dh|\sh|heures?|minutes?)$/i.test(figure)) return 'une durée ou une heure';
  return 'une durée';
}

/** "le nom complet" → "Le nom complet." : builders' hints become the field's description. */
function sentence(hint: string): string {
  return `${hint.charAt(0).toUpperCase()}${hint.slice(1)}.`;
}

/** Turns a missing value and a wrong value into two different French messages. */
function message(missing: string, wrong: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? missing : wrong);
}

/** The keys of a table of labels, as the non-empty list `oneOf` and `z.enum` take. */
export function idsOf<K extends string>(labels: Readonly<Record<K, string>>): [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}

/** A required, non-empty line of text. `hint` says what to write, e.g. "le nom complet de la structure". */
export function requiredText(hint: string) {
  // A bare number (`periode: 2020`) is what an editor means as text.
  return z
    .preprocess(
      (value) => (typeof value === 'number' ? String(value) : value),
      z
        .string({
          error: message(
            `champ obligatoire manquant → ajoutez ${hint}.`,
            `ce champ doit être un texte → écrivez ${hint} (entre guillemets s’il contient « : »).`,
          ),
        })
        .trim()
        .min(1, { error: `ce champ est vide → écrivez ${hint}.` }),
    )
    .meta({ description: sentence(hint) } satisfies FieldMeta);
}

/** An optional line of text; an empty value counts as absent. */
export function optionalText(hint: string) {
  return z
    .string({ error: `ce champ doit être un texte → écrivez ${hint}, ou supprimez la ligne.` })
    .trim()
    .optional()
    .transform((value) => (value === '' ? undefined : value))
    .meta({ description: sentence(hint) } satisfies FieldMeta);
}

// One formatter for the whole build: `toLocaleDateString` makes a new one on each call.
const franceDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' });

/**
 * The day an instant falls on in France, AAAA-MM-JJ: a commit made at 00:30 in Paris is of that day, which UTC still
 * counts as the day before.
 */
export function dayInFrance(instant: Date): string {
  return franceDay.format(instant);
}

/** Today's date in France, AAAA-MM-JJ: the day editors and the national hub count in. */
export function todayInFrance(now = new Date()): string {
  return dayInFrance(now);
}

/**
 * True when `day` (AAAA-MM-JJ) comes after today in France: the one rule for a date « dans le futur », used by the
 * schemas and by `npm run check:freshness`. A day that has begun in UTC has begun in France, a zone ahead of UTC, so
 * only a day still to come in UTC (the rare one written ahead) asks for France's date.
 */
export function isAfterToday(day: string, now = new Date()): boolean {
  return Date.parse(`${day}T00:00:00Z`) > now.getTime() && day > todayInFrance(now);
}

/**
 * A calendar date written AAAA-MM-JJ (YAML reads it as a date; a quoted one, or a day that does not exist, stays text:
 * readContentFile and the build's loader keep 2026-02-30 as written, so that it is refused here, not moved to 2 March).
 * With `notInFuture`, a date after today is refused: the national data·inclusion hub rejects such records.
 */
export function calendarDate(hint: string, { notInFuture = false } = {}) {
  const example = 'au format AAAA-MM-JJ, par exemple 2024-03-15';
  return z
    .unknown()
    .transform((value, context): Date => {
      if (value === undefined || value === null) {
        context.addIssue({ code: 'custom', message: `champ obligatoire manquant → ajoutez ${hint} ${example}.` });
        return z.NEVER;
      }
      const date =
        value instanceof Date
          ? value
          : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
            ? new Date(value)
            : null;
      if (
        !date ||
        Number.isNaN(date.getTime()) ||
        (typeof value === 'string' && date.toISOString().slice(0, 10) !== value)
      ) {
        context.addIssue({ code: 'custom', message: `date invalide → écrivez ${hint} ${example}.` });
        return z.NEVER;
      }
      const day = date.toISOString().slice(0, 10);
      // Today is read at each check, which stays right in an `astro dev` that spans midnight.
      if (notInFuture && isAfterToday(day)) {
        const today = todayInFrance();
        context.addIssue({
          code: 'custom',
          message: `date dans le futur (${day}) → écrivez ${hint}, au plus tard la date du jour (${today}).`,
        });
        return z.NEVER;
      }
      return date;
    })
    .meta({
      // The form's date picker has no upper bound: its hint says it.
      description: sentence(notInFuture ? `${hint}, au plus tard aujourd’hui` : hint),
      format: 'date',
      example: '2024-03-15',
    } satisfies FieldMeta);
}

/**
 * The one scheme a web address may have: every message, hint and CONTRIBUTING say « https:// », and every address of
 * the content is so. The schema (`webAddress`) and the editing form's pattern (src/lib/cmsConfig.ts) are both made
 * from it.
 */
export const WEB_PROTOCOL = 'https';

/** What to do with an address in http:// only, the same in the schema's messages and the form's. */
const HTTP_ONLY = `si le site n’existe qu’en http, signalez-le à l’équipe`;

/** An absolute https address. */
export function webAddress(hint: string) {
  const wrong = `adresse web invalide → écrivez ${hint} en entier, en commençant par ${WEB_PROTOCOL}:// (par exemple https://www.service-public.fr/) ; ${HTTP_ONLY}.`;
  // zod requires the « :// » after the scheme only for its own http(s) pattern: « https:/exemple.fr » is refused here.
  const scheme = new RegExp(`^${WEB_PROTOCOL}://`, 'i');
  return z
    .url({
      protocol: new RegExp(`^${WEB_PROTOCOL}$`),
      abort: true,
      error: message(
        `champ obligatoire manquant → ajoutez ${hint}, une adresse complète commençant par ${WEB_PROTOCOL}://.`,
        wrong,
      ),
    })
    .refine((value) => scheme.test(value), { error: wrong })
    .meta({
      // The form's hint: the expected start is said before a save, not only in the message of a refused one.
      description: `${sentence(hint).slice(0, -1)} : elle commence par ${WEB_PROTOCOL}://, par exemple https://www.service-public.fr/.`,
      example: 'https://www.service-public.fr/',
    } satisfies FieldMeta);
}

/** The number of characters of a text as the national hub counts them (code points: « é » is one). */
export function characters(text: string): number {
  return Array.from(text).length;
}

/**
 * One character as `characters` counts it, in the editing form's flag-free regexes, where `[\s\S]` is one UTF-16 unit
 * and « 🎓 » two: a pair of surrogates is one. A high surrogate is only ever read with the low one after it, if any,
 * so a text has one way to be counted, and one the pattern refuses is refused at once. No lookbehind: Safari before
 * 16.4 can't compile one (tests/unit/cmsConfig.test.ts).
 */
const FORM_CHARACTER = String.raw`(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|[^\uD800-\uDBFF])`;

/**
 * The editing form's pattern for a text of `min` to `max` characters (`min` ≥ 1), counted as the check counts them:
 * `characters` of the value without the spaces around it, which the check trims (a line break typed last is one).
 * From its first visible character to its last, then spaces only.
 */
export function formLength(min: number, max: number): string {
  return String.raw`^\s*(?=\S)${FORM_CHARACTER}{${min - 1},${max - 1}}(?=\S)${FORM_CHARACTER}\s*$`;
}

/** A count of characters the French way, « 9 500 » (a no-break space between thousands). */
export function count(value: number): string {
  return value.toLocaleString('fr-FR').replace(/\s/g, '\u00a0');
}

/** A yes/no field. */
export function yesNo(hint: string) {
  return z
    .boolean({
      error: message(
        `champ obligatoire manquant → ajoutez ${hint} : true (oui) ou false (non).`,
        `valeur invalide → écrivez true (oui) ou false (non), sans guillemets, pour ${hint}.`,
      ),
    })
    .meta({ description: sentence(hint) } satisfies FieldMeta);
}

/** One value out of a fixed list; the message lists every allowed value. `labels` name the values for people. */
export function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  hint: string,
  labels?: Readonly<Record<T[number], string>>,
) {
  const allowed = values.join(', ');
  return z
    .enum(values, {
      error: message(
        `champ obligatoire manquant → ajoutez ${hint} ; valeurs possibles : ${allowed}.`,
        `valeur inconnue → choisissez ${hint} parmi : ${allowed}.`,
      ),
    })
    .meta({ description: sentence(hint), ...(labels ? { labels } : {}) } satisfies FieldMeta);
}

/**
 * A list with at least one element. Its description, the editors' hint, says so (« Au moins un thème. ») when `hint`
 * names one element: « Un thème. » beside a list read as one theme only.
 */
export function nonEmptyList<T extends z.ZodType>(item: T, hint: string) {
  return z
    .array(item, {
      error: message(
        `champ obligatoire manquant → ajoutez ${hint} sous forme de liste (une ligne « - valeur » par élément).`,
        `ce champ doit être une liste → écrivez ${hint}, une ligne « - valeur » par élément.`,
      ),
    })
    .min(1, { error: `liste vide → indiquez au moins ${hint}.` })
    .meta({ description: sentence(/^une? /.test(hint) ? `au moins ${hint}` : hint) } satisfies FieldMeta);
}

/** An optional list, empty by default. */
export function optionalList<T extends z.ZodType>(item: T, hint: string) {
  return z
    .array(item, {
      error: `ce champ doit être une liste → écrivez ${hint}, une ligne « - valeur » par élément.`,
    })
    .meta({ description: sentence(hint) } satisfies FieldMeta)
    .default([]);
}

const { south, west, north, east } = territory.bounds;
// The département's own French forms (« du Loir-et-Cher », « en Loir-et-Cher »): « du ${nom} » would read « du Indre ».
const { article: ofDepartement, dans: inDepartement } = territory.departement;

/** A coordinate of a place inside the département: `min` and `max` are the bounds, `example` a value in them. */
function coordinate(name: 'latitude' | 'longitude', min: number, max: number, example: number, detail: string) {
  const outside = `${name} hors ${ofDepartement} (entre ${min} et ${max}) → vérifiez le point sur une carte ; ne confondez pas latitude et longitude.`;
  return z
    .number({
      error: message(
        `champ obligatoire manquant → ajoutez la ${name} (nombre décimal avec un point, par exemple ${example}).`,
        `la ${name} doit être un nombre décimal avec un point, par exemple ${example}.`,
      ),
    })
    .min(min, { error: outside })
    .max(max, { error: outside })
    .meta({
      description: `${name.charAt(0).toUpperCase()}${name.slice(1)} en degrés décimaux, avec un point (entre ${min} et ${max} ${inDepartement})${detail}.`,
      example: String(example),
    } satisfies FieldMeta);
}

/** Latitude of a place inside the département. */
export const latitude = coordinate(
  'latitude',
  south,
  north,
  territory.mapCentre[0],
  ' : clic droit sur le lieu dans une carte en ligne',
);

/** Longitude of a place inside the département. */
export const longitude = coordinate('longitude', west, east, territory.mapCentre[1], '');

/** Identifiers of the employment areas of src/site.config.ts, for schemas and filters. */
export type EmploymentAreaId = (typeof territory.employmentAreas)[number]['id'];
export const employmentAreaIds = territory.employmentAreas.map((area) => area.id) as [
  EmploymentAreaId,
  ...EmploymentAreaId[],
];

/** An employment area of the territory. */
export const employmentArea = oneOf(
  employmentAreaIds,
  'le bassin d’emploi',
  Object.fromEntries(territory.employmentAreas.map((area) => [area.id, area.nom])) as Record<EmploymentAreaId, string>,
);

/**
 * Publics a structure, site, internship or tool is for. Codes are shared by every
 * collection so that filters work across the site.
 */
export const PUBLICS = {
  'collegiens-lyceens': 'Collégiens et lycéens',
  etudiants: 'Étudiants',
  'jeunes-16-25': 'Jeunes de 16 à 25 ans sortis de l’école',
  apprentis: 'Apprentis',
  'demandeurs-emploi': 'Demandeurs d’emploi',
  salaries: 'Salariés',
  adultes: 'Adultes',
  parents: 'Parents',
  employeurs: 'Employeurs',
  professionnels: 'Professionnels de l’orientation et de l’insertion',
  'tout-public': 'Tout public',
} as const;
export type PublicId = keyof typeof PUBLICS;
export const publicIds = idsOf(PUBLICS);

/** A public, out of the shared list. */
export const audience = oneOf(publicIds, 'un public', PUBLICS);
