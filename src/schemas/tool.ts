import { z } from 'astro/zod';
import * as field from './fields.ts';
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

/**
 * Where a tool's sheet comes from, shown to readers as structures show « Coordonnées à confirmer »:
 * the group's own record (a report), a structure that described its tool, or nobody yet.
 */
export const TOOL_PROVENANCES = {
  groupe: 'Cité dans un point d’étape du groupe',
  structure: 'Fiche fournie par la structure qui détient l’outil',
  'a-confirmer': 'Provenance à confirmer',
} as const;
export type ToolProvenance = keyof typeof TOOL_PROVENANCES;
const toolProvenanceIds = Object.keys(TOOL_PROVENANCES) as [ToolProvenance, ...ToolProvenance[]];

/** Whether a sheet's text names a report of the group (« point d’étape »): then its `point_etape` must say which. */
export function namesReport(text: string): boolean {
  return /points? d[’']étape/i.test(text);
}

/** An orientation tool used by the network's professionals. */
export const toolSchema = (reference: ReferenceFn) =>
  z
    .object({
      /** Name of the tool, or a generic description when no public name is certain. */
      nom: field.requiredText('le nom de l’outil'),
      /** One of the four categories. */
      categorie: field.oneOf(toolCategoryIds, 'la catégorie', TOOL_CATEGORIES),
      /** What the tool is for, in two or three sentences. */
      description: field.requiredText('deux ou trois phrases sur l’usage de l’outil'),
      /** Publics it is used with. */
      publics: field.nonEmptyList(field.audience, 'un public'),
      /**
       * Conditions of use (training, duration, with a counsellor…), as a source gives them; left out when none does,
       * and the sheet shows « À confirmer » rather than conditions nobody checked.
       */
      conditions: field.optionalText(
        'les conditions d’utilisation que donne une source (sans source, la fiche affiche « À confirmer »)',
      ),
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
        } satisfies field.FieldMeta)
        .optional()
        .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
      /** Themes: identifiers of files in `content/thematiques/`. */
      thematiques: field.optionalList(reference('themes'), 'les thèmes'),
      /** Link to the tool or its description. */
      lien: field.webAddress('l’adresse de l’outil').optional(),
      /** Anything else worth knowing. */
      remarques: field.optionalText('des remarques'),
      /** Where this sheet comes from: groupe (a report names the tool), structure, or a-confirmer (the default). */
      provenance: field.oneOf(toolProvenanceIds, 'la provenance de la fiche', TOOL_PROVENANCES).default('a-confirmer'),
      /**
       * With `provenance: groupe`, the report that names the tool; with `a-confirmer`, a report that names a
       * neighbouring démarche, not this sheet (name of a file of `content/points-etape/`).
       */
      point_etape: reference('reports')
        .optional()
        .meta({
          formHint:
            'Le point d’étape du groupe qui parle de cet outil : obligatoire quand la provenance est « groupe », ou quand la description, les conditions ou les remarques parlent d’un point d’étape.',
        } satisfies field.FieldMeta),
    })
    .refine((tool) => tool.provenance !== 'groupe' || tool.point_etape !== undefined, {
      path: ['point_etape'],
      error:
        'une fiche « provenance: groupe » doit citer son point d’étape → ajoutez « point_etape: » suivi du nom d’un fichier de content/points-etape/ (sans .md), ou changez la provenance en a-confirmer.',
    })
    // Else the sheet would say both that a report speaks of it and that no document of the group names it.
    .refine(
      (tool) =>
        tool.point_etape !== undefined ||
        ![tool.description, tool.conditions ?? '', tool.remarques ?? ''].some((text) => namesReport(text)),
      {
        path: ['point_etape'],
        error:
          'la fiche parle d’un point d’étape sans le nommer, et sa provenance dirait qu’aucun document du groupe ne cite l’outil → ajoutez « point_etape: » suivi du nom de ce fichier de content/points-etape/ (sans .md).',
      },
    );
export type Tool = z.infer<ReturnType<typeof toolSchema>>;
