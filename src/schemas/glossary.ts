import { z } from 'astro/zod';
import { oneOf, requiredText, type FieldMeta } from './fields.ts';
import { STRUCTURE_TYPES, structureTypeIds } from './structure.ts';

/** The pages write a meaning in brackets after its sigle: brackets inside would nest. */
const NO_BRACKETS =
  'pas de parenthèses dans le sens : les pages l’écrivent déjà entre parenthèses après le sigle → utilisez une virgule.';

/**
 * How a `sens` says what a sigle names when no source gives what its letters stand for: « sigle qui désigne le centre
 * national d’information jeunesse ». A `sens` without it is read as the letters written out, and covers them.
 */
export const DESCRIBED_SIGLE = /^sigle qui désign(?:e|ait) (?:les? |la |l’|l')?/i;

/** The words of a `sens` a page may write in full instead of the sigle: the named thing, without « sigle qui désigne ». */
export const meaningInWords = (sens: string): string => sens.replace(DESCRIBED_SIGLE, '');

/** A sigle of the network and what it means, for the glossary and for the pages that write it out on first use. */
export const glossarySchema = z.object({
  /** The sigle as texts write it, e.g. "CIO" or "Afpa". */
  sigle: z
    .string({
      error: 'champ obligatoire manquant → ajoutez le sigle tel que les textes l’écrivent, par exemple « CIO ».',
    })
    .trim()
    .regex(/^[\p{L}\p{N}]{2,10}$/u, {
      error: 'un sigle s’écrit d’un seul mot, sans espace ni point → écrivez par exemple « CIO », pas « C.I.O. ».',
    })
    .meta({
      description: 'Le sigle tel que les textes l’écrivent, d’un seul mot, par exemple « CIO » ou « Afpa ».',
      example: 'CIO',
      // A sigle written twice is refused by checkGlossary (src/lib/checkGlossary.ts), across files: the form sees one.
      formHint:
        'Le sigle tel que les textes l’écrivent, d’un seul mot, par exemple CIO ou Afpa. Il doit être nouveau : cherchez-le d’abord dans la liste « Sigles » de cette interface, ou sur la page « Sigles du réseau » du site (/sigles/), sans regarder les majuscules (« AFPA » et « Afpa » sont le même sigle), et parmi les pull requests encore ouvertes du dépôt. Un sigle déjà défini est refusé par la vérification de la pull request : modifiez plutôt sa fiche.',
      // Latin letters (accents too) and digits: the letters-and-digits rule needs the `u` flag, which Decap drops.
      formPattern: '^[0-9A-Za-zÀ-ÖØ-öø-ɏ]{2,10}$',
    } satisfies FieldMeta),
  /**
   * What it means, in words that continue a sentence: "centre d’information et d’orientation"; when no source gives
   * what the letters stand for, what it names: "sigle qui désigne le centre national d’information jeunesse".
   */
  sens: requiredText(
    'ce que veut dire le sigle, en minuscules comme au milieu d’une phrase, par exemple « centre d’information et d’orientation » ; si aucune source ne donne ce que veulent dire ses lettres, ce qu’il désigne : « sigle qui désigne le centre national d’information jeunesse »',
  )
    .refine((text) => !/[()]/.test(text), { error: NO_BRACKETS })
    // The form refuses them too, with the same words.
    .meta({ formPattern: '^[^()]*$', formError: NO_BRACKETS } satisfies FieldMeta),
  /** Where that meaning is written (a structure's file, a type, a report): a meaning is never guessed. */
  source: requiredText(
    'où ce sens est écrit (une fiche de structure, un type, un point d’étape, une fiche de la sitothèque) : on ne devine jamais un sens',
  ),
  /** The kind of structure the sigle names: the glossary then links to each structure of that kind. */
  type: oneOf(structureTypeIds, 'le type de structure que le sigle désigne', STRUCTURE_TYPES).optional(),
  /** A page of this site about what the sigle names, from the site's root: "/stages/pmsmp/". */
  lien: z
    .string({ error: 'le lien doit être un texte → écrivez une adresse du site, par exemple « /stages/pmsmp/ ».' })
    .regex(/^\/(?:[\w-]+\/)*$/, {
      error:
        'adresse invalide → écrivez une adresse de ce site qui commence et finit par « / », par exemple « /stages/pmsmp/ ».',
    })
    .meta({
      description: 'Une page de ce site sur ce que le sigle désigne, depuis la racine, par exemple « /stages/pmsmp/ ».',
      example: '/stages/pmsmp/',
      // Which pages: checkGlossaryLinks (src/lib/checkGlossary.ts), which the form can't run.
      formHint:
        'Une page de ce site sur ce que le sigle désigne, depuis la racine, par exemple /stages/pmsmp/ : la page d’une structure, d’une forme de stage, d’un outil, d’un point d’étape, ou une page éditoriale.',
    } satisfies FieldMeta)
    .optional(),
});
export type GlossaryEntry = z.infer<typeof glossarySchema>;
