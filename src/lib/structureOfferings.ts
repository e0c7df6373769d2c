/** Reverse references: what a structure offers, found from the entries that point to it. */

interface Ref {
  id: string;
}

/** The minimum of an internship entry the lookup needs. */
export interface InternshipLike {
  id: string;
  data: { structures: readonly Ref[] };
}

/** The minimum of a tool entry the lookup needs. */
export interface ToolLike {
  id: string;
  data: { structure: readonly Ref[] };
}

/** Internships a structure arranges and tools it holds, in the order of the lists given. */
export function offeringsOf<I extends InternshipLike, T extends ToolLike>(
  structureId: string,
  internships: readonly I[],
  tools: readonly T[],
): { internships: I[]; tools: T[] } {
  return {
    internships: internships.filter((entry) => entry.data.structures.some((ref) => ref.id === structureId)),
    tools: tools.filter((entry) => entry.data.structure.some((ref) => ref.id === structureId)),
  };
}
