import { z } from 'astro/zod';
import { audience, calendarDate, nonEmptyList, requiredText, webAddress } from './fields.ts';
import type { ReferenceFn } from './reference.ts';

/** A web site listed in the sitothèque. */
export const siteSchema = (reference: ReferenceFn) =>
  z.object({
    /** Name of the site, as its owner writes it. */
    titre: requiredText('le nom du site'),
    /** Address of the page to visit. */
    url: webAddress('l’adresse du site'),
    /** What a reader finds there, in one or two sentences. */
    description: requiredText('une ou deux phrases sur ce qu’on y trouve'),
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
  });
export type Site = z.infer<ReturnType<typeof siteSchema>>;
