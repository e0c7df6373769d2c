import { site, territory } from '../site.config.ts';
import { structureTypeIds } from '../schemas/structure.ts';
import { checkReferences } from './checkReferences.ts';
import { formatProblem, type ContentProblem, type EntryLike } from './contentProblem.ts';
import { checkNetworkSites } from './checkNetworkSites.ts';
import { checkReservedIds } from './checkReservedIds.ts';
import type { CollectionName } from '../schemas/folders.ts';
import type { DiagnosticStep } from './diagnosticTree.ts';
import type { StructureLike } from './resolveResultStructures.ts';
import { validateDiagnosticTree } from './validateDiagnosticTree.ts';

/** All collections' entries, as the build and `npm run check:content` both hold them. */
export type EntriesByCollection = Partial<Record<CollectionName, readonly EntryLike[]>>;

/** The self-diagnostic's tree checks; entries reach here already parsed by their schema. */
function checkDiagnosticTree(collections: EntriesByCollection): ContentProblem[] {
  return validateDiagnosticTree({
    steps: (collections.diagnostic ?? []) as readonly DiagnosticStep[],
    structures: (collections.structures ?? []) as readonly StructureLike[],
    siteIds: new Set((collections.sites ?? []).map((site) => site.id)),
    areas: territory.employmentAreas,
  });
}

/** The national sites by type (site.networkSites) against the sitothèque, when it is loaded. */
function checkNetworkSitesOfContent(collections: EntriesByCollection): ContentProblem[] {
  if (!collections.sites) return [];
  return checkNetworkSites(site.networkSites, structureTypeIds, new Set(collections.sites.map((entry) => entry.id)));
}

/**
 * Every rule across entries that zod cannot express. The build (`src/content.ts`) and
 * `npm run check:content` both run this list, so an editor sees the same problems in both:
 * add a new cross-entry check here.
 */
const CHECKS: ((collections: EntriesByCollection) => ContentProblem[])[] = [
  checkReferences,
  checkReservedIds,
  checkDiagnosticTree,
  checkNetworkSitesOfContent,
];

/** Runs every cross-entry check and returns their problems, each once (two checks may see the same missing site). */
export function crossEntryChecks(collections: EntriesByCollection): ContentProblem[] {
  const seen = new Set<string>();
  return CHECKS.flatMap((check) => check(collections)).filter((problem) => {
    const line = formatProblem(problem);
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}
