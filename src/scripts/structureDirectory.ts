/**
 * <structure-directory>: filters a server-rendered list of structures (and the map
 * listening to it) by employment area, type and public. The filters live in the
 * query string, so that a filtered view can be shared and the Back button works.
 *
 * Markup it expects inside itself:
 * - `data-vocabulary`: JSON { bassins, types, publics } of allowed values;
 * - optional `form[data-filters]` (hidden until this script runs) with inputs named
 *   like the query parameters (`bassin`, `type` checkboxes, `public` select);
 * - items `[data-structure]`; those the page renders have `data-bassin`, `data-type`, `data-publics` and their marker
 *   (`structureItemAttributes`), read when the data file cannot load;
 * - optional groups `[data-area-group]` holding items, and `[data-count]` in them;
 * - optional `[data-filter-status]` (role="status") for the count, followed by an alert when the data cannot load;
 *   it starts with what the address asks that no code matches, and then carries `data-unknown`;
 * - optional `[data-status-copy]` (aria-hidden): the count's words again, for the eyes, where the reader is while
 *   the count itself is out of view (the map page's open filters, below the map);
 * - optional `[data-filters-landing]` (focusable), where a link with filters lands (`#selection`);
 * - optional `details[data-filters-disclosure]` around the form, and `[data-filters-hint]` telling of it and
 *   `[data-filters-shortcut]` holding a link that opens it (all hidden until this script runs);
 * - optional `[data-selection-note]` (hidden), shown while `?structure=` chooses the structures: its
 *   `[data-selection-count]` says how many, its link `[data-show-all]` shows them all;
 * - optional `data-structures-url` (the map's data file) or `data-structures-global` (the name of the
 *   global the embed's data script sets): filters, counts and the map then cover every structure of the
 *   data, even where the page renders only the first ones, and the list `[data-structure-list]` is
 *   completed a few items per task after the map has its markers.
 *
 * After each change it sets `visiblePoints` (the markers of the matching structures) and fires FILTER_EVENT;
 * `data-ready` says the filters have been applied once, `data-filled` that the list holds all it will hold.
 *
 * `?structure=<id>` (repeatable, as a result of the self-diagnostic writes it) shows only those
 * structures; the form has no field for it, so it stays through other changes until "Effacer les filtres".
 */
import {
  FILTER_EVENT,
  FILTER_PARAMS,
  MAP_FILTERS_NOTICE,
  filtersToSearchParams,
  matchesFilters,
  parseStructureFilters,
  unknownFiltersNote,
  type Filterable,
  type FilterVocabulary,
  type StructureFilters,
} from '../lib/structures/filters.ts';
import { countOf, plural } from '../lib/french.ts';
import { readMapData, type MapData } from '../lib/structures/mapData.ts';
import { filterableOfItem, markerPoint, pointOfItem, type MarkerPoint } from '../lib/structures/markers.ts';
import { completeStructureList } from './structureListItems.ts';

/** A structure the directory filters, and its marker. */
interface Listed {
  structure: Filterable & { id: string };
  point: MarkerPoint;
}

/** The directory as the map and its messages read it (structureMap.ts, mapMessage.ts). */
export interface DirectoryElement extends HTMLElement {
  /** Markers of the structures the filters keep. */
  visiblePoints: MarkerPoint[];
  /** Number of structures before any filter. */
  total: number;
}

/** Where the map page puts its filters beside the map (src/pages/carte/index.astro, 60rem). */
const WIDE_SCREEN = '(min-width: 60rem)';

class StructureDirectory extends HTMLElement implements DirectoryElement {
  #vocabulary: FilterVocabulary = { bassins: [], types: [], publics: [] };
  #form: HTMLFormElement | null = null;
  /** Structures chosen by the address, kept while the reader changes the other filters. */
  #structures: string[] = [];
  /** Every structure: from the data file when there is one, otherwise from the rendered items. */
  #listed: Listed[] = [];
  #filters: StructureFilters = { bassins: [], types: [], public: undefined };
  /** What the address asks that no code matches (unknownFiltersNote); empty once the reader picks filters. */
  #unknown = '';
  /** Markers of the structures the filters keep, for the map (see structureMap.ts). */
  visiblePoints: MarkerPoint[] = [];
  total = 0;

  connectedCallback() {
    void this.#start();
  }

