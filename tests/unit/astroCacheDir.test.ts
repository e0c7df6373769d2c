import { relative, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { astroCacheDir } from '../../src/lib/astroCacheDir.ts';
import { contentRoot } from '../../src/lib/contentRoot.ts';

const PROJECT = '/projet';
const cacheOf = (env: { ASTRO_CACHE_DIR?: string; CONTENT_DIR?: string }) => astroCacheDir(env, PROJECT);

describe('le dossier de cache d’Astro', () => {
  it.each([{}, { CONTENT_DIR: 'content' }, { CONTENT_DIR: './content/' }, { CONTENT_DIR: '/projet/content' }])(
    'reste node_modules/.astro pour le contenu du projet (%j)',
    (env) => {
      expect(cacheOf(env)).toBe('./node_modules/.astro');
    },
  );

  it('est propre à chaque autre dossier de contenu, le même pour un même dossier', () => {
    const x10 = cacheOf({ CONTENT_DIR: '/tmp/x10' });
    expect(x10).toMatch(/^\.\/node_modules\/\.astro-[0-9a-f]{8}$/);
    expect(cacheOf({ CONTENT_DIR: '/tmp/x100' })).toMatch(/^\.\/node_modules\/\.astro-[0-9a-f]{8}$/);
    expect(cacheOf({ CONTENT_DIR: '/tmp/x100' })).not.toBe(x10);
    // The same folder, however it is written, shares its cache.
    expect(cacheOf({ CONTENT_DIR: '/tmp/x10/' })).toBe(x10);
    expect(cacheOf({ CONTENT_DIR: '../tmp/x10' })).toBe(x10);
  });

  it('est celui d’ASTRO_CACHE_DIR quand il est donné, quel que soit le contenu', () => {
    expect(cacheOf({ ASTRO_CACHE_DIR: '/tmp/cache', CONTENT_DIR: '/tmp/x10' })).toBe('/tmp/cache');
    expect(cacheOf({ ASTRO_CACHE_DIR: './node_modules/.astro-base' })).toBe('./node_modules/.astro-base');
  });
});

describe('le dossier de contenu d’une construction', () => {
  it('est CONTENT_DIR pris depuis le dossier de travail, ou son content/', () => {
    expect(contentRoot({}, PROJECT)).toBe('/projet/content');
    expect(contentRoot({ CONTENT_DIR: '../tmp/x10/' }, PROJECT)).toBe('/tmp/x10');
    expect(contentRoot({ CONTENT_DIR: '/tmp/x10' }, PROJECT)).toBe('/tmp/x10');
  });
});

// Imports astro.config.mjs and its integrations afresh for each folder: seconds on a loaded machine.
describe('la configuration d’Astro (astro.config.mjs)', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** The cache folder astro.config.mjs gives a build run from here, CONTENT_DIR set or not, without ASTRO_CACHE_DIR. */
  async function configuredCache(contentDir: string | undefined) {
    vi.stubEnv('ASTRO_CACHE_DIR', undefined);
    vi.stubEnv('CONTENT_DIR', contentDir);
    vi.resetModules();
    return (await import('../../astro.config.mjs')).default.cacheDir;
  }

  it('donne un cache à chaque dossier que lisent les collections (contentRoot), et le même à un même dossier', async () => {
    const cacheOfRoot = new Map<string, string | undefined>();
    for (const contentDir of [
      undefined,
      'content',
      './content/',
      resolve('content'),
      '/tmp/x10',
      '/tmp/x10/',
      relative(process.cwd(), '/tmp/x10'),
      '/tmp/x100',
    ]) {
      const cache = await configuredCache(contentDir);
      // What the collections read in that build (src/content.config.ts), under the same variables.
      const root = contentRoot();
      if (!cacheOfRoot.has(root)) cacheOfRoot.set(root, cache);
      expect(cache, `CONTENT_DIR=${contentDir}`).toBe(cacheOfRoot.get(root));
    }
    expect(cacheOfRoot.get(resolve('content'))).toBe('./node_modules/.astro');
    // Three content folders, three caches.
    expect(new Set(cacheOfRoot.values()).size).toBe(3);
  });
});
