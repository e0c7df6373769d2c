/**
 * The routes through the self-diagnostic, from the first question to a result, with what their answers say
 * about the person (age, publics), and whether a kind of structure receives that person.
 * The tree check uses them so that no result sends someone where they would be turned away.
 */
import { PROFILE_VALUES } from '../schemas/diagnostic.ts';
import { PUBLICS, type PublicId } from '../schemas/fields.ts';
import {
  AGE_BANDS,
  PERSON_ANSWERS,
  PUBLIC_AGES,
  STRUCTURE_TYPE_AUDIENCES,
  type AgeRange,
  type Audience,
} from '../schemas/structureAudiences.ts';
import { encodeAnswers, isQuestion, optionKey, startStep, type DiagnosticStep } from './diagnosticTree.ts';

/** What a route's answers say about the person; a field no answer spoke of stays unknown. */
export interface Person {
  /** The age band answered (a key of `AGE_BANDS`). */
  ageBand?: keyof typeof AGE_BANDS;
  /** The publics the person belongs to, from the last answer that said who they are. */
  publics?: readonly PublicId[];
}

/** One answer of a route: the question, the answer's key and its text. */
export interface RouteAnswer {
  stepId: string;
  key: string;
  libelle: string;
}

/**
 * A state of the diagnostic: a step reached, with what the answers so far say about the person. Routes that
 * reach the same step saying the same about the person lead to the same checks, so each state is walked once.
 */
export interface RouteState {
  stepId: string;
  person: Person;
  /** The first route reaching this state, depth first in the order of the answers: what a message names. */
  firstRoute: RouteAnswer[];
  /** How many routes from the first question reach this state. */
  routes: number;
}

const isAgeBand = (value: string): value is keyof typeof AGE_BANDS => Object.hasOwn(AGE_BANDS, value);
const isPersonAnswer = (value: string): value is keyof typeof PERSON_ANSWERS => Object.hasOwn(PERSON_ANSWERS, value);

/**
 * The values an answer to a profile question may take, by profile field: the age question also says who asks
 * (a parent, an employer…); a situation says who the person is. Other profile fields are not about the person.
 */
export function personValues(profil: string | undefined): readonly string[] | undefined {
  return profil === 'age' || profil === 'situation' ? PROFILE_VALUES[profil] : undefined;
}

/** The person after one more answer. */
function withAnswer(person: Person, profil: string | undefined, key: string): Person {
  if (!personValues(profil)?.includes(key)) return person;
  if (isAgeBand(key)) return { ...person, ageBand: key };
  if (isPersonAnswer(key)) return { ...person, publics: PERSON_ANSWERS[key] };
  return person;
}

/**
 * Every state the diagnostic can reach from its first question, in the order a depth-first walk of the answers
 * first meets them, each walked once: the work grows with the steps times the few kinds of person, where the
 * routes grow exponentially with the tree’s depth. An answer leading back to a step still being walked is not
 * followed (the tree check reports the loop).
 */
export function walkStates(steps: readonly DiagnosticStep[]): RouteState[] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const states = new Map<string, RouteState & { next: string[] }>();
  const keyOf = (stepId: string, person: Person) => JSON.stringify([stepId, person.ageBand, person.publics]);
  // Steps of the state being walked and of those leading to it: a step among them is not entered again.
  const open = new Set<string>();
  // States in the order the walk finishes them, each after every state it leads to.
  const finished: string[] = [];
  const visit = (key: string) => {
    const state = states.get(key)!;
    const step = byId.get(state.stepId);
    if (step && isQuestion(step)) {
      open.add(step.id);
      for (const option of step.data.options) {
        // An answer that opens a page of the site (`page`) leaves the diagnostic: no route goes on from it.
        const target = option.suite === undefined ? undefined : byId.get(option.suite);
        if (!target || open.has(target.id)) continue;
        const answer = optionKey(option);
        const person = withAnswer(state.person, step.data.profil, answer);
        const nextKey = keyOf(target.id, person);
        state.next.push(nextKey);
        if (states.has(nextKey)) continue;
        const firstRoute = [...state.firstRoute, { stepId: step.id, key: answer, libelle: option.libelle }];
        states.set(nextKey, { stepId: target.id, person, firstRoute, routes: 0, next: [] });
        visit(nextKey);
      }
      open.delete(step.id);
    }
    finished.push(key);
  };
  const start = startStep(steps);
  const startKey = keyOf(start.id, {});
  states.set(startKey, { stepId: start.id, person: {}, firstRoute: [], routes: 1, next: [] });
  visit(startKey);
  // Routes counted forward, in reverse finishing order: each state after all the states leading to it. No answer
  // leads back to a state still being walked (its step is open), so this order holds for every `next`.
  for (const key of finished.reverse()) {
    const state = states.get(key)!;
    for (const next of state.next) states.get(next)!.routes += state.routes;
  }
  return [...states.values()].map(({ next: _next, ...state }) => state);
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

