import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { decapBundleFiles, decapFilePath } from '../lib/decapBundle.ts';

/**
 * Decap CMS's prebuilt files (`src/lib/decapBundle.ts`) under /admin/. The build copies them into the output once it
 * is done, byte for byte and under their own names, rather than prerendering a route per file (about 100 routes, half
 * a second of a build). `npm run dev` and `npm run admin` write no output: there, one route per extension serves them
 * (`decapFileRoutes/`), because a route whose name has no extension needs a trailing slash (`trailingSlash: 'always'`).
 */
export function decapFiles(): AstroIntegration {
  return {
    name: 'aioa41:decap-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        for (const extension of ['js', 'wasm', 'txt'])
          injectRoute({
            pattern: `/admin/[name].${extension}`,
            entrypoint: `./src/integrations/decapFileRoutes/${extension}.ts`,
          });
      },
      'astro:build:done': async ({ dir }) => {
        // /admin/index.html has made the folder; making it here too costs nothing and keeps a copy from failing.
        const admin = join(fileURLToPath(dir), 'admin');
        await mkdir(admin, { recursive: true });
        await Promise.all(decapBundleFiles().map((file) => copyFile(decapFilePath(file), join(admin, file))));
      },
    },
  };
}
