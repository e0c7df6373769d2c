import { z } from 'astro/zod';
import { requiredText, yesNo } from './fields.ts';

/** An editorial page: about, accessibility statement, legal notice, how to contribute. */
export const pageSchema = z.object({
  /** Title of the page (its h1). */
  titre: requiredText('le titre de la page'),
  /** One sentence shown to search engines and in the site map. */
  description: requiredText('une phrase qui résume la page'),
  /**
   * A page for the site's editors only (how to contribute): kept out of the site's search, so that the public's
   * words (« permis », « CV ») do not lead to it; the footer and the site map still link it.
   */
  pour_les_editeurs: yesNo('si la page ne s’adresse qu’aux éditeurs du site (elle reste alors hors de la recherche)')
    .optional()
    .default(false),
});
export type Page = z.infer<typeof pageSchema>;
