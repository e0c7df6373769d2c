/**
 * Every collection's schema, file formats and editor-facing names, in one place.
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

/** How editors name each collection, and the file kinds it reads (the first is the one new files get). */
export const COLLECTION_FILES = {
  reports: { kind: 'point-etape', label: 'Points d’étape', extensions: ['md'] },
  structures: { kind: 'structure', label: 'Structures', extensions: ['yaml', 'yml'] },
  themes: { kind: 'thematique', label: 'Thématiques', extensions: ['yaml', 'yml'] },
  sites: { kind: 'site', label: 'Sitothèque', extensions: ['yaml', 'yml'] },
  internships: { kind: 'stage', label: 'Stages', extensions: ['md'] },
  tools: { kind: 'outil', label: 'Outils', extensions: ['yaml', 'yml', 'md'] },
  diagnostic: { kind: 'diagnostic', label: 'Autodiagnostic', extensions: ['yaml', 'yml'] },
  // MDX only where an editorial page needs the site's content components (src/integrations/mdxContentPolicy.ts).
  pages: { kind: 'page', label: 'Pages', extensions: ['md', 'mdx'] },
  glossary: { kind: 'sigle', label: 'Sigles', extensions: ['yaml', 'yml'] },
} as const satisfies Record<CollectionName, { kind: string; label: string; extensions: readonly string[] }>;

/** The glob pattern of a collection's files, for Astro's `glob()` loader. */
export function filePattern(collection: CollectionName): string {
  const extensions: readonly string[] = COLLECTION_FILES[collection].extensions;
  return extensions.length === 1 ? `**/*.${extensions[0]!}` : `**/*.{${extensions.join(',')}}`;
}
