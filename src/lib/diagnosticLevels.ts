/** The three levels of help a result of the self-diagnostic offers, as its page heads them and links to them. */
import type { DiagnosticResult } from '../schemas/diagnostic.ts';

/** Each level's heading in a result, in the order of the page. */
export const RESULT_LEVELS = {
  sites: 'Des sites pour vous informer',
  informer: 'Des lieux pour vous renseigner',
  accompagner: 'Des structures pour vous accompagner',
} as const;

/** A level of help: a key of `RESULT_LEVELS`. */
export type ResultLevel = keyof typeof RESULT_LEVELS;

/** Id of a level's section in a result's page, for links to it (`#niveau-accompagner`). */
export function levelAnchor(level: ResultLevel): string {
  return `niveau-${level}`;
}

/**
 * The levels a result shows, in the order of the page: those that name at least one site or type of structure, and
 * level 2 when it says why no structure informs on the subject (`informer_absent`, read in place of the list).
 */
export function resultLevels(
  result: Pick<DiagnosticResult, ResultLevel> & Partial<Pick<DiagnosticResult, 'informer_absent'>>,
): ResultLevel[] {
  return (Object.keys(RESULT_LEVELS) as ResultLevel[]).filter(
    (level) => result[level].length > 0 || (level === 'informer' && result.informer_absent !== undefined),
  );
}
