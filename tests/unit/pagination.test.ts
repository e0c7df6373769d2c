import { describe, expect, it } from 'vitest';
import { listPageSize } from '../../src/lib/listPageSize.ts';
import {
  headingRange,
  pageCountNote,
  pageNumbers,
  pageOfIndex,
  pagePath,
  pageSuffix,
} from '../../src/lib/pagination.ts';
import {
  readMapData,
  structureSummary,
  toMapStructure,
  unconfirmedPublicsLine,
} from '../../src/lib/structures/mapData.ts';
import { PUBLICS } from '../../src/schemas/fields.ts';
import { captionOf, headingOf } from '../support/cutLists.ts';
import { nameWithSigle } from '../../src/lib/structures/nameWithSigle.ts';
import {
  filterableOfItem,
  markerPoint,
  pointOfItem,
  structureItemAttributes,
} from '../../src/lib/structures/markers.ts';

describe('pages d’une longue liste', () => {
  it('la page 1 est l’adresse de la liste, les suivantes un numéro dessous', () => {
    expect(pagePath('/sitotheque/emploi/', 1)).toBe('/sitotheque/emploi/');
    expect(pagePath('/sitotheque/emploi/', 3)).toBe('/sitotheque/emploi/3/');
    expect(pagePath('/structures/bassin/blois', 2)).toBe('/structures/bassin/blois/2/');
  });

  it.each([
    [1, 1, [1]],
    [2, 5, [1, 2, 3, 4, 5]],
    [1, 30, [1, 2, 3, null, 30]],
    [15, 30, [1, null, 13, 14, 15, 16, 17, null, 30]],
    [30, 30, [1, null, 28, 29, 30]],
  ])('depuis la page %i sur %i, les liens vont à %j', (current, last, expected) => {
    expect(pageNumbers(current, last)).toEqual(expected);
  });

  it('nomme les pages après la première dans le titre, et ce que montre chacune dans son titre principal', () => {
    expect([1, 2, 12].map(pageSuffix)).toEqual(['', ', page 2', ', page 12']);
    expect(headingRange({ start: 0, end: 9, lastPage: 1, total: 10 })).toBe('');
    expect(headingRange({ start: 0, end: 19, lastPage: 6, total: 120 })).toBe(' (1 à 20 sur 120)');
    expect(headingRange({ start: 20, end: 39, lastPage: 6, total: 120 })).toBe(' (21 à 40 sur 120)');
  });

  it('sur une page qui ne montre qu’une entrée, dit son rang plutôt que « 51 à 51 »', () => {
    expect(headingRange({ start: 50, end: 50, lastPage: 2, total: 51 })).toBe(' (51e sur 51)');
    expect(headingRange({ start: 100, end: 100, lastPage: 3, total: 101 })).toBe(' (101e sur 101)');
    expect(headingRange({ start: 50, end: 51, lastPage: 2, total: 52 })).toBe(' (51 à 52 sur 52)');
    // A first entry alone (pages of one entry, in a test build): « 1er » or « 1re » would depend on the list.
    expect(headingRange({ start: 0, end: 0, lastPage: 3, total: 3 })).toBe(' (1 à 1 sur 3)');
  });

  it('les tests des pages construites lisent les deux formes, et refusent « 51 à 51 »', () => {
    const h1 = (page: { start: number; end: number }) =>
      `<h1>Sites utiles : Emploi${headingRange({ ...page, lastPage: 2, total: 51 })}</h1>`;
    expect(headingOf(h1({ start: 50, end: 50 }))).toEqual({ title: 'Sites utiles : Emploi', range: [51, 51, 51] });
    expect(headingOf(h1({ start: 0, end: 49 }))).toEqual({ title: 'Sites utiles : Emploi', range: [1, 50, 51] });
    expect(headingOf('<h1>Sites utiles : Emploi (51 à 51 sur 51)</h1>').range).toBeUndefined();
    expect(headingOf('<h1>Sites utiles : Emploi (1e sur 51)</h1>').range).toBeUndefined();
    expect(captionOf('<caption>Comparer (6e sur 6)</caption>')).toEqual({ text: 'Comparer', range: [6, 6, 6] });
    expect(captionOf('<caption>Comparer</caption>')).toEqual({ text: 'Comparer' });
  });

  it('dit dans le plan du site combien de pages compte une liste, quand elle en a plusieurs', () => {
    expect([undefined, 1, 2, 12].map(pageCountNote)).toEqual(['', '', ', en 2 pages', ', en 12 pages']);
  });

  it('trouve la page d’un élément', () => {
    expect([0, 49, 50, 120].map((index) => pageOfIndex(index, 50))).toEqual([1, 1, 2, 3]);
  });
});

describe('taille des pages (site.listPageSize)', () => {
  it('garde la valeur choisie, ou celle d’une construction de test', () => {
    expect(listPageSize(50, undefined)).toBe(50);
    expect(listPageSize(50, '3')).toBe(3);
  });

  it('refuse une valeur inutilisable en nommant le réglage et la correction', () => {
    expect(() => listPageSize(4, undefined)).toThrow(/site\.listPageSize vaut « 4 ».*au moins 10/);
    expect(() => listPageSize(12.5, undefined)).toThrow(/src\/site\.config\.ts/);
    expect(() => listPageSize(50, 'beaucoup')).toThrow(/LIST_PAGE_SIZE vaut « beaucoup »/);
  });
});