  /**
   * Says what went wrong beside the count: an error is an alert, announced as it appears, not a status (RGAA 7.5.2),
   * as the map and the search say theirs. Inserted with its text, so that it is announced.
   */
  #alert(text: string) {
    const status = this.querySelector('[data-filter-status]');
    // The count's look (its class and scoped style), not its role or id.
    const alert = (status?.cloneNode() as HTMLElement | undefined) ?? document.createElement('p');
    alert.removeAttribute('id');
    alert.removeAttribute('data-filter-status');
    alert.setAttribute('role', 'alert');
    alert.textContent = text;
    if (status) status.after(alert);
    else this.prepend(alert);
  }

  /** The map's data, when this directory names it; undefined when it does not. */
  async #data(): Promise<MapData | undefined> {
    const url = this.dataset['structuresUrl'];
    const global = this.dataset['structuresGlobal'];
    if (url) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url} : ${response.status}`);
      return readMapData(await response.json());
    }
    if (global) return readMapData((self as unknown as Record<string, unknown>)[global]);
    return undefined;
  }

  async #start() {
    const list = this.querySelector<HTMLElement>('[data-structure-list]');
    const data = await this.#data().catch(() => {
      // The list keeps what the page rendered: the first structures of each area and a link to all of them.
      this.#alert('La liste complète n’a pas pu se charger : les filtres ne portent que sur les structures affichées.');
      return undefined;
    });
    this.#listed = data
      ? data.structures.map((structure) => ({ structure, point: markerPoint(structure, data.types) }))
      : [...this.querySelectorAll<HTMLElement>('[data-structure]')].map((item) => ({
          structure: filterableOfItem(item.dataset),
          point: pointOfItem(item.dataset),
        }));
    this.#vocabulary = JSON.parse(this.dataset['vocabulary'] ?? '{}') as FilterVocabulary;
    this.#form = this.querySelector<HTMLFormElement>('form[data-filters]');
    const filters = this.#fromAddress();
    // On the map page the filters fold under a disclosure: open on wide screens, folded below the map on small ones.
    const disclosure = this.querySelector<HTMLDetailsElement>('details[data-filters-disclosure]');
    if (disclosure) {
      disclosure.hidden = false;
      disclosure.open = matchMedia(WIDE_SCREEN).matches;
      this.#wireShortcut(disclosure);
    }
    if (this.#form) {
      for (const hint of this.querySelectorAll<HTMLElement>('[data-filters-hint]')) hint.hidden = false;
      this.#writeForm(filters);
      this.#form.hidden = false;
      this.#form.addEventListener('change', () => this.#onChange());
      this.#form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.#onChange();
      });
      this.#form.addEventListener('reset', () => {
        this.#structures = [];
        queueMicrotask(() => this.#onChange());
      });
      // A link to the whole map, which does the same as « Effacer les filtres » without leaving the page.
      this.querySelector('[data-show-all]')?.addEventListener('click', (event) => {
        event.preventDefault();
        this.#form?.reset();
        this.querySelector<HTMLElement>('[data-filters-landing]')?.focus();
      });
      window.addEventListener('popstate', () => {
        const current = this.#fromAddress();
        this.#writeForm(current);
        this.#apply(current);
      });
    }
    this.#apply(filters);
    this.#land();
    // The markers first, then the rest of the list, in small tasks: the map answers while the list grows.
    if (data && list) await completeStructureList(list, data, (structure) => !matchesFilters(structure, this.#filters));
    this.dataset['filled'] = '';
  }

  /**
   * A link with filters ends with `#selection`, the notice only a page without JavaScript shows: with it, the reader
   * lands instead on `[data-filters-landing]` (the list's heading), at the top of the window as a link to an anchor
   * would take them there. focus() alone scrolls only when the heading is out of view: on a phone it may still be in
   * view at that moment and not once the map above has started. Instant, as the site never animates scrolling.
   */
  #land() {
    if (location.hash !== `#${MAP_FILTERS_NOTICE}`) return;
    const landing = this.querySelector<HTMLElement>('[data-filters-landing]');
    landing?.focus({ preventScroll: true });
    landing?.scrollIntoView({ block: 'start' });
  }

  /** Shows the links that open the folded filters: they open them and take the reader to them. */
  #wireShortcut(disclosure: HTMLDetailsElement) {
    const summary = disclosure.querySelector('summary');
    for (const shortcut of this.querySelectorAll<HTMLElement>('[data-filters-shortcut]')) {
      shortcut.hidden = false;
      shortcut.addEventListener('click', (event) => {
        event.preventDefault();
        disclosure.open = true;
        summary?.focus();
        summary?.scrollIntoView({ block: 'start' });
      });
    }
  }

  /** Filters of the address; structure identifiers that name no item here are dropped. */
  #fromAddress(): StructureFilters {
    const params = new URLSearchParams(location.search);
    this.#unknown = unknownFiltersNote(params, this.#vocabulary);
    const filters = parseStructureFilters(params, this.#vocabulary);
    const here = new Set(this.#listed.map(({ structure }) => structure.id));
    this.#structures = (filters.structures ?? []).filter((id) => here.has(id));
    return { ...filters, structures: this.#structures };
  }

  #onChange() {
    const filters = this.#readForm();
    const query = filtersToSearchParams(filters, this.#vocabulary).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
    this.#apply(filters);
  }

  #readForm(): StructureFilters {
    this.#unknown = '';
    const data = new FormData(this.#form!);
    const params = new URLSearchParams();
    for (const [name, value] of data) if (typeof value === 'string' && value) params.append(name, value);
    return { ...parseStructureFilters(params, this.#vocabulary), structures: this.#structures };
  }

  #writeForm(filters: StructureFilters) {
    for (const input of this.#form!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const chosen = input.name === FILTER_PARAMS.bassin ? filters.bassins : filters.types;
      input.checked = chosen.includes(input.value);
    }
    const select = this.#form!.querySelector<HTMLSelectElement>(`select[name="${FILTER_PARAMS.public}"]`);
    if (select) select.value = filters.public ?? '';
  }

  /** Shows the matching items, hides empty groups, announces the count and tells the map. */
  #apply(filters: StructureFilters) {
    this.#filters = filters;
    const matching = this.#listed.filter(({ structure }) => matchesFilters(structure, filters));
    const matchingIds = new Set(matching.map(({ structure }) => structure.id));
    // Items not rendered yet are hidden or shown as they are added (completeStructureList).
    for (const item of this.querySelectorAll<HTMLElement>('[data-structure]')) {
      item.hidden = !matchingIds.has(item.dataset['structure'] ?? '');
    }
    const perArea = new Map<string, number>();
    for (const { structure } of matching) perArea.set(structure.bassin, (perArea.get(structure.bassin) ?? 0) + 1);
    for (const group of this.querySelectorAll<HTMLElement>('[data-area-group]')) {
      const count = perArea.get(group.dataset['areaGroup'] ?? '') ?? 0;
      group.hidden = count === 0;
      const counter = group.querySelector('[data-count]');
      if (counter) counter.textContent = `(${count})`;
    }
    const shown = matching.length;
    const total = this.#listed.length;
    const chosen = filters.structures?.length ?? 0;
    const note = this.querySelector<HTMLElement>('[data-selection-note]');
    if (note) {
      note.hidden = chosen === 0;
      const count = note.querySelector('[data-selection-count]');
      if (count)
        count.textContent =
          shown > 1
            ? `Les ${shown} structures de votre résultat de l’autodiagnostic.`
            : shown === 1
              ? 'La structure de votre résultat de l’autodiagnostic.'
              : 'Aucune structure de votre résultat ne correspond à ces critères.';
    }
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    if (status) {
      // Shown even where the count alone is visually hidden (the embed): the partner who wrote the address must see it.
      status.toggleAttribute('data-unknown', !!this.#unknown);
      status.textContent =
        (this.#unknown && `${this.#unknown} `) +
        (chosen > 0
          ? `${countOf(shown, 'structure')} sur ${total} : ${plural(shown, 'celle', 'celles')} que cite votre résultat de l’autodiagnostic.`
          : shown === total
            ? `${countOf(total, 'structure')} ${plural(total, 'affichée')}.`
            : shown === 0
              ? 'Aucune structure ne correspond à ces critères.'
              : `${countOf(shown, 'structure')} sur ${total} ${plural(shown, 'correspond', 'correspondent')} à ces critères.`);
      const copy = this.querySelector('[data-status-copy]');
      if (copy) copy.textContent = status.textContent;
    }
    this.visiblePoints = matching.map(({ point }) => point);
    this.total = total;
    this.dataset['ready'] = '';
    this.dispatchEvent(new CustomEvent(FILTER_EVENT, { bubbles: true }));
  }
}

if (!customElements.get('structure-directory')) customElements.define('structure-directory', StructureDirectory);
