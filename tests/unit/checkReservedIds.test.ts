import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { checkReservedIds } from '../../src/lib/checkReservedIds.ts';

const entry = (id: string) => ({ id, filePath: `content/stages/${id}.md`, data: {} });

describe('checkReservedIds', () => {
  it.each([
    ['imprimer', 1],
    ['pour', 1],
    ['pmsmp', 0],
    ['imprimer-a4', 0],
  ])('une fiche de stage nommée « %s » donne %i erreur(s)', (id, count) => {
    expect(checkReservedIds({ internships: [entry(id)] })).toHaveLength(count);
  });

  it('nomme le fichier, l’adresse en conflit et la correction', () => {
    const [problem] = checkReservedIds({ internships: [entry('imprimer')] });
    expect(formatProblem(problem!)).toBe(
      'content/stages/imprimer.md: nom du fichier: « imprimer » est déjà l’adresse d’une page du site (/stages/imprimer/) → renommez le fichier, par exemple « stage-imprimer ».',
    );
  });

  it('laisse les autres collections utiliser ces noms', () => {
    expect(checkReservedIds({ tools: [{ id: 'imprimer', data: {} }] })).toEqual([]);
  });
});
