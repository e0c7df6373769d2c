/**
 * Build-time proof that the self-diagnostic is sound: every answer leads to an existing step,
 * every path ends at a result, no cycle, no orphan step, every result names resources that
 * exist, in every employment area every result shows at least one structure, and on every route
 * every structure offered receives the person the answers describe.
 */
import { PROFILE_VALUES } from '../schemas/diagnostic.ts';
import { AUDIENCES_FILE } from '../schemas/structureAudiences.ts';
import { entryFile, type ContentProblem } from './contentProblem.ts';
import { countOf, ofPlace } from './french.ts';
import {
  describeRoute,
  personsByResult,
  personValues,
  receivesEach,
  receivingStructures,
  refusal,
  structureRefusal,
  walkStates,
  type Person,
  type RouteAnswer,
} from './diagnosticRoutes.ts';
import { isQuestion, optionKey, stepFile, stepsByAreaKnowledge, type DiagnosticStep } from './diagnosticTree.ts';
import { structuresForResultByArea, type StructureLike } from './resolveResultStructures.ts';

/** What the check compares the tree with. */
export interface TreeContext {
  steps: readonly DiagnosticStep[];
  structures: readonly StructureLike[];
  /** Identifiers of the sitothèque entries. */
  siteIds: ReadonlySet<string>;
  /** Employment areas of the territory, in order. */
  areas: readonly { id: string; nom: string }[];
  /**
   * Structure files their schema refused (`npm run check:content` reports each in its own file), with their type and
   * bassin when these are valid: the type still counts as present, in that bassin; a file whose type or bassin is
   * wrong may be of any type, or stand in any bassin. Where such a file may count, the check does not judge which
   * types are present or whom they receive. One typo is then one problem, not one per result.
   */
  refusedStructures?: readonly { type?: string | undefined; bassin?: string | undefined }[];
  /**
   * Steps whose file the schema refused (`npm run check:content` reports each in its own file): an answer leading to
   * one leads somewhere, and while one is refused no step is said unreachable, nor the first question missing, since
   * the walk cannot go through it.
   */
  refusedStepIds?: ReadonlySet<string>;
}

const list = (values: Iterable<string>) => [...values].sort().join(', ');

