import { relative } from 'node:path';

/**
 * What a script says when it cannot write a content file: « impossible d’écrire <what> (EACCES) → vérifiez que
 * <folder> est un dossier où vous pouvez écrire, puis relancez <rerun>. », with the system's error code when it has one.
 */
export function cannotWrite(what: string, error: unknown, folder: string, rerun: string): string {
  const code = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
  const shownFolder = relative(process.cwd(), folder) || '.';
  return `impossible d’écrire ${what}${code} → vérifiez que ${shownFolder} est un dossier où vous pouvez écrire, puis relancez ${rerun}.`;
}
