/**
 * Which structures a result of the self-diagnostic shows to a person of one employment area.
 */
import { receivesEach, type Person, type ReceivingStructure } from './diagnosticRoutes.ts';

/** The minimum of a structure the resolution needs: with the publics its content names, when it names some. */
export interface StructureLike extends ReceivingStructure {
  id: string;
  data: ReceivingStructure['data'] & { bassin: string };
}

/** Structures of one level: those of the person's area, and those of types the area lacks, elsewhere. */
export interface LevelStructures<T> {
  /** Structures of the named types in the person's employment area. */
  local: T[];
  /** Structures of named types that have none in the area: the nearest door is elsewhere in the département. */
  elsewhere: T[];
}

const byName = new Intl.Collator('fr', { sensitivity: 'base' });

function level<T extends StructureLike>(types: readonly string[], structures: readonly T[], area: string) {
  const ofTypes = structures
    .filter((structure) => types.includes(structure.data.type))
    .sort((a, b) => types.indexOf(a.data.type) - types.indexOf(b.data.type) || byName.compare(a.data.nom, b.data.nom));
  const local = ofTypes.filter((structure) => structure.data.bassin === area);
  const localTypes = new Set(local.map((structure) => structure.data.type));
  const elsewhere = ofTypes.filter((structure) => !localTypes.has(structure.data.type));
  return { local, elsewhere } satisfies LevelStructures<T>;
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
): { informer: LevelStructures<T>; accompagner: LevelStructures<T> } {
  const informTypes = result.informer.filter((type) => !result.accompagner.includes(type));
  const receiving = structures.filter((structure) => receivesEach(structure, persons));
  return {
    informer: level(informTypes, receiving, area),
    accompagner: level(result.accompagner, receiving, area),
  };
}

/** Structures of one type that a result's page shows only in part: the list that holds all of them. */
export interface MoreOfType {
  type: string;
  /** The person's area for types it has; none for a type the area lacks (its list is the whole département's). */
  area: string | undefined;
  /** Structures of the type in that list. */
  count: number;
}

/** A level as a result's page shows it: some of its structures, and the lists of the types it shows in part. */
export interface ShownLevel<T> extends LevelStructures<T> {
  /** Structures of the level left out: the « n more » beside those shown. */
  left: number;
  /** Types with structures left out, in the level's order. */
  more: MoreOfType[];
}

function countByType(structures: readonly StructureLike[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const structure of structures) counts.set(structure.data.type, (counts.get(structure.data.type) ?? 0) + 1);
  return counts;
}

/** Types of `whole` that `shown` holds only in part, with their count. */
function typesInPart(whole: readonly StructureLike[], shown: readonly StructureLike[], area: string | undefined) {
  const shownCounts = countByType(shown);
  return [...countByType(whole)]
    .filter(([type, count]) => (shownCounts.get(type) ?? 0) < count)
    .map(([type, count]) => ({ type, area, count }));
}

/**
 * The structures a result's page shows of one level in `area`: at most `max`, taken type by type in turns (the
 * first of each type, then the second…), so that no named type disappears behind a type with many structures;
 * kept in the level's order. Each type left in part is listed whole on its own pages (`more`).
 */
export function shownStructures<T extends StructureLike>(
  level: LevelStructures<T>,
  max: number,
  area: string,
): ShownLevel<T> {
  const all = [...level.local, ...level.elsewhere];
  if (all.length <= max) return { ...level, left: 0, more: [] };
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
  const local = level.local.filter((structure) => chosen.has(structure));
  const elsewhere = level.elsewhere.filter((structure) => chosen.has(structure));
  return {
    local,
    elsewhere,
    left: all.length - chosen.size,
    more: [...typesInPart(level.local, local, area), ...typesInPart(level.elsewhere, elsewhere, undefined)],
  };
}
