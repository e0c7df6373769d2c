import { z } from 'astro/zod';
import { AGE_OR_DURATION, audience, calendarDate, nonEmptyList, requiredText, webAddress } from './fields.ts';
import type { ReferenceFn } from './reference.ts';

/**
 * A French phone number: ten digits (0X or +33 X), or a short number 3X XX such as « 39 28 », not a year nor a
 * duration or an age (« 30 ans »).
 */
export const PHONE_NUMBER =
  /(?:\+33\s?|(?<![\d.,])0)[1-9](?:[\s.]?\d{2}){4}\b|(?<![\d.,])3\d\s?\d{2}\b(?!\s?(?:ans|mois|jours|heures|€|euros))/;

/**
 * What a site's own rules look like in a description: a duration or an age (« de 6 à 24 mois », « dès 16 ans »,
 * « six mois »), a level (« bac+3 »), a cost (« gratuit », « 10 € »), a boarding condition (« en internat »).
 */
const SITE_RULE = new RegExp(
  [
    AGE_OR_DURATION.source,
    String.raw`\bbac\s?\+\s?\d`,
    String.raw`gratuit|payant|\d+(?:[,.]\d+)?\s?(?:€|euros?\b)`,
    String.raw`\binternat\b|\bhébergé`,
  ].join('|'),
  'i',
);

/**
 * The first rule (duration, age, level, cost, boarding) or phone number a text states, if any. A sitothèque sheet has
 * no field to cite a source, and these change on the site itself: its description says what to check there instead.
 * Also for texts shown without the warning that goes with them (an unchecked internship's summary in lists).
 */
export function ruleStated(text: string): string | undefined {
  return (PHONE_NUMBER.exec(text) ?? SITE_RULE.exec(text))?.[0];
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
      ),
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
      const rule = ruleStated(site.description);
      if (rule === undefined) return;
      context.addIssue({
        code: 'custom',
        path: ['description'],
        message: `« ${rule} » : une durée, un âge, un niveau, un prix, un hébergement ou un numéro qu’aucune source ne tient (une fiche de la sitothèque n’a pas de champ pour en citer une, et ces règles changent sur le site lui-même) → retirez-le, ou dites ce qu’il faut vérifier et où, par exemple « Durée des missions : à vérifier sur le site ».`,
      });
    });
export type Site = z.infer<ReturnType<typeof siteSchema>>;
