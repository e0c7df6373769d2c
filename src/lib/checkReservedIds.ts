import type { ContentProblem, EntryLike } from './contentProblem.ts';
import { COLLECTION_FOLDERS, type CollectionName } from '../schemas/folders.ts';

/**
 * The top-level names of src/pages/ that are pages of their own at /<name>/ (a `.astro` file, or a folder with an
 * index or a `[...page]` list). An editorial page (content/pages/) is published at the root by `[page].astro`: one
 * named like a section would clash with it, and Astro keeps the section's page with an English warning, the build
 * green and the editor's page never published. tests/unit/checkReservedIds.test.ts reads src/pages/ and fails when
 * this list and the folder disagree.
 */
export const SECTION_NAMES: readonly string[] = [
  '404',
  'admin',
  'carte',
  'diagnostic',
  'donnees',
  'embed',
  'outils',
  'plan-du-site',
  'points-etape',
  'recherche',
  'sigles',
  'sitotheque',
  'stages',
  'structures',
  'thematiques',
];

/** What an entry's name can't be, and how its address and a free name are written. */
interface Reserved {
  /** Names of pages of the section (src/pages/<folder>/<word>/), or of the site's sections for pages. */
  words?: readonly string[];
  /** All-digit names are the pages of the section's list (/points-etape/2/). */
  pageNumbers?: { list: string };
  /** A name to suggest instead of `id`. */
  rename: (id: string) => string;
  /** Where the entry's page would be published. */
  address?: (id: string) => string;
}

/**
 * File names a collection cannot use because a page of the site already has that address:
 * `content/stages/imprimer.md` would be hidden by the printable directory at /stages/imprimer/,
 * `content/points-etape/2.md` by the second page of the reports' list at /points-etape/2/, and
 * `content/pages/stages.md` by the internships' section at /stages/. The test named above derives the words of
 * pages and of internships from src/pages/ (the sub-folders of src/pages/stages/).
 */
export const RESERVED_IDS: Readonly<Partial<Record<CollectionName, Reserved>>> = {
  internships: { words: ['imprimer', 'pour'], rename: (id) => `stage-${id}` },
  reports: { pageNumbers: { list: 'des points d’étape' }, rename: (id) => `point-etape-${id}` },
  pages: { words: SECTION_NAMES, rename: (id) => `a-propos-${id}`, address: (id) => `/${id}/` },
};

/** Reports every entry whose id is reserved by a page of the site, with the fix. */
export function checkReservedIds(collections: Partial<Record<CollectionName, readonly EntryLike[]>>): ContentProblem[] {
  return Object.entries(RESERVED_IDS).flatMap(([name, reserved]) => {
    const collection = name as CollectionName;
    const { words = [], pageNumbers, rename } = reserved;
    const folder = COLLECTION_FOLDERS[collection];
    const address = reserved.address ?? ((id: string) => `/${folder}/${id}/`);
    return (collections[collection] ?? []).flatMap((entry) => {
      const fix = `→ renommez le fichier, par exemple « ${rename(entry.id)} ».`;
      const message = words.includes(entry.id)
        ? `« ${entry.id} » est déjà l’adresse d’une page du site (${address(entry.id)}) : cette fiche ne serait jamais publiée ${fix}`
        : pageNumbers && /^\d+$/.test(entry.id)
          ? `« ${entry.id} » n’est fait que de chiffres : ces noms sont réservés aux pages de la liste ${pageNumbers.list} (/${folder}/2/ et suivantes) ${fix}`
          : undefined;
      return message ? [{ file: entry.filePath ?? `${folder}/${entry.id}`, field: '(nom du fichier)', message }] : [];
    });
  });
}
