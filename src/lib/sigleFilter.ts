/**
 * Pagefind's French stemmer reads some sigles as other words (« VAE » as « va », « VIE » as « vie », « AIOA » as
 * « AIO »), and a searched word finds every word that begins like it (« ROME » finds « Romorantin »): from its words
 * alone, the index cannot tell a page that uses a sigle from a page that uses the other word. So each page tells the
 * index, as a filter, the sigles its main text uses; the search puts first the pages that use a sigle typed
 * (sigleUseFilters, src/scripts/siteSearch.ts).
 */
import { readingText } from './checkPageSigles.ts';
import { SIGLE_FILTER } from './search.ts';
import { siglesIn, type Sigles } from './spellOutSigles.ts';

/**
 * `html` (a built page) with a Pagefind filter for each sigle of the glossary its `<main>` uses, as the glossary writes
 * it and in capitals (« Afpa », « AFPA »): the search sends the words typed with a capital as they are typed;
 * `text` is that `<main>`'s reading text, when the caller has it already.
 */
export function withSigleFilter(html: string, sigles: Sigles, text = readingText(html)): string {
  const keys = new Set(siglesIn(text, sigles).map((sigle) => sigle.toLocaleUpperCase('fr')));
  const used = [...sigles.meanings.keys()].filter((sigle) => keys.has(sigle.toLocaleUpperCase('fr')));
  if (used.length === 0) return html;
  const filters = used.map((sigle) => `<meta data-pagefind-filter="${SIGLE_FILTER}[content]" content="${sigle}">`);
  return html.replace('</head>', `${filters.join('')}</head>`);
}