/** Every problem of the tree, worded for an editor: file, field, what is wrong → how to fix it. */
export function validateDiagnosticTree({
  steps,
  structures,
  siteIds,
  areas,
  refusedStructures = [],
  refusedStepIds = new Set(),
}: TreeContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (step: DiagnosticStep, field: string, message: string) =>
    problems.push({ file: stepFile(step), field, message });
  const byId = new Map(steps.map((step) => [step.id, step]));
  const stepIds = list(byId.keys());

  // Exactly one first step.
  const starts = steps.filter((step) => isQuestion(step) && step.data.debut);
  if (starts.length === 0 && refusedStepIds.size === 0) {
    problems.push({
      file: 'content/diagnostic/',
      field: 'debut',
      message: 'aucune question ne porte « debut: true » → ajoutez « debut: true » à la première question posée.',
    });
  }
  for (const extra of starts.slice(1)) {
    report(
      extra,
      'debut',
      `le diagnostic a déjà une première question (${starts[0]!.id}) → supprimez « debut: true » ici.`,
    );
  }

  // Answers: existing targets, distinct keys, profile values the site understands.
  const typesWithStructures = new Set(structures.map((structure) => structure.data.type));
  // Whether a refused file may be a structure of this type, in this area (any, when its own is wrong).
  const mayBe = (type: string, area?: string) =>
    refusedStructures.some(
      (structure) =>
        (structure.type === undefined || structure.type === type) &&
        (area === undefined || structure.bassin === undefined || structure.bassin === area),
    );
  for (const step of steps) {
    if (!isQuestion(step)) continue;
    const { options, profil } = step.data;
    if (options.length === 0)
      report(step, 'options', 'cette question n’a aucune réponse → ajoutez au moins une réponse.');
    else if (options.every((option) => option.suite === undefined)) {
      report(
        step,
        'options',
        'toutes les réponses de cette question ouvrent une page du site : personne ne peut y poursuivre l’autodiagnostic → faites mener au moins une réponse à une étape (suite).',
      );
    }
    const seen = new Set<string>();
    options.forEach((option, index) => {
      if (option.suite !== undefined && !byId.has(option.suite) && !refusedStepIds.has(option.suite)) {
        report(
          step,
          `options[${index}].suite`,
          `l’étape « ${option.suite} » n’existe pas dans content/diagnostic/ → écrivez le nom d’un fichier de ce dossier, sans .yaml (${stepIds}).`,
        );
      }
      const key = optionKey(option);
      if (seen.has(key)) {
        report(
          step,
          `options[${index}].valeur`,
          `deux réponses de cette question ont la même valeur « ${key} » → donnez à chacune une « valeur » différente.`,
        );
      }
      seen.add(key);
      const allowed =
        profil === 'bassin' ? areas.map((area) => area.id) : profil === 'preference' ? PROFILE_VALUES.preference : null;
      // An answer that opens a page leaves the diagnostic: it fills no profile field.
      if (allowed && option.page === undefined && !allowed.includes(option.valeur ?? '')) {
        report(
          step,
          `options[${index}].valeur`,
          `une réponse à la question « ${profil} » doit avoir une valeur parmi : ${allowed.join(', ')} → corrigez « valeur ».`,
        );
      }
      const about = personValues(profil);
      if (about && !about.includes(key)) {
        report(
          step,
          `options[${index}].valeur`,
          `la valeur « ${key} » ne dit pas qui est la personne, et le diagnostic ne saurait plus quelles structures la reçoivent → choisissez une valeur parmi : ${about.join(', ')} ; ou ajoutez-la dans ${AUDIENCES_FILE} avec l’âge ou le public qu’elle désigne.`,
        );
      }
    });
    if (profil === 'bassin') {
      const offered = new Set(options.map((option) => option.valeur));
      const missing = areas.filter((area) => !offered.has(area.id));
      if (missing.length > 0) {
        report(
          step,
          'options',
          `le bassin ${ofPlace(missing.map((area) => area.nom).join(', '))} n’est proposé par aucune réponse → ajoutez une réponse pour chaque bassin.`,
        );
      }
    }
  }

  // No cycle: a depth-first walk that meets a step still on its path has found a loop.
  const state = new Map<string, 'open' | 'done'>();
  const visit = (step: DiagnosticStep, path: string[]) => {
    state.set(step.id, 'open');
    if (isQuestion(step)) {
      step.data.options.forEach((option, index) => {
        const target = option.suite === undefined ? undefined : byId.get(option.suite);
        if (!target) return;
        if (state.get(target.id) === 'open') {
          const loop = [...path.slice(path.indexOf(target.id)), step.id, target.id].join(' → ');
          report(
            step,
            `options[${index}].suite`,
            `cette réponse ramène à une étape déjà passée (boucle ${loop}) → faites-la mener à une question suivante ou à un résultat.`,
          );
        } else if (!state.has(target.id)) {
          visit(target, [...path, step.id]);
        }
      });
    }
    state.set(step.id, 'done');
  };
  for (const start of starts.slice(0, 1)) visit(start, []);

  // No orphan: every step is reached from the first one.
  if (starts.length > 0 && refusedStepIds.size === 0) {
    for (const step of steps) {
      if (!state.has(step.id)) {
        report(
          step,
          'type',
          'aucune réponse ne mène à cette étape → ajoutez son nom comme « suite » d’une réponse, ou supprimez le fichier.',
        );
      }
    }
  }

  // Results: resources that exist, and structures in every employment area, for the persons reaching them.
  const reachedBy = starts.length > 0 ? personsByResult(steps) : new Map<string, Person[]>();
  const areaKnowledge = starts.length > 0 ? stepsByAreaKnowledge(steps) : undefined;
  const typesByArea = new Map(
    areas.map((area) => [
      area.id,
      new Set(structures.filter((s) => s.data.bassin === area.id).map((s) => s.data.type)),
    ]),
  );
  // Structures of the types a result cites, in an area, whose own publics turn away the persons it sends them:
  // by structure file, the results concerned (an edit of a structure's publics shows on its own file too).
  const unreceived = new Map<string, { file: string; why: string; area: string; results: string[] }>();
  for (const step of steps) {
    if (step.data.type === 'question') continue;
    const result = step.data;
    const { sites, informer, accompagner } = result;
    if (sites.length + informer.length + accompagner.length === 0) {
      report(
        step,
        'sites',
        'ce résultat ne propose aucune ressource → ajoutez au moins un site (sites), un type de structure qui informe (informer) ou qui accompagne (accompagner).',
      );
      continue;
    }
    // The `preference` question promises all three levels: none may be empty. Level 2 may instead say why no
    // structure informs on the subject (informer_absent): a structure listed there that does not would send the
    // reader nowhere.
    for (const [field, level, hint] of [
      ['sites', sites, 'un site de la sitothèque (nom d’un fichier de content/sitotheque/)'],
      ['accompagner', accompagner, 'un type de structure qui accompagne'],
    ] as const) {
      if (level.length === 0) {
        report(
          step,
          field,
          `le niveau « ${field} » de ce résultat est vide, alors que chaque résultat propose des sites, des structures qui informent et des structures qui accompagnent → ajoutez au moins ${hint}.`,
        );
      }
    }
    if (informer.length === 0 && result.informer_absent === undefined) {
      report(
        step,
        'informer',
        'ce résultat ne propose aucun lieu pour se renseigner, et ne dit pas au lecteur pourquoi → ajoutez au moins un type de structure qui informe sur ce sujet ; ou, si aucune structure de l’annuaire n’en informe, écrivez dans « informer_absent » la phrase que le lecteur lira à la place de la liste (par exemple « L’annuaire du réseau ne connaît pas de lieu qui renseigne sur ce sujet : les sites et les structures de ce résultat vous répondent. »).',
      );
    }
    if (informer.length > 0 && result.informer_absent !== undefined) {
      report(
        step,
        'informer_absent',
        `ce résultat cite des structures qui informent (${list(informer)}), que « informer_absent » dit absentes : le lecteur ne lirait pas cette phrase → supprimez « informer_absent », ou videz « informer » si aucune de ces structures n’informe sur ce sujet.`,
      );
    }
    sites.forEach((site, index) => {
      if (!siteIds.has(site.id)) {
        report(
          step,
          `sites[${index}]`,
          `« ${site.id} » n’existe pas dans content/sitotheque/ → écrivez le nom d’un fichier de ce dossier, sans extension (${list(siteIds)}).`,
        );
      }
    });
    for (const [field, types] of [
      ['informer', informer],
      ['accompagner', accompagner],
    ] as const) {
      types.forEach((type, index) => {
        if (!typesWithStructures.has(type) && !mayBe(type)) {
          report(
            step,
            `${field}[${index}]`,
            `aucune structure de type « ${type} » dans content/structures/ → choisissez un type présent (${list(typesWithStructures)}).`,
          );
        }
        if (field === 'informer' && accompagner.includes(type)) {
          report(
            step,
            `informer[${index}]`,
            `le type « ${type} » figure aussi dans « accompagner » → gardez-le dans une seule des deux listes.`,
          );
        }
      });
    }
    if (informer.length + accompagner.length > 0) {
      const persons = reachedBy.get(step.id) ?? [];
      // The structures that receive every person reaching the result: worked out once, when an area first needs them.
      let receiving: readonly StructureLike[] | undefined;
      const shownByArea = structuresForResultByArea(
        result,
        structures,
        areas.map((area) => area.id),
        persons,
      );
      for (const area of areas) {
        const localTypes = typesByArea.get(area.id)!;
        const shown = shownByArea.get(area.id)!;
        if (shown.informer.local.length + shown.accompagner.local.length > 0) continue;
        const named = [...informer, ...accompagner];
        if (named.some((type) => mayBe(type, area.id))) continue;
        if (!named.some((type) => localTypes.has(type))) {
          report(
            step,
            'accompagner',
            `dans le bassin ${ofPlace(area.nom)}, aucune structure des types cités (${list(named)}) → ajoutez un type présent dans ce bassin (${list(localTypes)}).`,
          );
          continue;
        }
        receiving ??= receivingStructures(structures, persons);
        const receivingHere = receiving.filter((structure) => structure.data.bassin === area.id);
        for (const structure of structures) {
          if (structure.data.bassin !== area.id || !(named as readonly string[]).includes(structure.data.type))
            continue;
          const why = persons.map((person) => structureRefusal(structure, person)).find((reason) => reason);
          // Turned away by its type's ages or publics: the structure's file is not what changed.
          if (!why || why.startsWith('ce type ')) continue;
          const file = entryFile(structure, 'structures');
          // One problem by structure file: the first reason found speaks for the others.
          const found = unreceived.get(file) ?? { file, why, area: area.nom, results: [] };
          found.results.push(stepFile(step));
          unreceived.set(file, found);
        }
        const fix =
          receivingHere.length > 0
            ? `ajoutez un type dont une structure de ce bassin les reçoit (${list(new Set(receivingHere.map((structure) => structure.data.type)))})`
            : 'aucune structure de ce bassin ne les reçoit toutes : faites mener certaines réponses à une variante de ce résultat';
        report(
          step,
          'accompagner',
          `dans le bassin ${ofPlace(area.nom)}, aucune structure des types cités (${list(named)}) ne reçoit chacune des personnes qui arrivent ici → ${fix}.`,
        );
      }
    } else {
      report(
        step,
        'accompagner',
        'ce résultat ne cite aucune structure : la personne repartirait sans interlocuteur près de chez elle → ajoutez au moins un type de structure qui accompagne.',
      );
    }
    if (areaKnowledge?.before.has(step.id)) {
      report(
        step,
        'type',
        'on peut arriver à ce résultat sans avoir répondu à la question du bassin (profil: bassin) → faites passer chaque chemin par cette question.',
      );
    }
  }
  for (const { file, why, area, results } of unreceived.values()) {
    const several = results.length > 1;
    problems.push({
      file,
      field: 'publics',
      message: `${why} : ${results.join(', ')} ${several ? 'lui envoient' : 'lui envoie'} cette personne, et dans le bassin ${ofPlace(area)} aucune structure des types cités ne reçoit chacune des personnes qui y arrivent → si la structure reçoit bien cette personne, ajoutez à publics l’un des publics dont elle relève ; sinon, corrigez ${several ? 'ces fiches' : 'cette fiche'} du diagnostic (${several ? 'leur' : 'son'} message dit comment).`,
    });
  }
  if (starts.length > 0) problems.push(...routeProblems(steps, structures, reachedBy, (type) => mayBe(type)));
  return problems;
}

