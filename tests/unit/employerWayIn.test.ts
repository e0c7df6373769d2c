import { describe, expect, it } from 'vitest';
import { optionPath } from '../../src/lib/diagnosticPaths.ts';
import { startStep, type DiagnosticStep } from '../../src/lib/diagnosticTree.ts';
import { employerAreaQuestion } from '../../src/lib/employerWayIn.ts';
import { territory } from '../../src/site.config.ts';
import { contentFiles } from '../support/loadContent.ts';

const steps = contentFiles('diagnostic') as unknown as DiagnosticStep[];
const byId = new Map(steps.map((step) => [step.id, step]));

describe('l’entrée des employeurs dans l’autodiagnostic', () => {
  const question = employerAreaQuestion(steps);

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
    expect(employerAreaQuestion(moved).options.every((option) => option.suite === 'employeur-stage')).toBe(true);
  });

  it('sans réponse « employeur », arrête la construction en disant quoi ajouter', () => {
    const without = steps.filter((step) => step.id !== 'age');
    expect(() => employerAreaQuestion(without)).toThrow(/profil: age.*valeur: employeur.*suite/);
  });
});
