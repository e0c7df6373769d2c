import { COLLECTION_FOLDERS, type CollectionName } from './contentRoot.ts';

/** The minimum of a content entry the checks need. */
export interface EntryLike {
  id: string;
  filePath?: string | undefined;
  data: unknown;
}

/** One problem in one content file, worded for an editor. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Formats a problem the way every check prints it: `file: field: what is wrong → how to fix it`. */
export function formatProblem({ file, field, message }: ContentProblem): string {
  return `${file}: ${field}: ${message}`;
}

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

/** Thrown when content is unsound; the build stops and prints every problem at once. */
export class ContentError extends Error {
  // A plain field, not a parameter property: scripts run this file with Node's type stripping.
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `Le contenu comporte ${problems.length} erreur${problems.length > 1 ? 's' : ''} :\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ContentError';
  }
}
