import { COLLECTION_FOLDERS, type CollectionName } from '../schemas/folders.ts';
import { fieldPath, type ContentProblem, type EntryLike } from './contentProblem.ts';

type Reference = { id: string; collection: CollectionName };

function isReference(value: unknown): value is Reference {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { collection?: unknown }).collection === 'string'
  );
}

/**
 * Calls `found` with every reference (`{ id, collection }`, as `reference()` produces) in an entry's data and the
 * keys that lead to it. The keys are one shared stack, read during the call: a field path is only written for a
 * reference that is wrong, not for every value of every entry.
 */
function visitReferences(
  value: unknown,
  keys: (string | number)[],
  found: (reference: Reference, keys: readonly (string | number)[]) => void,
): void {
  if (typeof value !== 'object' || value === null || value instanceof Date) return;
  if (isReference(value)) {
    found(value, keys);
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      keys.push(index);
      visitReferences(value[index], keys, found);
      keys.pop();
    }
  } else {
    for (const [key, item] of Object.entries(value)) {
      keys.push(key);
      visitReferences(item, keys, found);
      keys.pop();
    }
  }
}

/** The ids of each collection's entries. */
export type IdsByCollection = Partial<Record<CollectionName, ReadonlySet<string>>>;

/** The ids of the given entries, by collection. */
export function idsOf(collections: Partial<Record<CollectionName, readonly EntryLike[]>>): IdsByCollection {
  return Object.fromEntries(
    Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((entry) => entry.id))]),
  );
}

/**
 * Checks that every reference between collections points to an existing entry.
 * Astro's `reference()` does not: a misspelt theme would silently vanish from the site.
 * `existing`: the ids that exist, when they are more than the entries checked (`npm run check:content` counts a file
 * its schema refuses as existing: it is reported once, in its own file, not in every file that cites it).
 */
export function checkReferences(
  collections: Partial<Record<CollectionName, readonly EntryLike[]>>,
  existing: IdsByCollection = idsOf(collections),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      visitReferences(entry.data, [], (ref, keys) => {
        const known = existing[ref.collection];
        if (known?.has(ref.id)) return;
        const folder = COLLECTION_FOLDERS[ref.collection];
        const choices = known ? [...known].sort().join(', ') : '';
        problems.push({
          file: entry.filePath ?? `${COLLECTION_FOLDERS[name as CollectionName]}/${entry.id}`,
          field: fieldPath(keys),
          message: `« ${ref.id} » n’existe pas dans content/${folder}/ → écrivez le nom d’un fichier de ce dossier, sans extension${choices ? ` (${choices})` : ''}.`,
        });
      });
    }
  }
  return problems;
}
