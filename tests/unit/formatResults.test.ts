import { describe, expect, it } from 'vitest';
import type { BrowserTimings } from '../../bench/lib/browserTimings.ts';
import type { BuildPhases } from '../../bench/lib/buildStats.ts';
import {
  formatResults,
  handWrittenPart,
  type BenchResults,
  type BuildFigures,
  type ScaleResult,
} from '../../bench/lib/formatResults.ts';

describe('handWrittenPart (what a new run of the bench keeps of results.md)', () => {
  it('keeps everything from the first section written by hand', () => {
    const markdown =
      '# Benchmark results\n\n## Build\n\n| a |\n\n## Before and after (written by hand)\n\nx\n\n## Other\n\ny\n';
    expect(handWrittenPart(markdown)).toBe('## Before and after (written by hand)\n\nx\n\n## Other\n\ny\n');
  });

  it('keeps nothing when every section is generated', () => {
    expect(handWrittenPart('# Benchmark results\n\n## Build\n\nwritten by hand is not a heading\n')).toBe('');
  });
});

describe('formatResults: the browser timings’ method', () => {
  const build: BuildFigures = {
    pages: 10,
    seconds: 2,
    peakMemoryMb: 500,
    cpuSeconds: 1.5,
    output: { bytes: 1e6, files: 12 },
  };
  const scale = (browser: BrowserTimings | null): ScaleResult => ({
    scale: 'real',
    factor: 1,
    content: { structures: 25 },
    site: {
      ...build,
      msPerPage: 200,
      pagefindSeconds: 1,
      astroSeconds: 2,
      searchIndex: { bytes: 1e5, files: 3 },
    },
    bare: build,
    ratioToBare: 1,
    totalRatioToBare: 1.5,
    pageTypes: [],
    browser,
  });
  const results = (browser: BrowserTimings | null): BenchResults => ({
    date: '2026-11-29T12:46:18.823Z',
    machine: { cpus: 2, node: 'v24.21.0', loadAverageStart: [4, 4, 4], loadAverageEnd: [5, 5, 5] },
    scales: [scale(browser)],
  });
  const timings: BrowserTimings = {
    mapInteractiveMs: 456,
    mapFirstMarkerMs: 120,
    mapMarkers: 25,
    mapExpectedMarkers: 25,
    embedInteractiveMs: 307,
    searchFirstResultsMs: 485,
    searchQuery: 'apprentissage',
    notes: [],
  };

  it('describes how the timings were taken when they were', () => {
    const markdown = formatResults(results(timings));
    expect(markdown).toContain(
      '| real | 0.1 MB, 3 files | 120 | 456 (25/25 markers) | 307 | 485 (« apprentissage ») |  |',
    );
    expect(markdown).toContain('Medians of 3 runs in headless Chromium');
  });

  it('says no timing was taken, rather than describing runs that never happened, with --no-browser', () => {
    const markdown = formatResults(results(null));
    expect(markdown).toContain('| real | 0.1 MB, 3 files | — | not measured | not measured | not measured |  |');
    expect(markdown).not.toContain('headless Chromium');
    expect(markdown).toContain('No browser timing in this run (`--no-browser`).');
  });
});

