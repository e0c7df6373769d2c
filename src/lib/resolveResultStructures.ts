/**
 * Which structures a result of the self-diagnostic shows to a person of one employment area.
 */
import type { PublicId } from '../schemas/fields.ts';
import { STRUCTURE_TYPES, type StructureType } from '../schemas/structure.ts';
import { TYPES_BY_TRADE } from '../schemas/structureAudiences.ts';
import { receivingStructures, type Person, type ReceivingStructure } from './diagnosticRoutes.ts';
import { ofPlace } from './french.ts';

/** The minimum of a structure the resolution needs: with the publics its content names, when it names some. */
export interface StructureLike extends ReceivingStructure {
  id: string;
  /** The entry's file, as the build and check:content name it (content/structures/<id>.yaml when unset). */
  filePath?: string | undefined;
  data: ReceivingStructure['data'] & { bassin: string };
}

/** Structures of one level: those of the person's area, then those elsewhere in the département it needs. */
export interface LevelStructures<T> {
  /** Structures of the named types in the person's employment area. */
  local: T[];
  /**
   * Structures elsewhere in the département: of named types the area lacks (the nearest door is elsewhere), and of
   * types whose members each serve their own trades (TYPES_BY_TRADE: the CFA of one's trade may be elsewhere).
   */
  elsewhere: T[];
}

const byTrade = (type: string) => Object.hasOwn(TYPES_BY_TRADE, type);

const byName = new Intl.Collator('fr', { sensitivity: 'base' });

/** The structures of a level's types, in the order the level names the types, then by name: the same in every area. */
function ofLevelTypes<T extends StructureLike>(types: readonly string[], structures: readonly T[]): T[] {
  return structures
    .filter((structure) => types.includes(structure.data.type))
    .sort((a, b) => types.indexOf(a.data.type) - types.indexOf(b.data.type) || byName.compare(a.data.nom, b.data.nom));
}

/** A level's structures (ofLevelTypes) as a person of `area` is shown them. */
function level<T extends StructureLike>(ofTypes: readonly T[], area: string) {
  const local = ofTypes.filter((structure) => structure.data.bassin === area);
  const localTypes = new Set(local.map((structure) => structure.data.type));
  const elsewhere = ofTypes.filter(
    (structure) =>
      structure.data.bassin !== area && (!localTypes.has(structure.data.type) || byTrade(structure.data.type)),
  );
  return { local, elsewhere } satisfies LevelStructures<T>;
}

/** The structures of a result for a person of one area (structuresForResult). */
export interface ResultStructures<T> {
  informer: LevelStructures<T>;
  accompagner: LevelStructures<T>;
}

/**
 * Structures of a result for one employment area: level 2 (`informer`) and level 3 (`accompagner`),
 * in the order the result names the types, then by name. A structure listed to counsel is not repeated to inform.
 * Only structures that receive each of `persons`, those the answers leading to the result describe, are offered
 * (structureRefusal): one page serves every route to the result.
 */
export function structuresForResult<T extends StructureLike>(
  result: { informer: readonly string[]; accompagner: readonly string[] },
  structures: readonly T[],
  area: string,
  persons: readonly Person[] = [],
): ResultStructures<T> {
  return structuresForResultByArea(result, structures, [area], persons).get(area)!;
}

/**
 * structuresForResult for each of `areas` (a map by area): the structures a result offers, and their order, are the
 * same in every area, so they are worked out once, and only where each stands is read area by area.
 */
export function structuresForResultByArea<T extends StructureLike>(
  result: { informer: readonly string[]; accompagner: readonly string[] },
  structures: readonly T[],
  areas: readonly string[],
  persons: readonly Person[] = [],
): Map<string, ResultStructures<T>> {
  const informTypes = result.informer.filter((type) => !result.accompagner.includes(type));
  const named = new Set([...result.informer, ...result.accompagner]);
  const receiving = receivingStructures(
    structures.filter((structure) => named.has(structure.data.type)),
    persons,
  );
  const informer = ofLevelTypes(informTypes, receiving);
  const accompagner = ofLevelTypes(result.accompagner, receiving);
  return new Map(
    areas.map((area) => [area, { informer: level(informer, area), accompagner: level(accompagner, area) }]),
  );
}

