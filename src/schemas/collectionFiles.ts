/**
 * How each collection is named and stored, apart from the schemas (collections.ts): the search script and the menu
 * read these names in the browser, where the schemas and zod would weigh some 90 KB gzipped (zod alone).
 */
import type { CollectionName } from './folders.ts';

/**
 * How each collection is named and stored. `label` is the network's own word for it, as its files and the group's
 * reports say it; `section`, when it differs, is the plain name the public site gives the section (its main menu,
 * src/navigation.ts, reads it here): editors see both (`collectionLabel`). Order: the menu's, then the rest.
 * `extensions`: the file kinds the collection reads (the first is the one new files get).
 */
export const COLLECTION_FILES = {
  structures: { kind: 'structure', label: 'Structures', extensions: ['yaml', 'yml'] },
  diagnostic: {
    kind: 'diagnostic',
    label: 'Autodiagnostic',
    section: 'Trouver la bonne aide',
    extensions: ['yaml', 'yml'],
  },
  reports: { kind: 'point-etape', label: 'Points d’étape', section: 'Travaux du réseau', extensions: ['md'] },
  sites: { kind: 'site', label: 'Sitothèque', section: 'Sites utiles', extensions: ['yaml', 'yml'] },
  internships: { kind: 'stage', label: 'Stages', extensions: ['md'] },
  tools: { kind: 'outil', label: 'Outils', section: 'Boîte à outils', extensions: ['yaml', 'yml', 'md'] },
  themes: { kind: 'thematique', label: 'Thématiques', section: 'Thèmes', extensions: ['yaml', 'yml'] },
  // MDX only where an editorial page needs the site's content components (src/integrations/mdxContentPolicy.ts).
  pages: { kind: 'page', label: 'Pages', extensions: ['md', 'mdx'] },
  glossary: { kind: 'sigle', label: 'Sigles', extensions: ['yaml', 'yml'] },
} as const satisfies Record<
  CollectionName,
  { kind: string; label: string; section?: string; extensions: readonly string[] }
>;

/**
 * What the editing interface and the field reference call a collection: the site's name for its section, then the
 * network's word when it differs, « Travaux du réseau (points d’étape) », so that editors find what readers see.
 */
export function collectionLabel(collection: CollectionName): string {
  const files: { label: string; section?: string } = COLLECTION_FILES[collection];
  return files.section ? `${files.section} (${files.label.toLowerCase()})` : files.label;
}

/** The glob pattern of a collection's files, for Astro's `glob()` loader. */
export function filePattern(collection: CollectionName): string {
  const extensions: readonly string[] = COLLECTION_FILES[collection].extensions;
  return extensions.length === 1 ? `**/*.${extensions[0]!}` : `**/*.{${extensions.join(',')}}`;
}
