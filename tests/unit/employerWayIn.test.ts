import { describe, expect, it } from 'vitest';
import { optionPath } from '../../src/lib/diagnosticPaths.ts';
import { startStep } from '../../src/lib/diagnosticTree.ts';
import { employerAreaQuestion } from '../../src/lib/employerWayIn.ts';
import { territory } from '../../src/site.config.ts';
import { diagnosticSteps } from '../support/loadContent.ts';

const { steps } = diagnosticSteps();
const byId = new Map(steps.map((step) => [step.id, step]));

describe('l’entrée des employeurs dans l’autodiagnostic', () => {
  const question = employerAreaQuestion(steps)!;

  it('demande le bassin, puis mène chaque bassin à la question des employeurs, sans âge ni préférence', () => {
    const paths = question.options.map((option) => optionPath(question, option, startStep(steps).id));
    expect(paths).toEqual(territory.employmentAreas.map((area) => `/diagnostic/${area.id}/employeur-besoin/`));
    const next = byId.get('employeur-besoin')!.data;
    expect(next.type === 'question' && next.question).toMatch(/accueillir dans votre entreprise/);
  });

  it('reprend la réponse « employeur » de la question de l’âge : l’arbre change, l’entrée suit', () => {
    const moved = steps.map((step) =>
      step.id === 'age' && step.data.type === 'question'
        ? {
            ...step,
            data: {
              ...step.data,
              options: step.data.options.map((option) =>
                option.valeur === 'employeur' ? { ...option, suite: 'employeur-stage' } : option,
              ),
            },
          }
        : step,
    );
    expect(employerAreaQuestion(moved)!.options.every((option) => option.suite === 'employeur-stage')).toBe(true);
  });

  it('sans réponse « employeur » (un autre territoire peut ne pas en avoir), n’ouvre pas d’entrée', () => {
    const without = steps.map((step) =>
      step.id === 'age' && step.data.type === 'question'
        ? {
            ...step,
            data: { ...step.data, options: step.data.options.filter((option) => option.valeur !== 'employeur') },
          }
        : step,
    );
    expect(employerAreaQuestion(without)).toBeUndefined();
  });

  it('quand la première question ne demande pas le bassin, arrête la construction en disant quoi changer', () => {
    const start = startStep(steps).id;
    const noArea = steps.map((step) =>
      step.id === start && step.data.type === 'question'
        ? { ...step, data: { ...step.data, profil: undefined } }
        : step,
    );
    expect(() => employerAreaQuestion(noArea)).toThrow(/première question doit être « profil: bassin »/);
  });
});
