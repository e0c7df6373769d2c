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

/**
 * Looks up the internships a structure arranges and the tools it holds, in the order of the lists given.
 * The lists are read once, so that a build asks for every structure without reading them again each time.
 */
export function offeringsIndex<I extends InternshipLike, T extends ToolLike>(
  internships: readonly I[],
  tools: readonly T[],
): (structureId: string) => { internships: I[]; tools: T[] } {
  const byStructure = new Map<string, { internships: I[]; tools: T[] }>();
  const of = (id: string) => {
    let offerings = byStructure.get(id);
    if (!offerings) byStructure.set(id, (offerings = { internships: [], tools: [] }));
    return offerings;
  };
  // A structure named twice by one entry is listed once.
  for (const entry of internships)
    for (const id of new Set(entry.data.structures.map((ref) => ref.id))) of(id).internships.push(entry);
  for (const entry of tools)
    for (const id of new Set(entry.data.structure.map((ref) => ref.id))) of(id).tools.push(entry);
  return (structureId) => {
    const offerings = byStructure.get(structureId);
    return { internships: [...(offerings?.internships ?? [])], tools: [...(offerings?.tools ?? [])] };
  };
}
