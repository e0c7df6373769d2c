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
  site: BuildFigures & {
    msPerPage: number;
    /** Pagefind's time as the build's integration reports it, or indexing the built site on its own. */
    pagefindSeconds: number;
    /** Whether the build itself already runs Pagefind (its time is then inside `seconds`). */
    pagefindInBuild: boolean;
    /** Build seconds without Pagefind's (estimated by its time alone when the build runs it). */
    astroSeconds: number;
    searchIndex: { bytes: number; files: number } | null;
  };
  bare: BuildFigures;
  /** Astro's share of the build over the bare build: the target. */
  ratioToBare: number;
  /** Whole build, Pagefind included, over the bare build. */
  totalRatioToBare: number;
  pageTypes: ((PageWeight & { name: string }) | { name: string; path: null })[];
  /** The pages of the build with the most gzipped HTML, heaviest first. */
  heaviestPages?: { path: string; html: Weight }[];
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
      'Pagefind s',
      'ms/page',
      'peak MB',
      'output MB',
      'bare pages',
      'bare s',
      'bare peak MB',
      'Astro ÷ bare',
      'build ÷ bare',
      'build time × previous',
    ]),
    row(Array<string>(15).fill('---')),
  ];
  for (const [index, result] of results.scales.entries()) {
    const previous = results.scales[index - 1];
    const growth = previous
      ? `${(result.site.seconds / previous.site.seconds).toFixed(2)} (content ×${result.factor / previous.factor})`
      : '—';
    lines.push(
      row([
        result.scale,
        result.content['structures'] ?? 0,
        result.site.pages,
        seconds(result.site.seconds),
        seconds(result.site.astroSeconds),
        `${seconds(result.site.pagefindSeconds)}${result.site.pagefindInBuild ? '' : ' (not in build)'}`,
        result.site.msPerPage.toFixed(1),
        ms(result.site.peakMemoryMb),
        mb(result.site.output.bytes),
        result.bare.pages,
        seconds(result.bare.seconds),
        ms(result.bare.peakMemoryMb),
        result.ratioToBare.toFixed(2),
        result.totalRatioToBare.toFixed(2),
        growth,
      ]),
    );
  }
  lines.push(
    '',
    '“build s” is the wall-clock time of `astro build` with a cold cache, Pagefind included when the build runs it;',
    '“Pagefind s” is the time the build’s Pagefind step reports (or Pagefind indexing the output on its own when the',
    'build does not run it), and “Astro s” the build time without it; “peak MB”',
    'is the build process’s peak resident memory (Pagefind’s own binary process not included); “bare” is a bare Astro',
    'project built in the same run from the same content files, with a minimal layout, that writes a page at each of',
    'the site’s paths (page i renders entry i mod n of all collections, Markdown and fields): the same page count,',
    'so that “Astro ÷ bare” compares the cost of the site’s pages with that of as many plain pages.',
    '',
    '## Bytes per page type (KB raw / gzipped)',
    '',
    'JS “at load” is what runs with the page (inline and module scripts, their static imports); JS “later” is what',
    'the page imports on use (Leaflet…). Pagefind’s files are not counted: they load only when a person searches.',
    '',
  );
  for (const result of results.scales) {
    lines.push(
      `### ${result.scale}`,
      '',
      row(['page type', 'path', 'HTML', 'CSS', 'JS at load', 'JS later']),
      row(Array<string>(6).fill('---')),
    );
    for (const type of result.pageTypes) {
      if (!('html' in type)) lines.push(row([type.name, 'absent', '—', '—', '—', '—']));
      else
        lines.push(
          row([
            type.name,
            `\`${type.path}\``,
            weight(type.html),
            weight(type.css),
            weight(type.js),
            weight(type.lazyJs),
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
