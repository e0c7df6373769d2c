/**
 * Addresses of the self-diagnostic's pages without JavaScript. The first question is /diagnostic/ itself;
 * once the employment area is answered, it travels in the address: /diagnostic/<bassin>/<step>/.
 */
import type { DiagnosticNode, DiagnosticOption, DiagnosticQuestion } from '../schemas/diagnostic.ts';

/** Site path of the employers' way in, which asks where the company is (src/pages/diagnostic/employeurs/). */
export const EMPLOYERS_PATH = '/diagnostic/employeurs/';

/** Site path of a step's page (without the base). */
export function stepPath(stepId: string, startId: string, area?: string): string {
  if (stepId === startId) return '/diagnostic/';
  return area ? areaStepPath(stepId, area) : `/diagnostic/etape/${stepId}/`;
}

function areaStepPath(stepId: string, area: string): string {
  return `/diagnostic/${area}/${stepId}/`;
}

/** Title of a step's page: its distinct title, then the employment area once known (« Trouver un emploi — Blois »). */
export function stepPageTitle(stepTitle: string, areaName?: string): string {
  return areaName ? `${stepTitle} — ${areaName}` : stepTitle;
}

/** A page of a step for one employment area: the area's name and the page's address. */
export interface AreaPage {
  name: string;
  href: string;
}

/**
 * From the address of a step's page for one employment area (base included), the page to show and the same step's
 * pages for the other areas: search lists a result on the first area's page only, says its area and links the
 * others. With `shown`, an area the person chose (the search's only ticked area), that area's page is the one shown.
 * Nothing for another page.
 */
export function areaPagesOf(
  url: string,
  areas: readonly { id: string; nom: string }[],
  shown?: string,
): { area: string; href: string; others: AreaPage[] } | undefined {
  const match = /\/diagnostic\/([^/]+)\/([^/]+)\/$/.exec(url);
  const indexed = areas.find((area) => area.id === match?.[1]);
  if (!match || !indexed) return undefined;
  const base = url.slice(0, match.index);
  const hrefOf = (area: { id: string }) => `${base}${areaStepPath(match[2]!, area.id)}`;
  const own = areas.find((area) => area.id === shown) ?? indexed;
  const others = areas.filter((area) => area !== own).map((area) => ({ name: area.nom, href: hrefOf(area) }));
  return { area: own.nom, href: hrefOf(own), others };
}

/**
 * Site path an answer links to, carrying the area along, or setting it when the question asks for it;
 * an answer that opens a page of the site links to that page.
 */
export function optionPath(
  question: Pick<DiagnosticQuestion, 'profil'>,
  option: DiagnosticOption,
  startId: string,
  area?: string,
): string {
  if (option.suite === undefined) {
    if (option.page === undefined) throw new Error(`« ${option.libelle} » : ni suite ni page (le schéma l’interdit)`);
    return option.page;
  }
  const nextArea = question.profil === 'bassin' ? option.valeur : area;
  return stepPath(option.suite, startId, nextArea);
}

/** Site path of the page for professionals that lists, area by area, the structures a result proposes. */
export function professionalResultPath(resultId: string): string {
  return `/diagnostic/professionnels/${resultId}/`;
}

/** A question whose page is not a step's own (the employers' way in), and the site path of that page. */
export interface EntryQuestion {
  path: string;
  question: DiagnosticQuestion;
}

/** One way back from a step's page: the page of a question before it, and its answers that lead here. */
export interface WayBack {
  /** The question's step, or undefined for an entry question (its text is `question`). */
  stepId: string | undefined;
  question: string;
  path: string;
  answers: string[];
  /** The answers that lead to that question, in this area (none for the first question or an entry question). */
  after: string[];
}

/**
 * The questions before a step, as the pages without JavaScript link them (`steps` as `stepsWithoutJavaScript` gives
 * them), each with its answers that lead to the step. In an area's pages the area question counts by that area's
 * answer alone. A step reached from several questions has several ways back: the page cannot know which one the
 * person took.
 */
export function waysBack(
  steps: readonly { id: string; data: DiagnosticNode }[],
  stepId: string,
  startId: string,
  area?: string,
  entries: readonly EntryQuestion[] = [],
): WayBack[] {
  const leadingTo = (target: string, question: DiagnosticQuestion) =>
    question.options
      .filter((option) => option.suite === target)
      .filter((option) => question.profil !== 'bassin' || area === undefined || option.valeur === area)
      .map((option) => option.libelle);
  const questions = steps.flatMap((step) => (step.data.type === 'question' ? [{ id: step.id, data: step.data }] : []));
  const fromSteps = questions.map((step) => ({
    stepId: step.id,
    question: step.data.question,
    path: stepPath(step.id, startId, area),
    answers: leadingTo(stepId, step.data),
    after: [...new Set(questions.flatMap((before) => leadingTo(step.id, before.data)))],
  }));
  const fromEntries = entries.map(({ path, question }) => ({
    stepId: undefined,
    question: question.question,
    path,
    answers: leadingTo(stepId, question),
    after: [],
  }));
  return [...fromSteps, ...fromEntries].filter((way) => way.answers.length > 0);
}

/** Answers as a sentence quotes them: « Un emploi » ou « Un petit boulot ». */
function quoted(answers: readonly string[]): string {
  return answers.map((answer) => `« ${answer} »`).join(' ou ');
}

/**
 * The name of each link back when a step is reached from several questions: the answer it lets the person change,
 * and the question it was given to. Two questions of the same text (« Quelle est votre question ? » for pupils and
 * for 3e pupils) are told apart by the answers that lead to each, so that no two links read alike.
 */
export function wayBackLabels(ways: readonly WayBack[]): string[] {
  return ways.map((way) => {
    const answers = `Changer votre réponse ${quoted(way.answers)}`;
    const twin = ways.some((other) => other !== way && other.question === way.question);
    // « posée » after a comma would refer back to « votre réponse »: the question is named as such, and is posée.
    return twin && way.after.length > 0
      ? `${answers} à la question « ${way.question} » posée après la réponse ${quoted(way.after)}`
      : `${answers} à « ${way.question} »`;
  });
}
