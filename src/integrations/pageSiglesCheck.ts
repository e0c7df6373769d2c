import { unknownSigles, unknownSiglesReport } from '../lib/checkPageSigles.ts';
import type { SigleMeaning } from '../lib/spellOutSigles.ts';

/** Site path of a built page: `index.html` → `/`, `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
const pathOf = (file: string) =>
  `/${file
    .split('\\')
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;

/** The sigle check, fed the built pages one at a time (builtPages.ts), then asked for its verdict. */
export interface PageSiglesCheck {
  /** Keeps the reading text (readingText) of a built page (`file`, relative to the output folder), editors' aside. */
  read(file: string, text: string): void;
  /** Throws the French report (word, pages, file to add) when a page uses a word the glossary lacks. */
  verdict(): { pages: number };
}

/**
 * The check that stops the build when a page uses an all-caps word that the glossary (content/sigles/) does not
 * explain, since /sigles/ promises to explain each sigle a reader meets (checkPageSigles.ts). Null for a territory
 * whose glossary is still empty: it has nothing to keep the promise with, and is not checked.
 */
export function pageSiglesCheck(glossary: readonly SigleMeaning[]): PageSiglesCheck | null {
  if (glossary.length === 0) return null;
  const known = glossary.map(({ sigle }) => sigle);
  const texts: [string, string][] = [];
  return {
    read(file, text) {
      if (!file.startsWith('admin/')) texts.push([pathOf(file), text]);
    },
    verdict() {
      const unknown = unknownSigles(texts, known);
      if (unknown.length > 0) throw new Error(unknownSiglesReport(unknown));
      return { pages: texts.length };
    },
  };
}
