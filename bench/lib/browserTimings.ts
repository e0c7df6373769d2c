/**
 * Timings in headless Chromium on a built site, tiles stubbed and network blocked
 * (scripts/lib/browser.ts): how long until every marker of the map is on screen and
 * interactive, and how long from a query to its first results. Figures, never assertions.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, offlineContext } from '../../scripts/lib/browser.ts';
import { startStaticServer } from '../../scripts/lib/staticServer.ts';
import { median } from './buildStats.ts';

export interface BrowserTimings {
  /** Median ms from navigation start to every marker drawn and clickable; null when never reached. */
  mapInteractiveMs: number | null;
  /** Median ms from navigation start to the first marker. */
  mapFirstMarkerMs: number | null;
  /** Markers counted when the map was ready (or at the timeout). */
  mapMarkers: number | null;
  /** Markers expected: one per structure. */
  mapExpectedMarkers: number;
  /** The same as mapInteractiveMs for the embedded map (/embed/carte/). */
  embedInteractiveMs?: number | null;
  /** Median ms from typing the query to the first result link on screen (first search of the page, cold). */
  searchFirstResultsMs: number | null;
  searchQuery: string;
  /** Why a figure is missing. */
  notes: string[];
}

const RUNS = 3;
const TIMEOUT_MS = 60_000;

/**
 * Counts the map's interactive markers on each animation frame (so a frame only counts when the
 * main thread is free) and notes when the first one and the last expected one appear.
 * Cluster or group icons count for the markers they hold; SVG circle markers count too.
 */
function watchMarkers(expected: number) {
  const state = { first: null as number | null, ready: null as number | null, markers: 0 };
  (window as unknown as { benchMap: typeof state }).benchMap = state;
  const count = () => {
    let total = 0;
    for (const icon of document.querySelectorAll('.leaflet-marker-icon.leaflet-interactive')) {
      // A cluster or group marker shows how many structures it holds.
      const grouped =
        /cluster|group/.test(icon.className) || icon.querySelector('[class*="cluster"], [class*="group"]');
      total += grouped ? Number(icon.textContent.replace(/\D/g, '')) || 1 : 1;
    }
    return total + document.querySelectorAll('.leaflet-overlay-pane .leaflet-interactive').length;
  };
  const tick = () => {
    state.markers = count();
    if (state.markers > 0) state.first ??= performance.now();
    if (state.markers >= expected) state.ready = performance.now();
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Links inside `main`, shadow roots included (search UIs may render results in one). */
function watchSearch() {
  const links = (root: ParentNode): Element[] =>
    [...root.querySelectorAll('*')].flatMap((element) => [
      ...(element.tagName === 'A' && element.hasAttribute('href') ? [element] : []),
      ...(element.shadowRoot ? links(element.shadowRoot) : []),
    ]);
  const state = { typed: null as number | null, results: null as number | null };
  (window as unknown as { benchSearch: typeof state }).benchSearch = state;
  let before = new Set<Element>();
  document.addEventListener(
    'input',
    () => {
      if (state.typed !== null) return;
      state.typed = performance.now();
      before = new Set(links(document.querySelector('main') ?? document.body));
      const tick = () => {
        const fresh = links(document.querySelector('main') ?? document.body).filter(
          (link) => !before.has(link) && (link as HTMLElement).offsetParent !== null,
        );
        if (fresh.length > 0) state.results = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    true,
  );
}

async function timeMap(browser: Browser, url: string, expected: number, notes: string[]) {
  const ready: number[] = [];
  const first: number[] = [];
  let markers: number | null = null;
  for (let run = 0; run < RUNS; run++) {
    const { context } = await offlineContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(watchMarkers, expected);
    await page.goto(url);
    const done = await page
      .waitForFunction(
        () => (window as unknown as { benchMap: { ready: number | null } }).benchMap.ready !== null,
        null,
        {
          timeout: TIMEOUT_MS,
          polling: 100,
        },
      )
      .then(() => true)
      .catch(() => false);
    const state = await page.evaluate(
      () =>
        (window as unknown as { benchMap: { first: number | null; ready: number | null; markers: number } }).benchMap,
    );
    markers = state.markers;
    if (state.first !== null) first.push(state.first);
    if (done && state.ready !== null) ready.push(state.ready);
    await context.close();
    if (!done) {
      notes.push(`map: ${state.markers} of ${expected} markers after ${TIMEOUT_MS / 1000} s`);
      break;
    }
  }
  return { mapInteractiveMs: median(ready), mapFirstMarkerMs: median(first), mapMarkers: markers };
}

async function timeSearch(browser: Browser, url: string, query: string, notes: string[]) {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    await page.addInitScript(watchSearch);
    await page.goto(url);
    const field = page.getByRole('searchbox').or(page.locator('main input[type="text"]')).first();
    try {
      await field.waitFor({ state: 'visible', timeout: 10_000 });
      await page.waitForFunction((element) => !(element as HTMLInputElement).disabled, await field.elementHandle(), {
        timeout: 10_000,
      });
      await field.fill(query);
      await page.waitForFunction(
        () => (window as unknown as { benchSearch: { results: number | null } }).benchSearch.results !== null,
        null,
        { timeout: 30_000, polling: 50 },
      );
      const state = await page.evaluate(
        () => (window as unknown as { benchSearch: { typed: number; results: number } }).benchSearch,
      );
      times.push(state.results - state.typed);
    } catch (error) {
      notes.push(`search: no result for « ${query} » (${String(error).split('\n')[0]})`);
      await context.close();
      break;
    }
    await context.close();
  }
  return median(times);
}

/** Measures the map and the search of the site built in `distDir`, when those pages exist. */
export async function measureInBrowser(
  distDir: string,
  pages: { map: boolean; embed?: boolean; search: boolean },
  expectedMarkers: number,
  searchQuery = 'apprentissage',
): Promise<BrowserTimings> {
  const notes: string[] = [];
  const result: BrowserTimings = {
    mapInteractiveMs: null,
    mapFirstMarkerMs: null,
    mapMarkers: null,
    mapExpectedMarkers: expectedMarkers,
    searchFirstResultsMs: null,
    searchQuery,
    notes,
  };
  if (!pages.map) notes.push('map: /carte/ absent');
  if (!pages.search) notes.push('search: /recherche/ absent');
  if (!pages.map && !pages.search) return result;
  const server = await startStaticServer(distDir, '/');
  const browser = await launchBrowser();
  try {
    if (pages.map) Object.assign(result, await timeMap(browser, `${server.url}carte/`, expectedMarkers, notes));
    if (pages.embed) {
      const embed = await timeMap(browser, `${server.url}embed/carte/`, expectedMarkers, notes);
      result.embedInteractiveMs = embed.mapInteractiveMs;
    }
    if (pages.search)
      result.searchFirstResultsMs = await timeSearch(browser, `${server.url}recherche/`, searchQuery, notes);
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
