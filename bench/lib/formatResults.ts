/** The benchmark's results, and their Markdown table. */
import type { BuildPhases } from './buildStats.ts';
import type { BrowserTimings } from './browserTimings.ts';
import type { PageWeight, Weight } from './pageWeight.ts';

export interface BuildFigures {
  pages: number;
  seconds: number;
  peakMemoryMb: number | null;
  cpuSeconds: number | null;
  /** CPU time of each run, in the order they ran (`--runs N`); `cpuSeconds` is the least of them. */
  cpuRuns?: (number | null)[];
  /** Where the kept run's CPU time went (buildStats.ts); null when its log could not tell. */
  phases?: BuildPhases | null;
  output: { bytes: number; files: number };
}

/** The three floors, as `ScaleResult` names them. */
type Floor = 'bare' | 'bareShell' | 'samePages';

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
  /** The floor that writes the site's own built pages and files as static text (bench/lib/samePagesProject.ts). */
  samePages?: BuildFigures & {
    /** Its output matched the site's file by file (SHA-256 of each); a bench whose floor differs stops (exit 2). */
    identical?: true;
  };
  /** The site's Astro build over that floor, in CPU time: the whole of the site's own work. */
  ratioToSamePages?: number | null;
  /** The same three ratios taken otherwise: the median of the per-round ratios of CPU time (`--runs N`). */
  medianPairedRatios?: Record<Floor, number | null>;
  /** The site's Astro build over the bare build, in CPU time (wall-clock when CPU time is missing): the target. */
  ratioToBare: number;
  /** The same in wall-clock time. */
  ratioToBareWall?: number;
  /** Whole build, Pagefind included, over the bare build, wall-clock. */
  totalRatioToBare: number;
  pageTypes: ((Omit<PageWeight, 'searchJs'> & { searchJs?: Weight; name: string }) | { name: string; path: null })[];
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
  /** The target the run was checked against: Astro's CPU time over the bare build's (bench/budgets.json). */
  bareRatioMax?: number;
  problems?: string[];
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const weight = ({ raw, gzip }: Weight) => `${kb(raw)} / ${kb(gzip)}`;
const seconds = (value: number) => value.toFixed(1);
const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : String(Math.round(value));
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
/** A Markdown table: its header, the separator, its rows. */
const table = (header: string[], rows: (string | number)[][]) => [
  row(header),
  row(Array<string>(header.length).fill('---')),
  ...rows.map(row),
];
const load = (values: number[]) => values.map((value) => value.toFixed(1)).join(' ');

/**
 * How much the build grew from `previous` to `result`: Astro's CPU time when both have it (wall-clock time on
 * a shared machine measures the neighbours too), the whole build's wall-clock time otherwise.
 */
export function buildGrowth(result: ScaleResult, previous: ScaleResult): number {
  const [now, before] = [result.site.cpuSeconds, previous.site.cpuSeconds];
  return now !== null && before !== null ? now / before : result.site.seconds / previous.site.seconds;
}

/** Heading of the sections of results.md written by hand: a new run writes the sections above them. */
const HAND_WRITTEN = /^## .*\(written by hand/m;

/** The part of a results.md written by hand, from its first such heading to the end ('' when there is none). */
export function handWrittenPart(markdown: string): string {
  const match = HAND_WRITTEN.exec(markdown);
  return match ? markdown.slice(match.index) : '';
}

const ratio = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(2));
const cpu = (value: number | null | undefined) => (value === null || value === undefined ? '—' : seconds(value));
/** The CPU times of a project's runs, the least (the one kept) in bold when there are several. */
function cpuRunsCell(figures: BuildFigures | undefined): string {
  if (!figures) return 'not built';
  const runs = figures.cpuRuns ?? [figures.cpuSeconds];
  if (runs.length < 2) return cpu(runs[0]);
  return runs
    .map((value) => (value !== null && value === figures.cpuSeconds ? `**${cpu(value)}**` : cpu(value)))
    .join(', ');
}

