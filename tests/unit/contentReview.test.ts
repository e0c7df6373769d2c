import { describe, expect, it } from 'vitest';
import { contentReviewFacts } from '../../src/lib/contentReview.ts';

describe('les mentions légales disent où en est la vérification des contenus', () => {
  it('aucune fiche vérifiée : chaque phrase le dit, avec le total', () => {
    expect(
      contentReviewFacts({
        structures: { checked: 0, total: 25 },
        internships: { checked: 0, total: 7 },
        tools: { checked: 1, total: 11 },
      }),
    ).toEqual([
      'Aucune des 25 fiches de structure n’a encore de coordonnées vérifiées par une personne. Chaque fiche dit si ses coordonnées sont vérifiées, et sinon d’où elles viennent.',
      'Aucune des 7 fiches de stage n’a encore été comparée aux textes officiels. Chaque fiche le dit, et celles qui ne l’ont pas été portent la mention « À revérifier ».',
      '1 outil sur 11 est cité dans un document du groupe. Chaque fiche d’outil dit d’où elle vient.',
    ]);
  });

  it.each([
    [{ checked: 3, total: 25 }, /^3 fiches de structure sur 25 ont des coordonnées vérifiées/],
    [{ checked: 1, total: 25 }, /^1 fiche de structure sur 25 a des coordonnées vérifiées/],
    [{ checked: 25, total: 25 }, /^Les 25 fiches de structure ont des coordonnées vérifiées/],
  ])('structures %o', (structures, expected) => {
    const [sentence] = contentReviewFacts({
      structures,
      internships: { checked: 0, total: 0 },
      tools: { checked: 0, total: 0 },
    });
    expect(sentence).toMatch(expected);
  });

  it.each([
    [{ checked: 2, total: 7 }, /^2 fiches de stage sur 7 ont été comparées aux textes officiels/],
    [{ checked: 7, total: 7 }, /^Les 7 fiches de stage ont été comparées aux textes officiels/],
  ])('stages %o : des fiches, comme partout dans le répertoire', (internships, expected) => {
    const [sentence] = contentReviewFacts({
      structures: { checked: 0, total: 0 },
      internships,
      tools: { checked: 0, total: 0 },
    });
    expect(sentence).toMatch(expected);
  });

  it('une sorte de fiche que le site n’a pas ne donne aucune phrase (pas de « aucune des 0 »)', () => {
    const facts = contentReviewFacts({
      structures: { checked: 0, total: 2 },
      internships: { checked: 0, total: 0 },
      tools: { checked: 0, total: 0 },
    });
    expect(facts).toHaveLength(1);
    expect(facts.join(' ')).not.toMatch(/\b0\b/);
  });

  it('une seule fiche d’une sorte, non vérifiée : « La fiche … », pas « Aucune des 1 fiche »', () => {
    expect(
      contentReviewFacts({
        structures: { checked: 0, total: 1 },
        internships: { checked: 0, total: 1 },
        tools: { checked: 0, total: 1 },
      }).map((sentence) => sentence.split('. ')[0]),
    ).toEqual([
      'La fiche de structure n’a pas encore de coordonnées vérifiées par une personne',
      'La fiche de stage n’a pas encore été comparée aux textes officiels',
      'L’outil n’est pas cité dans un document du groupe',
    ]);
  });
});
