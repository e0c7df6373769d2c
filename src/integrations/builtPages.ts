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
 * Astro integration: once the build is done, reads each built page once for the two things that need every page:
 * the sigle check (pageSiglesCheck.ts), which stops the build when a page uses a sigle the glossary does not
 * explain, and the site's search index (pagefind.ts), written only when the check passes. SEARCH_INDEX=off skips
 * the index, not the check: the benchmark builds that way and runs `writeSearchIndex` on its own, to time Astro
 * and Pagefind apart (bench/run.ts).
 */
export function builtPages(): AstroIntegration {
  return {
    name: 'aioa41:built-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const glossary = readGlossary();
        const sigles = pageSiglesCheck(glossary);
        if (!sigles) logger.info('content/sigles/ est vide : les sigles des pages ne sont pas vérifiés');
        const withIndex = process.env['SEARCH_INDEX'] !== 'off';
        if (!withIndex) {
          logger.warn('SEARCH_INDEX=off : index de recherche non construit, la page de recherche ne trouvera rien.');
        }
        if (!sigles && !withIndex) return;
        const index = withIndex ? await openSearchIndex(glossary) : null;
        try {
          let pages = 0;
          let siglesMs = 0;
          for await (const { file, html } of readBuiltPages(outDir)) {
            // The page's text, read once: the check reads its sigles, the index the sigles it files the page under.
            const reading = performance.now();
            const text = readingText(html);
            sigles?.read(file, text);
            siglesMs += performance.now() - reading;
            await index?.add(file, html, text);
            pages++;
          }
          const verdict = sigles?.verdict();
          const written = await index?.write(outDir);
          logger.info(`${pages} pages lues en ${secondsSince(started)} s`);
          if (verdict) {
            const seconds = (siglesMs / 1000).toFixed(2);
            logger.info(`sigles de ${verdict.pages} pages vérifiés (${seconds} s) : le glossaire les explique tous`);
          }
          if (written) {
            const folder = relative(process.cwd(), join(outDir, 'pagefind'));
            logger.info(`index de ${written.files} fichiers (${Math.round(written.bytes / 1024)} Kio) dans ${folder}/`);
          }
        } finally {
          await index?.close();
        }
      },
    },
  };
}
