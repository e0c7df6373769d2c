import { describe, expect, it } from 'vitest';
import {
  areaAsKnown,
  knownCommune,
  postalPlace,
  whatTheSiteKnows,
  pointPlacement,
} from '../../src/lib/structures/postalPlace.ts';

describe('postalPlace', () => {
  it('writes the postal code before the commune', () => {
    expect(postalPlace({ code_postal: '41000', commune: 'Blois' })).toBe('41000 Blois');
  });

  it('writes the commune alone when the entry has no postal code', () => {
    expect(postalPlace({ commune: 'Blois' })).toBe('Blois');
    expect(postalPlace({ code_postal: '', commune: 'Blois' })).toBe('Blois');
  });

  it('never writes as fact the town where an entry only places a stand-in point', () => {
    const standIn = { commune: 'Blois', commune_inconnue: true };
    expect(postalPlace(standIn)).toBe('Commune pas encore connue');
    expect(knownCommune(standIn)).toBeUndefined();
    expect(whatTheSiteKnows(standIn)).toBe('Ce site ne sait pas encore où elle est installée.');
    expect(knownCommune({ commune: 'Blois', commune_inconnue: false })).toBe('Blois');
    expect(whatTheSiteKnows({ commune: 'Blois' })).toBe('Ce site ne connaît encore que sa commune.');
  });
});

describe('le bassin d’une structure sans commune connue', () => {
  it('est dit « à confirmer », après une virgule, sur la fiche comme dans les listes', () => {
    expect(areaAsKnown('Blois', { commune_inconnue: true })).toBe('Blois, à confirmer');
    expect(areaAsKnown('bassin de Blois', { commune_inconnue: true })).toBe('bassin de Blois, à confirmer');
    expect(areaAsKnown('Blois', { commune_inconnue: false })).toBe('Blois');
    expect(areaAsKnown('Blois', {})).toBe('Blois');
  });
});

describe('une structure sans commune connue', () => {
  it('n’a pas de repère indicatif sur la carte, et sa fiche le dit', () => {
    expect(pointPlacement({ commune_inconnue: true })).toBe(
      'Elle n’est pas sur la carte tant que sa commune n’est pas connue.',
    );
    expect(pointPlacement({ commune_inconnue: false })).toBe('Sur la carte, le repère est placé dans la commune.');
  });
});
