/**
 * Filters of the structure list and map, and their query string. Pure and free of
 * schema imports: the browser runs this module, so the allowed values come as an argument.
 */

import { slugify } from '../slugify.ts';

/** What a reader or a partner chose to see. Empty lists mean "all". */
export interface StructureFilters {
  bassins: string[];
  types: string[];
  public: string | undefined;
  /**
   * Identifiers of chosen structures (e.g. those a result of the self-diagnostic names).
   * Absent or empty means "all"; identifiers that match no structure are ignored by the list.
   */
  structures?: string[];
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
  /** The structure's identifier (file name), for the `structure` filter. */
  id?: string;
}

/** Query parameter names, shared by /structures/, /carte/ and /embed/carte/. */
export const FILTER_PARAMS = { bassin: 'bassin', type: 'type', public: 'public', structure: 'structure' } as const;

/** What a structure identifier looks like (a content file name); anything else in the address is ignored. */
const STRUCTURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Identifiers once each, sorted, so that equal choices give equal URLs. */
function structureIds(values: readonly string[]): string[] {
  const ids = values.flatMap((value) => value.split(',')).map((value) => value.trim());
  return [...new Set(ids.filter((id) => STRUCTURE_ID.test(id)))].sort();
}

/**
 * A value as a partner may type it in the address, read as the codes are written (codes are slugs):
 * `Vendôme ` → `vendome`, `CIO` → `cio`. A wrapper rather than `.map(slugify)`, which would pass the index as `keep`.
 */
const fold = (value: string) => slugify(value);

/** The values of a parameter, repeated (`bassin=a&bassin=b`) or separated by commas (`bassin=a,b`), empty ones left out. */
const valuesOf = (params: URLSearchParams, name: string) =>
  params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);

/** Keeps known values once each, in the vocabulary's order, so that equal choices give equal URLs. */
function known(values: readonly string[], reference: readonly string[]): string[] {
  const chosen = new Set(values.flatMap((value) => value.split(',')).map(fold));
  return reference.filter((value) => chosen.has(value));
}

/** Reads filters from a query string; unknown values are ignored rather than hiding everything (see unknownFiltersNote). */
export function parseStructureFilters(params: URLSearchParams, vocabulary: FilterVocabulary): StructureFilters {
  const publicValue = fold(valuesOf(params, FILTER_PARAMS.public)[0] ?? '');
  const structures = structureIds(params.getAll(FILTER_PARAMS.structure));
  return {
    bassins: known(params.getAll(FILTER_PARAMS.bassin), vocabulary.bassins),
    types: known(params.getAll(FILTER_PARAMS.type), vocabulary.types),
    public: vocabulary.publics.includes(publicValue) ? publicValue : undefined,
    ...(structures.length > 0 ? { structures } : {}),
  };
}

/**
 * What the address asks that no code matches, said with the codes that exist: « Critère inconnu ignoré : bassin
 * « xyz ». Valeurs possibles : blois, romorantin, vendome. », one sentence per parameter; empty when all is known.
 * A partner who mistyped a value then sees why the map shows more than they meant (/carte/integrer/ lists the codes).
 */
export function unknownFiltersNote(params: URLSearchParams, vocabulary: FilterVocabulary): string {
  const checked = [
    [FILTER_PARAMS.bassin, vocabulary.bassins],
    [FILTER_PARAMS.type, vocabulary.types],
    [FILTER_PARAMS.public, vocabulary.publics],
  ] as const;
  return checked
    .map(([name, reference]) => {
      const unknown = valuesOf(params, name).filter((value) => !reference.includes(fold(value)));
      return unknown.length > 0
        ? `Critère inconnu ignoré : ${name} ${unknown.map((value) => `« ${value} »`).join(', ')}. Valeurs possibles : ${reference.join(', ')}.`
        : '';
    })
    .filter(Boolean)
    .join(' ');
}

/** Writes filters as query parameters (repeated `bassin`, `type` and `structure`), leaving out what is not chosen. */
export function filtersToSearchParams(filters: StructureFilters, vocabulary: FilterVocabulary): URLSearchParams {
  const params = new URLSearchParams();
  for (const area of known(filters.bassins, vocabulary.bassins)) params.append(FILTER_PARAMS.bassin, area);
  for (const type of known(filters.types, vocabulary.types)) params.append(FILTER_PARAMS.type, type);
  if (filters.public && vocabulary.publics.includes(filters.public)) params.set(FILTER_PARAMS.public, filters.public);
  for (const id of structureIds(filters.structures ?? [])) params.append(FILTER_PARAMS.structure, id);
  return params;
}

/**
 * Whether a structure matches the filters. A structure open to everyone
 * ("tout-public") matches any public. Chosen structures narrow the other filters, never widen them.
 */
export function matchesFilters(structure: Filterable, filters: StructureFilters): boolean {
  return (
    (filters.bassins.length === 0 || filters.bassins.includes(structure.bassin)) &&
    (filters.types.length === 0 || filters.types.includes(structure.type)) &&
    (filters.public === undefined ||
      structure.publics.includes(filters.public) ||
      structure.publics.includes('tout-public')) &&
    (!filters.structures?.length || (structure.id !== undefined && filters.structures.includes(structure.id)))
  );
}

/**
 * Anchor of the map page's notice that, without JavaScript, says the filters of the address are not applied
 * (a static page cannot read its query string; CSS shows the notice when it is the target).
 */
export const MAP_FILTERS_NOTICE = 'selection';

/**
 * Address of the map with these filters, without the base; no filter gives `/carte/`. A filtered address ends with
 * `#selection`, so that without JavaScript the page says why it shows every structure.
 */
function mapPath({
  area,
  types = [],
  structures = [],
}: {
  area?: string | undefined;
  types?: readonly string[];
  structures?: readonly string[];
}): string {
  const params = new URLSearchParams();
  if (area) params.append(FILTER_PARAMS.bassin, area);
  for (const type of new Set(types)) params.append(FILTER_PARAMS.type, type);
  for (const id of structureIds(structures)) params.append(FILTER_PARAMS.structure, id);
  return `/carte/${params.size > 0 ? `?${params.toString()}#${MAP_FILTERS_NOTICE}` : ''}`;
}

/** Address of the map showing only the given structures: `/carte/?structure=a&structure=b#selection` (without the base). */
export function mapPathFor(ids: readonly string[]): string {
  return mapPath({ structures: ids });
}

/** Address of the map of one employment area: `/carte/?bassin=blois#selection` (without the base). */
export function mapPathForArea(area: string): string {
  return mapPath({ area });
}

/**
 * Address of the map showing the structures of some types, in one area or in all: its length depends on the
 * number of types, not of structures (`/carte/?bassin=blois&type=cio&type=cfa#selection`, without the base).
 */
export function mapPathForTypes(types: readonly string[], area?: string): string {
  return mapPath({ types, area });
}

/** Event <structure-directory> fires after each change of filters, for the map beside the list. */
export const FILTER_EVENT = 'structures:filtered';
