import { createHash } from 'node:crypto';
import { contentRoot } from './contentRoot.ts';

/** Astro's cache folder for the project's own content/, as the normal build has always used it. */
export const DEFAULT_CACHE_DIR = './node_modules/.astro';

/**
 * Astro's cache folder for a build: ASTRO_CACHE_DIR when set; otherwise DEFAULT_CACHE_DIR for content/, and for any
 * other CONTENT_DIR a folder of its own, `./node_modules/.astro-<8 hex digits of its resolved path>`. The cache keeps
 * each entry's file path: a build that reused another folder's cache would link « Modifier cette page » there.
 */
export function astroCacheDir(
  env: { ASTRO_CACHE_DIR?: string | undefined; CONTENT_DIR?: string | undefined },
  cwd: string,
): string {
  if (env.ASTRO_CACHE_DIR !== undefined) return env.ASTRO_CACHE_DIR;
  // The folder the build reads (contentRoot), found the same way: a cache never follows another folder's content.
  const content = contentRoot(env, cwd);
  if (content === contentRoot({}, cwd)) return DEFAULT_CACHE_DIR;
  return `${DEFAULT_CACHE_DIR}-${createHash('sha256').update(content).digest('hex').slice(0, 8)}`;
}
