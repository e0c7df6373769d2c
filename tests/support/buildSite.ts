import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve as resolvePath } from 'node:path';

/** Output of one `astro build`. */
export interface BuildResult {
  code: number | null;
  /** What the build printed, without terminal colours, so that tests can match it. */
  output: string;
  outDir: string;
}

// eslint-disable-next-line no-control-regex -- terminal colour codes start with ESC.
const COLOURS = /\u001b\[[0-9;]*m/g;

/**
 * Vitest puts its own `import.meta.env` into process.env (BASE_URL=/, MODE=test…); a child build would read them
 * as its own and lose its sub-path. Its NODE_ENV=test would make the child a development build
 * (`import.meta.env.DEV`), where `once()` caches nothing: five to eight times slower.
 */
const VITEST_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']);

/**
 * Runs `astro build` of this project (or of `project`, a copy made by `projectWithSiteConfig`) on another
 * content root, into a throwaway folder.
 */
export function buildWithContent(
  contentDir: string,
  env: Record<string, string> = {},
  project = process.cwd(),
): Promise<BuildResult> {
  return runAstro('build', contentDir, env, project);
}

/**
 * Runs `astro sync` on another content root: the content layer of the build alone (each file read by its
 * collection's loader and schema, into `<cacheDir>/data-store.json`), in seconds rather than a whole build.
 */
export async function syncContent(contentDir: string): Promise<BuildResult & { store: string }> {
  const result = await runAstro('sync', contentDir);
  const storeFile = join(dirname(result.outDir), 'cache', 'data-store.json');
  return { ...result, store: existsSync(storeFile) ? readFileSync(storeFile, 'utf8') : '' };
}

function runAstro(
  command: 'build' | 'sync',
  contentDir: string,
  env: Record<string, string> = {},
  project = process.cwd(),
): Promise<BuildResult> {
  const work = mkdtempSync(join(tmpdir(), 'aioa41-build-'));
  const outDir = join(work, 'dist');
  const parentEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.has(name)));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [resolvePath('node_modules/astro/bin/astro.mjs'), command], {
      cwd: project,
      env: { ...parentEnv, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_CACHE_DIR: join(work, 'cache'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output: output.replace(COLOURS, ''), outDir }));
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

/**
 * A copy of this project's code with `siteConfig` in place of `src/site.config.ts`: the site of another territory.
 * Its dependencies are this project's (a link to node_modules).
 */
export function projectWithSiteConfig(siteConfig: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'aioa41-project-'));
  for (const path of ['src', 'public', 'standards', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    // public/ holds no tracked file today (the build writes _headers): a fresh clone has no such folder.
    if (existsSync(path)) cpSync(path, join(dir, path), { recursive: true });
  }
  cpSync(siteConfig, join(dir, 'src/site.config.ts'));
  symlinkSync(resolvePath('node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
