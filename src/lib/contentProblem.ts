/** What every content check reports, and how the build and the scripts print it. */
import { COLLECTION_FILES } from '../schemas/collectionFiles.ts';
import { COLLECTION_FOLDERS, type CollectionName } from '../schemas/folders.ts';
import { countOf } from './french.ts';

/** The minimum of a content entry the checks need. */
export interface EntryLike {
  id: string;
  filePath?: string | undefined;
  data: unknown;
}

/**
 * The file a problem names for an entry: its `filePath`, or, for an entry built without one (unit tests, scripts),
 * where its collection keeps it: `content/structures/<id>.yaml`, `content/points-etape/<id>.md`.
 */
export function entryFile(entry: Pick<EntryLike, 'id' | 'filePath'>, collection: CollectionName): string {
  return (
    entry.filePath ??
    `content/${COLLECTION_FOLDERS[collection]}/${entry.id}.${COLLECTION_FILES[collection].extensions[0]}`
  );
}

/** One problem in one content file, worded for an editor. */
/**
 * The first advice when src/site.config.ts names a content file that is not there: the editor most likely renamed or
 * deleted it (the message lands on src/site.config.ts, a file the editor did not touch).
 */
export function renamedConfigFileAdvice(file: string): string {
  return `si vous avez renommé ou supprimé ${file}, rendez-lui ce nom ou recréez-le, car src/site.config.ts le cite`;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** A field's path in an entry's data as editors read it (a zod issue's, a reference's): `documents[0].fichier`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

/** Formats a problem the way every check prints it: `file: field: what is wrong → how to fix it`. */
export function formatProblem({ file, field, message }: ContentProblem): string {
  return `${file}: ${field}: ${message}`;
}

/** Thrown when content is unsound; the build stops and prints every problem at once. */
export class ContentError extends Error {
  // A plain field, not a parameter property: scripts run this file with Node's type stripping.
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `Le contenu comporte ${countOf(problems.length, 'erreur')} :\n` +
        problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n'),
    );
    this.problems = problems;
    this.name = 'ContentError';
  }
}
