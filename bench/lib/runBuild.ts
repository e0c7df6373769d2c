/** Runs one `astro build` in a child process and measures its time and peak memory. */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPhases, type BuildPhases, type PhaseMarks } from './buildStats.ts';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const RECORD_USAGE = new URL('./recordUsage.mjs', import.meta.url).href;

/** Clock ticks per second of /proc's CPU times (100 on Linux unless built otherwise). */
function ticksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
}

export interface BuildMeasure {
  /** Wall-clock seconds from spawn to exit. */
  seconds: number;
  /** Peak resident memory of the build process, in MB (Pagefind's own binary process not included). */
  peakMemoryMb: number | null;
  /** CPU seconds (user + system) of the build process and of the children it waited for (Linux). */
  cpuSeconds: number | null;
  /** Where the build process's CPU time went (buildPhases); null when unread. */
  phases: BuildPhases | null;
  output: string;
}

/**
 * Builds the Astro project at `root` with `env` (e.g. CONTENT_DIR, OUT_DIR) and a cold cache.
 * Throws with the build's output when it fails.
 */
export async function runBuild(root: string, env: Record<string, string>, workDir: string): Promise<BuildMeasure> {
  const usageFile = join(workDir, 'usage.json');
  rmSync(usageFile, { force: true });
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', RECORD_USAGE, ASTRO, 'build', '--root', root], {
      cwd: root,
      env: { ...process.env, ...env, BENCH_USAGE_FILE: usageFile, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('close', (exitCode) => resolve({ code: exitCode, output: text }));
  });
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`astro build failed in ${root} (exit ${code}):\n${output.slice(-4000)}`);
  let peakMemoryMb: number | null = null;
  let cpuSeconds: number | null = null;
  let phases: BuildPhases | null = null;
  if (existsSync(usageFile)) {
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as {
      maxRSS: number;
      userCPUTime: number;
      systemCPUTime: number;
      childrenTicks: number | null;
      phaseMarks?: PhaseMarks;
    };
    peakMemoryMb = usage.maxRSS / 1024;
    cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6 + (usage.childrenTicks ?? 0) / ticksPerSecond();
    phases = buildPhases(usage.phaseMarks);
  }
  // eslint-disable-next-line no-control-regex -- terminal colour codes, when a library ignores NO_COLOR
  return { seconds, peakMemoryMb, cpuSeconds, phases, output: output.replace(/\x1b\[[0-9;]*m/g, '') };
}
