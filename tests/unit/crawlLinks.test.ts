import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../support/crawlLinks.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'crawl-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('findBrokenLinks', () => {
  it.each([
    ['une page absente', '<a href="/absente/">x</a>', 'cible introuvable'],
    ['une ancre absente', '<a href="/b/#nulle-part">x</a>', 'ancre #nulle-part introuvable'],
    ['une image absente', '<img src="/img/x.png" alt="">', 'cible introuvable'],
    ['un lien hors du chemin de base', '<a href="/autre/">x</a>', 'hors du chemin de base /aioa41/'],
  ])('signale %s', (_case, html, reason) => {
    const dir = site({ 'index.html': html, 'b/index.html': '<h1 id="titre">B</h1>' });
    const base = reason.startsWith('hors') ? '/aioa41/' : '/';
    expect(findBrokenLinks(dir, base).map((broken) => broken.reason)).toContain(reason);
  });

  it('accepte les liens relatifs, les ancres présentes et les liens externes', () => {
    const dir = site({
      'index.html': '<a href="b/#titre">x</a><a href="https://www.onisep.fr/">o</a><a href="mailto:a@b.fr">m</a>',
      'b/index.html': '<h1 id="titre">B</h1><a href="../">retour</a>',
    });
    expect(findBrokenLinks(dir)).toEqual([]);
  });
});
