import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardContentCache, parsingDigest } from '../../src/integrations/contentCacheGuard.ts';

/** A project with a schema, a config and a content store as a build leaves it. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'cache-guard-'));
  mkdirSync(join(root, 'src/schemas'), { recursive: true });
  writeFileSync(join(root, 'src/content.config.ts'), 'export const collections = {};\n');
  writeFileSync(join(root, 'src/schemas/internship.ts'), 'export const verified = false;\n');
  const cacheDir = join(root, 'node_modules/.astro');
  const store = join(cacheDir, 'data-store.json');
  const fillStore = () => {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(store, '{"entries":"parsed"}');
  };
  return { root, cacheDir, store, fillStore };
}

describe('les fiches analysées par d’anciens schémas sont relues', () => {
  it('garde le cache tant que ni les schémas, ni la configuration, ni les dépendances ne changent', () => {
    const { root, cacheDir, store, fillStore } = project();
    expect(guardContentCache(root, cacheDir)).toBe('new');
    fillStore();
    expect(guardContentCache(root, cacheDir)).toBe('kept');
    expect(readFileSync(store, 'utf8')).toContain('parsed');
  });

  it.each([
    [
      'un schéma change (une valeur par défaut ajoutée)',
      'src/schemas/internship.ts',
      'export const verified = true;\n',
    ],
    ['un schéma est ajouté', 'src/schemas/nested/extra.ts', 'export const extra = 1;\n'],
    ['la configuration du site change', 'src/site.config.ts', 'export const site = { name: "autre" };\n'],
    ['les dépendances changent', 'package-lock.json', '{"lockfileVersion":3}\n'],
  ])('vide le cache quand %s', (_, file, text) => {
    const { root, cacheDir, store, fillStore } = project();
    guardContentCache(root, cacheDir);
    fillStore();
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
    expect(guardContentCache(root, cacheDir)).toBe('cleared');
    expect(existsSync(store)).toBe(false);
    fillStore();
    expect(guardContentCache(root, cacheDir)).toBe('kept');
  });

  it('ne dépend pas du contenu lui-même, qu’Astro suit déjà fichier par fichier', () => {
    const { root } = project();
    const before = parsingDigest(root);
    mkdirSync(join(root, 'content/stages'), { recursive: true });
    writeFileSync(join(root, 'content/stages/pmsmp.md'), '---\nnom: PMSMP\n---\n');
    expect(parsingDigest(root)).toBe(before);
  });
});
