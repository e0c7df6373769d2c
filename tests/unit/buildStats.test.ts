import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildPhases,
  leastCpuRatio,
  median,
  medianPairedRatio,
  summarizeRuns,
  type PhaseMarks,
} from '../../bench/lib/buildStats.ts';

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
      phases: null,
    });
  });

  it('keeps the phases of the run whose CPU time it keeps', () => {
    const phases = (pages: number) => ({ setup: 1, bundling: 1, pages, afterPages: 0.5 });
    const runs = [
      { ...run(7.5), phases: phases(5) },
      { ...run(6.1), phases: phases(3.6) },
    ];
    expect(summarizeRuns(runs).phases).toEqual(phases(3.6));
  });

  it('says it has no CPU time when no run could read one', () => {
    expect(summarizeRuns([run(null), run(null)]).cpuSeconds).toBeNull();
  });

  it('refuses to sum up no run', () => {
    expect(() => summarizeRuns([])).toThrow(/no run/);
  });
});

describe('buildPhases (where a build’s CPU time goes, from the marks of its log)', () => {
  it('cuts the CPU time at each step', () => {
    expect(buildPhases({ bundling: 2.5, pages: 4, afterPages: 9, end: 9.25 })).toEqual({
      setup: 2.5,
      bundling: 1.5,
      pages: 5,
      afterPages: 0.25,
    });
  });

  it.each<[string, PhaseMarks | undefined]>([
    ['no mark at all', undefined],
    ['a log without « generating static routes »', { bundling: 2.5, end: 9 }],
  ])('says nothing rather than a wrong split for %s', (_, marks) => {
    expect(buildPhases(marks)).toBeNull();
  });
});

describe('recordUsage.mjs (the preload that notes the CPU time at each step of Astro’s log)', () => {
  const preload = fileURLToPath(new URL('../../bench/lib/recordUsage.mjs', import.meta.url));

  it('notes each step once, in order, ignoring a « Completed » printed before the pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'record-usage-'));
    try {
      const usageFile = join(dir, 'usage.json');
      const script = join(dir, 'build.mjs');
      // Astro's log of a build, with the « Completed » of its build info before the bundling.
      writeFileSync(
        script,
        [
          'Collecting build info...',
          '✓ Completed in 1.37s.',
          'Building static entrypoints...',
          ' generating static routes ',
          '  ├─ /index.html (+3ms)',
          '✓ Completed in 2.11s.',
          '[build] ✓ Completed in 3.34s.',
        ]
          .map((line) => `process.stdout.write(${JSON.stringify(line + '\n')});`)
          .join('\n'),
      );
      const output = execFileSync(process.execPath, ['--import', preload, script], {
        env: { ...process.env, BENCH_USAGE_FILE: usageFile },
        encoding: 'utf8',
      });
      expect(output).toContain('generating static routes');
      const { phaseMarks } = JSON.parse(readFileSync(usageFile, 'utf8')) as { phaseMarks: PhaseMarks };
      expect(Object.keys(phaseMarks)).toEqual(['bundling', 'pages', 'afterPages', 'end']);
      const phases = buildPhases(phaseMarks);
      expect(phases).not.toBeNull();
      for (const cpu of Object.values(phases!)) expect(cpu).toBeGreaterThanOrEqual(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
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