/**
 * Whom each type's structures inform, as every description of that type in content/structures/ says (« informe »):
 * the CIO « élèves, étudiants, jeunes sortis de l’école, familles et adultes » ; the Mission Locale « les jeunes de
 * 16 à 25 ans sortis de l’école » ; the BIJ « les jeunes » ; the CAD « les jeunes et leurs familles ». The chambers
 * inform employers only: the CCI represents the companies of its trades « et les informe » ; the Chambre
 * d’agriculture, « la chambre des agriculteurs et des employeurs agricoles », informs on agricultural trades and
 * apprenticeship without saying to whom. Both files list young people and apprentices among their `publics`, but
 * that field says whom a structure receives, not whom it informs, and the schema has no field for that: the rule
 * stays by type until a chamber's description says it informs young people. Not France Travail, the MGI, the CFA or
 * the Afpa: their descriptions do not say they inform. No type says it informs the network's professionals.
 */
export const INFORMED_PUBLICS = {
  cio: ['collegiens-lyceens', 'etudiants', 'jeunes-16-25', 'parents', 'adultes', 'salaries', 'demandeurs-emploi'],
  'mission-locale': ['jeunes-16-25'],
  bij: ['collegiens-lyceens', 'etudiants', 'jeunes-16-25', 'apprentis'],
  'cad-cma': ['collegiens-lyceens', 'etudiants', 'jeunes-16-25', 'apprentis', 'parents'],
  'chambre-consulaire': ['employeurs'],
} as const satisfies Partial<Record<StructureType, readonly PublicId[]>>;

/**
 * The kind of reader a public belongs to. A person's publics (PERSON_ANSWERS) all lie in one kind: an employer, a
 * professional of the network, a parent, or the person themself, young or adult (a job seeker of 20 is both
 * « jeunes-16-25 » and « adultes »: one public informed is enough for them).
 */
const readerKind = (id: string) => (id === 'employeurs' || id === 'professionnels' || id === 'parents' ? id : 'self');

/**
 * Whether a type's structures inform each reader of a result (`readers`, their publics, as resultReader gives them):
 * INFORMED_PUBLICS names one of the publics of each kind of reader among them. Readers unknown (undefined) may be
 * anyone, whom no type informs.
 */
function informsEach(type: string, readers: ReadonlySet<string> | undefined): boolean {
  if (!readers || readers.size === 0) return false;
  const informed: readonly string[] = Object.hasOwn(INFORMED_PUBLICS, type)
    ? INFORMED_PUBLICS[type as keyof typeof INFORMED_PUBLICS]
    : [];
  const kinds = Map.groupBy(readers, readerKind);
  return [...kinds.values()].every((publics) => publics.some((id) => informed.includes(id)));
}

/**
 * The structures of the person's area that a result's page names first under its level to inform, when that level
 * knows none in the area but some elsewhere: those the level to counsel shows in the area, of a type that informs
 * the result's readers (`readers`, their publics: informsEach). Review rev25, finding 2: a lycéen of Vendôme who asked
 * to be informed near home read the BIJ of Blois first, and the CIO of Vendôme, which informs too, last. An employer is
 * not told that the Mission Locale, which informs young people, « vous renseigne aussi », nor a young person or an
 * adult that the CCI, which informs companies, does.
 */
export function nearbyInformers<T extends StructureLike>(
  shown: { informer: LevelStructures<T>; accompagner: LevelStructures<T> },
  readers: ReadonlySet<string> | undefined,
): T[] {
  if (shown.informer.local.length > 0 || shown.informer.elsewhere.length === 0) return [];
  return shown.accompagner.local.filter((structure) => informsEach(structure.data.type, readers));
}

/** Structures of one type that a result's page shows only in part: the list that holds all of them. */
export interface MoreOfType {
  type: string;
  /** The person's area for types it has; none for a type the area lacks (its list is the whole département's). */
  area: string | undefined;
  /** Structures of the type in that list. */
  count: number;
}

/**
 * Why a level lists structures of a type elsewhere in the département, type by type in the level's order: the person's
 * area has none of it (`inArea` false), or it has some, but each serves its own trades (`trade`, TYPES_BY_TRADE).
 */
