import { z } from 'astro/zod';
import { optionalText, requiredText, type FieldMeta } from './fields.ts';

/** A theme shared by every collection ("apprentissage", "mobilité internationale"…). */
export const themeSchema = z.object({
  /** Name of the theme, as readers see it. */
  titre: requiredText('le nom du thème, par exemple « Apprentissage »'),
  /** One or two sentences on what the theme covers. */
  description: requiredText('une ou deux phrases sur ce que couvre le thème'),
  /** Position in lists: smaller numbers come first. */
  ordre: z
    .number({
      error: 'ce champ doit être un nombre entier → écrivez par exemple 10 (les plus petits passent en premier).',
    })
    .int({ error: 'ce champ doit être un nombre entier → écrivez par exemple 10.' })
    .meta({
      description: 'La place du thème dans les listes : les plus petits nombres passent en premier.',
    } satisfies FieldMeta)
    .default(100),
  /** Short label for buttons and filters, when the title is long. */
  libelle_court: optionalText('un libellé court pour les filtres'),
});
export type Theme = z.infer<typeof themeSchema>;
