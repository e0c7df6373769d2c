import { z } from 'astro/zod';
import {
  audience,
  nonEmptyList,
  oneOf,
  optionalList,
  optionalText,
  requiredText,
  webAddress,
  type FieldMeta,
} from './fields.ts';
import type { ReferenceFn } from './reference.ts';

/** The four categories the group sorted its tools into. */
export const TOOL_CATEGORIES = {
  information: 'Outils d’information',
  positionnement: 'Outils de positionnement',
  accueil: 'Outils d’accueil des publics',
  orientation: 'Outils d’orientation',
} as const;
export type ToolCategory = keyof typeof TOOL_CATEGORIES;
export const toolCategoryIds = Object.keys(TOOL_CATEGORIES) as [ToolCategory, ...ToolCategory[]];

/** An orientation tool used by the network's professionals. */
export const toolSchema = (reference: ReferenceFn) =>
  z.object({
    /** Name of the tool, or a generic description when no public name is certain. */
    nom: requiredText('le nom de l’outil'),
    /** One of the four categories. */
    categorie: oneOf(toolCategoryIds, 'la catégorie', TOOL_CATEGORIES),
    /** What the tool is for, in two or three sentences. */
    description: requiredText('deux ou trois phrases sur l’usage de l’outil'),
    /** Publics it is used with. */
    publics: nonEmptyList(audience, 'un public'),
    /** Conditions of use (training, duration, with a counsellor…). */
    conditions: requiredText('les conditions d’utilisation'),
    /**
     * Structures that hold the tool: one identifier of a file in `content/structures/`, or a list of them
     * when several structures use it. Always read as a list; leave out for a tool common to the whole network.
     */
    structure: z
      .union([reference('structures'), z.array(reference('structures'))], {
        error:
          'valeur invalide → écrivez le nom d’un fichier de content/structures/ (sans .yaml), ou une liste de tels noms, une ligne « - nom » par structure.',
      })
      .meta({
        description:
          'La structure qui détient l’outil (nom d’un fichier de content/structures/), ou la liste de celles qui l’utilisent ; à omettre pour un outil commun à tout le réseau.',
      } satisfies FieldMeta)
      .optional()
      .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
    /** Themes: identifiers of files in `content/thematiques/`. */
    thematiques: optionalList(reference('themes'), 'les thèmes'),
    /** Link to the tool or its description. */
    lien: webAddress('l’adresse de l’outil').optional(),
    /** Anything else worth knowing. */
    remarques: optionalText('des remarques'),
  });
export type Tool = z.infer<ReturnType<typeof toolSchema>>;