/** The table of the three floors side by side, and the one of every run's CPU time. */
function floorSections(results: BenchResults): string[] {
  const floorRatio = (result: ScaleResult, floor: Floor) =>
    ({ bare: result.ratioToBare, bareShell: result.ratioToBareShell, samePages: result.ratioToSamePages })[floor];
  return [
    '### The three floors',
    '',
    'Three bare Astro projects, built in the same run as the site, each writing a page at each of the site’s',
    'paths (the site’s `404.html` apart for the first two). **bare**: page i renders entry i mod n of all',
    'collections (Markdown rendered, fields listed) in a minimal layout; the target (≤ 1.3) is checked against it.',
    '**bare + shell**: the same pages inside the site’s own markup outside `<main>` (head with its CSP, Open Graph',
    'and JSON-LD, header, navigation, search dialog, footer), copied from one built page of the site and written',
    'as static text: about as many bytes of page shell as the site, none of it computed. **same pages**: at each',
    'path, the site’s own built HTML of that path, read from a copy of the site’s output and written as static',
    'text (`set:html`), with the site’s other built files (assets, data, documents) as its public files: the same',
    'pages and the same bytes out, so “Astro ÷ same pages” is the whole of the site’s own work (content',
    'validation, queries, components, integrations, bundling) over what Astro costs to write this very site.',
    '',
    ...table(
      [
        'scale',
        'pages: site / bare / bare + shell / same pages',
        'output MB: site / same pages',
        'CPU s: site / bare / bare + shell / same pages',
        'Astro ÷ bare',
        'Astro ÷ (bare + shell)',
        'Astro ÷ same pages',
        'shell taken from',
      ],
      results.scales.map((result) => [
        result.scale,
        [result.site, result.bare, result.bareShell, result.samePages]
          .map((figures) => figures?.pages ?? '—')
          .join(' / '),
        `${mb(result.site.output.bytes)} / ${result.samePages ? mb(result.samePages.output.bytes) : '—'}`,
        [result.site, result.bare, result.bareShell, result.samePages]
          .map((figures) => cpu(figures?.cpuSeconds))
          .join(' / '),
        ratio(result.ratioToBare),
        ratio(result.ratioToBareShell),
        ratio(result.ratioToSamePages),
        result.bareShell ? `\`${result.bareShell.shellSource}\`` : '—',
      ]),
    ),
    '',
    'Ratios of CPU time, each project’s least of its runs. The site’s output is weighed without its search index.',
    '',
    '### Noise: every run’s CPU time',
    '',
    'With `--runs N` the four projects are built in turns (site, bare, bare + shell, same pages), N rounds; each',
    'cell lists the CPU seconds of every round, the least (the one kept) in bold. The ratios are given both ways:',
    'least CPU time over least CPU time (the target’s statistic), and the median of the rounds’ own ratios.',
    '',
    ...table(
      [
        'scale',
        'site CPU s',
        'bare CPU s',
        'bare + shell CPU s',
        'same pages CPU s',
        '÷ bare: least / median of rounds',
        '÷ (bare + shell): least / median',
        '÷ same pages: least / median',
      ],
      results.scales.map((result) => [
        result.scale,
        cpuRunsCell(result.site),
        cpuRunsCell(result.bare),
        cpuRunsCell(result.bareShell),
        cpuRunsCell(result.samePages),
        ...(['bare', 'bareShell', 'samePages'] as const).map(
          (floor) => `${ratio(floorRatio(result, floor))} / ${ratio(result.medianPairedRatios?.[floor])}`,
        ),
      ]),
    ),
    '',
  ];
}

const PROJECTS: { name: string; figures: (result: ScaleResult) => BuildFigures | undefined }[] = [
  { name: 'site', figures: (result) => result.site },
  { name: 'bare', figures: (result) => result.bare },
  { name: 'bare + shell', figures: (result) => result.bareShell },
  { name: 'same pages', figures: (result) => result.samePages },
];

/**
 * Where each project's CPU time goes, and two bounds of the ratio to the bare build: what the site spends before
 * its first page, which no page, however light, takes back; and the site with pages that cost only the reading and
 * writing of their bytes (the same-pages floor's pages, which read each page from a file and write it): about what no
 * work on the pages' code can go below, without fewer bytes.
 */
