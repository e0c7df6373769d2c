import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leastCpuRatio, median, medianPairedRatio, summarizeRuns } from '../../bench/lib/buildStats.ts';

const run = (cpuSeconds: number | null, seconds = 10, peakMemoryMb: number | null = 500) => ({
  cpuSeconds,
  seconds,
  peakMemoryMb,
});

describe('median', () => {
  it.each([
    [[], null],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('summarizeRuns (a project’s builds on a shared machine)', () => {
  it('keeps the shortest time, the least CPU time, the highest peak memory and every run’s CPU time', () => {
    expect(summarizeRuns([run(7.5, 12, 800), run(6.1, 14, 760), run(null, 9, null)])).toEqual({
      seconds: 9,
      cpuSeconds: 6.1,
      peakMemoryMb: 800,
      cpuRuns: [7.5, 6.1, null],
    });
  });

  it('says it has no CPU time when no run could read one', () => {
    expect(summarizeRuns([run(null), run(null)]).cpuSeconds).toBeNull();
  });

  it('refuses to sum up no run', () => {
    expect(() => summarizeRuns([])).toThrow(/no run/);
  });
});

describe('the site over a floor, two ways', () => {
  // Round 2 ran under a neighbour's load: both builds took longer, the floor more than the site.
  const site = summarizeRuns([run(6), run(9)]);
  const floor = summarizeRuns([run(3), run(6)]);

  it('by least CPU time: the least of each, whatever round it came from', () => {
    expect(leastCpuRatio(site, floor)).toBe(2);
  });

  it('by the median of the rounds’ own ratios', () => {
    expect(medianPairedRatio(site, floor)).toBe((6 / 3 + 9 / 6) / 2);
  });

  it.each([
    ['the site', summarizeRuns([run(null)]), floor],
    ['the floor', site, summarizeRuns([run(null)])],
  ])('has no ratio when %s has no CPU time', (_, a, b) => {
    expect(leastCpuRatio(a, b)).toBeNull();
    expect(medianPairedRatio(a, b)).toBeNull();
  });
});

describe('the noise study behind « ± 0.45 against same pages » (bench/noise-study.json, results.md « Noise »)', () => {
  const study = JSON.parse(readFileSync(new URL('../../bench/noise-study.json', import.meta.url), 'utf8')) as {
    scales: { scale: string; cpuRuns: Record<'site' | 'samePages', number[]> }[];
  };
  const real = study.scales.find((scale) => scale.scale === 'real')!;

  it('keeps 5 rounds of every project, as the study says', () => {
    expect(real.cpuRuns.site).toHaveLength(5);
    expect(real.cpuRuns.samePages).toHaveLength(5);
  });

  it('gives 2.34–3.22 as the least over least of every 2 of its 5 rounds at real scale', () => {
    const ratios: number[] = [];
    for (let a = 0; a < 5; a++) {
      for (let b = a + 1; b < 5; b++) {
        const pick = (runs: number[]) => summarizeRuns([run(runs[a]!), run(runs[b]!)]);
        ratios.push(leastCpuRatio(pick(real.cpuRuns.site), pick(real.cpuRuns.samePages))!);
      }
    }
    expect([Math.min(...ratios).toFixed(2), Math.max(...ratios).toFixed(2)]).toEqual(['2.34', '3.22']);
  });
});
