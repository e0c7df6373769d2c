import { describe, expect, it } from 'vitest';
import { entryFile } from '../../src/lib/contentProblem.ts';

describe('le fichier que nomme une erreur du contenu', () => {
  it('est celui de la fiche quand on le connaît', () => {
    expect(entryFile({ id: 'cio-blois', filePath: 'content/structures/cio-blois.yml' }, 'structures')).toBe(
      'content/structures/cio-blois.yml',
    );
  });

  it('sinon, est là où sa collection range ses fichiers, avec l’extension des nouvelles fiches', () => {
    expect(entryFile({ id: 'cio-blois' }, 'structures')).toBe('content/structures/cio-blois.yaml');
    expect(entryFile({ id: '2013-bilan' }, 'reports')).toBe('content/points-etape/2013-bilan.md');
    expect(entryFile({ id: 'cio' }, 'glossary')).toBe('content/sigles/cio.yaml');
  });
});
