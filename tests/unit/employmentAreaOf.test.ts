import { describe, expect, it } from 'vitest';
import { employmentAreaOf } from '../../src/lib/employmentAreaOf.ts';

describe('bassin d’emploi d’un lieu qui n’en donne pas', () => {
  it.each([
    ['une commune listée, écrite autrement', { commune: 'VENDOME' }, { id: 'vendome', from: 'commune' }],
    ['une commune listée, avec des espaces', { commune: 'montoire sur le loir' }, { id: 'vendome', from: 'commune' }],
    // The town decides over a point that sits nearer another centre (a point typed in the wrong town).
    [
      'une commune listée et un point plus près d’un autre centre',
      { commune: 'Romorantin-Lanthenay', latitude: 47.59, longitude: 1.34 },
      { id: 'romorantin', from: 'commune' },
    ],
    [
      'une commune non listée : le centre le plus proche',
      { commune: 'Salbris', latitude: 47.43, longitude: 2.05 },
      { id: 'romorantin', from: 'centre' },
    ],
    ['un point sans commune', { latitude: 47.8, longitude: 0.9 }, { id: 'vendome', from: 'centre' }],
    ['ni commune listée ni point', { commune: 'Salbris' }, undefined],
  ])('%s', (_case, place, expected) => {
    expect(employmentAreaOf(place)).toEqual(expected);
  });
});