/**
 * The publics a person belongs to, or undefined when no answer said who they are: those their answers give, and
 * « adultes » from 26 (a person of 26 or more is an adult, whatever else they are: an employee of 30 is received
 * where « Adultes » are). A public that names an age (« jeunes de 16 à 25 ans ») does not hold outside it: a parent's
 * child of 26 or more is no longer among the young, unless no other public is left. The one rule for whom a structure
 * receives (structureRefusal) and for whom a result's advice speaks to (readersPublics).
 */
export function personPublics(person: Person): readonly PublicId[] | undefined {
  if (!person.publics) return undefined;
  const adult = person.ageBand === '26-plus' && !person.publics.includes('adultes');
  const publics: readonly PublicId[] = adult ? [...person.publics, 'adultes'] : person.publics;
  const band = person.ageBand ? AGE_BANDS[person.ageBand] : undefined;
  const inAge = publics.filter((id) => !band || overlap(PUBLIC_AGES[id] ?? {}, band.ages));
  return inAge.length > 0 ? inAge : publics;
}

/**
 * The publics of the persons who read a result (personPublics of each), or undefined when some person's answers do
 * not say who they are: advice meant for other publics (site.reachByType's `publics`) is left out only when all are
 * known.
 */
export function readersPublics(persons: readonly Person[]): ReadonlySet<PublicId> | undefined {
  const each = persons.map(personPublics);
  if (each.length === 0 || each.some((publics) => publics === undefined)) return undefined;
  return new Set(each.flatMap((publics) => publics ?? []));
}

/** Why an audience (`who`: « ce type », or a structure's name) would turn the person away, or undefined. */
function refusalBy(audience: Audience, who: string, person: Person): string | undefined {
  const band = person.ageBand ? AGE_BANDS[person.ageBand] : undefined;
  if (band && !overlap(audience.ages, band.ages)) {
    return `${who} reçoit ${describeAges(audience.ages)}, la personne a ${band.label}`;
  }
  const publics = personPublics(person);
  if (!publics || audience.publics.includes('tout-public')) return undefined;
  if (publics.some((id) => audience.publics.includes(id))) return undefined;
  const names = (ids: readonly PublicId[]) => ids.map((id) => `« ${PUBLICS[id]} »`).join(', ');
  return `${who} reçoit ${names(audience.publics)}, la personne relève de ${names(publics)}`;
}

const typeAudience = (type: string): Audience | undefined =>
  Object.hasOwn(STRUCTURE_TYPE_AUDIENCES, type)
    ? STRUCTURE_TYPE_AUDIENCES[type as keyof typeof STRUCTURE_TYPE_AUDIENCES]
    : undefined;

/** Why a kind of structure would turn the person away, in French, or undefined when it receives them. */
export function refusal(type: string, person: Person): string | undefined {
  const audience = typeAudience(type);
  return audience && refusalBy(audience, 'ce type', person);
}

/** A structure as the self-diagnostic's rule reads it: its type, and the publics its own content names. */
export interface ReceivingStructure {
  data: {
    type: string;
    nom: string;
    sigle?: string | undefined;
    publics?: readonly string[] | undefined;
    /** Publics of `publics` no source confirms yet: they count for the rule, but a result says they are to confirm. */
    publics_a_confirmer?: readonly string[] | undefined;
  };
}

/**
 * Why a structure would turn the person away, in French, or undefined when it receives them: the publics its own
 * content names (its « Pour » line), its type's only when it names none; the ages of its type (a structure names
 * none). The one rule the result pages and the tree check share: a result offers a structure only when it receives
 * every person whose answers lead there.
 */