function phaseSection(results: BenchResults): string[] {
  const withPhases = results.scales.filter((result) => result.site.phases && result.bare.phases);
  if (withPhases.length === 0) return [];
  return [
    '### Where the CPU time goes',
    '',
    'CPU seconds of each build process (its threads included) between the steps of Astro’s log, for the run',
    'kept: **setup** (Node’s start, the config and its integrations, the content synced and checked), **bundling**',
    '(« Building static entrypoints »), **pages** (« generating static routes » to its « Completed »), **after**',
    '(the integrations once the pages are written: sitemap, copies). A child process’s CPU counts in the total only.',
    '',
    ...table(
      ['scale', 'project', 'setup', 'bundling', 'pages', 'after', 'total CPU s'],
      withPhases.flatMap((result) =>
        PROJECTS.flatMap(({ name, figures: figuresOf }) => {
          const figures = figuresOf(result);
          if (!figures?.phases) return [];
          const { setup, bundling, pages, afterPages } = figures.phases;
          return [
            [result.scale, name, cpu(setup), cpu(bundling), cpu(pages), cpu(afterPages), cpu(figures.cpuSeconds)],
          ];
        }),
      ),
    ),
    '',
    ...withPhases.map((result) => {
      const { setup, bundling, afterPages } = result.site.phases!;
      const bareCpu = result.bare.cpuSeconds!;
      const target = results.bareRatioMax;
      const writingOnly = result.samePages?.phases?.pages;
      return (
        `- ${result.scale}: the site has spent ${cpu(setup + bundling)} s before its first page, ` +
        `${ratio((setup + bundling) / bareCpu)}× the bare build’s whole ${cpu(bareCpu)} s` +
        (writingOnly === undefined
          ? ''
          : `; with pages that cost only the reading and writing of their bytes (${cpu(writingOnly)} s), it would be ` +
            `${ratio((setup + bundling + writingOnly + afterPages) / bareCpu)}×`) +
        (target ? `; the target (≤ ${target}×) leaves the whole site build ${cpu(target * bareCpu)} s.` : '.')
      );
    }),
    '',
  ];
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
    '“Astro s” is the wall-clock time of `astro build` with a cold cache (emptied before each build of each',
    'project) and without the search index',
    '(`SEARCH_INDEX=off`); “Pagefind s” the site’s own Pagefind step (`writeSearchIndex`, the build’s indexing on',
    'its own) run right after on the built site; “build s” their sum. “Astro CPU s” is the CPU time (user + system)',
    'of the build process and of the children it waited for. “peak MB” is the build process’s peak resident memory;',
    '“output MB” the size of its built files, search index apart.',
    '“bare” is a bare Astro project built in the same run from the same content files, with a minimal layout and',
    'no search index, that writes a page at each of the site’s paths (page i renders entry i mod n of all',
    'collections, Markdown and fields): the same page count, so that “Astro ÷ bare” compares the cost of the',
    'site’s pages with that of as many plain pages. The target (≤ 1.3) is checked on CPU time: on this shared',
    'machine wall-clock time grows with the neighbours’ load (see the load average, 1/5/15 min, at the start and',
    'end of each scale), CPU time much less. “growth × previous” is the Astro CPU time over the previous scale’s.',
    '',
  );
  lines.push(
    ...floorSections(results),
    ...phaseSection(results),
    '## Bytes per page type (KB raw / gzipped)',
    '',
    'JS “at load” is what runs with the page (inline and module scripts, their static imports); JS “later” is what',
    'the page imports on use (Leaflet…). “Search” is what the header’s search button imports when a person opens it',
    '(the site’s search code, on every page; its own budget). Pagefind’s files are not counted: they load only when a',
    'person searches.',
    '“Data” is a script of data the page loads (`dataScripts` of budgets.json: the embed’s structures, the same',
    'data as `/carte/structures.json`, which the map fetches when it is shown): weighed here, not as JavaScript.',
    '',
  );
  for (const result of results.scales) {
    lines.push(
      `### ${result.scale}`,
      '',
      row(['page type', 'path', 'HTML', 'CSS', 'JS at load', 'JS later', 'search', 'data']),
      row(Array<string>(8).fill('---')),
    );
    for (const type of result.pageTypes) {
      if (!('html' in type)) lines.push(row([type.name, 'absent', '—', '—', '—', '—', '—', '—']));
      else
        lines.push(
          row([
            type.name,
            `\`${type.path}\``,
            weight(type.html),
            weight(type.css),
            weight(type.js),
            weight(type.lazyJs),
            // Results recorded before the search was weighed apart counted it in « JS later ».
            type.searchJs === undefined ? '—' : weight(type.searchJs),
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
    ...(results.scales.some((result) => result.browser !== null)
      ? [
          'Medians of 3 runs in headless Chromium (1280×900, tiles stubbed, network blocked), times from navigation',
          'start (map) or from the keystroke (search), on a page that no other tab shares.',
        ]
      : ['No browser timing in this run (`--no-browser`).']),
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
