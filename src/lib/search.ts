/**
 * The search vocabulary shared by the pages (which tag themselves for Pagefind),
 * the /recherche/ form and the client that queries the index.
 */
import { countOf } from './french.ts';
import type { SearchKind } from './searchKinds.ts';
import type { SearchWords } from '../site.config.ts';

/** What a page tells the search index about itself (BaseLayout's `search` prop). */
export interface SearchInfo {
  kind: SearchKind;
  /** Theme ids (`content/thematiques/`) the page is about. */
  themes?: readonly string[] | undefined;
  /** Employment area ids (`bassin`) the page is tied to. */
  areas?: readonly string[] | undefined;
  /** Town shown under a structure's result. */
  town?: string | undefined;
  /** Title of the result, when the page's h1 says more than the result should (« Votre résultat : … »). */
  title?: string | undefined;
}

/** Names of the Pagefind filters, and of the URL parameters and form fields that set them. */
export const searchFilters = {
  kind: 'type',
  theme: 'theme',
  area: 'bassin',
} as const;

export type SearchFilter = keyof typeof searchFilters;

/** A search as it lives in the URL: `?q=apprentissage&type=report&bassin=blois`. */
export interface SearchState {
  query: string;
  filters: Record<SearchFilter, string[]>;
}

const filterNames = Object.keys(searchFilters) as SearchFilter[];

/** Reads a search from URL parameters (or the FormData of the search form, which uses the same names). */
export function readSearchState(params: URLSearchParams): SearchState {
  const values = (name: string) => [...new Set(params.getAll(name).map((value) => value.trim()))].filter(Boolean);
  const filters = Object.fromEntries(filterNames.map((filter) => [filter, values(searchFilters[filter])]));
  return { query: (params.get('q') ?? '').trim(), filters: filters as SearchState['filters'] };
}

/** Writes a search as URL parameters, in a stable order, leaving out what is empty. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const filter of filterNames) {
    for (const value of state.filters[filter]) params.append(searchFilters[filter], value);
  }
  return params;
}

/** True when there is something to search: words, or at least one filter. */
export function hasSearch(state: SearchState): boolean {
  return state.query !== '' || filterNames.some((filter) => state.filters[filter].length > 0);
}

/** Pagefind filters for a search: any checked value of a group matches, every group must match. */
export function pagefindFilters(state: SearchState): Partial<Record<SearchFilter, { any: string[] }>> {
  return Object.fromEntries(
    filterNames
      .filter((filter) => state.filters[filter].length > 0)
      .map((filter) => [filter, { any: state.filters[filter] }]),
  );
}

/**
 * The Pagefind filter that names the sigles of the glossary a page uses, each as the glossary writes it and in
 * capitals (« Afpa », « AFPA »; sigleFilter.ts).
 */
export const SIGLE_FILTER = 'sigle';

/** The words of a query, as Pagefind splits them (« l’école » is « l » and « école »). */
const wordsOf = (query: string) => query.match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Pagefind filters for the results of `state` that use one of its words as a sigle: the stemmer may read a sigle as
 * another word (« VAE » as « va »), so a sigle's results start with them. A word counts as typed with a capital
 * (« VAE », « Afpa »), or in any case when it is the whole query (« vae » on a phone): « cap emploi » or « projet de
 * vie » are ordinary words, not the CAP diploma nor the VIE. Undefined when no word counts: no second search.
 */
export function sigleUseFilters(state: SearchState): Record<string, { any: string[] }> | undefined {
  const words = wordsOf(state.query);
  const sigles = words.length === 1 ? [words[0].toUpperCase()] : words.filter((word) => word !== word.toLowerCase());
  return sigles.length > 0 ? { ...pagefindFilters(state), [SIGLE_FILTER]: { any: sigles } } : undefined;
}

/**
 * Words that say who speaks or how, not what is looked for: a person types as she talks (« je veux arrêter
 * l’école », « je sais pas quoi faire »), and Pagefind finds only the pages that hold every word.
 */
const EVERYDAY_WORDS = new Set(
  'je j tu on nous vous il elle me m moi mon ma mes a le la les l un une des de du d à au aux et ou en y ne n pas plus que qu quoi qui ce c est suis ai veux voudrais veut peux sais sait faire fais comment'.split(
    ' ',
  ),
);

/**
 * The words of a query that say what is looked for, to search again when the whole query finds nothing. A bare number
 * goes too: « 19 » of « j’ai 19 ans » is on two pages, which hold none of the other words.
 */
export function subjectWords(query: string): string[] {
  return wordsOf(query).filter((word) => !EVERYDAY_WORDS.has(word.toLowerCase()) && !/^\p{N}+$/u.test(word));
}

