/**
 * The steps whose pages without JavaScript are no longer built (stepsWithoutJavaScript leaves out a question that
 * only orders the result), although they had one per employment area: a bookmark of such an address gets a short
 * page that says so and links the step that follows it now.
 */
import {
  nextStepWithPage,
  nextSteps,
  stepsByAreaKnowledge,
  type DiagnosticStep,
  type QuestionStep,
} from './diagnosticTree.ts';

/** A step without a page, and the step its answers now lead to (the first one that has a page). */
export interface RetiredStep<T extends DiagnosticStep> {
  step: T & QuestionStep;
  next: string;
}

/** The steps of `steps` reached once the area is known that `linkedSteps` (the tree without JavaScript) leaves out. */
export function retiredSteps<T extends DiagnosticStep>(
  steps: readonly T[],
  linkedSteps: readonly DiagnosticStep[],
): RetiredStep<T>[] {
  const linked = new Set(linkedSteps.map((step) => step.id));
  const byId = new Map(steps.map((step) => [step.id, step]));
  const firstNext = (id: string) => {
    const data = byId.get(id)?.data;
    return data?.type === 'question' ? nextSteps(data)[0] : undefined;
  };
  const { after } = stepsByAreaKnowledge(steps);
  return steps.flatMap((step) => {
    if (!after.has(step.id) || linked.has(step.id) || step.data.type !== 'question') return [];
    const first = firstNext(step.id);
    const next =
      first === undefined ? undefined : nextStepWithPage(first, (id) => (linked.has(id) ? undefined : firstNext(id)));
    return next !== undefined && linked.has(next) ? [{ step: step as T & QuestionStep, next }] : [];
  });
}
