import { describe, expect, it } from 'vitest';
import type { BrowserTimings } from '../../bench/lib/browserTimings.ts';
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
