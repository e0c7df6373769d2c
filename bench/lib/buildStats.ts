/**
 * How the bench sums up several builds of one project on a shared machine, and compares two projects built in
 * turns. A neighbour's load only ever adds CPU time to a build (shared caches, memory bandwidth, a slower
 * core), never removes it: the least CPU time of a few runs is the closest to the build's own cost, and it is
 * the figure the target is checked on. The median of the per-round ratios is kept beside it, to show how far
 * the two statistics are apart (see « Noise » in results.md).
 */

/**
 * Where one build's CPU time went, in seconds of the build process's own CPU (its threads included; children such
 * as esbuild's service count in the build's total only): what Astro does before it bundles (Node's start, the
 * config and its integrations, the content synced and checked), the bundling, the pages, and what follows them
 * (integrations once the build is done: sitemap, copies).
 */
export interface BuildPhases {
  setup: number;
  bundling: number;
  pages: number;
  afterPages: number;
}

/** The process's CPU time when Astro's log reached each step (bench/lib/recordUsage.mjs), and at its exit. */
export interface PhaseMarks {
  bundling?: number;
  pages?: number;
  afterPages?: number;
  end?: number;
}

/**
 * The phases of a build from its marks; null when one is missing (a build that failed, or an Astro whose log no
 * longer says « Building static entrypoints », « generating static routes » or « Completed in »).
 */
export function buildPhases(marks: PhaseMarks | undefined): BuildPhases | null {
  const { bundling, pages, afterPages, end } = marks ?? {};
  if (bundling === undefined || pages === undefined || afterPages === undefined || end === undefined) return null;
  return { setup: bundling, bundling: pages - bundling, pages: afterPages - pages, afterPages: end - afterPages };
}

/** What one build measured (bench/lib/runBuild.ts). */
export interface RunFigures {
  seconds: number;
  cpuSeconds: number | null;
  peakMemoryMb: number | null;
  /** Where its CPU time went; null when its log could not tell. */
  phases?: BuildPhases | null;
}

/** A project's builds summed up. */
export interface ProjectFigures {
  /** Shortest wall-clock time of its runs. */
  seconds: number;
  /** Least CPU time of its runs (null when no run could read it). */
  cpuSeconds: number | null;
  /** Highest peak memory of its runs: memory is not disturbed by neighbours, and the target is a ceiling. */
  peakMemoryMb: number | null;
  /** CPU time of every run, in the order they ran (null when unread). */
  cpuRuns: (number | null)[];
  /** The phases of the run whose CPU time is kept (the least), when known. */
  phases: BuildPhases | null;
}

/** The median of some numbers (the mean of the middle two when their count is even); null when none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const known = (values: readonly (number | null)[]) => values.filter((value) => value !== null);

/** Sums up the runs of one project (at least one). */
export function summarizeRuns(runs: readonly RunFigures[]): ProjectFigures {
  if (runs.length === 0) throw new Error('summarizeRuns: no run');
  const cpu = known(runs.map((run) => run.cpuSeconds));
  const memory = known(runs.map((run) => run.peakMemoryMb));
  const leastCpu = cpu.length > 0 ? Math.min(...cpu) : null;
  return {
    seconds: Math.min(...runs.map((run) => run.seconds)),
    cpuSeconds: leastCpu,
    peakMemoryMb: memory.length > 0 ? Math.max(...memory) : null,
    cpuRuns: runs.map((run) => run.cpuSeconds),
    phases: runs.find((run) => run.cpuSeconds === leastCpu)?.phases ?? null,
  };
}

/** The site's CPU time over a floor's, by least CPU time (the target's statistic); null without CPU times. */
export function leastCpuRatio(site: ProjectFigures, floor: ProjectFigures): number | null {
  return site.cpuSeconds !== null && floor.cpuSeconds !== null ? site.cpuSeconds / floor.cpuSeconds : null;
}

/**
 * The median of the per-round ratios: round i's site CPU time over round i's floor CPU time (the two built one
 * after the other, so under about the same load); null when no round has both.
 */
export function medianPairedRatio(site: ProjectFigures, floor: ProjectFigures): number | null {
  const ratios: number[] = [];
  site.cpuRuns.forEach((cpu, round) => {
    const floorCpu = floor.cpuRuns[round];
    if (cpu !== null && floorCpu !== null && floorCpu !== undefined) ratios.push(cpu / floorCpu);
  });
  return median(ratios);
}
