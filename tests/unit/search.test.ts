import { describe, expect, it } from 'vitest';
import {
  countingSearch,
  describeResults,
  hasSearch,
  pagefindFilters,
  readSearchState,
  searchStateToParams,
  separateRunTogetherText,
  toTypewriterApostrophes,
  toTypographicApostrophes,
  type SearchState,
} from '../../src/lib/search.ts';

const empty = { kind: [], theme: [], area: [] };

describe('readSearchState', () => {
  it.each<[string, SearchState]>([
    ['', { query: '', filters: empty }],
    ['q=+apprentissage+', { query: 'apprentissage', filters: empty }],
    ['q=stage&type=report&type=site', { query: 'stage', filters: { ...empty, kind: ['report', 'site'] } }],
    [
      'theme=emploi&theme=emploi&bassin=blois&bassin=',
      { query: '', filters: { kind: [], theme: ['emploi'], area: ['blois'] } },
    ],
    ['inconnu=1&q=', { query: '', filters: empty }],
  ])('?%s', (search, expected) => {
    expect(readSearchState(new URLSearchParams(search))).toEqual(expected);
  });
});

describe('searchStateToParams', () => {
  it.each([
    ['q=apprentissage', 'q=apprentissage'],
    ['bassin=vendome&q=cfa&type=structure', 'q=cfa&type=structure&bassin=vendome'],
    ['q=&type=', ''],
    ['q=sitoth%C3%A8que&theme=orientation', 'q=sitoth%C3%A8que&theme=orientation'],
  ])('?%s s’écrit ?%s', (search, expected) => {
    expect(searchStateToParams(readSearchState(new URLSearchParams(search))).toString()).toBe(expected);
  });
});

describe('hasSearch et pagefindFilters', () => {
  it.each([
    ['', false, {}],
    ['q=cfa', true, {}],
    ['type=report', true, { kind: { any: ['report'] } }],
    ['type=report&type=site&bassin=blois', true, { kind: { any: ['report', 'site'] }, area: { any: ['blois'] } }],
  ])('?%s', (search, expected, filters) => {
    const state = readSearchState(new URLSearchParams(search));
    expect(hasSearch(state)).toBe(expected);
    expect(pagefindFilters(state)).toEqual(filters);
  });
});

describe('describeResults', () => {
  it.each([
    [0, 'q=zzyzx', 'Aucun résultat pour « zzyzx ».'],
    [1, 'q=cfa', '1 résultat pour « cfa ».'],
    [12, 'q=apprentissage', '12 résultats pour « apprentissage ».'],
    [3, 'q=cfa&bassin=blois', '3 résultats pour « cfa » avec les filtres choisis.'],
    [5, 'type=report', '5 résultats avec les filtres choisis.'],
  ])('%i résultat(s) pour ?%s', (count, search, expected) => {
    expect(describeResults(count, readSearchState(new URLSearchParams(search)))).toBe(expected);
  });
});

describe('apostrophes', () => {
  it.each([
    ['Point d’étape', "Point d'étape"],
    ['l’AIOA 41 et l’apprentissage', "l'AIOA 41 et l'apprentissage"],
    ['sans apostrophe', 'sans apostrophe'],
  ])('« %s » s’indexe « %s » et se réaffiche tel quel', (typographic, typewriter) => {
    expect(toTypewriterApostrophes(typographic)).toBe(typewriter);
    expect(toTypographicApostrophes(typewriter)).toBe(typographic);
  });
});

describe('countingSearch', () => {
  // A group's values add up: its counts come from the search without its own choice, and keep the other groups'.
  it.each([
    ['q=cfa&type=structure', 'kind', 'q=cfa'],
    ['q=cfa&type=structure&type=site&bassin=blois', 'kind', 'q=cfa&bassin=blois'],
    ['q=cfa&type=structure&bassin=blois', 'area', 'q=cfa&type=structure'],
    ['type=report', 'theme', 'type=report'],
  ] as const)('?%s compte « %s » avec ?%s', (search, filter, expected) => {
    const state = readSearchState(new URLSearchParams(search));
    expect(searchStateToParams(countingSearch(state, filter)).toString()).toBe(expected);
  });
});

describe('separateRunTogetherText', () => {
  it.each([
    ['<dl><dt>Type</dt><dd>Mission Locale</dd></dl>', '<dl><dt>Type </dt><dd>Mission Locale </dd></dl>'],
    ['<table><tr><th>Nom</th><td>CIO</td></tr></table>', '<table><tr><th>Nom </th><td>CIO</td> </tr></table>'],
    [
      '<p>Un <strong>mot</strong> et un <a href="/">lien</a></p>',
      '<p>Un <strong>mot</strong> et un <a href="/">lien</a></p>',
    ],
    ['<DT>Adresse</DT>', '<DT>Adresse </DT>'],
  ])('%s', (html, expected) => {
    expect(separateRunTogetherText(html)).toBe(expected);
  });
});
