import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { decapFiles } from '../../src/integrations/decapFiles.ts';
import { decapBundleFiles } from '../../src/lib/decapBundle.ts';

type Hooks = AstroIntegration['hooks'];
type SetupOptions = Parameters<NonNullable<Hooks['astro:config:setup']>>[0];
type BuildDoneOptions = Parameters<NonNullable<Hooks['astro:build:done']>>[0];

/** The routes the integration injects for an Astro command. */
function injectedRoutes(command: SetupOptions['command']) {
  const routes: { pattern: string; entrypoint: string | URL }[] = [];
  const injectRoute = (route: { pattern: string; entrypoint: string | URL }) => void routes.push(route);
  void decapFiles().hooks['astro:config:setup']!({ command, injectRoute } as unknown as SetupOptions);
  return routes;
}

const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
});

describe('les fichiers de Decap sous /admin/', () => {
  it('npm run dev (et npm run admin) sert les .js, .wasm et .txt par trois routes dont les fichiers existent', () => {
    const routes = injectedRoutes('dev');
    expect(routes.map((route) => route.pattern).sort()).toEqual([
      '/admin/[name].js',
      '/admin/[name].txt',
      '/admin/[name].wasm',
    ]);
    for (const { entrypoint } of routes) expect(existsSync(String(entrypoint)), String(entrypoint)).toBe(true);
  });

  it('la construction n’ajoute aucune route', () => {
    expect(injectedRoutes('build')).toEqual([]);
  });

  it('la construction copie les fichiers dans admin/, même si le dossier manque', async () => {
    const out = mkdtempSync(join(tmpdir(), 'decap-files-'));
    cleanups.push(() => rmSync(out, { recursive: true, force: true }));
    await decapFiles().hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`) } as unknown as BuildDoneOptions);
    expect(readdirSync(join(out, 'admin')).sort()).toEqual(decapBundleFiles());
  });
});
