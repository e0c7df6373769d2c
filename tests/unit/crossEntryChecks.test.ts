import { describe, expect, it } from 'vitest';
import { crossEntryChecks } from '../../src/lib/crossEntryChecks.ts';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { startStep, type DiagnosticStep } from '../../src/lib/diagnosticTree.ts';
import { diagnosticSteps } from '../support/loadContent.ts';

const { steps } = diagnosticSteps();
const problemsOf = (diagnostic: readonly DiagnosticStep[]) =>
  crossEntryChecks({ diagnostic }).filter((problem) => /reformulez|bassin de l’entreprise/.test(problem.message));
const withQuestion = (id: string, change: Record<string, unknown>) =>
  steps.map((step) =>
    step.id === id && step.data.type === 'question' ? { ...step, data: { ...step.data, ...change } } : step,
  );

describe('les vérifications du contenu de l’autodiagnostic', () => {
  it('acceptent le contenu actuel : chaque page a son titre, la première question demande le bassin', () => {
    expect(problemsOf(steps).map(formatProblem)).toEqual([]);
  });

  it('signalent deux questions dont les pages auraient le même titre, dans les deux fichiers, avec quoi faire', () => {
    const same = withQuestion('besoin-etudiant', { question: 'Quelle est votre question ?' });
    const problems = problemsOf(same);
    expect(problems.map(({ file, field }) => `${file}: ${field}`).sort()).toEqual([
      'content/diagnostic/besoin-eleve.yaml: question',
      'content/diagnostic/besoin-etudiant.yaml: question',
    ]);
    expect(problems[0]!.message).toMatch(
      /même titre « Quelle est votre question \? ».*→ reformulez l’une des deux questions/,
    );
  });

  it('signalent une première question qui ne demande pas le bassin alors que les employeurs ont une entrée', () => {
    const start = startStep(steps);
    const problems = problemsOf(withQuestion(start.id, { profil: undefined }));
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(`^content/diagnostic/${start.id}\\.yaml: profil: .*première question doit être « profil: bassin »`),
      ),
    ]);
  });
});
