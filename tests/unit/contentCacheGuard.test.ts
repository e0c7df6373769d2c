import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardContentCache, parsingModules } from '../../src/integrations/contentCacheGuard.ts';

/** A project whose content configuration imports a schema, which imports the site's configuration. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'cache-guard-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  write(
    'src/content.config.ts',
    "import { internship } from './schemas/internship.ts';\nimport { contentRoot } from './lib/contentRoot.ts';\n",
  );
  write('src/schemas/internship.ts', "import { site } from '../site.config.ts';\nexport const verified = false;\n");
  write('src/site.config.ts', 'export const site = { name: "AIOA 41" };\n');
  write('src/lib/contentRoot.ts', 'export const contentRoot = () => "content";\n');
  write('src/lib/unrelated.ts', 'export const unrelated = 1;\n');
  const storeDir = join(root, 'node_modules/.astro');
  const store = join(storeDir, 'data-store.json');
  const fillStore = () => {
    mkdirSync(storeDir, { recursive: true });
    writeFileSync(store, '{"entries":"parsed"}');
  };
  return { root, storeDir, store, fillStore, write };
}

describe('les fiches analysées par d’anciens schémas sont relues', () => {
  it('suit ce que la configuration du contenu importe, de proche en proche, et rien d’autre', () => {
    const { root } = project();
    expect(parsingModules(root)).toEqual([
      'src/content.config.ts',
      'src/lib/contentRoot.ts',
      'src/schemas/internship.ts',
      'src/site.config.ts',
    ]);
  });

  it('sur ce site, suit les schémas, la configuration du site et les modules de src/lib que la configuration importe', () => {
    const modules = parsingModules(process.cwd());
    expect(modules).toEqual(
      expect.arrayContaining([
        'src/content.config.ts',
        'src/lib/contentRoot.ts',
        'src/schemas/internship.ts',
        'src/schemas/structure.ts',
        'src/site.config.ts',
      ]),
    );
  });

  it('garde le cache tant que ni les schémas, ni la configuration, ni les dépendances ne changent', () => {
    const { root, storeDir, store, fillStore, write } = project();
    expect(guardContentCache(root, storeDir)).toBe('new');
    fillStore();
    write('src/lib/unrelated.ts', 'export const unrelated = 2;\n');
    write('content/stages/pmsmp.md', '---\nnom: PMSMP\n---\n');
    expect(guardContentCache(root, storeDir)).toBe('kept');
    expect(readFileSync(store, 'utf8')).toContain('parsed');
  });

  it.each([
    [
      'un schéma change (une valeur par défaut ajoutée)',
      'src/schemas/internship.ts',
      'export const verified = true;\n',
    ],
    ['la configuration du site change', 'src/site.config.ts', 'export const site = { name: "autre" };\n'],
    ['un module de src/lib que la configuration importe change', 'src/lib/contentRoot.ts', 'export const x = 2;\n'],
    ['les dépendances changent', 'package-lock.json', '{"lockfileVersion":3}\n'],
  ])('vide le cache quand %s', (_, file, text) => {
    const { root, storeDir, store, fillStore, write } = project();
    guardContentCache(root, storeDir);
    fillStore();
    write(file, text);
    expect(guardContentCache(root, storeDir)).toBe('cleared');
    expect(existsSync(store)).toBe(false);
    fillStore();
    expect(guardContentCache(root, storeDir)).toBe('kept');
  });

  it('vide aussi le cache du serveur de développement (.astro/), qui garde sa propre marque', () => {
    const { root, storeDir, fillStore, write } = project();
    const devStore = join(root, '.astro');
    guardContentCache(root, storeDir);
    guardContentCache(root, devStore);
    fillStore();
    mkdirSync(join(devStore, 'data-store'), { recursive: true });
    write('.astro/data-store/0.json', '{}');
    write('src/schemas/internship.ts', 'export const verified = true;\n');
    // A build first (the build's store), then `npm run dev`: each store is compared with its own mark.
    expect(guardContentCache(root, storeDir)).toBe('cleared');
    expect(guardContentCache(root, devStore)).toBe('cleared');
    expect(existsSync(join(devStore, 'data-store'))).toBe(false);
  });
});
