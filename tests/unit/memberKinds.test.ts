import { describe, expect, it } from 'vitest';
import { kindsInAList } from '../../src/lib/structures/memberKinds.ts';

describe('les sortes de structures que la page d’accueil prête aux membres', () => {
  it('nomme chaque sorte une fois, dans l’ordre des types, et les lie par « et »', () => {
    expect(kindsInAList(['cfa', 'mission-locale', 'cfa', 'bij', 'mission-locale'])).toBe(
      'Missions Locales, information jeunesse et CFA',
    );
  });

  it('ne nomme que les sortes données', () => {
    expect(kindsInAList(['bij'])).toBe('information jeunesse');
    expect(kindsInAList([])).toBe('');
  });
});
