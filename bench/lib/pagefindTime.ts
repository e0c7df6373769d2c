/**
 * The site's Pagefind step, run on its own on a built site: the build's own search index (src/integrations/pagefind.ts),
 * fed the pages for this alone, timed apart so that the Astro build and the search index are measured each alone.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeSearchIndex } from '../../src/integrations/pagefind.ts';

/** Writes the search index into `<distDir>/pagefind/` and returns its wall-clock seconds. */
export async function timePagefind(distDir: string): Promise<number> {
  rmSync(join(distDir, 'pagefind'), { recursive: true, force: true });
  const started = performance.now();
  await writeSearchIndex(distDir);
  return (performance.now() - started) / 1000;
}
