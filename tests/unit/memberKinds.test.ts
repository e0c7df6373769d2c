import { describe, expect, it } from 'vitest';
import { memberKinds } from '../../src/lib/structures/memberKinds.ts';

describe('les sortes de structures que la page d’accueil prête aux membres', () => {
  it('nomme chaque sorte une fois, dans l’ordre des types, avec son libellé et son nombre de membres', () => {
    expect(memberKinds(['cfa', 'mission-locale', 'cfa', 'bij', 'mission-locale', 'cfa'])).toEqual([
      { type: 'mission-locale', label: 'Mission Locale', count: 2 },
      { type: 'bij', label: 'Bureau information jeunesse (BIJ)', count: 1 },
      { type: 'cfa', label: 'Centre de formation d’apprentis (CFA)', count: 3 },
    ]);
  });

  it('ne nomme que les sortes données', () => {
    expect(memberKinds(['bij']).map((kind) => kind.type)).toEqual(['bij']);
    expect(memberKinds([])).toEqual([]);
  });
});