describe('formatResults: bytes per page type', () => {
  const w = (gzip: number) => ({ raw: gzip * 4, gzip });
  const page = { path: '/carte/', html: w(9_000), css: w(5_000), js: w(2_000), lazyJs: w(55_000), data: w(0) };
  const withPages = (pageTypes: ScaleResult['pageTypes']): BenchResults => ({
    date: '2026-12-03T21:00:00.000Z',
    machine: { cpus: 2, node: 'v24.21.0', loadAverageStart: [1, 1, 1], loadAverageEnd: [1, 1, 1] },
    scales: [
      {
        scale: 'real',
        factor: 1,
        content: { structures: 25 },
        site: {
          pages: 10,
          seconds: 2,
          peakMemoryMb: 500,
          cpuSeconds: 1.5,
          output: { bytes: 1e6, files: 12 },
          msPerPage: 200,
          pagefindSeconds: 1,
          astroSeconds: 2,
          searchIndex: { bytes: 1e5, files: 3 },
        },
        bare: { pages: 10, seconds: 2, peakMemoryMb: 500, cpuSeconds: 1.5, output: { bytes: 1e6, files: 12 } },
        ratioToBare: 1,
        totalRatioToBare: 1.5,
        pageTypes,
        browser: null,
      },
    ],
  });

  it('shows the header search apart from the page’s own scripts, and « — » for runs that did not weigh it apart', () => {
    const markdown = formatResults(
      withPages([
        { name: 'carte', ...page, searchJs: w(5_300) },
        { name: 'carte (ancien relevé)', ...page },
      ]),
    );
    expect(markdown).toContain('| page type | path | HTML | CSS | JS at load | JS later | search | data |');
    expect(markdown).toContain(
      '| carte | `/carte/` | 36.0 / 9.0 | 20.0 / 5.0 | 8.0 / 2.0 | 220.0 / 55.0 | 21.2 / 5.3 | — |',
    );
    expect(markdown).toContain(
      '| carte (ancien relevé) | `/carte/` | 36.0 / 9.0 | 20.0 / 5.0 | 8.0 / 2.0 | 220.0 / 55.0 | — | — |',
    );
  });
});

describe('formatResults: where the CPU time goes', () => {
  const figures = (cpuSeconds: number, phases: BuildPhases | null): BuildFigures => ({
    pages: 397,
    seconds: cpuSeconds,
    peakMemoryMb: 800,
    cpuSeconds,
    phases,
    output: { bytes: 1e6, files: 400 },
  });
  const result = (sitePhases: BuildPhases | null): BenchResults => ({
    date: '2026-12-01T23:45:00.000Z',
    machine: { cpus: 2, node: 'v24.21.0', loadAverageStart: [1, 1, 1], loadAverageEnd: [1, 1, 1] },
    bareRatioMax: 1.3,
    scales: [
      {
        scale: 'real',
        factor: 1,
        content: { structures: 25 },
        site: {
          ...figures(6.27, sitePhases),
          msPerPage: 10,
          pagefindSeconds: 1,
          astroSeconds: 5,
          searchIndex: null,
        },
        bare: figures(2.48, { setup: 1.69, bundling: 0.37, pages: 0.42, afterPages: 0 }),
        ratioToBare: 6.27 / 2.48,
        totalRatioToBare: 2.5,
        pageTypes: [],
        browser: null,
      },
    ],
  });

  it('splits each build and says what the site spends before its first page against the target', () => {
    const markdown = formatResults(result({ setup: 2.72, bundling: 1.45, pages: 2.04, afterPages: 0.06 }));
    expect(markdown).toContain('| real | site | 2.7 | 1.4 | 2.0 | 0.1 | 6.3 |');
    expect(markdown).toContain('| real | bare | 1.7 | 0.4 | 0.4 | 0.0 | 2.5 |');
    expect(markdown).toContain(
      '- real: the site has spent 4.2 s before its first page, 1.68× the bare build’s whole 2.5 s; the target (≤ 1.3×) leaves the whole site build 3.2 s.',
    );
  });

  it('adds the ratio the site would have if its pages cost only the reading and writing of their bytes', () => {
    const results = result({ setup: 2.72, bundling: 1.45, pages: 2.04, afterPages: 0.06 });
    results.scales[0]!.samePages = {
      ...figures(1.6, { setup: 0.9, bundling: 0.3, pages: 0.44, afterPages: 0 }),
      identical: true,
    };
    expect(formatResults(results)).toContain(
      'before its first page, 1.68× the bare build’s whole 2.5 s; with pages that cost only the reading and writing of their bytes (0.4 s), it would be 1.88×;',
    );
  });

  it('leaves the section out when the builds’ logs could not be split', () => {
    expect(formatResults(result(null))).not.toContain('Where the CPU time goes');
  });
});
