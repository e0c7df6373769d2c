import { glob, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readingText, unknownSigles, unknownSiglesReport } from '../lib/checkPageSigles.ts';
import { contentRoot } from '../lib/contentRoot.ts';
import { readContent } from '../lib/readContentFile.ts';

/** Site path of a built page: `index.html` → `/`, `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
const pathOf = (file: string) =>
  `/${file
    .split('\\')
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Astro integration: stops the build when a page uses an all-caps word that the glossary (content/sigles/) does not
 * explain, since /sigles/ promises to explain each sigle a reader meets (checkPageSigles.ts). Reads the built pages,
 * editors' interface aside; a territory whose glossary is still empty has nothing to keep the promise with, and is
 * not checked.
 */
export function pageSiglesCheck(): AstroIntegration {
  return {
    name: 'aioa41:page-sigles',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const glossary = readContent(contentRoot(), ['glossary']).map(({ data }) => String(data['sigle']));
        if (glossary.length === 0) {
          logger.info('content/sigles/ est vide : les sigles des pages ne sont pas vérifiés');
          return;
        }
        const outDir = fileURLToPath(dir);
        const files = (await Array.fromAsync(glob('**/*.html', { cwd: outDir }))).filter(
          (file) => !file.startsWith('admin/'),
        );
        // One page at a time, as Pagefind reads them: a build of many thousand pages opens no more files than that.
        const texts: [string, string][] = [];
        for (const file of files) texts.push([pathOf(file), readingText(await readFile(join(outDir, file), 'utf8'))]);
        const unknown = unknownSigles(texts, glossary);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        if (unknown.length === 0) {
          logger.info(`sigles de ${files.length} pages vérifiés en ${seconds} s : le glossaire les explique tous`);
          return;
        }
        throw new Error(unknownSiglesReport(unknown));
      },
    },
  };
}
