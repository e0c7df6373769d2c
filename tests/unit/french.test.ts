import { describe, expect, it } from 'vitest';
import { countOf, joinFrench, plural } from '../../src/lib/french.ts';

describe('les accords en français', () => {
  it.each([
    [0, '0 structure'],
    [1, '1 structure'],
    [2, '2 structures'],
  ])('%i → « %s » (0 et 1 au singulier)', (count, text) => {
    expect(countOf(count, 'structure')).toBe(text);
  });

  it('prend la forme plurielle donnée quand elle n’est pas en -s', () => {
    expect(plural(3, 'correspond', 'correspondent')).toBe('correspondent');
    expect(plural(1, 'correspond', 'correspondent')).toBe('correspond');
  });

  it.each([
    [[], ''],
    [['Blois'], 'Blois'],
    [['Blois', 'Vendôme'], 'Blois et Vendôme'],
    [['Blois', 'Vendôme', 'Romorantin-Lanthenay'], 'Blois, Vendôme et Romorantin-Lanthenay'],
  ])('joinFrench(%j) → « %s »', (items, text) => {
    expect(joinFrench(items)).toBe(text);
  });
});
