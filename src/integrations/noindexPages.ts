/**
 * Pages that say `<meta name="robots" content="noindex">` in their own <head> (HeadEssentials): the sitemap leaves
 * them out, whatever their path, as it leaves out the paths of src/lib/robots.ts. Read from the built page, so that
 * a page whose address comes from the content (an old address of the self-diagnostic) needs no list of its own.
 */
import type { AstroIntegration } from 'astro';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The robots tag comes right after the charset and viewport; the head's start is enough to find it. */
const HEAD_START_BYTES = 2048;

/** Whether the page built at `path` (a site path without the base) in `outDir` carries a noindex robots tag. */
export function builtPageSaysNoindex(outDir: string, path: string): boolean {
  const file = join(outDir, path, path.endsWith('/') ? 'index.html' : '');
  let descriptor: number;
  try {
    descriptor = openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    const head = Buffer.alloc(HEAD_START_BYTES);
    const read = readSync(descriptor, head, 0, HEAD_START_BYTES, 0);
    return /<meta name="robots" content="noindex[^"]*"/.test(head.toString('utf8', 0, read));
  } finally {
    closeSync(descriptor);
  }
}

/**
 * An integration that learns the output folder as Astro resolved it (against the project root, not the working
 * directory), and `saysNoindex`, which reads the built pages there.
 */
export function noindexPages(): { integration: AstroIntegration; saysNoindex: (path: string) => boolean } {
  let outDir: string | undefined;
  return {
    integration: {
      name: 'aioa41:noindex-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
        },
      },
    },
    saysNoindex: (path) => {
      // Without the folder, no page would be found and every noindex page would slip into the sitemap.
      if (outDir === undefined) throw new Error('noindexPages : son intégration doit figurer dans astro.config.mjs.');
      return builtPageSaysNoindex(outDir, path);
    },
  };
}
