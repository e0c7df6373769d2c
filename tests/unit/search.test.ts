import { describe, expect, it } from 'vitest';
import {
  countingSearch,
  describeResults,
  hasSearch,
  pagefindFilters,
  putFirst,
  readSearchState,
  searchStateToParams,
  separateRunTogetherText,
  sigleUseFilters,
  subjectWords,
  toTypewriterApostrophes,
  toTypographicApostrophes,
  type SearchState,
} from '../../src/lib/search.ts';
import { withSigleFilter } from '../../src/lib/sigleFilter.ts';
import { siglesOf } from '../../src/lib/spellOutSigles.ts';

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

  it('dit quand les résultats ne viennent que d’une partie des mots tapés', () => {
    expect(describeResults(1, readSearchState(new URLSearchParams('q=arrêter+école')), true)).toBe(
      'Aucune page ne contient tous vos mots. 1 résultat pour « arrêter école ».',
    );
  });
});

describe('subjectWords', () => {
  it.each([
    // The way people talk (and the way the network recorded the public's questions).
    ['je veux arrêter l’école', ['arrêter', 'école']],
    ['je veux trouver un apprentissage', ['trouver', 'apprentissage']],
    ['Je sais pas quoi faire', []],
    ['stage de 3e à Blois', ['stage', '3e', 'Blois']],
    ['apprentissage', ['apprentissage']],
  ])('« %s »', (query, expected) => {
    expect(subjectWords(query)).toEqual(expected);
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

describe('withSigleFilter', () => {
  const sigles = siglesOf([
    { sigle: 'VAE', sens: 'validation des acquis de l’expérience' },
    { sigle: 'Afpa', sens: 'sigle qui désigne l’organisme national de formation professionnelle des adultes' },
    { sigle: 'CFA', sens: 'centre de formation d’apprentis' },
  ]);
  const page = (main: string) => `<html><head><title>Page</title></head><body><main>${main}</main></body></html>`;
  const filtersOf = (html: string) =>
    [...withSigleFilter(html, sigles).matchAll(/<meta data-pagefind-filter="sigle\[content\]" content="(\w+)">/g)].map(
      (match) => match[1],
    );

  it.each([
    ['une page qui emploie la VAE', page('<p>Une VAE (validation des acquis de l’expérience).</p>'), ['VAE']],
    // The stemmer reads « VAE » as « va »: the word « va » is no use of the sigle.
    ['une page où l’on « va » en cours', page('<h1>Votre enfant ne va plus en cours</h1>'), []],
    // As the glossary writes it and in capitals: the search matches either as typed (sigleUseFilters).
    ['« AFPA » et « CFA » en capitales', page('<p>L’AFPA et le <a href="/">CFA</a>.</p>'), ['Afpa', 'AFPA', 'CFA']],
    ['« Afpa » comme le glossaire', page('<p>L’Afpa de Blois.</p>'), ['Afpa', 'AFPA']],
    ['un sigle hors de <main> (en-tête)', '<head></head><header>VAE</header><main>Rien</main>', []],
    ['un sigle dans un mot plus long', page('<p>CFAI, CFAS</p>'), []],
  ])('%s', (_, html, expected) => {
    expect(filtersOf(html)).toEqual(expected);
  });

  it('ajoute les filtres à la fin de <head>, et rien à une page sans sigle', () => {
    expect(withSigleFilter(page('<p>VAE</p>'), sigles)).toContain(
      '<title>Page</title><meta data-pagefind-filter="sigle[content]" content="VAE"></head>',
    );
    expect(withSigleFilter(page('<p>Rien</p>'), sigles)).toBe(page('<p>Rien</p>'));
  });
});

describe('sigleUseFilters', () => {
  it.each([
    ['q=VAE', { sigle: { any: ['VAE'] } }],
    // Typed in capitals or as the glossary writes it (« Afpa »): a word with a capital is sent as typed.
    ['q=la+VAE+%C3%A0+Blois&bassin=blois', { area: { any: ['blois'] }, sigle: { any: ['VAE', 'Blois'] } }],
    ['q=l%E2%80%99AIOA', { sigle: { any: ['AIOA'] } }],
    ['q=Afpa+Blois', { sigle: { any: ['Afpa', 'Blois'] } }],
    // Alone, a word in lower case may be a sigle typed on a phone.
    ['q=vae', { sigle: { any: ['VAE'] } }],
    ['q=afpa', { sigle: { any: ['AFPA'] } }],
  ])('?%s', (search, expected) => {
    expect(sigleUseFilters(readSearchState(new URLSearchParams(search)))).toEqual(expected);
  });

  // Ordinary words and names: « Cap emploi » is no CAP diploma, a « projet de vie » no VIE (volontariat international).
  it.each(['q=cap+emploi', 'q=projet+de+vie', 'q=un+but', 'q=', 'type=report'])('?%s : aucun sigle', (search) => {
    expect(sigleUseFilters(readSearchState(new URLSearchParams(search)))).toBeUndefined();
  });
});

describe('putFirst', () => {
  it('met d’abord les résultats choisis, chaque partie dans son ordre', () => {
    const results = ['va', 'vae-1', 'valeur', 'vae-2'].map((id) => ({ id }));
    expect(putFirst(results, new Set(['vae-2', 'vae-1', 'absent'])).map(({ id }) => id)).toEqual([
      'vae-1',
      'vae-2',
      'va',
      'valeur',
    ]);
  });
});
