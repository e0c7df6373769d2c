import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
  byWordsMatched,
  countingSearch,
  describeResults,
  hasSearch,
  interleave,
  pagefindFilters,
  putFirst,
  readSearchState,
  searchStateToParams,
  separateRunTogetherText,
  sigleUseFilters,
  subjectWords,
  toTypewriterApostrophes,
  toTypographicApostrophes,
  withSiteWords,
  type SearchState,
} from '../../src/lib/search.ts';
import { searchWords } from '../../src/site.config.ts';
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
    expect(describeResults(1, readSearchState(new URLSearchParams('q=arrêter+école')), { fewerWords: true })).toBe(
      'Aucune page ne contient tous vos mots. 1 résultat pour « arrêter école ».',
    );
  });

  it('nomme les recherches dont les résultats sont mêlés', () => {
    const state = readSearchState(new URLSearchParams('q=chômage'));
    expect(describeResults(25, state, { anyOf: ['chômage', 'demandeur d’emploi'] })).toBe(
      '25 résultats pour « chômage » ou « demandeur d’emploi ».',
    );
    expect(describeResults(0, state, { anyOf: ['chômage', 'demandeur d’emploi'] })).toBe(
      'Aucun résultat pour « chômage ».',
    );
    expect(describeResults(9, state, { fewerWords: true, anyOf: ['enfant', 'quitté', 'lycée'] })).toBe(
      'Aucune page ne contient tous vos mots. 9 résultats pour « enfant », « quitté » ou « lycée », ceux qui en contiennent le plus d’abord.',
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
    // A bare number is on pages that hold none of the other words (« 19 »: a date, a count).
    ['j’ai 19 ans je cherche un emploi', ['ans', 'cherche', 'emploi']],
    ['mon fils a quitté le lycée', ['fils', 'quitté', 'lycée']],
  ])('« %s »', (query, expected) => {
    expect(subjectWords(query)).toEqual(expected);
  });
});

describe('withSiteWords', () => {
  const table = [
    { typed: ['chômage', 'sans emploi'], site: 'demandeur d’emploi' },
    { typed: ['emploi'], site: 'travail' },
    { typed: ['ML'], site: 'Mission Locale' },
  ];
  it.each([
    ['chomage', { query: 'demandeur d emploi', shown: 'demandeur d’emploi' }],
    ['CHÔMAGE à Blois', { query: 'demandeur d emploi à Blois', shown: 'demandeur d’emploi à Blois' }],
    // The longest phrase first: « sans emploi » is not « sans » and « emploi ».
    ['je suis sans emploi', { query: 'je suis demandeur d emploi', shown: 'je suis demandeur d’emploi' }],
    ['ml vendôme', { query: 'Mission Locale vendôme', shown: 'Mission Locale vendôme' }],
    ['apprentissage', undefined],
    // A word, not a piece of one.
    ['html', undefined],
  ])('« %s »', (query, expected) => {
    expect(withSiteWords(query, table)).toEqual(expected);
  });
});

describe('le tableau des mots du site (searchWords de site.config.ts)', () => {
  const glossary = readdirSync('content/sigles').map(
    (file) => (parse(readFileSync(`content/sigles/${file}`, 'utf8')) as { sigle: string }).sigle,
  );
  it('ne redéfinit aucun sigle de content/sigles/ : ses pages viennent déjà en premier', () => {
    expect(glossary.length).toBeGreaterThan(20);
    const typed = searchWords.flatMap((entry) => entry.typed.map((phrase) => phrase.toUpperCase()));
    expect(typed.filter((phrase) => glossary.some((sigle) => sigle.toUpperCase() === phrase))).toEqual([]);
  });

  it('fait chercher des mots que les contenus du site emploient vraiment', () => {
    // Apostrophes and accents as the search compares them: « quitté l'école » is « quitte l’ecole ».
    const comparable = (text: string) =>
      text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, ' ').replace(/\s+/g, ' ').toLowerCase();
    const contents = comparable(
      readdirSync('content', { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(ya?ml|mdx?)$/.test(file))
        .map((file) => readFileSync(`content/${file}`, 'utf8'))
        .join('\n'),
    );
    const absent = searchWords.map((entry) => entry.site).filter((site) => !contents.includes(comparable(site)));
    expect(absent).toEqual([]);
  });

  it('ne fait chercher aucun mot tapé comme lui-même', () => {
    for (const entry of searchWords) expect(withSiteWords(entry.site, searchWords), entry.site).toBeUndefined();
  });
});

describe('interleave', () => {
  it('prend le premier de chaque liste, puis le deuxième, chaque page une fois', () => {
    const ids = (...list: string[]) => list.map((id) => ({ id }));
    expect(interleave([ids('a', 'b', 'c'), ids('x', 'a', 'y')]).map(({ id }) => id)).toEqual(['a', 'x', 'b', 'c', 'y']);
  });
});

describe('byWordsMatched', () => {
  it('met d’abord les pages qui ont le plus de mots, un mot rare comptant plus qu’un mot courant', () => {
    const ids = (...list: string[]) => list.map((id) => ({ id }));
    const common = ids('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
    const rare = ids('h', 'z');
    const other = ids('b', 'h');
    expect(byWordsMatched([common, rare, other], 400).map(({ id }) => id)).toEqual([
      'h',
      'b',
      'z',
      'a',
      'c',
      'd',
      'e',
      'f',
      'g',
    ]);
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
