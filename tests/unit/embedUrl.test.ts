import { describe, expect, it } from 'vitest';
import {
  buildEmbedSnippet,
  buildEmbedUrl,
  clampHeight,
  embedTitle,
  parseEmbedOptions,
  tileCredit,
  type EmbedOptions,
} from '../../src/lib/structures/embedUrl.ts';
import {
  filtersToSearchParams,
  mapPathFor,
  mapPathForArea,
  matchesFilters,
  parseStructureFilters,
  unknownFiltersNote,
} from '../../src/lib/structures/filters.ts';

const vocabulary = {
  bassins: ['blois', 'romorantin', 'vendome'],
  types: ['mission-locale', 'cio', 'bij', 'cfa'],
  publics: ['collegiens-lyceens', 'jeunes-16-25', 'parents', 'tout-public'],
};
const all: EmbedOptions = { bassins: [], types: [], public: undefined, showList: true };
const page = 'https://partenaire.example/aioa41/embed/carte/';

describe('filtres dans l’adresse', () => {
  it.each([
    ['', { bassins: [], types: [], public: undefined }],
    ['bassin=blois', { bassins: ['blois'], types: [], public: undefined }],
    ['bassin=vendome&bassin=blois', { bassins: ['blois', 'vendome'], types: [], public: undefined }],
    ['bassin=blois,vendome', { bassins: ['blois', 'vendome'], types: [], public: undefined }],
    ['type=cio&type=inconnu&public=parents', { bassins: [], types: ['cio'], public: 'parents' }],
    ['bassin=paris&public=martiens', { bassins: [], types: [], public: undefined }],
    ['bassin=blois&bassin=blois', { bassins: ['blois'], types: [], public: undefined }],
    [
      'structure=cio-blois&structure=bij-41&structure=cio-blois',
      { bassins: [], types: [], public: undefined, structures: ['bij-41', 'cio-blois'] },
    ],
    ['structure=<script>&structure=', { bassins: [], types: [], public: undefined }],
    // As a partner types them by hand: capitals, accents, spaces.
    ['bassin=Blois', { bassins: ['blois'], types: [], public: undefined }],
    ['bassin=vendôme,%20ROMORANTIN', { bassins: ['romorantin', 'vendome'], types: [], public: undefined }],
    ['type=CIO&public=Parents', { bassins: [], types: ['cio'], public: 'parents' }],
    ['public=Parents,%20jeunes-16-25', { bassins: [], types: [], public: 'parents' }],
  ])('?%s', (query, expected) => {
    expect(parseStructureFilters(new URLSearchParams(query), vocabulary)).toEqual(expected);
  });

  it.each([
    ['', ''],
    ['bassin=Vendôme&type=cio&public=parents&liste=non&structure=inconnue', ''],
    ['bassin=xyz', 'Critère inconnu ignoré : bassin « xyz ». Valeurs possibles : blois, romorantin, vendome.'],
    [
      'bassin=blois,vendomois&type=mairie&public=',
      'Critère inconnu ignoré : bassin « vendomois ». Valeurs possibles : blois, romorantin, vendome. ' +
        'Critère inconnu ignoré : type « mairie ». Valeurs possibles : mission-locale, cio, bij, cfa.',
    ],
  ])('une valeur inconnue dans ?%s est signalée avec les valeurs possibles', (query, expected) => {
    expect(unknownFiltersNote(new URLSearchParams(query), vocabulary)).toBe(expected);
  });

  it.each([
    [{ bassins: [], types: [], public: undefined }, ''],
    [
      { bassins: ['vendome', 'blois'], types: ['cio'], public: 'parents' },
      'bassin=blois&bassin=vendome&type=cio&public=parents',
    ],
    [{ bassins: ['nulle-part'], types: [], public: 'martiens' }, ''],
    [
      { bassins: ['blois'], types: [], public: undefined, structures: ['cio-blois', 'bij-41'] },
      'bassin=blois&structure=bij-41&structure=cio-blois',
    ],
  ])('%j → ?%s', (filters, expected) => {
    expect(filtersToSearchParams(filters, vocabulary).toString()).toBe(expected);
  });
});

describe('mapPathFor', () => {
  it.each([
    [
      ['mission-locale-blaisois', 'cio-blois'],
      '/carte/?structure=cio-blois&structure=mission-locale-blaisois#selection',
    ],
    [[], '/carte/'],
  ])('%j → %s', (ids, expected) => {
    expect(mapPathFor(ids)).toBe(expected);
  });
});

describe('mapPathForArea', () => {
  it('gives the map of one employment area', () => {
    expect(mapPathForArea('romorantin')).toBe('/carte/?bassin=romorantin#selection');
  });
});