/** One structure of each set of publics among `ofType`: the rule reads only a structure's type and publics. */
const onePerPublics = (ofType: readonly StructureLike[]): StructureLike[] => [
  ...new Map(ofType.map((structure) => [(structure.data.publics ?? []).join(' '), structure] as const)).values(),
];

/**
 * Why no structure of a type receives the person (structureRefusal), or undefined when one does; `fromType` when the
 * reason is the type's own (its ages, or its publics for structures that name none).
 */
function typeRefusal(
  type: string,
  ofType: readonly StructureLike[],
  samples: readonly StructureLike[],
  person: Person,
) {
  if (ofType.length === 0) {
    const why = refusal(type, person);
    return why && { why, fromType: true };
  }
  // Whether one receives the person: asked of one structure of each set of publics (onePerPublics), not of each.
  if (samples.some((structure) => structureRefusal(structure, person) === undefined)) return undefined;
  // Structures that all name the same publics are named together (« ses structures reçoivent … »).
  const samePublics = new Set(ofType.map((structure) => (structure.data.publics ?? []).join())).size === 1;
  const whys = ofType.map((structure) =>
    samePublics && ofType.length > 1
      ? structureRefusal(structure, person, 'chacune de ses structures')
      : structureRefusal(structure, person),
  );
  if (whys.some((why) => why === undefined)) return undefined;
  const unique = [...new Set(whys)];
  return { why: unique.join(' ; '), fromType: unique.every((why) => why!.startsWith('ce type ')) };
}

