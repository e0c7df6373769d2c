/**
 * Every route through the self-diagnostic, from the first question to a result, with what its answers say
 * about the person (age, publics), and whether a kind of structure receives that person.
 * The tree check uses it so that no result sends someone where they would be turned away.
 */
import { PUBLICS, type PublicId } from '../schemas/fields.ts';
import {
  AGE_BANDS,
  PERSON_ANSWERS,
  PUBLIC_AGES,
  STRUCTURE_TYPE_AUDIENCES,
  type AgeRange,
} from '../schemas/structureAudiences.ts';
import { encodeAnswers, isQuestion, optionKey, startStep, type DiagnosticStep } from './diagnosticTree.ts';

/** What a route's answers say about the person; a field no answer spoke of stays unknown. */
export interface Person {
  /** The age band answered (a key of `AGE_BANDS`). */
  ageBand?: keyof typeof AGE_BANDS;
  /** The publics the person belongs to, from the last answer that said who they are. */
  publics?: readonly PublicId[];
}

/** One route: the answers in order, the result it ends at, and the person it describes. */
export interface Route {
  answers: { stepId: string; key: string; libelle: string }[];
  resultId: string;
  person: Person;
}

const isAgeBand = (value: string): value is keyof typeof AGE_BANDS => Object.hasOwn(AGE_BANDS, value);
const isPersonAnswer = (value: string): value is keyof typeof PERSON_ANSWERS => Object.hasOwn(PERSON_ANSWERS, value);

/**
 * The values an answer to a profile question may take, by profile field: the age question also says who asks
 * (a parent, an employer…); a situation says who the person is. Other profile fields are not about the person.
 */
export function personValues(profil: string | undefined): readonly string[] | undefined {
  if (profil === 'age') return [...Object.keys(AGE_BANDS), ...Object.keys(PERSON_ANSWERS)];
  if (profil === 'situation') return Object.keys(PERSON_ANSWERS);
  return undefined;
}

/** The person after one more answer. */
function withAnswer(person: Person, profil: string | undefined, key: string): Person {
  if (!personValues(profil)?.includes(key)) return person;
  if (isAgeBand(key)) return { ...person, ageBand: key };
  if (isPersonAnswer(key)) return { ...person, publics: PERSON_ANSWERS[key] };
  return person;
}

/**
 * Every route from the first question to a result, depth first in the order of the answers.
 * A step already on the route is not entered again (the tree check reports the loop).
 */
export function walkRoutes(steps: readonly DiagnosticStep[]): Route[] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const routes: Route[] = [];
  const visit = (step: DiagnosticStep, answers: Route['answers'], person: Person, onRoute: Set<string>) => {
    if (!isQuestion(step)) {
      routes.push({ answers, resultId: step.id, person });
      return;
    }
    for (const option of step.data.options) {
      // An answer that opens a page of the site (`page`) leaves the diagnostic: no route goes on from it.
      const next = option.suite === undefined ? undefined : byId.get(option.suite);
      if (!next || onRoute.has(next.id)) continue;
      const key = optionKey(option);
      visit(
        next,
        [...answers, { stepId: step.id, key, libelle: option.libelle }],
        withAnswer(person, step.data.profil, key),
        new Set([...onRoute, next.id]),
      );
    }
  };
  const start = startStep(steps);
  visit(start, [], {}, new Set([start.id]));
  return routes;
}

const overlap = (a: AgeRange, b: AgeRange) =>
  (a.min ?? 0) <= (b.max ?? Infinity) && (b.min ?? 0) <= (a.max ?? Infinity);

/** Ages as a sentence says them: « de 16 à 25 ans », « à partir de 16 ans », « à tout âge ». */
export function describeAges({ min, max }: AgeRange): string {
  if (min !== undefined && max !== undefined) return `de ${min} à ${max} ans`;
  if (min !== undefined) return `à partir de ${min} ans`;
  if (max !== undefined) return `jusqu’à ${max} ans`;
  return 'à tout âge';
}

/** Why a kind of structure would turn the person away, in French, or undefined when it receives them. */
export function refusal(type: string, person: Person): string | undefined {
  if (!Object.hasOwn(STRUCTURE_TYPE_AUDIENCES, type)) return undefined;
  const audience = STRUCTURE_TYPE_AUDIENCES[type as keyof typeof STRUCTURE_TYPE_AUDIENCES];
  const band = person.ageBand ? AGE_BANDS[person.ageBand] : undefined;
  if (band && !overlap(audience.ages, band.ages)) {
    return `ce type reçoit ${describeAges(audience.ages)}, la personne a ${band.label}`;
  }
  if (!person.publics) return undefined;
  // A public that names an age (« jeunes de 16 à 25 ans ») does not hold outside it.
  const inAge = person.publics.filter((id) => !band || overlap(PUBLIC_AGES[id] ?? {}, band.ages));
  const publics = inAge.length > 0 ? inAge : person.publics;
  if (publics.some((id) => (audience.publics as readonly PublicId[]).includes(id))) return undefined;
  const names = (ids: readonly PublicId[]) => ids.map((id) => `« ${PUBLICS[id]} »`).join(', ');
  return `ce type reçoit ${names(audience.publics)}, la personne relève de ${names(publics)}`;
}

/** A route as a message names it: its answers in order, then its address. */
export function describeRoute(route: Pick<Route, 'answers'>): string {
  const keys = route.answers.map((answer) => answer.key);
  return `${route.answers.map((answer) => `« ${answer.libelle} »`).join(' › ')} (${encodeAnswers(keys)})`;
}
