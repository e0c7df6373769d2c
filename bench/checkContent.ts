/**
 * Usage: npm run bench:check-content [-- <facteur>]   (100 par défaut)
 *
 * Measures `npm run check:content` on the real content and on the real content multiplied <facteur> times into a
 * temporary folder, as the benchmark multiplies it (bench/lib/generateContent.ts: copies that are valid entries, with
 * their own names and references), and prints the figures. Exit code: 0, or 1 if that content does not validate.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContent } from './lib/generateContent.ts';

const factor = Number(process.argv[2] ?? 100);
if (!Number.isInteger(factor) || factor < 1) {
  console.error('Usage : npm run bench:check-content [-- <facteur entier ≥ 1>]');
  process.exit(2);
}

/** Runs the real command, as an editor would, and returns its wall-clock time in seconds. */
function timeCheck(contentDir: string): { seconds: number; code: number | null; output: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['scripts/check-content.ts'], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { seconds: (performance.now() - started) / 1000, code: run.status, output: run.stdout + run.stderr };
}

const best = (dir: string) => {
  const runs = [timeCheck(dir), timeCheck(dir), timeCheck(dir)];
  return runs.reduce((fastest, run) => (run.seconds < fastest.seconds ? run : fastest));
};

const real = best('content');
console.log(
  `Contenu réel : ${real.output.trim().split('\n').at(-1)!} — ${real.seconds.toFixed(2)} s au total (meilleur de 3).`,
);

const work = mkdtempSync(join(tmpdir(), 'aioa41-bench-check-'));
try {
  const counts = generateContent('content', join(work, 'content'), factor);
  const files = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const scaled = best(join(work, 'content'));
  console.log(
    `Contenu ×${factor} (${files} fichiers) : ${scaled.output.trim().split('\n').at(-1)!} — ${scaled.seconds.toFixed(2)} s au total (meilleur de 3).`,
  );
  if (scaled.code !== 0) {
    console.error(scaled.output);
    process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
