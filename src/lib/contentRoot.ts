import { resolve } from 'node:path';

/**
 * Absolute path of the content root: `CONTENT_DIR` resolved from the working directory, or its `content/`.
 * `CONTENT_DIR` lets tests and the benchmark build other content without touching the real files. The build's
 * collections read it with the process's own (the defaults), and its cache folder (astroCacheDir) from the same
 * `env` and `cwd` that astro.config.mjs gives it, so the two always name the same folder.
 */
export function contentRoot(
  env: { CONTENT_DIR?: string | undefined } = process.env,
  cwd: string = process.cwd(),
): string {
  return resolve(cwd, env.CONTENT_DIR ?? 'content');
}
