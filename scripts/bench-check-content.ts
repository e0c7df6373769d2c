/**
 * Usage: npm run bench:check-content [-- <facteur>]   (100 par défaut)
 *
 * Measures `npm run check:content` on the real content and on the real content copied
 * <facteur> times into a temporary folder (each copy a new file name, references unchanged),
 * and prints the figures. Exit code: 0, or 1 if the copied content does not validate.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/** Copies every file of every collection folder `factor - 1` more times, as `<name>-copie-<n>.<ext>`. */
function multiply(source: string, target: string): number {
  cpSync(source, target, { recursive: true });
  let files = 0;
  for (const folder of readdirSync(target)) {
    const dir = join(target, folder);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir)) {
      const dot = file.lastIndexOf('.');
      if (dot <= 0) continue;
      const text = readFileSync(join(dir, file));
      files += factor;
      for (let n = 2; n <= factor; n += 1) {
        writeFileSync(join(dir, `${file.slice(0, dot)}-copie-${n}${file.slice(dot)}`), text);
      }
    }
  }
  return files;
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
  const files = multiply('content', join(work, 'content'));
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
