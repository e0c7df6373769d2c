/**
 * Measures the link checker against the local fixture server (never the internet) and prints the figures.
 * Usage : node_modules/.bin/node scripts/bench-check-links.ts
 * Exit code: 0 when the run went through, 1 when the fixture's planted dead link was not found.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { linkFixture } from './lib/linkFixture.ts';
import { startLinkServer } from './lib/linkServer.ts';
import { checkLinks, DEFAULT_OPTIONS } from './lib/checkLinks.ts';
import type { LinkReport } from './lib/linkReport.ts';

const run = promisify(execFile);
const server = await startLinkServer();
const fixture = linkFixture(server.origin);
const out = mkdtempSync(join(tmpdir(), 'bench-liens-'));

/** The whole command on the fixture, as an editor runs it; `extra` overrides the defaults. */
async function command(label: string, extra: string[]): Promise<LinkReport> {
  const started = performance.now();
  await run('node_modules/.bin/node', ['scripts/check-links.ts', '--out', join(out, 'rapport'), ...extra], {
    env: { ...process.env, CONTENT_DIR: fixture.root },
  }).catch(() => undefined); // Exit code 1 is expected: the fixture holds dead links.
  const report = JSON.parse(readFileSync(join(out, 'rapport.json'), 'utf8')) as LinkReport;
  const wall = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `${label} : ${report.counts.total} adresses, vérification ${(report.durationMs / 1000).toFixed(2)} s, commande complète ${wall} s`,
  );
  return report;
}

const defaults = await command('Fixture, réglages par défaut (délai 10 s, 1 nouvel essai après 1 s)', []);
await command('Fixture, délai 1 s et nouvel essai après 0,1 s', ['--timeout', '1000', '--retry-delay', '100']);

const many = Array.from({ length: 1000 }, (_, index) => `${server.origin}/ok?page=${index}`);
for (const concurrency of [1, 8, 32]) {
  const started = performance.now();
  await checkLinks(many, { ...DEFAULT_OPTIONS, concurrency });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `1 000 adresses valides, ${concurrency} à la fois : ${seconds.toFixed(2)} s (${Math.round(1000 / seconds)} adresses/s)`,
  );
}

fixture.remove();
rmSync(out, { recursive: true, force: true });
await server.close();
const planted = defaults.links.find((link) => link.url.endsWith('/absent'));
process.exitCode = planted?.status === 'dead' && planted.occurrences[0]?.file.endsWith('site-disparu.yaml') ? 0 : 1;
