/**
 * Every collection's schema, in one place (its file formats and names: collectionFiles.ts).
 * `src/content.config.ts` declares the collections from it; the field reference,
 * `npm run nouveau`, `npm run check:content` and the CSV import walk it, so a new
 * field or collection reaches all of them at once.
 */
import type { CollectionName } from './folders.ts';
import { diagnosticSchema } from './diagnostic.ts';
import { glossarySchema } from './glossary.ts';
import { internshipSchema } from './internship.ts';
import { pageSchema } from './page.ts';
import type { ReferenceFn } from './reference.ts';
import { reportSchema } from './report.ts';
import { siteSchema } from './site.ts';
import { structureSchema } from './structure.ts';
import { themeSchema } from './theme.ts';
import { toolSchema } from './tool.ts';

/** The schema of every collection, built with Astro's `reference()` (site) or `referenceStandIn` (scripts, tests). */
export function collectionSchemas(reference: ReferenceFn) {
  return {
    reports: reportSchema(reference),
    structures: structureSchema,
    themes: themeSchema,
    sites: siteSchema(reference),
    internships: internshipSchema(reference),
    tools: toolSchema(reference),
    diagnostic: diagnosticSchema(reference),
    pages: pageSchema,
    glossary: glossarySchema,
  } satisfies Record<CollectionName, unknown>;
}
