import { glob, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { toTypewriterApostrophes } from '../lib/search.ts';

/** Bundles of Pagefind's own UIs: the site has its own, so they are not published. */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * Indexes the built site with Pagefind's Node API into `<outDir>/pagefind/`.
 * Pages opt in with `data-pagefind-body` (BaseLayout); the index is French whatever a page says,
 * so that stemming ("apprentis" finds "apprentissage") works everywhere.
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'aioa41:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await createIndex({ forceLanguage: 'fr' });
        if (!index) throw new Error(`Pagefind n’a pas pu démarrer : ${errors.join(', ')}`);
        try {
          const files = await Array.fromAsync(glob('**/*.html', { cwd: outDir }));
          for (const file of files) {
            const html = await readFile(join(outDir, file), 'utf8');
            const added = await index.addHTMLFile({ sourcePath: file, content: toTypewriterApostrophes(html) });
            if (added.errors.length > 0) throw new Error(`${file} : ${added.errors.join(', ')}`);
          }
          const written = await index.getFiles();
          if (written.errors.length > 0) throw new Error(written.errors.join(', '));
          const bundle = written.files.filter((file) => !UNUSED_FILES.test(file.path));
          const bundleDir = join(outDir, 'pagefind');
          for (const file of bundle) {
            const target = join(bundleDir, file.path);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, file.content);
          }
          const bytes = bundle.reduce((total, file) => total + file.content.byteLength, 0);
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(
            `${files.length} pages lues, index de ${bundle.length} fichiers (${Math.round(bytes / 1024)} Kio) dans ${relative(process.cwd(), bundleDir)}/ en ${seconds} s`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
