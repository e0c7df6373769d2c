import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slugify.ts';

describe('slugify', () => {
  it.each([
    ['Cité des Métiers', '', 'cite-des-metiers'],
    ['  Mission Locale d’Blois. ', '', 'mission-locale-d-blois'],
    ['ST AIGNAN', '', 'st-aignan'],
    ['Code Postal_', '', 'code-postal'],
    ['points-etape/2024 Bilan', '/', 'points-etape/2024-bilan'],
    ['points-etape/2024 Bilan', '', 'points-etape-2024-bilan'],
    ['Main-d’œuvre et Cæcilia', '', 'main-d-oeuvre-et-caecilia'],
    ['« »', '', ''],
  ])('« %s » (gardant « %s ») → %s', (text, keep, slug) => {
    expect(slugify(text, keep)).toBe(slug);
  });
});
