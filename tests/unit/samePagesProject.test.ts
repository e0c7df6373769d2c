import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  firstOutputDifference,
  prepareSamePages,
  samePagesRole,
  samePageText,
} from '../../bench/lib/samePagesProject.ts';

describe('samePageText (a built page as the « same pages » floor writes it)', () => {
  it.each([
    [
      'Astro’s own doctype',
      '<!DOCTYPE html><html lang="fr"><body>x</body></html>',
      '<html lang="fr"><body>x</body></html>',
    ],
    ['a lower-case doctype after a blank line', '\n<!doctype html>\n<html></html>', '\n<html></html>'],
    ['a page without doctype, kept as it is', '<html><body>x</body></html>', '<html><body>x</body></html>'],
    [
      'a doctype quoted further in the page, kept',
      '<html><body><code>&lt;!DOCTYPE html&gt;</code><!DOCTYPE html></body></html>',
      '<html><body><code>&lt;!DOCTYPE html&gt;</code><!DOCTYPE html></body></html>',
    ],
  ])('drops the leading doctype, which Astro writes itself: %s', (_, html, text) => {
    expect(samePageText(html)).toBe(text);
  });
});

describe('samePagesRole (where a built file goes in the floor)', () => {
  it.each([
    ['index.html', 'directory page'],
    ['structures/afpa-blois/index.html', 'directory page'],
    ['404.html', 'not-found page'],
    ['carte/structures.json', 'public file'],
    ['_astro/Layout.abc123.css', 'public file'],
    ['documents/rapport.pdf', 'public file'],
    ['admin/index.html.bak', 'public file'],
    ['structures/404.html', 'public file'],
  ] as const)('%s → %s', (path, role) => {
    expect(samePagesRole(path)).toBe(role);
  });
});

describe('prepareSamePages (what the floor builds from the site’s output)', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, 'dist', path)), { recursive: true });
    writeFileSync(join(root, 'dist', path), text);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'aioa41-same-pages-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes every page without its doctype, lists the directory pages, and keeps every other file as it is', () => {
    write('index.html', '<!DOCTYPE html><html>accueil</html>');
    write('structures/a/index.html', '<!DOCTYPE html><html>a</html>');
    write('404.html', '<!DOCTYPE html><html>introuvable</html>');
    write('carte/structures.json', '{"structures":[]}');
    write('_astro/app.js', 'console.log(1)');
    const out = join(root, 'floor');

    expect(prepareSamePages(join(root, 'dist'), out)).toEqual({ pages: 3, publicFiles: 2 });
    expect(JSON.parse(readFileSync(join(out, 'pages.json'), 'utf8'))).toEqual({ directories: ['/', '/structures/a/'] });
    expect(readFileSync(join(out, 'html', 'structures', 'a', 'index.html'), 'utf8')).toBe('<html>a</html>');
    expect(readFileSync(join(out, 'html', '404.html'), 'utf8')).toBe('<html>introuvable</html>');
    expect(readFileSync(join(out, 'public', 'carte', 'structures.json'), 'utf8')).toBe('{"structures":[]}');
    expect(readFileSync(join(out, 'public', '_astro', 'app.js'), 'utf8')).toBe('console.log(1)');
  });

  it('refuses a page it could not write at the same path, rather than copying it and counting one page less', () => {
    write('index.html', '<html></html>');
    write('imprimer.html', '<html></html>');
    expect(() => prepareSamePages(join(root, 'dist'), join(root, 'floor'))).toThrow(/imprimer\.html/);
  });
});

describe('firstOutputDifference (does the floor write exactly the site’s output?)', () => {
  let root: string;
  const write = (folder: 'site' | 'floor', path: string, text: string) => {
    mkdirSync(dirname(join(root, folder, path)), { recursive: true });
    writeFileSync(join(root, folder, path), text);
  };
  const compare = () => firstOutputDifference(join(root, 'site'), join(root, 'floor'));

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'aioa41-same-output-'));
    for (const folder of ['site', 'floor'] as const) {
      write(folder, 'index.html', '<!DOCTYPE html><html>accueil</html>');
      write(folder, 'b/index.html', '<!DOCTYPE html><html>b</html>');
      write(folder, 'carte/structures.json', '{"structures":[]}');
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds none when every file has the same bytes', () => {
    expect(compare()).toBeNull();
  });

  it('names a file whose bytes differ though the totals match (same size, same file count)', () => {
    write('floor', 'carte/structures.json', '{"structures":{}}');
    expect(compare()).toEqual({ path: 'carte/structures.json', reason: 'other bytes' });
  });

  it('names the first differing file in path order', () => {
    write('floor', 'index.html', '<!DOCTYPE html><html>Accueil</html>');
    write('floor', 'b/index.html', '<!DOCTYPE html><html>B</html>');
    expect(compare()).toEqual({ path: 'b/index.html', reason: 'other bytes' });
  });

  it.each([
    ['site', 'only in the site'],
    ['floor', 'only in the floor'],
  ] as const)('names a file written in the %s only', (folder, reason) => {
    write(folder, 'a/robots.txt', 'User-agent: *');
    expect(compare()).toEqual({ path: 'a/robots.txt', reason });
  });
});
