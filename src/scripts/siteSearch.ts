import {
  countingSearch,
  describeResults,
  hasSearch,
  pagefindFilters,
  interleave,
  byWordsMatched,
  putFirst,
  readSearchState,
  searchFilters,
  searchStateToParams,
  sigleUseFilters,
  subjectWords,
  withSiteWords,
  type SearchedWords,
  type SearchFilter,
  type SearchState,
} from '../lib/search.ts';
import { countOf } from '../lib/french.ts';
import { searchWords } from '../site.config.ts';
import { withBase } from '../lib/url.ts';
import { loadPagefind, withTimeout, type FilterCounts, type Pagefind, type PagefindResult } from './loadPagefind.ts';
import { renderSearchResult, type SearchArea } from './renderSearchResult.ts';

const PAGE_SIZE = 10;
/** Wait for a pause in typing before searching, so that a screen reader is not flooded with counts. */
const TYPING_PAUSE_MS = 200;

const HELP = {
  noResult: 'Essayez un autre mot, un mot plus court, ou retirez des filtres. Vous pouvez aussi parcourir :',
  failed:
    'La recherche n’a pas pu se charger (connexion interrompue ou navigateur qui bloque ce type de script). Le plan du site et les rubriques mènent à toutes les pages :',
};

/**
 * The search box of /recherche/ and of the header's dialog: searches as one types, announces the count,
 * keeps the search in the URL when `data-sync-url` is set.
 */
