/**
 * Pure helpers over the self-diagnostic's steps, shared by the pages, the build-time check and the unit tests.
 * The tree is a directed acyclic graph: several answers may lead to the same step.
 */
import type { DiagnosticNode, DiagnosticOption, DiagnosticQuestion } from '../schemas/diagnostic.ts';

/** One step as the content layer gives it: its id (file name), its file and its data. */
export interface DiagnosticStep {
  id: string;
  filePath?: string | undefined;
  data: DiagnosticNode;
}

/** A question step, narrowed. */
export type QuestionStep = DiagnosticStep & { data: DiagnosticQuestion };

/** The key of an answer in the address and the profile: its value, or else the step it leads to (or the page it opens). */
export function optionKey(option: Pick<DiagnosticOption, 'valeur' | 'suite' | 'page'>): string {
  return option.valeur ?? option.suite ?? (option.page ?? '').split('/').filter(Boolean).join('-');
}

/** The steps a question's answers lead to; answers that open a page of the site lead to no step. */
export function nextSteps(question: DiagnosticQuestion): string[] {
  return question.options.flatMap((option) => (option.suite === undefined ? [] : [option.suite]));
}

/** Whether a step is a question. */
export function isQuestion(step: DiagnosticStep): step is QuestionStep {
  return step.data.type === 'question';
}

/** The first step: the question marked `debut: true` (the check proves there is exactly one). */
export function startStep<T extends DiagnosticStep>(steps: readonly T[]): T {
  const start = steps.find((step) => step.data.type === 'question' && step.data.debut);
  if (!start) throw new Error('Aucune étape du diagnostic ne porte « debut: true ».');
  return start;
}

/**
 * For each step, the largest number of questions still to answer from it, itself included
 * (0 for a result). Progress shows "question n sur N au plus". Assumes no cycle.
 */
export function questionsLeft(steps: readonly DiagnosticStep[]): Map<string, number> {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const memo = new Map<string, number>();
  const visit = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const step = byId.get(id);
    memo.set(id, 0); // guards against a cycle in an unchecked tree
    const left = step && isQuestion(step) ? 1 + Math.max(0, ...nextSteps(step.data).map(visit)) : 0;
    memo.set(id, left);
    return left;
  };
  for (const step of steps) visit(step.id);
  return memo;
}

/**
 * Which steps are reached before the employment area is known, and which after.
 * The pages without JavaScript put the area in the address of every step after the `bassin` question.
 */
export function stepsByAreaKnowledge(steps: readonly DiagnosticStep[]): { before: Set<string>; after: Set<string> } {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const before = new Set<string>();
  const after = new Set<string>();
  const visit = (id: string, areaKnown: boolean) => {
    const seen = areaKnown ? after : before;
    if (seen.has(id)) return;
    seen.add(id);
    const step = byId.get(id);
    if (!step || !isQuestion(step)) return;
    const setsArea = step.data.profil === 'bassin';
    for (const next of nextSteps(step.data)) visit(next, areaKnown || setsArea);
  };
  visit(startStep(steps).id, false);
  return { before, after };
}

/** Every answer given, in order, and the step reached. */
export interface Walk {
  answers: { stepId: string; key: string }[];
  current: string;
}

/**
 * Follows answer keys from the first step. `next(stepId, key)` gives the step an answer leads to,
 * or undefined when that answer does not exist; the walk stops there (an old or altered link
 * lands on the last valid step rather than failing).
 */
export function followAnswers(
  startId: string,
  keys: readonly string[],
  next: (stepId: string, key: string) => string | undefined,
): Walk {
  const answers: Walk['answers'] = [];
  let current = startId;
  for (const key of keys) {
    const target = next(current, key);
    if (target === undefined) break;
    answers.push({ stepId: current, key });
    current = target;
  }
  return { answers, current };
}

/** Name of the address parameter holding the answers. */
const ANSWERS_PARAMETER = 'parcours';
const SEPARATOR = '.';

/** Reads answer keys from a query string (`?parcours=blois.en-ligne.16-25`). */
export function decodeAnswers(search: string): string[] {
  const value = new URLSearchParams(search).get(ANSWERS_PARAMETER);
  // An unknown key stops the walk in `followAnswers`, so nothing is filtered here.
  return value ? value.split(SEPARATOR) : [];
}

