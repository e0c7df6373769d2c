import { COLLECTION_FOLDERS, type CollectionName } from '../schemas/folders.ts';
import type { ContentProblem, EntryLike } from './contentProblem.ts';

function isReference(value: unknown): value is { id: string; collection: CollectionName } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 2 &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { collection?: unknown }).collection === 'string'
  );
}

/** Yields every reference (`{ id, collection }`, as `reference()` produces) in an entry's data, with its field path. */
function* referencesIn(value: unknown, path: string): Generator<[string, { id: string; collection: CollectionName }]> {
  if (isReference(value)) {
    yield [path, value];
  } else if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* referencesIn(item, `${path}[${index}]`);
  } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) yield* referencesIn(item, path ? `${path}.${key}` : key);
  }
}

/**
 * Checks that every reference between collections points to an existing entry.
 * Astro's `reference()` does not: a misspelt theme would silently vanish from the site.
 */
export function checkReferences(collections: Partial<Record<CollectionName, readonly EntryLike[]>>): ContentProblem[] {
  const idsByCollection = new Map(
    Object.entries(collections).map(([name, entries]) => [name, new Set(entries.map((entry) => entry.id))]),
  );
  const problems: ContentProblem[] = [];
  for (const [name, entries] of Object.entries(collections)) {
    for (const entry of entries) {
      for (const [field, ref] of referencesIn(entry.data, '')) {
        const known = idsByCollection.get(ref.collection);
        if (known?.has(ref.id)) continue;
        const folder = COLLECTION_FOLDERS[ref.collection];
        const choices = known ? [...known].sort().join(', ') : '';
        problems.push({
          file: entry.filePath ?? `${COLLECTION_FOLDERS[name as CollectionName]}/${entry.id}`,
          field,
          message: `« ${ref.id} » n’existe pas dans content/${folder}/ → écrivez le nom d’un fichier de ce dossier, sans extension${choices ? ` (${choices})` : ''}.`,
        });
      }
    }
  }
  return problems;
}
