import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Each built HTML page of `outDir`: its path relative to that folder and its HTML, read one at a time, so that a
 * build of many thousand pages holds no more than one in hand.
 */
export async function* readBuiltPages(outDir: string): AsyncGenerator<{ file: string; html: string }> {
  for await (const file of glob('**/*.html', { cwd: outDir })) {
    yield { file, html: await readFile(join(outDir, file), 'utf8') };
  }
}
