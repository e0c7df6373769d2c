import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';

/** Output of one `astro build`. */
export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/**
 * Vitest puts its own `import.meta.env` into process.env (BASE_URL=/, MODE=test…); a child build would read them
 * as its own and lose its sub-path.
 */
const VITEST_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** Runs `astro build` of this project on another content root, into a throwaway folder. */
export function buildWithContent(contentDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const work = mkdtempSync(join(tmpdir(), 'aioa41-build-'));
  const outDir = join(work, 'dist');
  const parentEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.has(name)));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...parentEnv, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output, outDir }));
  });
}

/** A copy of the real content with some files added or replaced: `{ 'structures/x.yaml': '…' }`. */
export function contentWith(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'aioa41-content-'));
  cpSync('content', dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