export function elsewhereReasons(
  level: LevelStructures<StructureLike>,
): { type: string; inArea: boolean; trade?: string }[] {
  const types = [...new Set(level.elsewhere.map((structure) => structure.data.type))];
  return types.map((type) => ({
    type,
    inArea: level.local.some((structure) => structure.data.type === type),
    ...(byTrade(type) ? { trade: TYPES_BY_TRADE[type as keyof typeof TYPES_BY_TRADE] } : {}),
  }));
}

/**
 * The reasons of elsewhereReasons as a result's page writes them after « Ailleurs dans le département », one sentence
 * a type: its trades' sentence when the person's area has some of it, else that the directory knows none in the area
 * (`areaName`, its name). Not that the area has none: the directory does not list every CFA or chamber of an area, and
 * places some structures in an area without a known town.
 */
export function elsewhereSentences(level: LevelStructures<StructureLike>, areaName: string): string[] {
  return elsewhereReasons(level).map(({ type, inArea, trade }) =>
    inArea && trade
      ? `${trade.charAt(0).toUpperCase()}${trade.slice(1)}.`
      : `${(STRUCTURE_TYPES as Partial<Record<string, string>>)[type] ?? type} : l’annuaire n’en connaît pas dans le bassin ${ofPlace(areaName)}.`,
  );
}

/** A level as a result's page shows it: some of its structures, and the lists of the types it shows in part. */
export interface ShownLevel<T> extends LevelStructures<T> {
  /** Structures of the level left out, in the level's order: named beside the lists that hold them. */
  leftOut: T[];
  /** Types with structures left out, in the level's order. */
  more: MoreOfType[];
}

/**
 * The structures a result's page shows of one level in `area`: at most `max`, taken type by type in turns (the
 * first of each type, then the second…), so that no named type disappears behind a type with many structures;
 * kept in the level's order. Each type left in part is listed whole on its own pages (`more`). `listSize` says how
 * many structures the list of a type holds (`area` undefined: the département's), the count its link gives: a list
 * also holds the structures this result does not offer; without it, the count is the level's structures of the type.
 */
export function shownStructures<T extends StructureLike>(
  level: LevelStructures<T>,
  max: number,
  area: string,
  listSize?: (type: string, area: string | undefined) => number,
): ShownLevel<T> {
  const all = [...level.local, ...level.elsewhere];
  if (all.length <= max) return { ...level, leftOut: [], more: [] };
  const byType = new Map<string, T[]>();
  for (const structure of all) {
    const ofType = byType.get(structure.data.type);
    if (ofType) ofType.push(structure);
    else byType.set(structure.data.type, [structure]);
  }
  const chosen = new Set<T>();
  for (let turn = 0; chosen.size < max; turn++) {
    for (const ofType of byType.values()) {
      const structure = ofType[turn];
      if (structure && chosen.size < max) chosen.add(structure);
    }
  }
  const leftOut = all.filter((structure) => !chosen.has(structure));
  // One list per type left in part: the area's when all its structures are there, else the département's.
  const more = [...new Set(leftOut.map((structure) => structure.data.type))].map((type) => {
    const listArea = level.elsewhere.some((structure) => structure.data.type === type) ? undefined : area;
    const count = listSize?.(type, listArea) ?? all.filter((structure) => structure.data.type === type).length;
    return { type, area: listArea, count };
  });
  return {
    local: level.local.filter((structure) => chosen.has(structure)),
    elsewhere: level.elsewhere.filter((structure) => chosen.has(structure)),
    leftOut,
    more,
  };
}

/**
 * The names of one type's structures a level leaves out, as a result's page writes them beside the list that holds
 * them: at most `max` (as many as the level shows), and how many others, so that the sentence does not grow with
 * the network.
 */
export function leftOutNames(
  level: ShownLevel<StructureLike>,
  type: string,
  max: number,
): { names: string[]; others: number } {
  const names = level.leftOut
    .filter((structure) => structure.data.type === type)
    .map((structure) => structure.data.nom);
  return { names: names.slice(0, max), others: Math.max(0, names.length - max) };
}
