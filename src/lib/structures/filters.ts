/**
 * Filters of the structure list and map, and their query string. Pure and free of
 * schema imports: the browser runs this module, so the allowed values come as an argument.
 */

/** What a reader or a partner chose to see. Empty lists mean "all". */
export interface StructureFilters {
  bassins: string[];
  types: string[];
  public: string | undefined;
}

/** Allowed values of each filter, in display order. */
export interface FilterVocabulary {
  bassins: readonly string[];
  types: readonly string[];
  publics: readonly string[];
}

/** The fields of a structure the filters look at. */
export interface Filterable {
  bassin: string;
  type: string;
  publics: readonly string[];
}

/** Query parameter names, shared by /structures/, /carte/ and /embed/carte/. */
export const FILTER_PARAMS = { bassin: 'bassin', type: 'type', public: 'public' } as const;

/** Keeps known values once each, in the vocabulary's order, so that equal choices give equal URLs. */
function known(values: readonly string[], reference: readonly string[]): string[] {
  const chosen = new Set(values.flatMap((value) => value.split(',')).map((value) => value.trim()));
  return reference.filter((value) => chosen.has(value));
}

/** Reads filters from a query string; unknown values are ignored rather than hiding everything. */
export function parseStructureFilters(params: URLSearchParams, vocabulary: FilterVocabulary): StructureFilters {
  const publicValue = params.get(FILTER_PARAMS.public) ?? '';
  return {
    bassins: known(params.getAll(FILTER_PARAMS.bassin), vocabulary.bassins),
    types: known(params.getAll(FILTER_PARAMS.type), vocabulary.types),
    public: vocabulary.publics.includes(publicValue) ? publicValue : undefined,
  };
}

/** Writes filters as query parameters (repeated `bassin` and `type`), leaving out what is not chosen. */
export function filtersToSearchParams(filters: StructureFilters, vocabulary: FilterVocabulary): URLSearchParams {
  const params = new URLSearchParams();
  for (const area of known(filters.bassins, vocabulary.bassins)) params.append(FILTER_PARAMS.bassin, area);
  for (const type of known(filters.types, vocabulary.types)) params.append(FILTER_PARAMS.type, type);
  if (filters.public && vocabulary.publics.includes(filters.public)) params.set(FILTER_PARAMS.public, filters.public);
  return params;
}

/**
 * Whether a structure matches the filters. A structure open to everyone
 * ("tout-public") matches any public.
 */
export function matchesFilters(structure: Filterable, filters: StructureFilters): boolean {
  return (
    (filters.bassins.length === 0 || filters.bassins.includes(structure.bassin)) &&
    (filters.types.length === 0 || filters.types.includes(structure.type)) &&
    (filters.public === undefined ||
      structure.publics.includes(filters.public) ||
      structure.publics.includes('tout-public'))
  );
}

/** Event <structure-directory> fires after each change of filters, for the map beside the list. */
export const FILTER_EVENT = 'structures:filtered';
