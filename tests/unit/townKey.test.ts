import { describe, expect, it } from 'vitest';
import { employmentAreaOf } from '../../src/lib/employmentAreaOf.ts';
import { townKey } from '../../src/lib/townKey.ts';

describe('le nom d’une commune tel qu’il est comparé', () => {
  it.each([
    ['Saint-Aignan', 'saint-aignan'],
    ['ST AIGNAN', 'saint-aignan'],
    ['St-Aignan', 'saint-aignan'],
    ['Ste-Anne', 'sainte-anne'],
    ['SAINTE ANNE', 'sainte-anne'],
    ['Vendôme', 'vendome'],
    // « st » inside a word is no abbreviation.
    ['Estrées', 'estrees'],
    ['Mesland', 'mesland'],
  ])('%s → %s', (town, key) => {
    expect(townKey(town)).toBe(key);
  });

  it('donne le bassin d’une commune listée, quelle que soit son écriture', () => {
    expect(employmentAreaOf({ commune: 'MONTOIRE SUR LE LOIR' })).toEqual({ id: 'vendome', from: 'commune' });
  });
});