/** Writes answer keys as a query string; no answer gives an empty string (the first question). */
export function encodeAnswers(keys: readonly string[]): string {
  return keys.length > 0 ? `?${ANSWERS_PARAMETER}=${keys.join(SEPARATOR)}` : '';
}

/** Steps in the order a reader meets them: breadth first from the first question, then any orphan. */
function stepsInTreeOrder<T extends DiagnosticStep>(steps: readonly T[]): T[] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const order: T[] = [];
  const queued = new Set<string>();
  const queue = [startStep(steps).id];
  while (queue.length > 0) {
    const step = byId.get(queue.shift()!);
    if (!step || queued.has(step.id)) continue;
    queued.add(step.id);
    order.push(step);
    if (isQuestion(step)) queue.push(...nextSteps(step.data));
  }
  return [...order, ...steps.filter((step) => !queued.has(step.id))];
}

/** How the page for professionals names and links a step: its anchor in the page, its text, its file. */
export interface StepReference {
  anchor: string;
  title: string;
  file: string;
}

/**
 * The whole tree as the page for professionals lays it out: questions, then results, each in reading order,
 * with how every step is referred to and the answers that lead to it.
 */
export function treeForProfessionals<T extends DiagnosticStep>(steps: readonly T[]) {
  const ordered = stepsInTreeOrder(steps);
  const references = new Map<string, StepReference>(
    steps.map((step) => [
      step.id,
      {
        anchor: `${isQuestion(step) ? 'q' : 'r'}-${step.id}`,
        title: step.data.type === 'question' ? step.data.question : step.data.titre,
        file: step.filePath ?? `content/diagnostic/${step.id}.yaml`,
      },
    ]),
  );
  return {
    questions: ordered.filter((step): step is T & QuestionStep => isQuestion(step)),
    results: ordered.flatMap((step) => (step.data.type === 'resultat' ? [{ ...step, data: step.data }] : [])),
    references,
    startId: startStep(steps).id,
    incoming: answersLeadingTo(steps),
    depth: Math.max(...questionsLeft(steps).values()),
  };
}

/** For each step, the answers that lead to it: the question's id and the answer's text. */
export function answersLeadingTo(steps: readonly DiagnosticStep[]): Map<string, { stepId: string; libelle: string }[]> {
  const incoming = new Map<string, { stepId: string; libelle: string }[]>();
  for (const step of steps) {
    if (!isQuestion(step)) continue;
    for (const { suite, libelle } of step.data.options) {
      if (suite !== undefined) incoming.set(suite, [...(incoming.get(suite) ?? []), { stepId: step.id, libelle }]);
    }
  }
  return incoming;
}

/** The text of a step as a page names it: the question, or the result's title. */
function stepTitle(step: DiagnosticStep): string {
  return isQuestion(step) ? step.data.question : (step.data as { titre: string }).titre;
}

/**
 * A page title per step that no other step shares. Steps with the same text (« Trouver un emploi » for
 * the young and for adults) get the nearest earlier answer that tells them apart, walking back up the
 * tree: « Trouver un emploi (De 16 à 25 ans) ».
 */
export function distinctStepTitles(steps: readonly DiagnosticStep[]): Map<string, string> {
  const incoming = answersLeadingTo(steps);
  /** The answers on the way back to the first question, nearest first (first path when there are several). */
  const answersBack = (id: string): string[] => {
    const labels: string[] = [];
    const seen = new Set<string>();
    for (
      let answer = incoming.get(id)?.[0];
      answer && !seen.has(answer.stepId);
      answer = incoming.get(answer.stepId)?.[0]
    ) {
      seen.add(answer.stepId);
      labels.push(answer.libelle);
    }
    return labels;
  };
  const titles = new Map(steps.map((step) => [step.id, stepTitle(step)]));
  const groups = Map.groupBy(steps, (step) => stepTitle(step));
  for (const [title, group] of groups) {
    if (group.length < 2) continue;
    const chains = group.map((step) => answersBack(step.id));
    const depth = Math.max(...chains.map((chain) => chain.length));
    for (let level = 0; level < depth; level += 1) {
      const labels = chains.map((chain) => chain[level] ?? '');
      if (new Set(labels).size === labels.length && labels.every(Boolean)) {
        group.forEach((step, index) => titles.set(step.id, `${title} (${labels[index]})`));
        break;
      }
    }
  }
  return titles;
}
