import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtPages } from '../../src/integrations/builtPages.ts';

/** Pagefind, as the build starts it: the test sees whether the index was begun, and what it was given. */
const pagefind = vi.hoisted(() => ({ created: 0, added: [] as string[] }));
vi.mock('pagefind', () => ({
  createIndex: () => {
    pagefind.created++;
    return Promise.resolve({
      index: {
        addHTMLFile: ({ sourcePath }: { sourcePath: string }) => {
          pagefind.added.push(sourcePath);
          return Promise.resolve({ errors: [] });
        },
        getFiles: () => Promise.resolve({ errors: [], files: [] }),
      },
      errors: [],
    });
  },
  close: () => Promise.resolve(),
}));

/**
 * The build's last step (builtPages): the sigle check of the built pages, then the search index. An editor whose page
 * uses a sigle the glossary lacks waits for the check's message only, not for Pagefind to index every page first.
 */
describe('builtPages : la vérification des sigles, puis l’index de recherche', () => {
  let work: string;
  let logs: string[];
  const logger = {
    info: (line: string) => logs.push(line),
    warn: (line: string) => logs.push(line),
  };
  const build = () =>
    builtPages().hooks['astro:build:done']!({ dir: pathToFileURL(join(work, 'dist/')), logger } as never);

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'aioa41-built-'));
    mkdirSync(join(work, 'content', 'sigles'), { recursive: true });
    writeFileSync(
      join(work, 'content', 'sigles', 'cio.yaml'),
      'sigle: "CIO"\nsens: "centre d’information et d’orientation"\nsource: "une fiche"\n',
    );
    mkdirSync(join(work, 'dist', 'a'), { recursive: true });
    writeFileSync(join(work, 'dist', 'index.html'), '<html><body><main><p>Le CIO de Blois.</p></main></body></html>');
    vi.stubEnv('CONTENT_DIR', join(work, 'content'));
    vi.stubEnv('SEARCH_INDEX', 'on');
    pagefind.created = 0;
    pagefind.added = [];
    logs = [];
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(work, { recursive: true, force: true });
  });

  it('s’arrête sur un sigle inconnu avant de commencer l’index', async () => {
    writeFileSync(join(work, 'dist', 'a', 'index.html'), '<html><body><main><p>Un BEP.</p></main></body></html>');
    await expect(build()).rejects.toThrow(/« BEP » \(page \/a\/\) → ajoutez content\/sigles\/bep\.yaml/);
    expect(pagefind.created, 'Pagefind ne démarre pas').toBe(0);
  });

  it('indexe chaque page une fois la vérification passée, et dit le temps de la vérification', async () => {
    writeFileSync(join(work, 'dist', 'a', 'index.html'), '<html><body><main><p>Un CIO.</p></main></body></html>');
    await build();
    expect(pagefind.created).toBe(1);
    expect(pagefind.added.sort()).toEqual(['a/index.html', 'index.html']);
    expect(logs).toContainEqual(
      expect.stringMatching(/^sigles de 2 pages vérifiés \(\d+\.\d\d s\) : le glossaire les explique tous$/),
    );
  });
});
