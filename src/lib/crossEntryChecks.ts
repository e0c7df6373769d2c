import { checkReferences, type ContentProblem, type EntryLike } from './checkReferences.ts';
import { checkReservedIds } from './checkReservedIds.ts';
import type { CollectionName } from './contentRoot.ts';

/** All collections' entries, as the build and `npm run check:content` both hold them. */
export type EntriesByCollection = Partial<Record<CollectionName, readonly EntryLike[]>>;

/**
 * Every rule across entries that zod cannot express. The build (`src/content.ts`) and
 * `npm run check:content` both run this list, so an editor sees the same problems in both:
 * add a new cross-entry check here.
 */
const CHECKS: ((collections: EntriesByCollection) => ContentProblem[])[] = [checkReferences, checkReservedIds];

/** Runs every cross-entry check and returns all their problems. */
export function crossEntryChecks(collections: EntriesByCollection): ContentProblem[] {
  return CHECKS.flatMap((check) => check(collections));
}
