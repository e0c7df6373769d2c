import { describe, expect, it } from 'vitest';
import { countOf, inSentence, joinFrench, plural } from '../../src/lib/french.ts';

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

  it.each([
    ['De 16 à 25 ans', 'de 16 à 25 ans'],
    ['Je suis apprenti ou apprentie', 'je suis apprenti ou apprentie'],
    ['J’ai quitté l’école', 'j’ai quitté l’école'],
    ['Être accompagné', 'être accompagné'],
    ['26 ans ou plus', '26 ans ou plus'],
    ['Blois', 'Blois'],
    ['Romorantin-Lanthenay', 'Romorantin-Lanthenay'],
    ['CFA du bâtiment', 'CFA du bâtiment'],
  ])('inSentence(« %s ») → « %s » : une réponse se lit dans une phrase, un nom garde sa majuscule', (words, text) => {
    expect(inSentence(words)).toBe(text);
  });

  // The area answers of the content, whose place names read like common words; not a word that only starts alike.
  it.each([
    ['Blois ou ses environs', 'Blois ou ses environs'],
    ['Vendôme ou ses environs', 'Vendôme ou ses environs'],
    ['Bloiseries en fête', 'bloiseries en fête'],
    ['De 16 à 25 ans', 'de 16 à 25 ans'],
  ])('inSentence(« %s », noms des bassins) → « %s »', (words, text) => {
    expect(inSentence(words, ['Blois', 'Vendôme'])).toBe(text);
  });
});
