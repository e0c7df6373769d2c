import { describe, expect, it } from 'vitest';
import type { DiagnosticResult } from '../../src/schemas/diagnostic.ts';
import { RESULT_LEVELS, levelAnchor, resultLevels } from '../../src/lib/diagnosticLevels.ts';

const site: DiagnosticResult['sites'][number] = { id: 'onisep', collection: 'sites' };

describe('resultLevels', () => {
  it('lists every level of a result that names something, in the order of the page', () => {
    expect(resultLevels({ sites: [site], informer: ['bij'], accompagner: ['mission-locale'] })).toEqual(
      Object.keys(RESULT_LEVELS),
    );
  });

  it('leaves out an empty level, so that no link leads to a section the page does not have', () => {
    expect(resultLevels({ sites: [], informer: ['bij'], accompagner: ['mission-locale'] })).toEqual([
      'informer',
      'accompagner',
    ]);
    expect(resultLevels({ sites: [site], informer: [], accompagner: [] })).toEqual(['sites']);
  });

  it('keeps the level of places to be informed when, empty, it says why: the sentence is read in its place', () => {
    const why = 'L’annuaire du réseau ne connaît pas de lieu qui renseigne sur ce sujet.';
    expect(
      resultLevels({ sites: [site], informer: [], informer_absent: why, accompagner: ['mission-locale'] }),
    ).toEqual(Object.keys(RESULT_LEVELS));
  });

  it('names the sections the links lead to', () => {
    expect(levelAnchor('accompagner')).toBe('niveau-accompagner');
  });
});
