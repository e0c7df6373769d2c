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
    /** Date a person last checked the address and the description. */
    date_verification: calendarDate('la date de la dernière vérification du lien'),
  });
export type Site = z.infer<ReturnType<typeof siteSchema>>;
