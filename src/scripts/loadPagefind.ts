import { withBase } from '../lib/url.ts';

/** One result's details, as Pagefind returns them. */
export interface PagefindResultData {
  url: string;
  /** Text around the matched words; HTML-escaped, with the words in <mark>. */
  excerpt: string;
  meta: Partial<Record<string, string>>;
  /** Sections of the page (headings with an id) that match, e.g. one site on a sitothèque page. */
  sub_results: { title: string; url: string; excerpt: string }[];
}

/** A result before its details are loaded. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** For each filter, the number of pages (or results) that have each of its values. */
export type FilterCounts = Partial<Record<string, Record<string, number>>>;

/** The part of Pagefind's browser API (pagefind.js) the site uses. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** `filters` counts the results (words and filters applied) that have each filter value. */
  search(
    query: string | null,
    options?: { filters?: object },
  ): Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
  /** Every filter value of the index, with the number of pages that have it. */
  filters(): Promise<FilterCounts>;
}

/** Loading Pagefind or searching should take well under a second; give up after this. */
const TIMEOUT_MS = 15_000;

let loading: Promise<Pagefind> | undefined;

/*
 * Content-Security-Policy (issue #8): search needs script-src 'self' (pagefind.js, and pagefind-worker.js
 * through worker-src's fallback), 'wasm-unsafe-eval' (its WebAssembly) and connect-src 'self' (index files).
 * With a header policy on every file, the worker gets it too; tests/browser/search.test.ts checks both cases.
 */

/**
 * Loads the Pagefind bundle the build wrote into `<base>/pagefind/`, once per page.
 * A failure (file missing, a Content-Security-Policy without 'wasm-unsafe-eval') rejects,
 * and the next call tries again.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= withTimeout(importPagefind()).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function importPagefind(): Promise<Pagefind> {
  // The bundle is written after Vite has run, so Vite must leave this import alone.
  const pagefind = (await import(/* @vite-ignore */ withBase('/pagefind/pagefind.js'))) as Pagefind;
  await pagefind.options({ baseUrl: withBase('/'), excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}

/** Rejects when `promise` takes too long, so that a stuck worker shows a message rather than nothing. */
export function withTimeout<T>(promise: Promise<T>, milliseconds = TIMEOUT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error('Pagefind ne répond pas'));
    }, milliseconds);
    promise.then(resolve, reject).finally(() => {
      clearTimeout(timer);
    });
  });
}
