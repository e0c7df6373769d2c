import { describe, expect, it } from 'vitest';
import { stepsWithoutJavaScript, type DiagnosticStep } from '../../src/lib/diagnosticTree.ts';
import { retiredSteps } from '../../src/lib/retiredSteps.ts';
import { diagnosticSteps } from '../support/loadContent.ts';

/** The old addresses of the pages without JavaScript: which steps lost their page, and where their answers lead now. */

const question = (id: string, options: { suite: string; valeur?: string }[], extra: Record<string, unknown> = {}) => ({
  id,
  data: {
    type: 'question',
    question: `${id} ?`,
    options: options.map((option) => ({ libelle: id, ...option })),
    ...extra,
  },
});
const tree = (preferenceNext: string[]) =>
  [
    question('bassin', [{ valeur: 'nord', suite: 'preference' }], { debut: true, profil: 'bassin' }),
    question(
      'preference',
      preferenceNext.map((suite, index) => ({ valeur: `choix-${index}`, suite })),
      { profil: 'preference' },
    ),
    question('age', [{ suite: 'emploi' }]),
    question('autre', [{ suite: 'emploi' }]),
    { id: 'emploi', data: { type: 'resultat', titre: 'Emploi' } },
  ] as unknown as DiagnosticStep[];

describe('retiredSteps', () => {
  it('retient la question qui ne fait qu’ordonner le résultat, et l’étape où mènent maintenant ses réponses', () => {
    const steps = tree(['age', 'age']);
    expect(retiredSteps(steps, stepsWithoutJavaScript(steps)).map(({ step, next }) => [step.id, next])).toEqual([
      ['preference', 'age'],
    ]);
  });

  it('ne retient rien quand chaque étape garde sa page (la préférence mène à deux étapes différentes)', () => {
    const steps = tree(['age', 'autre']);
    expect(retiredSteps(steps, stepsWithoutJavaScript(steps))).toEqual([]);
  });

  it('sur le contenu réel, chaque étape retirée mène à une étape qui a toujours sa page', () => {
    const { linked, retired } = diagnosticSteps();
    expect(retired.length).toBeGreaterThan(0);
    for (const { step, next } of retired) {
      expect(linked.some((kept) => kept.id === step.id)).toBe(false);
      expect(linked.some((kept) => kept.id === next)).toBe(true);
    }
  });
});
