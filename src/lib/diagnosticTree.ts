/**
 * Pure helpers over the self-diagnostic's steps, shared by the pages, the build-time check and the unit tests.
 * The tree is a directed acyclic graph: several answers may lead to the same step.
 */
import type { DiagnosticNode, DiagnosticOption, DiagnosticQuestion } from '../schemas/diagnostic.ts';
import { inSentence } from './french.ts';

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

/**
 * Whether a question only sets the order of the result's levels: the `preference` question, when all its answers
 * lead to the same step. A static page cannot put first what the person prefers: without JavaScript it is skipped.
 */
function onlyOrdersResult(step: DiagnosticStep): step is QuestionStep {
  if (!isQuestion(step) || step.data.profil !== 'preference' || step.data.debut) return false;
  const { options } = step.data;
  return options.every((option) => option.suite !== undefined && option.suite === options[0]?.suite);
}

/**
 * The step reached by an answer that leads to `id` when some questions have no page: a skipped question leads,
 * through its first answer, to the next step that has a page. `skippedNext(id)` is the step of that first answer
 * for a skipped question, undefined for a step that has a page. Stops at a loop (the tree check rules them out).
 */
export function nextStepWithPage(id: string, skippedNext: (id: string) => string | undefined): string {
  const seen = new Set<string>();
  let current = id;
  for (let next = skippedNext(current); next !== undefined && !seen.has(current); next = skippedNext(current)) {
    seen.add(current);
    current = next;
  }
  return current;
}

/**
 * The tree as the pages without JavaScript walk it: a question that only orders the result (see
 * `onlyOrdersResult`) is left out, and the answers that led to it lead to the step after it.
 */
export function stepsWithoutJavaScript<T extends DiagnosticStep>(steps: readonly T[]): T[] {
  const skipped = new Map(
    steps.filter((step) => onlyOrdersResult(step)).map((step) => [step.id, nextSteps(step.data)[0]!]),
  );
  const past = (id: string) => nextStepWithPage(id, (skippedId) => skipped.get(skippedId));
  return steps
    .filter((step) => !skipped.has(step.id))
    .map((step) =>
      isQuestion(step)
        ? {
            ...step,
            data: {
              ...step.data,
              options: step.data.options.map((option) =>
                option.suite === undefined ? option : { ...option, suite: past(option.suite) },
              ),
            },
          }
        : step,
    );
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

/** The file an editor opens to change a step, for the messages of the content checks. */
export function stepFile(step: DiagnosticStep): string {
  return step.filePath ?? `content/diagnostic/${step.id}.yaml`;
}

/**
 * The whole tree as the page for professionals lays it out: questions, then results, each in reading order,
 * with how every step is referred to and the answers that lead to it.
 */
export function treeForProfessionals<T extends DiagnosticStep>(steps: readonly T[]) {
  const ordered = stepsInTreeOrder(steps);
  // Steps of the same text (« Trouver un emploi » for the young and for adults) told apart by the profile they serve.
  const titles = distinctStepTitles(steps);
  const references = new Map<string, StepReference>(
    steps.map((step) => [
      step.id,
      {
        anchor: `${isQuestion(step) ? 'q' : 'r'}-${step.id}`,
        title: titles.get(step.id) ?? stepTitle(step),
        file: stepFile(step),
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
 * For each step, the answers given on every way to it from the first question, nearest first, by their text
 * (« Je travaille » said to two questions is one fact). A step reached by two different answers keeps neither.
 */
export function answersOnEveryWayIn(steps: readonly DiagnosticStep[]): Map<string, string[]> {
  const incoming = answersLeadingTo(steps);
  const memo = new Map<string, string[]>();
  const visit = (id: string): string[] => {
    const known = memo.get(id);
    if (known) return known;
    memo.set(id, []); // guards against a cycle in an unchecked tree
    const ways = (incoming.get(id) ?? []).map((answer) => [answer.libelle, ...visit(answer.stepId)]);
    const [first = [], ...others] = ways;
    const common = [...new Set(first)].filter((libelle) => others.every((way) => way.includes(libelle)));
    memo.set(id, common);
    return common;
  };
  return new Map(steps.map((step) => [step.id, visit(step.id)]));
}

/**
 * A page title per step, telling apart steps with the same text (« Trouver un emploi » for the young and for
 * adults) by an answer given on every way to that step, so that the title holds whichever way the person came:
 * the nearest such answer that no other step of that text has on all its ways, else its nearest one
 * (« Trouver un emploi (26 ans ou plus) », « Trouver un emploi (de 16 à 25 ans) »: the answer reads in the title as in a
 * sentence, without its capital). A result is never named by the answer that leads straight to it: that
 * answer is the question the result answers, and « Trouver un apprentissage (Je cherche un apprentissage) » only
 * says it twice. A step with no other answer common to all its ways keeps its bare text.
 */
export function distinctStepTitles(steps: readonly DiagnosticStep[]): Map<string, string> {
  const common = answersOnEveryWayIn(steps);
  const incoming = answersLeadingTo(steps);
  const titles = new Map(steps.map((step) => [step.id, stepTitle(step)]));
  // The area answers leading on start with a place's name (« Blois ou ses environs »): written as they are.
  const places = steps.flatMap((step) =>
    isQuestion(step) && step.data.profil === 'bassin'
      ? step.data.options.filter((option) => option.suite).map((option) => option.libelle)
      : [],
  );
  const groups = Map.groupBy(steps, (step) => stepTitle(step));
  for (const [title, group] of groups) {
    if (group.length < 2) continue;
    for (const step of group) {
      const asked = isQuestion(step) ? [] : (incoming.get(step.id) ?? []).map((answer) => answer.libelle);
      const own = (common.get(step.id) ?? []).filter((libelle) => !asked.includes(libelle));
      const others = group.filter((other) => other !== step).flatMap((other) => common.get(other.id) ?? []);
      const label = own.find((libelle) => !others.includes(libelle)) ?? own[0];
      if (label) titles.set(step.id, `${title} (${inSentence(label, places)})`);
    }
  }
  return titles;
}
