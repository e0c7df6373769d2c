import { describe, expect, it } from 'vitest';
import { structuresForResult, type StructureLike } from '../../src/lib/resolveResultStructures.ts';

const s = (id: string, type: string, bassin: string): StructureLike => ({ id, data: { type, bassin, nom: id } });
const structures = [
  s('ml-blois', 'mission-locale', 'blois'),
  s('ml-romorantin', 'mission-locale', 'romorantin'),
  s('ft-romorantin', 'france-travail', 'romorantin'),
  s('ft-blois', 'france-travail', 'blois'),
  s('bij-41', 'bij', 'blois'),
  s('cfa-b', 'cfa', 'blois'),
  s('cfa-a', 'cfa', 'blois'),
];
const ids = (list: StructureLike[]) => list.map((structure) => structure.id);

describe('structuresForResult', () => {
  it.each([
    [
      'romorantin',
      { informer: ['bij', 'france-travail'], accompagner: ['mission-locale'] },
      ['ft-romorantin'],
      ['bij-41'],
      ['ml-romorantin'],
      [],
    ],
    [
      'blois',
      { informer: ['bij', 'france-travail'], accompagner: ['mission-locale'] },
      ['bij-41', 'ft-blois'],
      [],
      ['ml-blois'],
      [],
    ],
    [
      'romorantin',
      { informer: [], accompagner: ['mission-locale', 'cfa'] },
      [],
      [],
      ['ml-romorantin'],
      ['cfa-a', 'cfa-b'],
    ],
    ['blois', { informer: ['mission-locale'], accompagner: ['mission-locale'] }, [], [], ['ml-blois'], []],
  ])(
    'bassin %s, %j : informer local %j, ailleurs %j ; accompagner local %j, ailleurs %j',
    (area, result, informLocal, informElsewhere, counselLocal, counselElsewhere) => {
      const { informer, accompagner } = structuresForResult(result, structures, area);
      expect(ids(informer.local)).toEqual(informLocal);
      expect(ids(informer.elsewhere)).toEqual(informElsewhere);
      expect(ids(accompagner.local)).toEqual(counselLocal);
      expect(ids(accompagner.elsewhere)).toEqual(counselElsewhere);
    },
  );
});
