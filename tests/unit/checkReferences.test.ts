import { describe, expect, it } from 'vitest';
import { checkReferences } from '../../src/lib/checkReferences.ts';
import { ContentError, formatProblem } from '../../src/lib/contentProblem.ts';

const themes = [{ id: 'apprentissage', filePath: 'content/thematiques/apprentissage.yaml', data: {} }];
const report = (thematiques: string[]) => ({
  id: '2013',
  filePath: 'content/points-etape/2013.md',
  data: {
    titre: 'x',
    date: new Date('2013-01-01'),
    thematiques: thematiques.map((id) => ({ id, collection: 'themes' })),
  },
});

describe('checkReferences', () => {
  it('accepte des références qui existent', () => {
    expect(checkReferences({ themes, reports: [report(['apprentissage'])] })).toEqual([]);
  });

  it('nomme le fichier, le champ et les valeurs possibles quand une référence est inconnue', () => {
    const problems = checkReferences({ themes, reports: [report(['apprentissage', 'apprentisage'])] });
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0]!)).toBe(
      'content/points-etape/2013.md: thematiques[1]: « apprentisage » n’existe pas dans content/thematiques/ → écrivez le nom d’un fichier de ce dossier, sans extension (apprentissage).',
    );
  });

  it('trouve les références imbriquées dans des objets', () => {
    const tool = {
      id: 'grille',
      filePath: 'content/outils/grille.yaml',
      data: { structure: { id: 'cio-nulle-part', collection: 'structures' } },
    };
    const problems = checkReferences({ structures: [], tools: [tool] });
    expect(problems.map((problem) => problem.field)).toEqual(['structure']);
  });

  it('nomme le chemin d’une référence dans une liste de groupes', () => {
    const internship = {
      id: 'stage',
      filePath: 'content/stages/stage.md',
      data: {
        liens: [
          { titre: 'a', structure: { id: 'cio-blois', collection: 'structures' } },
          { titre: 'b', structure: { id: 'cio-nulle-part', collection: 'structures' } },
        ],
        date: new Date('2024-01-01'),
      },
    };
    const structures = [{ id: 'cio-blois', data: {} }];
    expect(checkReferences({ structures, internships: [internship] }).map((problem) => problem.field)).toEqual([
      'liens[1].structure',
    ]);
  });

  it('rassemble toutes les erreurs dans un seul message', () => {
    const error = new ContentError(checkReferences({ themes, reports: [report(['a', 'b'])] }));
    expect(error.message).toMatch(/^Le contenu comporte 2 erreurs/);
  });
});
