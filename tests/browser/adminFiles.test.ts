// The editing interface's files in the built site (dist/): Decap's prebuilt files copied byte for byte, without
// source maps, and the site's own script small, without Decap in it (it is no longer bundled at build time).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decapBundleFiles, readDecapFile } from '../../src/lib/decapBundle.ts';

const admin = join('dist', 'admin');

describe('les fichiers de l’interface d’édition (/admin/)', () => {
  it('chaque fichier construit de Decap est servi octet pour octet, licence comprise, sans carte de source', () => {
    const served = readdirSync(admin);
    for (const file of decapBundleFiles())
      expect(readFileSync(join(admin, file)).equals(readDecapFile(file)), file).toBe(true);
    expect(served).toContain('decap-cms-app.js.LICENSE.txt');
    expect(served.filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  it('la page charge le script du site puis celui de Decap, tous deux du site même', () => {
    const html = readFileSync(join(admin, 'index.html'), 'utf8');
    const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources.filter((source) => source.startsWith('/admin/'))).toEqual([
      '/admin/decap-cms.js',
      '/admin/decap-cms-app.js',
    ]);
    expect(sources.filter((source) => !source.startsWith('/'))).toEqual([]);
  });

  it('le script du site ne contient pas Decap : il pèse moins de 200 Ko', () => {
    const own = readFileSync(join(admin, 'decap-cms.js'));
    expect(own.length).toBeLessThan(200_000);
    expect(own.includes('registerCustomFormat')).toBe(true);
    // The name Decap's core carries in its own bundle (its version banner).
    expect(own.includes('decap-cms-core')).toBe(false);
  });
});
