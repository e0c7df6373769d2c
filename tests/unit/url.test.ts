import { describe, expect, it } from 'vitest';
import { absoluteUrl, withBase, withoutBase } from '../../src/lib/url.ts';
import { site } from '../../src/site.config.ts';
import { editUrl, historyUrl } from '../../src/lib/repositoryLinks.ts';
import { formatDate } from '../../src/lib/formatDate.ts';

describe('withBase', () => {
  it.each([
    ['/', '/points-etape/', '/points-etape/'],
    ['/aioa41/', '/points-etape/', '/aioa41/points-etape/'],
    ['/aioa41', 'carte/', '/aioa41/carte/'],
    ['/aioa41/', '/', '/aioa41/'],
  ])('base %s + %s → %s', (base, path, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  it.each([
    ['/aioa41/', '/aioa41/carte/', '/carte/'],
    ['/aioa41/', '/aioa41/', '/'],
    ['/', '/carte/', '/carte/'],
  ])('withoutBase %s %s → %s', (base, path, expected) => {
    expect(withoutBase(path, base)).toBe(expected);
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['https://exemple.fr', '/', '/stages/stage-3e/', 'https://exemple.fr/stages/stage-3e/'],
    ['https://exemple.fr', '/aioa41/', '/stages/stage-3e/', 'https://exemple.fr/aioa41/stages/stage-3e/'],
    [new URL('https://exemple.fr/'), '/aioa41/', '/carte/', 'https://exemple.fr/aioa41/carte/'],
  ])('site %s, base %s, %s → %s', (origin, base, path, expected) => {
    expect(absoluteUrl(path, origin, base)).toBe(expected);
  });

  it('sans SITE_URL, prend l’adresse de src/site.config.ts', () => {
    expect(absoluteUrl('/carte/', undefined, '/')).toBe(new URL('/carte/', site.url).href);
  });
});

describe('liens vers le dépôt', () => {
  const repository = { url: 'https://forge.example/reseau/site', branch: 'main' };
  it('ouvre l’éditeur et l’historique du fichier', () => {
    expect(editUrl('content/structures/bij-41.yaml', repository)).toBe(
      'https://forge.example/reseau/site/edit/main/content/structures/bij-41.yaml',
    );
    expect(historyUrl('content/structures/bij-41.yaml', repository)).toBe(
      'https://forge.example/reseau/site/commits/main/content/structures/bij-41.yaml',
    );
  });
});

describe('formatDate', () => {
  it.each([
    ['2013-04-10', '10 avril 2013'],
    ['2004-05-14', '14 mai 2004'],
    ['2026-01-01', '1er janvier 2026'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDate(new Date(iso))).toBe(expected);
  });
});
