/**
 * Which structures a result of the self-diagnostic shows to a person of one employment area.
 */

/** The minimum of a structure the resolution needs. */
export interface StructureLike {
  id: string;
  data: { type: string; bassin: string; nom: string };
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
 */
export function structuresForResult<T extends StructureLike>(
  result: { informer: readonly string[]; accompagner: readonly string[] },
  structures: readonly T[],
  area: string,
): { informer: LevelStructures<T>; accompagner: LevelStructures<T> } {
  const informTypes = result.informer.filter((type) => !result.accompagner.includes(type));
  return {
    informer: level(informTypes, structures, area),
    accompagner: level(result.accompagner, structures, area),
  };
}
