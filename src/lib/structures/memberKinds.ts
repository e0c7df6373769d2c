/**
 * The kinds of structure the network's members are, as the home page lists them: counted from the members' files,
 * so that another territory's network, or a member added or gone, never reads a kind it does not have.
 */
import { STRUCTURE_TYPES, structureTypeIds, type StructureType } from '../../schemas/structure.ts';

export interface MemberKind {
  type: StructureType;
  /** The type's label, as the directory and the structures' pages write it. */
  label: string;
  /** How many members are of that kind. */
  count: number;
}

/** Each kind among `types` once, in the order of STRUCTURE_TYPES, with how many of `types` it counts. */
export function memberKinds(types: readonly StructureType[]): MemberKind[] {
  return structureTypeIds.flatMap((type) => {
    const count = types.filter((candidate) => candidate === type).length;
    return count > 0 ? [{ type, label: STRUCTURE_TYPES[type], count }] : [];
  });
}
