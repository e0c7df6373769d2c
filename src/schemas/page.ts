import { z } from 'astro/zod';
import { requiredText } from './fields.ts';

/** An editorial page: about, accessibility statement, legal notice, how to contribute. */
export const pageSchema = z.object({
  /** Title of the page (its h1). */
  titre: requiredText('le titre de la page'),
  /** One sentence shown to search engines and in the site map. */
  description: requiredText('une phrase qui résume la page'),
});
export type Page = z.infer<typeof pageSchema>;