/**
 * Reports each structure type a result offers to a person none of its structures receives (by age or by public), on
 * any route from the first question. Routes that differ only by answers saying nothing about the person (area,
 * preference…) reach the same state and make one problem, naming the first route and counting the others;
 * states are walked once, so the check stays linear in the tree while routes multiply. A type whose structures each
 * receive some of the persons reaching a result, but none all of them, is reported too: its page would offer none.
 * `reachedBy` holds the persons reaching each result (personsByResult). A type a refused file may be of (`unjudged`)
 * is left out: whom that file's structure receives is unknown until its own problem is fixed.
 */
function routeProblems(
  steps: readonly DiagnosticStep[],
  structures: readonly StructureLike[],
  reachedBy: ReadonlyMap<string, readonly Person[]>,
  unjudged: (type: string) => boolean,
): ContentProblem[] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const byType = Map.groupBy(structures, (structure) => structure.data.type);
  const samplesByType = new Map([...byType].map(([type, ofType]) => [type, onePerPublics(ofType)]));
  const found = new Map<
    string,
    { file: string; field: string; type: string; why: string; fromType: boolean; route: RouteAnswer[]; count: number }
  >();
  for (const state of walkStates(steps)) {
    const step = byId.get(state.stepId)!;
    if (step.data.type !== 'resultat') continue;
    for (const level of ['informer', 'accompagner'] as const) {
      step.data[level].forEach((type, index) => {
        if (unjudged(type)) return;
        const refused = typeRefusal(type, byType.get(type) ?? [], samplesByType.get(type) ?? [], state.person);
        if (!refused) return;
        const field = `${level}[${index}]`;
        const key = [step.id, field, refused.why].join('|');
        const seen = found.get(key);
        if (seen) seen.count += state.routes;
        else
          found.set(key, {
            file: stepFile(step),
            field,
            type,
            ...refused,
            route: state.firstRoute,
            count: state.routes,
          });
      });
    }
  }
  const problems = [...found.values()].map(({ file, field, type, why, fromType, route, count }) => {
    const last = route.at(-1)!;
    const others =
      count > 1 ? ` (et ${countOf(count - 1, 'autre chemin', 'autres chemins')} où la personne est la même)` : '';
    const source = fromType
      ? `si c’est ce que reçoit ce type qui est faux, corrigez ${AUDIENCES_FILE}`
      : 'si l’une de ses structures reçoit bien cette personne, ajoutez ce public à sa fiche (content/structures/, champ publics)';
    return {
      file,
      field,
      message:
        `le type « ${type} » n’accueille pas la personne qui arrive ici par le chemin ${describeRoute(route)}${others} : ${why}` +
        ` → retirez « ${type} » de ce niveau, ou faites mener la réponse « ${last.libelle} » (content/diagnostic/${last.stepId}.yaml)` +
        ` à un résultat qui ne le propose pas (par exemple une variante « -scolaire » de ce résultat) ; ${source}.`,
    };
  });
  // Each person reached by some structure of the type, but no structure receives them all: the page shows none.
  const reported = new Set(problems.map((problem) => `${problem.file}|${problem.field}`));
  for (const [resultId, persons] of reachedBy) {
    const step = byId.get(resultId)!;
    if (step.data.type !== 'resultat') continue;
    for (const level of ['informer', 'accompagner'] as const) {
      step.data[level].forEach((type, index) => {
        const field = `${level}[${index}]`;
        const ofType = byType.get(type) ?? [];
        if (ofType.length === 0 || unjudged(type) || reported.has(`${stepFile(step)}|${field}`)) return;
        if (samplesByType.get(type)!.some((structure) => receivesEach(structure, persons))) return;
        problems.push({
          file: stepFile(step),
          field,
          message: `aucune structure de type « ${type} » ne reçoit chacune des personnes qui arrivent ici, par des chemins différents : la page, la même pour toutes, n’en propose donc aucune → retirez « ${type} » de ce niveau, ou faites mener certaines réponses à une variante de ce résultat.`,
        });
      });
    }
  }
  return problems;
}
