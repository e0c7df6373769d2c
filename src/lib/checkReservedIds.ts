import type { ContentProblem, EntryLike } from './contentProblem.ts';
import { COLLECTION_FOLDERS, type CollectionName } from '../schemas/folders.ts';

/**
 * File names a collection cannot use because a page of its section already has that address:
 * `content/stages/imprimer.md` would be hidden by the printable directory at /stages/imprimer/.
 */
const RESERVED_IDS: Partial<Record<CollectionName, readonly string[]>> = {
  internships: ['imprimer', 'pour'],
};

/** Reports every entry whose id is reserved by a page of its section, with the fix. */
export function checkReservedIds(collections: Partial<Record<CollectionName, readonly EntryLike[]>>): ContentProblem[] {
  return Object.entries(RESERVED_IDS).flatMap(([name, reserved]) => {
    const collection = name as CollectionName;
    return (collections[collection] ?? [])
      .filter((entry) => reserved.includes(entry.id))
      .map((entry) => ({
        file: entry.filePath ?? `${COLLECTION_FOLDERS[collection]}/${entry.id}`,
        field: 'nom du fichier',
        message: `« ${entry.id} » est déjà l’adresse d’une page du site (/${COLLECTION_FOLDERS[collection]}/${entry.id}/) → renommez le fichier, par exemple « stage-${entry.id} ».`,
      }));
  });
}
