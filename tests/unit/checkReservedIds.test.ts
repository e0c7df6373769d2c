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

  it.each([
    ['1', 1],
    ['2', 1],
    ['2013', 1],
    ['2013-trois-thematiques', 0],
  ])('un point d’étape nommé « %s » donne %i erreur(s)', (id, count) => {
    expect(checkReservedIds({ reports: [{ id, data: {} }] })).toHaveLength(count);
  });

  it.each(['1', '2'])(
    'dit qu’un nom fait de chiffres (« %s ») est gardé pour les pages de la liste des points d’étape',
    (id) => {
      const [problem] = checkReservedIds({ reports: [{ id, filePath: `content/points-etape/${id}.md`, data: {} }] });
      expect(formatProblem(problem!)).toBe(
        `content/points-etape/${id}.md: nom du fichier: « ${id} » n’est fait que de chiffres : ces noms sont réservés aux pages de la liste des points d’étape (/points-etape/2/ et suivantes) → renommez le fichier, par exemple « point-etape-${id} ».`,
      );
    },
  );

  it('laisse les autres collections utiliser ces noms', () => {
    expect(checkReservedIds({ tools: [{ id: 'imprimer', data: {} }] })).toEqual([]);
    expect(checkReservedIds({ tools: [{ id: '2', data: {} }] })).toEqual([]);
  });
});
