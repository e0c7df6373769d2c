/** How a structure's commune is written on its pages, with its postal code when the entry gives one. */

/** « 41000 Blois », or « Blois » alone when the postal code is not known (never « undefined Blois »). */
export function postalPlace(place: { code_postal?: string | undefined; commune: string }): string {
  return [place.code_postal, place.commune].filter(Boolean).join(' ');
}
