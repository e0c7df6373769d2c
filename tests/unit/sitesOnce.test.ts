import { describe, expect, it } from 'vitest';
import { cardsOf, sectionsOnce, sectionsOnPage } from '../../src/lib/sitesOnce.ts';

// Themes in order, each with its sites; « unml » belongs to two themes, « b » and « c » to both of the last two.
const groups = [
  { theme: 'information', sites: ['a', 'unml'] },
  { theme: 'emploi', sites: ['b', 'c', 'd'] },
  { theme: 'professionnalisation', sites: ['unml'] },
  { theme: 'stages', sites: ['b', 'c', 'e'] },
];
const sections = sectionsOnce(groups, (site) => site);
/** What a reader sees of a page: each theme, its cards, the sites it names only. */
const shown = (start: number, end: number) =>
  sectionsOnPage(sections, start, end).map(({ theme, cards, mentions, continued }) => ({
    theme: continued ? `${theme} (suite)` : theme,
    cards,
    named: mentions.map(({ site, presentedIn }) => `${site} (${presentedIn})`),
  }));

describe('une liste de sites par thème où chaque site est présenté une fois', () => {
  it('présente chaque site par une carte dans son premier thème, et le nomme dans les suivants', () => {
    expect(cardsOf(sections).map(({ site }) => site)).toEqual(['a', 'unml', 'b', 'c', 'd', 'e']);
    expect(shown(0, 49)).toEqual([
      { theme: 'information', cards: ['a', 'unml'], named: [] },
      { theme: 'emploi', cards: ['b', 'c', 'd'], named: [] },
      { theme: 'professionnalisation', cards: [], named: ['unml (information)'] },
      { theme: 'stages', cards: ['e'], named: ['b (emploi)', 'c (emploi)'] },
    ]);
  });

  it('coupée en pages, compte les sites : chaque page en montre au plus la taille, et un thème continue sur la suivante', () => {
    expect(shown(0, 2)).toEqual([
      { theme: 'information', cards: ['a', 'unml'], named: [] },
      { theme: 'emploi', cards: ['b'], named: [] },
    ]);
    // The theme of names alone stays after the card before it; the names of a cut theme follow its last card.
    expect(shown(3, 5)).toEqual([
      { theme: 'emploi (suite)', cards: ['c', 'd'], named: [] },
      { theme: 'professionnalisation', cards: [], named: ['unml (information)'] },
      { theme: 'stages', cards: ['e'], named: ['b (emploi)', 'c (emploi)'] },
    ]);
    // A page ending on the card before a theme of names alone shows that theme, and the next page does not.
    expect(shown(0, 4).map(({ theme }) => theme)).toEqual(['information', 'emploi', 'professionnalisation']);
    expect(shown(5, 5).map(({ theme }) => theme)).toEqual(['stages']);
  });
});
