/** Addresses of the lists of structures of one type, that results of the self-diagnostic link to. */

/** Site path of the list of one type's structures, in one employment area or in the whole département (no base). */
export function typeListPath(type: string, area?: string): string {
  return area ? `/structures/type/${type}/${area}/` : `/structures/type/${type}/`;
}
