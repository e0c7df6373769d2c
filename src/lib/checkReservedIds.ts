import type { ContentProblem, EntryLike } from './contentProblem.ts';
import { COLLECTION_FOLDERS, type CollectionName } from '../schemas/folders.ts';

/**
 * File names a collection cannot use because a page of its section already has that address:
 * `content/stages/imprimer.md` would be hidden by the printable directory at /stages/imprimer/, and
 * `content/points-etape/2.md` by the second page of the reports' list at /points-etape/2/.
 */
const RESERVED_IDS: Partial<
  Record<CollectionName, { words?: readonly string[]; pageNumbers?: { list: string }; example: string }>
> = {
  internships: { words: ['imprimer', 'pour'], example: 'stage' },
  reports: { pageNumbers: { list: 'des points d’étape' }, example: 'point-etape' },
};

/** Reports every entry whose id is reserved by a page of its section, with the fix. */
export function checkReservedIds(collections: Partial<Record<CollectionName, readonly EntryLike[]>>): ContentProblem[] {
  return Object.entries(RESERVED_IDS).flatMap(([name, { words = [], pageNumbers, example }]) => {
    const collection = name as CollectionName;
    const folder = COLLECTION_FOLDERS[collection];
    return (collections[collection] ?? []).flatMap((entry) => {
      const fix = `→ renommez le fichier, par exemple « ${example}-${entry.id} ».`;
      const message = words.includes(entry.id)
        ? `« ${entry.id} » est déjà l’adresse d’une page du site (/${folder}/${entry.id}/) ${fix}`
        : pageNumbers && /^\d+$/.test(entry.id)
          ? `« ${entry.id} » n’est fait que de chiffres : ces noms sont réservés aux pages de la liste ${pageNumbers.list} (/${folder}/2/ et suivantes) ${fix}`
          : undefined;
      return message ? [{ file: entry.filePath ?? `${folder}/${entry.id}`, field: 'nom du fichier', message }] : [];
    });
  });
}
