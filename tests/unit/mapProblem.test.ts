import { describe, expect, it } from 'vitest';
import { mapProblemMessage } from '../../src/lib/structures/mapProblem.ts';

describe('le message d’une carte qui ne s’affiche pas', () => {
  it.each([
    ['la liste entière', { shown: 25, total: 25 }, 'Toutes les structures restent dans la liste.'],
    ['une liste filtrée', { shown: 2, total: 25 }, 'Les 2 structures affichées restent dans la liste.'],
    ['une seule structure retenue', { shown: 1, total: 25 }, 'La structure affichée reste dans la liste.'],
  ])('avec %s, parle de la liste telle qu’on la voit', (_case, list, sentence) => {
    expect(mapProblemMessage('tiles', list)).toBe(
      `Le fond de carte ne s’affiche pas : le serveur de tuiles ne répond pas. ${sentence}`,
    );
  });

  it.each([
    ['sans liste visible (liste=non, fiche d’une structure)', undefined],
    ['quand aucune structure ne correspond (le compte le dit)', { shown: 0, total: 25 }],
  ])('ne parle pas de la liste %s', (_case, list) => {
    expect(mapProblemMessage('tiles', list)).toBe(
      'Le fond de carte ne s’affiche pas : le serveur de tuiles ne répond pas.',
    );
    expect(mapProblemMessage('code', list)).toBe('La carte n’a pas pu se charger.');
  });

  it('ne dit jamais « toutes » d’une liste réduite', () => {
    for (let shown = 1; shown < 25; shown++) {
      expect(mapProblemMessage('code', { shown, total: 25 })).not.toMatch(/toutes/i);
    }
  });
});
