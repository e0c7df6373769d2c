/**
 * The employers' way into the self-diagnostic: the first question (the employment area), asked of the company and
 * leading straight to the step that the age question's « employeur » answer opens, instead of asking first how the
 * person wants to be helped and their age.
 */
import type { DiagnosticQuestion } from '../schemas/diagnostic.ts';
import { formatProblem, type ContentProblem } from './contentProblem.ts';
import { isQuestion, optionKey, startStep, stepFile, type DiagnosticStep } from './diagnosticTree.ts';
import { territory } from '../site.config.ts';

/**
 * Whom the employers' way in leads to, in its title, the site map and the home page's link. The département, not
 * « près de votre entreprise »: the chambers and the CAD serve it all from one town, so most employers are sent to
 * another area.
 */
export const EMPLOYER_CONTACTS = `vos interlocuteurs ${territory.departement.dans}`;

/** Title of the employers' way in, in the page and in the site map. */
export const EMPLOYER_WAY_IN_TITLE = `Employeurs : ${EMPLOYER_CONTACTS}`;

/** Value of the employers' answer in the question that fills the profile's age. */
export const EMPLOYER_ANSWER = 'employeur';

/** The employers' answer to the age question that leads somewhere, if the self-diagnostic has one. */
function employerAnswer(steps: readonly DiagnosticStep[]) {
  return steps
    .filter(isQuestion)
    .filter((step) => step.data.profil === 'age')
    .flatMap((step) => step.data.options)
    .find((option) => optionKey(option) === EMPLOYER_ANSWER && option.suite !== undefined);
}

/**
 * The content check of the employers' way in: a self-diagnostic with an employers' answer must ask the area first,
 * since /diagnostic/employeurs/ asks the company's area with that question. No first question is another check's
 * problem.
 */
export function employerWayInProblem(steps: readonly DiagnosticStep[]): ContentProblem | undefined {
  const start = steps.filter(isQuestion).find((step) => step.data.debut);
  if (!start || start.data.profil === 'bassin' || !employerAnswer(steps)) return undefined;
  return {
    file: stepFile(start),
    field: 'profil',
    message: `les employeurs n’ont pas d’entrée → la première question doit être « profil: bassin », car la réponse « valeur: ${EMPLOYER_ANSWER} » de la question « profil: age » ouvre la page /diagnostic/employeurs/, qui demande le bassin de l’entreprise.`,
  };
}

/**
 * The area question for employers, each area leading to the employers' first step. A territory whose self-diagnostic
 * has no employers' answer has no such way in (undefined).
 */
export function employerAreaQuestion(steps: readonly DiagnosticStep[]): DiagnosticQuestion | undefined {
  const employer = employerAnswer(steps);
  if (!employer) return undefined;
  // Unreachable once the content checks have passed (employerWayInProblem); kept for a caller that skips them.
  const problem = employerWayInProblem(steps);
  if (problem) throw new Error(formatProblem(problem));
  const start = startStep(steps.filter(isQuestion));
  return {
    ...start.data,
    question: 'Près de quelle ville se trouve votre entreprise ?',
    aide: undefined,
    // The areas only: the professionals' answer opens their own page, not the employers' step.
    options: start.data.options
      .filter((option) => option.suite !== undefined)
      .map((option) => ({ ...option, suite: employer.suite })),
  };
}