/** A word as the site's words table compares it: capitals and accents do not count. */
const folded = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The query with the site's words for what it types (`searchWords` of site.config.ts: « chômage » is searched as
 * « demandeur d’emploi » too), and that query as the status says it (the table's words as it writes them); undefined
 * when it types none of them.
 */
export function withSiteWords(
  query: string,
  table: readonly SearchWords[],
): { query: string; shown: string } | undefined {
  const words = wordsOf(query);
  const foldedWords = words.map(folded);
  // The longest first: « sans emploi » before « emploi ».
  const phrases = table
    .flatMap((entry) => entry.typed.map((phrase) => ({ typed: wordsOf(phrase).map(folded), site: entry.site })))
    .sort((a, b) => b.typed.length - a.typed.length);
  const searched: string[] = [];
  const shown: string[] = [];
  let found = false;
  for (let index = 0; index < words.length;) {
    const phrase = phrases.find(({ typed }) => typed.every((word, offset) => foldedWords[index + offset] === word));
    if (!phrase) {
      searched.push(words[index]!);
      shown.push(words[index++]!);
      continue;
    }
    searched.push(...wordsOf(phrase.site));
    shown.push(phrase.site);
    found = true;
    index += phrase.typed.length;
  }
  return found ? { query: searched.join(' '), shown: shown.join(' ') } : undefined;
}

/** The results of several searches, each once: the first of each, then the second of each, and so on. */
export function interleave<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Map<string, T>();
  for (let rank = 0; rank < Math.max(0, ...lists.map((list) => list.length)); rank++) {
    for (const result of lists.map((list) => list[rank])) {
      if (result && !seen.has(result.id)) seen.set(result.id, result);
    }
  }
  return [...seen.values()];
}

/**
 * The results of each word of a sentence searched alone, each page once, those that hold the most words first: a word
 * on few pages counts more than one on many (« quitté » more than « lycée »), and a page ranked high by a word more.
 */
export function byWordsMatched<T extends { id: string }>(lists: readonly (readonly T[])[], pageCount: number): T[] {
  const scores = new Map<string, { result: T; score: number }>();
  for (const list of lists) {
    const weight = Math.log(1 + pageCount / Math.max(1, list.length));
    list.forEach((result, rank) => {
      const scored = scores.get(result.id) ?? { result, score: 0 };
      scored.score += weight * (1 + 1 / (1 + rank));
      scores.set(result.id, scored);
    });
  }
  return [...scores.values()].sort((a, b) => b.score - a.score).map(({ result }) => result);
}

/** `results` with those whose id is in `first` ahead of the others, each part in its own order. */
export function putFirst<T extends { id: string }>(results: readonly T[], first: ReadonlySet<string>): T[] {
  return [...results.filter((result) => first.has(result.id)), ...results.filter((result) => !first.has(result.id))];
}

/**
 * The search that counts a filter group's values: the same words and other groups' choices, without the group's own.
 * A group's values add up ("or"), so each value's count is what ticking it shows, whatever else of the group is ticked.
 */
export function countingSearch(state: SearchState, filter: SearchFilter): SearchState {
  return { query: state.query, filters: { ...state.filters, [filter]: [] } };
}

/**
 * Pagefind splits words on the typewriter apostrophe only: "d’étape" would be one word and "étape"
 * would not find it. The index is built from text with typewriter apostrophes…
 */
export function toTypewriterApostrophes(text: string): string {
  return text.replaceAll('’', "'");
}

/** …and results show French typographic apostrophes again. */
export function toTypographicApostrophes(text: string): string {
  return text.replaceAll("'", '’');
}

/**
 * Pagefind separates the text of p, li, td, div, ul, headings, article and section only: a term and its definition
 * would run together in the index and the excerpts (« TypeMission Locale », « Téléphoneà confirmer »).
 */
const RUN_TOGETHER_END = /<\/(?:dt|dd|th|caption|figcaption|blockquote|address|summary|tr)>/gi;

/** Ends each of those elements with a space, so that its last word stays a word of its own in the index. */
export function separateRunTogetherText(html: string): string {
  return html.replace(RUN_TOGETHER_END, ' $&');
}

/** How the results were found, when not by every word typed (`describeResults`). */
export interface SearchedWords {
  /** The results are those of only some of the words typed (`state.query`), found when every word found nothing. */
  fewerWords?: boolean;
  /**
   * The results are those of any of these searches, mixed: what was typed and the site's words for it, or (with
   * `fewerWords`) each word alone, the pages that hold the most of them first.
   */
  anyOf?: readonly string[];
}

/** « « a » », « « a » ou « b » », « « a », « b » ou « c » ». */
const quotedList = (words: readonly string[]) =>
  words
    .map((word) => `« ${word} »`)
    .join(', ')
    .replace(/, ([^,]*)$/, ' ou $1');

/** The sentence the status region announces after a search. */
export function describeResults(count: number, state: SearchState, searched: SearchedWords = {}): string {
  const anyOf = count > 0 && searched.anyOf;
  const words = anyOf ? ` pour ${quotedList(anyOf)}` : state.query ? ` pour « ${state.query} »` : '';
  const filtered = filterNames.some((filter) => state.filters[filter].length > 0) ? ' avec les filtres choisis' : '';
  if (count === 0) return `Aucun résultat${words}${filtered}.`;
  const fewer = searched.fewerWords ? 'Aucune page ne contient tous vos mots. ' : '';
  const order = anyOf && searched.fewerWords ? ', ceux qui en contiennent le plus d’abord' : '';
  return `${fewer}${countOf(count, 'résultat')}${words}${filtered}${order}.`;
}
