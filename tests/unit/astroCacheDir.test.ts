import { describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/lib/astroCacheDir.ts';

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
