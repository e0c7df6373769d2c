/** Time Pagefind takes to index a built site, measured on its own (whether or not the build already indexed it). */
import { rmSync } from 'node:fs';
import * as pagefind from 'pagefind';

/** Seconds to index `distDir` in French and write the index to `outputPath`. */
export async function timePagefind(distDir: string, outputPath: string): Promise<number> {
  rmSync(outputPath, { recursive: true, force: true });
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind: ${errors.join(', ')}`);
  await index.addDirectory({ path: distDir, glob: '**/*.html' });
  await index.writeFiles({ outputPath });
  const seconds = (performance.now() - started) / 1000;
  await pagefind.close();
  return seconds;
}
