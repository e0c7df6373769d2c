/** What every content check reports, and how the build and the scripts print it. */
import { countOf } from './french.ts';

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