describe('matchesFilters', () => {
  const cio = { bassin: 'blois', type: 'cio', publics: ['collegiens-lyceens', 'parents'] };
  const bij = { bassin: 'blois', type: 'bij', publics: ['tout-public'] };
  it.each([
    [cio, {}, true],
    [cio, { bassins: ['blois'] }, true],
    [cio, { bassins: ['vendome'] }, false],
    [cio, { bassins: ['vendome', 'blois'], types: ['cio'] }, true],
    [cio, { types: ['mission-locale'] }, false],
    [cio, { public: 'parents' }, true],
    [cio, { public: 'jeunes-16-25' }, false],
    [bij, { public: 'jeunes-16-25' }, true],
    [{ ...cio, id: 'cio-blois' }, { structures: ['cio-blois', 'bij-41'] }, true],
    [{ ...cio, id: 'cio-blois' }, { structures: ['bij-41'] }, false],
    [{ ...cio, id: 'cio-blois' }, { structures: ['cio-blois'], types: ['bij'] }, false],
    [{ ...cio, id: 'cio-blois' }, { structures: [] }, true],
  ])('%j avec %j → %s', (structure, filters, expected) => {
    expect(matchesFilters(structure, { bassins: [], types: [], public: undefined, ...filters })).toBe(expected);
  });
});

describe('adresse de la carte intégrée', () => {
  it.each([
    [all, page],
    [{ ...all, showList: false }, `${page}?liste=non`],
    [{ ...all, bassins: ['blois'] }, `${page}?bassin=blois#sans-javascript-blois`],
    [
      { ...all, bassins: ['vendome', 'romorantin'], types: ['cio'] },
      `${page}?bassin=romorantin&bassin=vendome&type=cio#sans-javascript-romorantin`,
    ],
    [
      { ...all, types: ['cio', 'mission-locale'], showList: false },
      `${page}?type=mission-locale&type=cio&liste=non#sans-javascript`,
    ],
    [{ ...all, public: 'parents' }, `${page}?public=parents#sans-javascript`],
  ])('%j → %s, relue à l’identique', (options, expected) => {
    const url = buildEmbedUrl(page, options, vocabulary);
    expect(url).toBe(expected);
    const reread = parseEmbedOptions(new URL(url).searchParams, vocabulary);
    expect(buildEmbedUrl(page, reread, vocabulary)).toBe(url);
  });
});

describe('code à copier', () => {
  it('a un titre, un chargement différé, une largeur de 100 % et un bac à sable', () => {
    const snippet = buildEmbedSnippet({
      url: `${page}?bassin=blois&type=cio`,
      title: 'Carte « AIOA 41 »',
      height: 450,
    });
    expect(snippet).toMatch(/^<iframe .*><\/iframe>$/);
    expect(snippet).toContain('src="https://partenaire.example/aioa41/embed/carte/?bassin=blois&amp;type=cio"');
    expect(snippet).toContain('title="Carte « AIOA 41 »"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('width: 100%');
    expect(snippet).toContain('height="450"');
    // Same origin, so that the tile server gets the Referer it requires; never the partner's origin.
    expect(snippet).toContain(
      'sandbox="allow-scripts allow-same-origin allow-popups allow-top-navigation-by-user-activation"',
    );
  });

  it.each([
    [450, 450],
    [10, 300],
    [99999, 1200],
    [Number.NaN, 500],
  ])('hauteur %s → %s', (height, expected) => {
    expect(clampHeight(height)).toBe(expected);
  });

  const labels = {
    network: 'AIOA 41',
    bassins: { blois: 'Blois', vendome: 'Vendôme', romorantin: 'Romorantin-Lanthenay', issoudun: 'Issoudun' },
    types: { cio: 'CIO', 'mission-locale': 'Mission Locale' },
    publics: { parents: 'Parents' },
  };
  it.each([
    [{}, 'Carte des structures AIOA 41'],
    [{ bassins: ['blois'] }, 'Carte des structures AIOA 41 : bassin de Blois'],
    [
      { bassins: ['blois', 'vendome', 'romorantin'] },
      'Carte des structures AIOA 41 : bassins de Blois, Vendôme et Romorantin-Lanthenay',
    ],
    [{ bassins: ['issoudun'] }, 'Carte des structures AIOA 41 : bassin d’Issoudun'],
    [{ types: ['cio'], public: 'parents' }, 'Carte des structures AIOA 41 : CIO ; pour : Parents'],
  ])('titre pour %j : %s', (filters, expected) => {
    expect(embedTitle({ bassins: [], types: [], public: undefined, ...filters }, labels)).toBe(expected);
  });
});

describe('mention du fond de carte citée par /carte/integrer/', () => {
  it.each([
    [
      '&copy; <a href="https://www.openstreetmap.org/copyright">les contributrices et contributeurs d’OpenStreetMap</a>',
      {
        text: '© les contributrices et contributeurs d’OpenStreetMap',
        href: 'https://www.openstreetmap.org/copyright',
      },
    ],
    ['&copy; tuiles d’essai', { text: '© tuiles d’essai', href: undefined }],
  ])('%s', (attribution, expected) => {
    expect(tileCredit(attribution)).toEqual(expected);
  });
});
