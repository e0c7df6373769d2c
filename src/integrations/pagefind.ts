import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { separateRunTogetherText, toTypewriterApostrophes } from '../lib/search.ts';
import { withSigleFilter } from '../lib/sigleFilter.ts';
import { siglesOf, type SigleMeaning } from '../lib/spellOutSigles.ts';
import { readBuiltPages } from './readBuiltPages.ts';
import { readGlossary } from './readGlossary.ts';

/** Bundles of Pagefind's own UIs: the site has its own, so they are not published. */
const UNUSED_FILES = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** The site's search index while it is fed the built pages, before it is written. */
export interface SearchIndex {
  /** Indexes one built page (`file`, relative to the output folder), whose `<main>` reads `text` (readingText). */
  add(file: string, html: string, text?: string): Promise<void>;
  /** Writes the index into `<outDir>/pagefind/`: its files and their bytes. */
  write(outDir: string): Promise<{ files: number; bytes: number }>;
  /** Stops Pagefind's process, written or not. */
  close(): Promise<void>;
}

/**
 * A new search index, in Pagefind's own process (its Node API): it indexes a page while Node reads the next.
 * Pages opt in with `data-pagefind-body` (BaseLayout); the index is French whatever a page says, so that stemming
 * ("apprentis" finds "apprentissage") works everywhere.
 */
export async function openSearchIndex(glossary: readonly SigleMeaning[]): Promise<SearchIndex> {
  // Loaded here, not with the config: a build without its index (SEARCH_INDEX=off, the benchmark) never needs it.
  const { close, createIndex } = await import('pagefind');
  const { index, errors } = await createIndex({ forceLanguage: 'fr' });
  if (!index) throw new Error(`Pagefind n’a pas pu démarrer : ${errors.join(', ')}`);
  // Each page names the glossary's sigles it uses in a filter: the stemmer may read a sigle as another word.
  const sigles = siglesOf(glossary);
  return {
    async add(file, html, text) {
      const content = withSigleFilter(separateRunTogetherText(toTypewriterApostrophes(html)), sigles, text);
      const added = await index.addHTMLFile({ sourcePath: file, content });
      if (added.errors.length > 0) throw new Error(`${file} : ${added.errors.join(', ')}`);
    },
    async write(outDir) {
      const written = await index.getFiles();
      if (written.errors.length > 0) throw new Error(written.errors.join(', '));
      const bundle = written.files.filter((file) => !UNUSED_FILES.test(file.path));
      for (const file of bundle) {
        const target = join(outDir, 'pagefind', file.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.content);
      }
      return { files: bundle.length, bytes: bundle.reduce((total, file) => total + file.content.byteLength, 0) };
    },
    async close() {
      await close();
    },
  };
}

/**
 * Indexes the built site in `outDir` into `<outDir>/pagefind/`, reading its pages for this alone: the benchmark
 * times it apart from the build (bench/lib/pagefindTime.ts); the build itself indexes the pages as it reads them
 * for its checks (builtPages.ts).
 */
export async function writeSearchIndex(outDir: string): Promise<{ pages: number; files: number; bytes: number }> {
  const index = await openSearchIndex(readGlossary());
  try {
    let pages = 0;
    for await (const { file, html } of readBuiltPages(outDir)) {
      await index.add(file, html);
      pages++;
    }
    return { pages, ...(await index.write(outDir)) };
  } finally {
    await index.close();
  }
}
