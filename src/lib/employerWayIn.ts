/**
 * The employers' way into the self-diagnostic: the first question (the employment area), asked of the company and
 * leading straight to the step that the age question's « employeur » answer opens, instead of asking first how the
 * person wants to be helped and their age.
 */
import type { DiagnosticQuestion } from '../schemas/diagnostic.ts';
import { isQuestion, optionKey, startStep, type DiagnosticStep } from './diagnosticTree.ts';

/** Value of the employers' answer in the question that fills the profile's age. */
export const EMPLOYER_ANSWER = 'employeur';

/** The area question for employers, each area leading to the employers' first step; fails, with the fix, without one. */
export function employerAreaQuestion(steps: readonly DiagnosticStep[]): DiagnosticQuestion {
  const employer = steps
    .filter(isQuestion)
    .filter((step) => step.data.profil === 'age')
    .flatMap((step) => step.data.options)
    .find((option) => optionKey(option) === EMPLOYER_ANSWER && option.suite !== undefined);
  const start = startStep(steps);
  if (!employer || !isQuestion(start) || start.data.profil !== 'bassin') {
    throw new Error(
      `content/diagnostic/ : les employeurs n’ont pas d’entrée → la question « profil: age » doit avoir une réponse « valeur: ${EMPLOYER_ANSWER} » avec une « suite », et la première question « profil: bassin » (la page /diagnostic/employeurs/ en a besoin).`,
    );
  }
  return {
    ...start.data,
    question: 'Près de quelle ville est votre entreprise ?',
    aide: undefined,
    // The areas only: the professionals' answer opens their own page, not the employers' step.
    options: start.data.options
      .filter((option) => option.suite !== undefined)
      .map((option) => ({ ...option, suite: employer.suite })),
  };
}