export function structureRefusal(
  structure: ReceivingStructure,
  person: Person,
  who = `« ${structure.data.sigle ?? structure.data.nom} »`,
): string | undefined {
  const audience = typeAudience(structure.data.type);
  const own = structure.data.publics ?? [];
  if (own.length === 0) return audience && refusalBy(audience, 'ce type', person);
  const ages = audience?.ages ?? {};
  return (
    refusalBy({ ages, publics: ['tout-public'] }, 'ce type', person) ??
    refusalBy({ ages, publics: own as readonly PublicId[] }, who, person)
  );
}

/** Whether a structure receives each of these persons (see structureRefusal). */
export function receivesEach(structure: ReceivingStructure, persons: readonly Person[]): boolean {
  return persons.every((person) => structureRefusal(structure, person) === undefined);
}

/**
 * The publics no source confirms (`publics_a_confirmer`) through which alone a structure receives some of these
 * persons: those of such a person's publics that are to confirm. Empty when its other publics receive each of them.
 * A result still offers the structure (the group's choice), and its card says these publics are to confirm.
 */
export function publicsToConfirm(structure: ReceivingStructure, persons: readonly Person[]): PublicId[] {
  const unconfirmed = structure.data.publics_a_confirmer ?? [];
  if (unconfirmed.length === 0) return [];
  const confirmed = (structure.data.publics ?? []).filter((id) => !unconfirmed.includes(id));
  const withConfirmedOnly = { data: { ...structure.data, publics: confirmed } };
  const found = new Set<PublicId>();
  for (const person of persons) {
    if (structureRefusal(structure, person) !== undefined) continue;
    // With no confirmed public left, the rule would fall back to the type's publics: nothing confirmed receives them.
    if (confirmed.length > 0 && structureRefusal(withConfirmedOnly, person) === undefined) continue;
    for (const id of personPublics(person) ?? []) if (unconfirmed.includes(id)) found.add(id);
  }
  return [...found];
}

/**
 * publicsToConfirm for each of `structures` that has some, by id. It reads only a structure's type, publics and
 * publics to confirm, which many structures share: each set of them is judged once, and structures that share it
 * share one list, hence read-only.
 */
export function publicsToConfirmEach(
  structures: readonly (ReceivingStructure & { id: string })[],
  persons: readonly Person[],
): ReadonlyMap<string, readonly PublicId[]> {
  const verdicts = new Map<string, readonly PublicId[]>();
  const found = new Map<string, readonly PublicId[]>();
  for (const structure of structures) {
    const { type, publics, publics_a_confirmer: unconfirmed } = structure.data;
    if (!unconfirmed?.length) continue;
    const profile = `${type}|${publics?.join(' ') ?? ''}|${unconfirmed.join(' ')}`;
    let publicsFound = verdicts.get(profile);
    if (publicsFound === undefined) verdicts.set(profile, (publicsFound = publicsToConfirm(structure, persons)));
    if (publicsFound.length > 0) found.set(structure.id, publicsFound);
  }
  return found;
}

/**
 * The structures that receive each of these persons: those a result offers, and the only ones its cards may send
 * the reader to (the route check, the result's page and its cards share this one rule).
 */
export function receivingStructures<T extends ReceivingStructure>(
  structures: readonly T[],
  persons: readonly Person[],
): T[] {
  // The rule reads only a structure's type and publics, which many structures share: each pair is judged once, so
  // that a result costs one pass over the structures however many persons reach it.
  const verdicts = new Map<string, boolean>();
  return structures.filter(({ data }) => {
    const profile = `${data.type} ${data.publics?.join(' ') ?? ''}`;
    let receives = verdicts.get(profile);
    if (receives === undefined) verdicts.set(profile, (receives = receivesEach({ data }, persons)));
    return receives;
  });
}

/** The persons each result is reached by, one per kind of person the answers describe (by result id). */
export function personsByResult(steps: readonly DiagnosticStep[]): Map<string, Person[]> {
  const results = new Set(steps.filter((step) => step.data.type === 'resultat').map((step) => step.id));
  const persons = new Map<string, Person[]>();
  for (const state of walkStates(steps)) {
    if (!results.has(state.stepId)) continue;
    persons.set(state.stepId, [...(persons.get(state.stepId) ?? []), state.person]);
  }
  return persons;
}

/** A route as a message names it: its answers in order, then its address. */
export function describeRoute(answers: readonly RouteAnswer[]): string {
  const keys = answers.map((answer) => answer.key);
  return `${answers.map((answer) => `« ${answer.libelle} »`).join(' › ')} (${encodeAnswers(keys)})`;
}
