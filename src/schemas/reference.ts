import { z } from 'astro/zod';
import type { reference } from 'astro:content';
import { COLLECTION_FOLDERS, type CollectionName } from './folders.ts';
import type { FieldMeta } from './fields.ts';

/**
 * The `reference()` function schemas use for links between collections.
 * The site passes Astro's own; unit tests and `check:content` pass a stand-in
 * with the same output (`{ id, collection }`). Astro does not check that the
 * target exists: `src/lib/checkReferences.ts` does, with a French message.
 */
export type ReferenceFn = typeof reference;

/**
 * Stand-in for Astro's `reference()` outside a build (unit tests, `check:content`):
 * same input and output, without Astro's runtime.
 */
export const referenceStandIn = ((collection: string) =>
  z
    .string({ error: 'ce champ doit être l’identifiant d’une fiche (nom de fichier sans extension).' })
    .transform((id) => ({ id, collection }))
    .meta({
      description: `Le nom d’une fiche de content/${COLLECTION_FOLDERS[collection as CollectionName]}/, sans extension.`,
      reference: collection,
    } satisfies FieldMeta)) as unknown as ReferenceFn;
