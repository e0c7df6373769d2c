import { z } from 'astro/zod';
import {
  AGE_OR_DURATION,
  audience,
  calendarDate,
  figureKind,
  formSource,
  nonEmptyList,
  requiredText,
  webAddress,
  type FieldMeta,
} from './fields.ts';
import type { ReferenceFn } from './reference.ts';

/**
 * A French phone number: ten digits (0X or +33 X), or a short number 3X XX such as « 39 28 », not a year nor a
 * duration or an age (« 30 ans »). Written without a space, « 3949 » is a number only where one is dialled (« au »,
 * « le », « appelez », « composez ») : « plus de 3000 entreprises » is a count.
 */
export const PHONE_NUMBER = new RegExp(
  phoneNumber(
    (before) => `(?<![${before}])`,
    (said) => `(?<=${said})`,
  ),
);

/**
 * A phone number's pattern, from its parts: `notAfter` writes « none of these characters just before » (a digit, a
 * point or a comma: a price, a count), `after` writes « just after this word that dials it ».
 */
function phoneNumber(notAfter: (before: string) => string, after: (said: string) => string): string {
  const before = String.raw`\d.,`;
  const notAFigure = String.raw`\b(?!\s?(?:ans|mois|jours|heures|€|euros))`;
  return [
    String.raw`(?:\+33\s?|${notAfter(before)}0)[1-9](?:[\s.]?\d{2}){4}\b`,
    String.raw`(?:${notAfter(before)}3\d\s\d{2}|${after(String.raw`\b(?:[Aa]u|[Ll]e|[Aa]ppelez|[Cc]omposez)\s`)}3\d{3})${notAFigure}`,
  ].join('|');
}

/**
 * PHONE_NUMBER for the editing form, which runs on browsers that cannot look behind (Safari before 16.4): the
 * character or word before the number is matched with it, which finds the same numbers in a text.
 */
const PHONE_NUMBER_FORM = new RegExp(
  phoneNumber(
    (before) => `(?:^|[^${before}])`,
    (said) => said,
  ),
);

/**
 * What a site's own rules look like in a description, with what the editor is told each is and an example of what to
 * write instead: a phone number, a duration or an age (« de 6 à 24 mois », « dès 16 ans », « six mois »), a level
 * (« bac+3 »), a cost (« gratuit », « 10 € »), a boarding condition (« en internat »).
 */
const SITE_RULES: readonly {
  pattern: RegExp;
  /** The same, as the editing form can run it (no look behind), when `pattern` needs one. */
  form?: RegExp;
  named: string;
  kind: (rule: string) => string;
  instead: string;
}[] = [
  {
    pattern: PHONE_NUMBER,
    form: PHONE_NUMBER_FORM,
    named: 'un numéro de téléphone',
    kind: () => 'un numéro de téléphone',
    instead: 'Numéro d’appel : à vérifier sur le site',
  },
  {
    pattern: AGE_OR_DURATION,
    named: 'une durée ou un âge',
    kind: figureKind,
    instead: 'Durée des missions : à vérifier sur le site',
  },
  {
    pattern: /\bbac\s?\+\s?\d/i,
    named: 'un niveau d’études',
    kind: () => 'un niveau d’études',
    instead: 'Niveau demandé : à vérifier sur le site',
  },
  {
    pattern: /gratuit|payant|\d+(?:[,.]\d+)?\s?(?:€|euros?\b)/i,
    named: 'un prix',
    kind: () => 'un prix',
    instead: 'Coût : à vérifier sur le site',
  },
  {
    pattern: /\binternat\b|\bhébergé/i,
    named: 'un hébergement',
    kind: () => 'un hébergement',
    instead: 'Hébergement : à vérifier sur le site',
  },
];

/** Why such a rule is refused and what to write instead, after what was found (« « 6 mois » : une durée »). */
const ruleRefused = (instead: string) =>
  `qu’aucune source ne tient (une fiche de la sitothèque n’a pas de champ pour en citer une, et ces règles changent sur le site lui-même) → retirez-le, ou dites ce qu’il faut vérifier et où, par exemple « ${instead} ».`;

/**
 * The editing form's check of a description, from the same SITE_RULES (flag-free, as Decap runs it): no rule found
 * anywhere in the text. Its one message names every kind of rule, where the pull request's check names the one found.
 */
const DESCRIPTION_FORM = {
  formPattern: `^(?![\\s\\S]*(?:${SITE_RULES.map(({ pattern, form }) => `(?:${formSource(form ?? pattern)})`).join('|')}))`,
  formError: `la description donne ${SITE_RULES.map(({ named }) => named)
    .join(', ')
    .replace(/, (?=[^,]*$)/, ' ou ')}, ${ruleRefused(SITE_RULES[1]!.instead)}`,
} satisfies FieldMeta;

/** The first rule a text states (the one met first in it), what it is, and what to write instead; undefined if none. */
function ruleFound(text: string): { rule: string; kind: string; instead: string } | undefined {
  const found = SITE_RULES.flatMap(({ pattern, kind, instead }) => {
    const match = pattern.exec(text);
    return match ? [{ index: match.index, rule: match[0], kind: kind(match[0]), instead }] : [];
  });
  return found.sort((a, b) => a.index - b.index)[0];
}

/**
 * The first rule (duration, age, level, cost, boarding) or phone number a text states, if any. A sitothèque sheet has
 * no field to cite a source, and these change on the site itself: its description says what to check there instead.
 * Also for texts shown without the warning that goes with them (an unchecked internship's summary in lists).
 */
export function ruleStated(text: string): string | undefined {
  return ruleFound(text)?.rule;
}

/** A web site listed in the sitothèque. */
export const siteSchema = (reference: ReferenceFn) =>
  z
    .object({
      /** Name of the site, as its owner writes it. */
      titre: requiredText('le nom du site'),
      /** Address of the page to visit. */
      url: webAddress('l’adresse du site'),
      /** What a reader finds there, in one or two sentences. */
      description: requiredText(
        'une ou deux phrases sur ce qu’on y trouve, sans durée, âge, prix ni numéro (ils se vérifient sur le site)',
      ).meta(DESCRIPTION_FORM),
      /** Themes the site belongs to: identifiers of files in `content/thematiques/`. */
      thematiques: nonEmptyList(reference('themes'), 'un thème (nom d’un fichier de content/thematiques/, sans .yaml)'),
      /** Publics the site is useful to. */
      publics: nonEmptyList(audience, 'un public'),
      /**
       * Last day the address was seen answering (status 200, no redirection): by a person who opened it, or by
       * `npm run check:links -- --update-dates` run from a machine with internet. Left out until someone checks:
       * the site then shows "lien pas encore vérifié" rather than a date nobody can vouch for. Never after today: a
       * typo such as 2062 would read « Lien vérifié » for years and never come up in `check:freshness`.
       */
      date_verification: calendarDate('la date du jour où vous avez ouvert le lien', { notInFuture: true }).optional(),
    })
    // A dated link says the address answered (check:links may write the date), not that anyone read the rule there.
    .superRefine((site, context) => {
      const found = ruleFound(site.description);
      if (found === undefined) return;
      context.addIssue({
        code: 'custom',
        path: ['description'],
        message: `« ${found.rule} » : ${found.kind} ${ruleRefused(found.instead)}`,
      });
    });
export type Site = z.infer<ReturnType<typeof siteSchema>>;
