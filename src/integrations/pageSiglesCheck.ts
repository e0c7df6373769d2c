import { readingText, unknownSigles, unknownSiglesReport } from '../lib/checkPageSigles.ts';
import { contentRoot } from '../lib/contentRoot.ts';
import { readContent } from '../lib/readContentFile.ts';

/** Site path of a built page: `index.html` → `/`, `a/b/index.html` → `/a/b/`, `404.html` → `/404.html`. */
const pathOf = (file: string) =>
  `/${file
    .split('\\')
    .join('/')
    .replace(/(^|\/)index\.html$/, '$1')}`;

/** The sigle check, fed the built pages one at a time (builtPages.ts), then asked for its verdict. */
export interface PageSiglesCheck {
  /** Keeps the reading text of one built page (`file`, relative to the output folder); editors' pages aside. */
  read(file: string, html: string): void;
  /** Throws the French report (word, pages, file to add) when a page uses a word the glossary lacks. */
  verdict(): { pages: number };
}

/**
 * The check that stops the build when a page uses an all-caps word that the glossary (content/sigles/) does not
 * explain, since /sigles/ promises to explain each sigle a reader meets (checkPageSigles.ts). Null for a territory
 * whose glossary is still empty: it has nothing to keep the promise with, and is not checked.
 */
export function pageSiglesCheck(root = contentRoot()): PageSiglesCheck | null {
  const glossary = readContent(root, ['glossary']).map(({ data }) => String(data['sigle']));
  if (glossary.length === 0) return null;
  const texts: [string, string][] = [];
  return {
    read(file, html) {
      if (!file.startsWith('admin/')) texts.push([pathOf(file), readingText(html)]);
    },
    verdict() {
      const unknown = unknownSigles(texts, glossary);
      if (unknown.length > 0) throw new Error(unknownSiglesReport(unknown));
      return { pages: texts.length };
    },
  };
}
