/** The benchmark's results, and their Markdown table. */
import type { BrowserTimings } from './browserTimings.ts';
import type { PageWeight, Weight } from './pageWeight.ts';

export interface BuildFigures {
  pages: number;
  seconds: number;
  peakMemoryMb: number | null;
  cpuSeconds: number | null;
  output: { bytes: number; files: number };
}

export interface ScaleResult {
  scale: string;
  factor: number;
  /** Entries per content folder. */
  content: Record<string, number>;
  /** Load average (1, 5, 15 minutes) when the scale's builds started and ended. */
  loadAverage?: { start: number[]; end: number[] };
  /** `seconds` is the whole build: Astro's, then Pagefind's (run apart); `cpuSeconds` is Astro's. */
  site: BuildFigures & {
    msPerPage: number;
    /** Wall-clock seconds of the site's Pagefind step, run on its own on the built site. */
    pagefindSeconds: number;
    /** Wall-clock seconds of `astro build` without its search index. */
    astroSeconds: number;
    searchIndex: { bytes: number; files: number } | null;
  };
  bare: BuildFigures;
  /** The bare build inside the site's page shell (head, header, footer of `shellSource`), written as static text. */
  bareShell?: BuildFigures & { shellSource: string };
  /** The site's Astro build over the bare build with the shell, in CPU time. */
  ratioToBareShell?: number | null;
  /** The site's Astro build over the bare build, in CPU time (wall-clock when CPU time is missing): the target. */
  ratioToBare: number;
  /** The same in wall-clock time. */
  ratioToBareWall?: number;
  /** Whole build, Pagefind included, over the bare build, wall-clock. */
  totalRatioToBare: number;
  pageTypes: ((PageWeight & { name: string }) | { name: string; path: null })[];
  /** The pages of the build with the most gzipped HTML, heaviest first. */
  heaviestPages?: { path: string; html: Weight }[];
  /** The structures as data files: the map's (fetched when it shows) and the embed's (a script of data). */
  dataFiles?: { path: string; weight: Weight }[];
  /** Pages whose HTML misses its budget at this scale (bench/budgets.json, `htmlAtScale`). */
  htmlOverBudget?: { path: string; html: Weight }[];
  browser: BrowserTimings | null;
}