class SiteSearch extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #help!: HTMLElement;
  /** Says that the search failed: an error is an alert, not a status (RGAA 7.5.2). */
  #alert: HTMLElement | undefined;
  /** The territory's employment areas (`data-areas`): a self-diagnostic result links its other areas' pages. */
  #areas: SearchArea[] = [];
  /** The only area ticked, if one is: a self-diagnostic result leads to its page for that area. */
  #shownArea: string | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Results not shown yet ("Afficher plus de résultats"). */
  #pending: PagefindResult[] = [];
  /** Incremented by each search, so that a slow earlier search never overwrites a later one. */
  #serial = 0;
  /** True while the person types: the first keystroke adds a history entry, the next ones update it. */
  #typing = false;

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.#form.querySelector('input[type="search"]')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#results = this.querySelector('ol')!;
    this.#more = this.querySelector('.site-search__more')!;
    this.#help = this.querySelector('.site-search__help')!;
    // Before the form for readers without JavaScript (shown under it); after the results here, in reading order too.
    this.#more.after(this.#help);
    this.#areas = (JSON.parse(this.dataset['areas'] ?? '[]') as [string, string][]).map(([id, nom]) => ({ id, nom }));
    if (import.meta.env.DEV) {
      // Written here, not in HELP, so that the build drops it with this branch: every page's search weighs less.
      this.#showHelp(
        'La recherche n’existe que sur le site construit : lancez « npm run build » puis « npm run preview ». En attendant :',
      );
      return;
    }
    for (const control of this.#form.elements) (control as HTMLInputElement).disabled = false;
    this.#help.hidden = true;
    // « Affiner la recherche » and « Voir les résultats »: the filters come after the results, far in Tab order.
    this.addEventListener('click', this.#jump);
    // The filters stand outside the form (after the results), tied to it by their `form` attribute: listen around both.
    this.addEventListener('input', this.#onInput);
    this.#form.addEventListener('submit', this.#onSubmit);
    this.#more.addEventListener('click', () => void this.#showMore(true));
    // Fetch the index as soon as the person shows intent, so that the first results come quicker.
    this.#input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
    if (this.dataset['syncUrl']) {
      window.addEventListener('popstate', this.#restore);
      this.#restore();
    }
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.#restore);
  }

  /**
   * Follows a link to a part of the search (`data-jump`): opens it if folded, shows it and focuses its first control,
   * with no new history entry (Back leaves the search, as before).
   */
  #jump = (event: Event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-jump]');
    if (!link) return;
    event.preventDefault();
    const target = this.querySelector<HTMLElement>(link.hash)!;
    if (target instanceof HTMLDetailsElement) target.open = true;
    target.scrollIntoView();
    [...target.querySelectorAll<HTMLElement>('a, input')]
      .find((control) => control.checkVisibility())
      ?.focus({ preventScroll: true });
  };

  #onInput = (event: Event) => {
    clearTimeout(this.#timer);
    if (event.target === this.#input) {
      this.#timer = setTimeout(() => {
        void this.#update(this.#typing ? 'replace' : 'push');
        this.#typing = true;
      }, TYPING_PAUSE_MS);
    } else {
      this.#typing = false;
      void this.#update('push');
    }
  };

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    clearTimeout(this.#timer);
    this.#typing = false;
    void this.#update('push');
  };

  /** Sets the form from the URL and searches: on load, and when Back or Forward is used. */
  #restore = () => {
    const state = readSearchState(new URLSearchParams(window.location.search));
    this.#input.value = state.query;
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = new URLSearchParams(window.location.search).getAll(box.name).includes(box.value);
      // Folded under « Affiner la recherche »: a filter the address ticks is shown, not hidden.
      if (box.checked) box.closest('details')!.open = true;
    }
    this.#typing = false;
    void this.#run(state);
  };

  #update(history: 'push' | 'replace') {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.#form)) if (typeof value === 'string') params.append(name, value);
    const state = readSearchState(params);
    const search = searchStateToParams(state).toString();
    const url = `${withBase('/recherche/')}${search ? `?${search}` : ''}`;
    if (this.dataset['syncUrl'] && url !== window.location.pathname + window.location.search) {
      window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    }
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-full-search]')) link.href = url;
    return this.#run(state);
  }

  async #run(state: SearchState) {
    const serial = ++this.#serial;
    const hasFilters = this.querySelector('input[type="checkbox"]') !== null;
    if (!hasSearch(state) && !hasFilters) {
      this.#show([], '');
      return;
    }
    let results: PagefindResult[];
    let counts: FilterCounts | undefined;
    let searched: SearchedWords = {};
    try {
      // A policy that forbids WebAssembly lets the script load and fails here.
      const pagefind = await loadPagefind();
      // Pagefind counts only the filters it has loaded: asking for the totals loads them all, before searching.
      const totals = hasFilters ? await withTimeout(pagefind.filters()) : {};
      const searches = new Map<string, Promise<Awaited<ReturnType<Pagefind['search']>>>>();
      const search = (asked: SearchState) => {
        const key = searchStateToParams(asked).toString();
        if (!searches.has(key)) {
          searches.set(key, withTimeout(pagefind.search(asked.query || null, { filters: pagefindFilters(asked) })));
        }
        return searches.get(key)!;
      };
      // The pages that use a sigle typed come first: the stemmer may read it as another word (« VAE » as « va »).
      const sigleSearch = (asked: SearchState) => {
        const filters = sigleUseFilters(asked);
        return filters && withTimeout(pagefind.search(asked.query, { filters }));
      };
      // What people type and the pages word otherwise (« chômage », « ML »): the site's words are searched too.
      const sited = state.query ? withSiteWords(state.query, searchWords) : undefined;
      const siteState = sited && { ...state, query: sited.query };
      const [found, sigled, siteFound] = await Promise.all([
        hasSearch(state) && search(state),
        sigleSearch(state),
        siteState && search(siteState),
      ]);
      let first = sigled;
      results = found ? found.results : [];
      /** The searches whose results are mixed, when there are several: the filters count the pages of any. */
      let mixed: SearchState[] | undefined;
      if (sited && siteFound && siteFound.results.length) {
        mixed = [siteState!, state];
        results = interleave([siteFound.results, results]);
        searched = { anyOf: [state.query, sited.shown] };
      }
      if (!results.length && state.query) {
        // A sentence (« j’ai 19 ans je cherche un emploi ») finds nothing when one word is on no page with the others:
        // search again with the words of its subject that find something on their own…
        const typed = siteState ?? state;
        const words = subjectWords(typed.query);
        const alone = await Promise.all(words.map((query) => search({ ...state, query })));
        const kept = words.filter((_, index) => alone[index]!.results.length);
        const fewer = { ...state, query: kept.join(' ') };
        if (fewer.query && fewer.query !== typed.query && (results = (await search(fewer)).results).length) {
          searched = { fewerWords: true };
          state = fewer;
          first = await sigleSearch(fewer);
        } else if (kept.length > 1) {
          // …and when no page holds them all (« enfant quitté lycée »), the pages that hold the most of them.
          mixed = kept.map((query) => ({ ...state, query }));
          const lists = alone.filter((found) => found.results.length).map((found) => found.results);
          // Each page has one kind: their counts add up to the pages of the site.
          const kinds = Object.values((await withTimeout(pagefind.filters()))['kind'] ?? {});
          results = byWordsMatched(
            lists,
            kinds.reduce((sum, count) => sum + count, 0),
          );
          searched = { fewerWords: true, anyOf: kept };
        }
      }
      if (first) results = putFirst(results, new Set(first.results.map((result) => result.id)));
      if (hasFilters) counts = await this.#filterCounts(mixed ?? [state], search, totals);
    } catch {
      if (serial === this.#serial) this.#fail();
      return;
    }
    if (serial !== this.#serial) return;
    if (counts) this.#showCounts(counts, results.length > 0);
    const areas = state.filters.area;
    this.#shownArea = areas.length === 1 ? areas[0] : undefined;
    this.#show(results, hasSearch(state) ? describeResults(results.length, state, searched) : '');
  }

  /**
   * How many results each filter value gives with the words typed and the other groups' choices (the whole site's
   * pages before anything is typed or ticked): the counts follow the search, as the results do. When the results mix
   * several searches (`asked`), a value counts the pages that any of them finds with it.
   */
  async #filterCounts(
    asked: readonly SearchState[],
    search: (asked: SearchState) => ReturnType<Pagefind['search']>,
    totals: FilterCounts,
  ): Promise<FilterCounts> {
    const filters = Object.keys(searchFilters) as SearchFilter[];
    const groups = await Promise.all(
      filters.map(async (filter) => {
        const counting = asked.map((state) => countingSearch(state, filter));
        if (!hasSearch(counting[0]!)) return totals[filter];
        const found = await Promise.all(counting.map(search));
        if (found.length === 1) return found[0]!.filters[filter];
        const values = new Set(found.flatMap((one) => Object.keys(one.filters[filter] ?? {})));
        const counted = await Promise.all(
          [...values].map(async (value) => {
            const pages = await Promise.all(
              counting.map((state) => search({ ...state, filters: { ...state.filters, [filter]: [value] } })),
            );
            return [value, new Set(pages.flatMap((one) => one.results.map((result) => result.id))).size] as const;
          }),
        );
        return Object.fromEntries(counted);
      }),
    );
    return Object.fromEntries(filters.map((filter, index) => [filter, groups[index]]));
  }

  #show(results: PagefindResult[], status: string) {
    this.#alert?.remove();
    this.#alert = undefined;
    this.#pending = [...results];
    this.#results.replaceChildren();
    this.#results.hidden = true;
    this.#more.hidden = true;
    const serial = this.#serial;
    void this.#showMore(false).then(() => {
      if (serial !== this.#serial) return;
      this.#status.textContent = status;
      this.#showRefineCount(status && results.length);
      if (results.length === 0 && status) this.#showHelp(HELP.noResult);
      else this.#help.hidden = true;
    });
  }

  async #showMore(moveFocus: boolean) {
    const serial = this.#serial;
    const batch = await Promise.all(this.#pending.splice(0, PAGE_SIZE).map((result) => result.data()));
    if (serial !== this.#serial) return;
    const items = batch.map((data) =>
      renderSearchResult(data, this.dataset['headingLevel'] ?? '2', this.#areas, this.#shownArea),
    );
    this.#results.append(...items);
    this.#results.hidden = this.#results.children.length === 0;
    this.#more.hidden = this.#pending.length === 0;
    if (moveFocus) items[0]?.querySelector('a')?.focus();
  }

  /** The count repeated after the filters, with a way back to the results if any; empty (hidden) before a search. */
  #showRefineCount(count: number | '') {
    const shown = this.querySelector('[data-refine-count]');
    if (!shown) return;
    shown.textContent = count === '' ? '' : count ? `${countOf(count, 'résultat')}.` : 'Aucun résultat.';
    (shown.nextElementSibling as HTMLElement).hidden = !count;
  }

  #fail() {
    this.dataset['filtersCounted'] = 'failed';
    this.#results.replaceChildren();
    this.#results.hidden = true;
    this.#more.hidden = true;
    this.#status.textContent = '';
    this.#showRefineCount('');
    // Inserted with its text, so that it is announced; once, however many searches fail in a row.
    if (!this.#alert) {
      this.#alert = this.#status.cloneNode() as HTMLElement;
      this.#alert.setAttribute('role', 'alert');
      this.#alert.textContent = 'La recherche n’a pas pu se charger.';
      this.#status.after(this.#alert);
    }
    this.#showHelp(HELP.failed);
  }

  #showHelp(text: string) {
    this.#help.querySelector('[data-help-text]')!.textContent = text;
    // With no result, the self-diagnostic comes first: it asks the person's situation, not words.
    (this.#help.firstElementChild as HTMLElement).hidden = text !== HELP.noResult;
    this.#help.hidden = false;
  }

  /**
   * Shows each filter value's count, and hides the values that would give no result (unless ticked, or focused:
   * a box just unticked stays under the person's focus, with « (0) », until the next search; RGAA 12.8).
   * A group that none of the results found has a value of (structures have no theme) stays as it was, its boxes
   * disabled and its note shown, instead of vanishing under the finger; with no result at all, all go (CSS hides a
   * group whose values all are).
   */
  #showCounts(counts: FilterCounts, found: boolean) {
    const filterOfField = Object.fromEntries(Object.entries(searchFilters).map(([filter, field]) => [field, filter]));
    for (const group of this.querySelectorAll('fieldset')) {
      const boxes = [...group.querySelectorAll('input')];
      const countOf = (box: HTMLInputElement) => counts[filterOfField[box.name] ?? '']?.[box.value] ?? 0;
      const gone = (box: HTMLInputElement) => !countOf(box) && !box.checked && box !== document.activeElement;
      group.disabled = found && boxes.every(gone);
      for (const box of boxes) {
        box.parentElement!.querySelector('[data-count]')!.textContent = `\u00a0(${countOf(box)})`;
        if (!group.disabled) box.parentElement!.hidden = gone(box);
      }
    }
    // Filters with no page are now hidden: tests (and anything else) may read the form as the reader sees it.
    this.dataset['filtersCounted'] = '';
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
