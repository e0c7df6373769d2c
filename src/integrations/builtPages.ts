import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readingText } from '../lib/checkPageSigles.ts';
import { pageSiglesCheck } from './pageSiglesCheck.ts';
import { openSearchIndex } from './pagefind.ts';
import { readBuiltPages } from './readBuiltPages.ts';
import { readGlossary } from './readGlossary.ts';

const secondsSince = (started: number) => ((performance.now() - started) / 1000).toFixed(2);

/**
 * Astro integration: once the build is done, runs the two things that need every built page. First the sigle check
 * (pageSiglesCheck.ts), which stops the build when a page uses a sigle the glossary does not explain: an editor waits
 * for its message only, Pagefind never starts. Then the site's search index (pagefind.ts), which reads the pages a
 * second time (a page is read once per pass, never all held), and takes each page's reading text from the check
 * instead of working it out again. SEARCH_INDEX=off skips the index, not the check: the benchmark builds that way and
 * runs `writeSearchIndex` on its own, to time Astro and Pagefind apart (bench/run.ts).
 */
export function builtPages(): AstroIntegration {
  return {
    name: 'aioa41:built-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const glossary = readGlossary();
        const sigles = pageSiglesCheck(glossary);
        if (!sigles) logger.info('content/sigles/ est vide : les sigles des pages ne sont pas vérifiés');
        const withIndex = process.env['SEARCH_INDEX'] !== 'off';
        if (!withIndex) {
          logger.warn('SEARCH_INDEX=off : index de recherche non construit, la page de recherche ne trouvera rien.');
        }
        // The reading text of each page (readingText), read once for the check, kept for the index's sigle filter.
        const texts = new Map<string, string>();
        if (sigles) {
          const checking = performance.now();
          for await (const { file, html } of readBuiltPages(outDir)) {
            const text = readingText(html);
            sigles.read(file, text);
            if (withIndex) texts.set(file, text);
          }
          // Throws the French report, naming each word, its pages and the file to add.
          const verdict = sigles.verdict();
          logger.info(
            `sigles de ${verdict.pages} pages vérifiés (${secondsSince(checking)} s) : le glossaire les explique tous`,
          );
        }
        if (!withIndex) return;
        const indexing = performance.now();
        const index = await openSearchIndex(glossary);
        try {
          let pages = 0;
          for await (const { file, html } of readBuiltPages(outDir)) {
            await index.add(file, html, texts.get(file));
            pages++;
          }
          const written = await index.write(outDir);
          const folder = relative(process.cwd(), join(outDir, 'pagefind'));
          logger.info(
            `index de ${pages} pages en ${secondsSince(indexing)} s : ${written.files} fichiers ` +
              `(${Math.round(written.bytes / 1024)} Kio) dans ${folder}/`,
          );
        } finally {
          await index.close();
        }
      },
    },
  };
}