export interface BenchResults {
  date: string;
  machine: { cpus: number; node: string; loadAverageStart: number[]; loadAverageEnd: number[] };
  scales: ScaleResult[];
  problems?: string[];
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const weight = ({ raw, gzip }: Weight) => `${kb(raw)} / ${kb(gzip)}`;
const seconds = (value: number) => value.toFixed(1);
const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : String(Math.round(value));
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const load = (values: number[]) => values.map((value) => value.toFixed(1)).join(' ');

/**
 * How much the build grew from `previous` to `result`: Astro's CPU time when both have it (wall-clock time on
 * a shared machine measures the neighbours too), the whole build's wall-clock time otherwise.
 */
export function buildGrowth(result: ScaleResult, previous: ScaleResult): number {
  const [now, before] = [result.site.cpuSeconds, previous.site.cpuSeconds];
  return now !== null && before !== null ? now / before : result.site.seconds / previous.site.seconds;
}

/** Markdown report of a run: builds, bytes per page type, browser timings, missed budgets. */
export function formatResults(results: BenchResults): string {
  const lines: string[] = [
    `# Benchmark results`,
    '',
    `Run ${results.date} on ${results.machine.cpus} CPUs, Node ${results.machine.node}; load average ` +
      `${load(results.machine.loadAverageStart)} at start, ${load(results.machine.loadAverageEnd)} at end ` +
      `(the machine is shared: timings are noisy). Reproduce with \`npm run bench\`.`,
    '',
    '## Build',
    '',
    row([
      'scale',
      'structures',
      'pages',
      'build s',
      'Astro s',
      'Astro CPU s',
      'Pagefind s',
      'ms/page',
      'peak MB',
      'output MB',
      'bare pages',
      'bare s',
      'bare CPU s',
      'bare peak MB',
      'Astro ÷ bare (CPU)',
      'Astro ÷ bare (wall)',
      'build ÷ bare (wall)',
      'growth × previous',
      'load average',
    ]),
    row(Array<string>(19).fill('---')),
  ];
  for (const [index, result] of results.scales.entries()) {
    const previous = results.scales[index - 1];
    const growth = previous
      ? `${buildGrowth(result, previous).toFixed(2)} (content ×${result.factor / previous.factor})`
      : '—';
    lines.push(
      row([
        result.scale,
        result.content['structures'] ?? 0,
        result.site.pages,
        seconds(result.site.seconds),
        seconds(result.site.astroSeconds),
        result.site.cpuSeconds === null ? '—' : seconds(result.site.cpuSeconds),
        seconds(result.site.pagefindSeconds),
        result.site.msPerPage.toFixed(1),
        ms(result.site.peakMemoryMb),
        mb(result.site.output.bytes),
        result.bare.pages,
        seconds(result.bare.seconds),
        result.bare.cpuSeconds === null ? '—' : seconds(result.bare.cpuSeconds),
        ms(result.bare.peakMemoryMb),
        result.ratioToBare.toFixed(2),
        (result.ratioToBareWall ?? result.ratioToBare).toFixed(2),
        result.totalRatioToBare.toFixed(2),
        growth,
        result.loadAverage ? `${load(result.loadAverage.start)} → ${load(result.loadAverage.end)}` : '—',
      ]),
    );
  }
  lines.push(
    '',
    '“Astro s” is the wall-clock time of `astro build` with a cold cache and without the search index',
    '(`SEARCH_INDEX=off`); “Pagefind s” the site’s own Pagefind step (`writeSearchIndex`, the function the build',
    'calls) run right after on the built site; “build s” their sum. “Astro CPU s” is the CPU time (user + system)',
    'of the build process and of the children it waited for. “peak MB” is the build process’s peak resident memory.',
    '“bare” is a bare Astro project built in the same run from the same content files, with a minimal layout and',
    'no search index, that writes a page at each of the site’s paths (page i renders entry i mod n of all',
    'collections, Markdown and fields): the same page count, so that “Astro ÷ bare” compares the cost of the',
    'site’s pages with that of as many plain pages. The target (≤ 1.3) is checked on CPU time: on this shared',
    'machine wall-clock time grows with the neighbours’ load (see the load average, 1/5/15 min, at the start and',
    'end of each scale), CPU time much less. “growth × previous” is the Astro CPU time over the previous scale’s.',
    '',
    '### Against a floor that writes the same page shell',
    '',
    'The bare pages above have no layout. Below, the same bare pages are wrapped in the site’s own markup',
    'outside `<main>` (head with its CSP, Open Graph and JSON-LD, header, navigation, search dialog, footer),',
    'copied from one built page of the site and written as static text: a floor that writes about as many bytes of',
    'page shell as the site but computes none of it (no per-page breadcrumbs, canonical address, current menu',
    'entry, structured data or CSP hashes, no component).',
    '',
    row([
      'scale',
      'shell taken from',
      'bare + shell pages',
      'bare + shell CPU s',
      'bare + shell s',
      'Astro ÷ (bare + shell) (CPU)',
    ]),
    row(Array<string>(6).fill('---')),
    ...results.scales.map((result) =>
      result.bareShell
        ? row([
            result.scale,
            `\`${result.bareShell.shellSource}\``,
            result.bareShell.pages,
            result.bareShell.cpuSeconds === null ? '—' : seconds(result.bareShell.cpuSeconds),
            seconds(result.bareShell.seconds),
            result.ratioToBareShell === null || result.ratioToBareShell === undefined
              ? '—'
              : result.ratioToBareShell.toFixed(2),
          ])
        : row([result.scale, 'not built', '—', '—', '—', '—']),
    ),
    '',
    '## Bytes per page type (KB raw / gzipped)',
    '',
    'JS “at load” is what runs with the page (inline and module scripts, their static imports); JS “later” is what',
    'the page imports on use (Leaflet…). Pagefind’s files are not counted: they load only when a person searches.',
    '“Data” is a script of data the page loads (`dataScripts` of budgets.json: the embed’s structures, the same',
    'data as `/carte/structures.json`, which the map fetches when it is shown): weighed here, not as JavaScript.',
    '',
  );
  for (const result of results.scales) {
    lines.push(
      `### ${result.scale}`,
      '',
      row(['page type', 'path', 'HTML', 'CSS', 'JS at load', 'JS later', 'data']),
      row(Array<string>(7).fill('---')),
    );
    for (const type of result.pageTypes) {
      if (!('html' in type)) lines.push(row([type.name, 'absent', '—', '—', '—', '—', '—']));
      else
        lines.push(
          row([
            type.name,
            `\`${type.path}\``,
            weight(type.html),
            weight(type.css),
            weight(type.js),
            weight(type.lazyJs),
            type.data.raw > 0 ? weight(type.data) : '—',
          ]),
        );
    }
    const heaviest = result.heaviestPages ?? [];
    if (heaviest.length > 0) {
      lines.push(
        '',
        `Heaviest HTML of the ${result.site.pages} pages: ` +
          heaviest.map((page) => `\`${page.path}\` ${weight(page.html)}`).join(', ') +
          '.',
      );
    }
    const dataFiles = result.dataFiles ?? [];
    if (dataFiles.length > 0) {
      lines.push('', `Data files: ${dataFiles.map((file) => `\`${file.path}\` ${weight(file.weight)}`).join(', ')}.`);
    }
    lines.push('');
  }
  lines.push(
    '## Search index and browser timings',
    '',
    row([
      'scale',
      'search index',
      'map: first marker ms',
      'map: all markers interactive ms',
      'embed: all markers interactive ms',
      'search: query → first results ms',
      'notes',
    ]),
    row(Array<string>(7).fill('---')),
  );
  for (const result of results.scales) {
    const index = result.site.searchIndex;
    const browser = result.browser;
    lines.push(
      row([
        result.scale,
        index ? `${mb(index.bytes)} MB, ${index.files} files` : 'absent',
        ms(browser?.mapFirstMarkerMs),
        browser
          ? `${ms(browser.mapInteractiveMs)} (${browser.mapMarkers ?? 0}/${browser.mapExpectedMarkers} markers)`
          : 'not measured',
        browser ? ms(browser.embedInteractiveMs) : 'not measured',
        browser ? `${ms(browser.searchFirstResultsMs)} (« ${browser.searchQuery} »)` : 'not measured',
        browser?.notes.join('; ') ?? '',
      ]),
    );
  }
  lines.push(
    '',
    'Medians of 3 runs in headless Chromium (1280×900, tiles stubbed, network blocked), times from navigation start',
    '(map) or from the keystroke (search), on a page that no other tab shares.',
    '',
    '## Budgets and targets (bench/budgets.json)',
    '',
    ...(results.problems && results.problems.length > 0
      ? results.problems.map((problem) => `- missed: ${problem}`)
      : ['All budgets and targets met.']),
    '',
  );
  return lines.join('\n');
}
