import { describe, expect, it } from 'vitest';
import { postalPlace } from '../../src/lib/structures/postalPlace.ts';

describe('postalPlace', () => {
  it('writes the postal code before the commune', () => {
    expect(postalPlace({ code_postal: '41000', commune: 'Blois' })).toBe('41000 Blois');
  });

  it('writes the commune alone when the entry has no postal code', () => {
    expect(postalPlace({ commune: 'Blois' })).toBe('Blois');
    expect(postalPlace({ code_postal: '', commune: 'Blois' })).toBe('Blois');
  });
});
