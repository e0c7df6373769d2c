import { describe, expect, it } from 'vitest';
import { isSearchPage, menuEntryOf } from '../../src/navigation.ts';

describe('menuEntryOf: the menu entry the header marks current', () => {
  it.each([
    ['/structures/', 'Structures'],
    ['/structures/mission-locale-blois/', 'Structures'],
    ['/sitotheque/public/jeunes/2/', 'Sites utiles'],
    ['/outils/famille/orientation/', 'Boîte à outils'],
    ['/', undefined],
    ['/thematiques/orientation/', undefined],
    ['/recherche/', undefined],
  ])('%s → %s', (path, label) => {
    expect(menuEntryOf(path)?.label).toBe(label);
  });
});

describe('isSearchPage', () => {
  it.each([
    ['/recherche/', true],
    ['/', false],
    ['/structures/', false],
  ])('%s → %s', (path, expected) => {
    expect(isSearchPage(path)).toBe(expected);
  });
});