describe('données de la carte', () => {
  it('résume une structure par son type, sa commune et sa place dans le réseau : membre ou partenaire', () => {
    expect(structureSummary({ type: 'cio', commune: 'Blois' }, { cio: 'CIO' })).toBe('CIO · Blois · membre du réseau');
    expect(structureSummary({ type: 'afpa', commune: 'Blois', partenaire: true }, { afpa: 'Afpa' })).toBe(
      'Afpa · Blois · partenaire du réseau',
    );
  });

  it('dit dans le résumé les publics qu’aucune source ne confirme encore', () => {
    const structure = toMapStructure(
      'cio',
      {
        ...entry,
        type: 'cio',
        publics: ['etudiants', 'apprentis'],
        publics_a_confirmer: ['apprentis'],
        verifie: false,
      },
      '/structures/cio/',
      PUBLICS,
    );
    expect(structureSummary(structure, { cio: 'CIO' })).toBe(
      'CIO · Blois · membre du réseau · peut-être aussi pour les apprentis (à confirmer)',
    );
    expect(unconfirmedPublicsLine(['Étudiants', 'Apprentis'])).toBe(
      'peut-être aussi pour les étudiants et les apprentis (à confirmer)',
    );
    expect(Object.keys(toMapStructure('ml', { ...entry, verifie: false }, '/', PUBLICS))).not.toContain(
      'publicsAConfirmer',
    );
  });

  it('refuse un fichier qui n’en est pas un, en français', () => {
    expect(() => readMapData({ structures: 'non' })).toThrow('Le fichier des structures de la carte est illisible.');
    expect(readMapData({ types: {}, structures: [] }).structures).toEqual([]);
  });

  const entry = {
    nom: 'Mission locale de Blois',
    sigle: undefined,
    commune: 'Blois',
    type: 'mission-locale' as const,
    bassin: 'blois' as const,
    publics: ['jeunes-16-25' as const],
    publics_a_confirmer: [],
    latitude: 47.59,
    longitude: 1.33,
    sources: undefined,
    membre: true,
    commune_inconnue: false,
  };

  it.each([
    ['vérifiée', { verifie: true }, { confirmed: true, approximate: false }],
    ['non vérifiée', { verifie: false }, { confirmed: false, approximate: true }],
  ])(
    'l’enregistrement d’une structure %s porte sa provenance et ses champs pour la liste et la carte',
    (_, provenance, expected) => {
      const structure = toMapStructure('ml-blois', { ...entry, ...provenance }, '/structures/ml-blois/', PUBLICS);
      expect(structure).toMatchObject({
        id: 'ml-blois',
        nom: 'Mission locale de Blois',
        lat: 47.59,
        lng: 1.33,
        ...expected,
      });
    },
  );

  it.each([
    ['avec un sigle', 'ML Blois', { sigle: 'ML Blois' }],
    ['sans sigle', undefined, {}],
  ])('l’enregistrement d’une structure %s le porte pour les listes, qui la nomment avec lui', (_, sigle, expected) => {
    const structure = toMapStructure('ml-blois', { ...entry, verifie: false, sigle }, '/structures/ml-blois/', PUBLICS);
    expect(Object.keys(structure).includes('sigle')).toBe(sigle !== undefined);
    expect(structure).toMatchObject(expected);
    expect(nameWithSigle(structure.nom, structure.sigle)).toBe(
      sigle ? 'Mission locale de Blois (ML Blois)' : 'Mission locale de Blois',
    );
  });

  it.each([true, false])(
    'le repère relu sur un élément de la liste est celui des données (vérifiée : %s)',
    (verifie) => {
      const types = { 'mission-locale': 'Mission locale' };
      const structure = toMapStructure('ml-blois', { ...entry, verifie }, '/structures/ml-blois/', PUBLICS);
      // What `element.dataset` gives for these attributes: data-marker-class → markerClass.
      const dataset = Object.fromEntries(
        Object.entries(structureItemAttributes(structure, types)).map(([name, value]) => [
          name.slice('data-'.length).replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
          value,
        ]),
      );
      expect(pointOfItem(dataset)).toEqual(markerPoint(structure, types));
      // And what the filters read there when the data file cannot load.
      expect(filterableOfItem(dataset)).toEqual({
        id: structure.id,
        bassin: structure.bassin,
        type: structure.type,
        publics: structure.publics,
      });
      expect(markerPoint(structure, types)).toMatchObject({
        label: 'Mission locale de Blois, Blois',
        summary: 'Mission locale · Blois · membre du réseau',
        code: 'ML',
        approximate: !verifie,
        unplaced: false,
      });
    },
  );

  it('une structure dont la commune est inconnue n’est placée dans aucune commune, ni dans la liste ni sur la carte', () => {
    const types = { 'mission-locale': 'Mission locale' };
    const standIn = { ...entry, verifie: false, commune_inconnue: true };
    const structure = toMapStructure('ml-blois', standIn, '/structures/ml-blois/', PUBLICS);
    // Nor at the stand-in point: the map's data file and the list's items give none.
    expect(Object.keys(structure)).not.toContain('lat');
    expect(Object.keys(structure)).not.toContain('lng');
    const attributes = structureItemAttributes(structure, types);
    expect(attributes).toHaveProperty('data-unplaced');
    expect(Object.keys(attributes)).not.toContain('data-lat');
    expect(Object.keys(attributes)).not.toContain('data-lng');
    const dataset = Object.fromEntries(
      Object.entries(attributes).map(([name, value]) => [
        name.slice('data-'.length).replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
        value,
      ]),
    );
    expect(pointOfItem(dataset)).toEqual(markerPoint(structure, types));
    expect(markerPoint(structure, types)).toMatchObject({
      label: 'Mission locale de Blois, lieu à confirmer, pas sur la carte',
      summary: 'Mission locale · lieu à confirmer, pas sur la carte · membre du réseau',
      unplaced: true,
    });
  });
});
