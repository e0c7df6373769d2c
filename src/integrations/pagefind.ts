import { glob, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentRoot } from '../lib/contentRoot.ts';
import { readContent } from '../lib/readContentFile.ts';
import { separateRunTogetherText, toTypewriterApostrophes } from '../lib/search.ts';
import { withSigleFilter } from '../lib/sigleFilter.ts';
import { siglesOf } from '../lib/spellOutSigles.ts';

/** Bundles of Pagefind's own UIs: the site has its own, so they are not published. */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * Indexes the built site in `outDir` with Pagefind's Node API into `<outDir>/pagefind/`.
 * Pages opt in with `data-pagefind-body` (BaseLayout); the index is French whatever a page says,
 * so that stemming ("apprentis" finds "apprentissage") works everywhere.
 */
export async function writeSearchIndex(outDir: string): Promise<{ pages: number; files: number; bytes: number }> {
  // Loaded here, not with the config: a build without its index (SEARCH_INDEX=off, the benchmark) never needs it.
  const { close, createIndex } = await import('pagefind');
  const { index, errors } = await createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind n’a pas pu démarrer : ${errors.join(', ')}`);
  const sigles = siglesOf(
    readContent(contentRoot(), ['glossary']).map(({ data }) => ({
      sigle: String(data['sigle']),
      sens: String(data['sens']),
    })),
  );
  try {
    const files = await Array.fromAsync(glob('**/*.html', { cwd: outDir }));
    for (const file of files) {
      const html = await readFile(join(outDir, file), 'utf8');
      const content = withSigleFilter(separateRunTogetherText(toTypewriterApostrophes(html)), sigles);
      const added = await index.addHTMLFile({ sourcePath: file, content });
      if (added.errors.length > 0) throw new Error(`${file} : ${added.errors.join(', ')}`);
    }
    const written = await index.getFiles();
    if (written.errors.length > 0) throw new Error(written.errors.join(', '));
    const bundle = written.files.filter((file) => !UNUSED_FILES.test(file.path));
    for (const file of bundle) {
      const target = join(outDir, 'pagefind', file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    const bytes = bundle.reduce((total, file) => total + file.content.byteLength, 0);
    return { pages: files.length, files: bundle.length, bytes };
  } finally {
    await close();
  }
}

/**
 * The site's search index, written when the build is done. SEARCH_INDEX=off skips it: the benchmark
 * builds that way and runs `writeSearchIndex` on its own, to time Astro and Pagefind apart (bench/run.ts).
 */
export default function pagefind(): AstroIntegration {
  return {
    name: 'aioa41:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env['SEARCH_INDEX'] === 'off') {
          logger.warn('SEARCH_INDEX=off : index de recherche non construit, la page de recherche ne trouvera rien.');
          return;
        }
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const { pages, files, bytes } = await writeSearchIndex(outDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(
          `${pages} pages lues, index de ${files} fichiers (${Math.round(bytes / 1024)} Kio) dans ${relative(process.cwd(), join(outDir, 'pagefind'))}/ en ${seconds} s`,
        );
      },
    },
  };
}
