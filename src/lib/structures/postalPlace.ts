/** How a structure's commune is written on its pages, with its postal code when the entry gives one. */

/** What the site knows of where a structure is: its commune, unless the entry says no source gives it. */
export interface Place {
  code_postal?: string | undefined;
  commune: string;
  /** The commune only places a stand-in point (the structure schema's `commune_inconnue`). */
  commune_inconnue?: boolean | undefined;
}

/** What pages write where a commune would stand, when no source gives it. */
export const UNKNOWN_COMMUNE = 'commune pas encore connue';

/** The mark a structure with no known town carries in the lists, quoted by the note under the map. */
export const UNPLACED_MARK = 'lieu à confirmer';

/**
 * What the lists beside a map (and the directory's) write where a town would stand, when no source gives it: the map
 * draws no marker at the stand-in point, and the page says so under the map (UnplacedNote.astro).
 */
export const UNPLACED_ON_MAP = `${UNPLACED_MARK}, pas sur la carte`;

/** The commune as a fact, or undefined when the entry's commune only places a stand-in point. */
export function knownCommune(place: Place): string | undefined {
  return place.commune_inconnue ? undefined : place.commune;
}

/** The commune, or « commune pas encore connue » where lists and cards would write it. */
export function communeOrUnknown(place: Place): string {
  return knownCommune(place) ?? UNKNOWN_COMMUNE;
}

/**
 * An employment area as pages write it after « Bassin d’emploi » or « bassin »: « Blois », or « Blois, à confirmer »
 * when the commune is unknown, since the area then only says where the site lists the structure. The comma sets
 * « à confirmer » apart from the area's town name: it is the structure's area that is in doubt, not Blois.
 */
export function areaAsKnown(area: string, place: Pick<Place, 'commune_inconnue'>): string {
  return place.commune_inconnue ? `${area}, à confirmer` : area;
}

/**
 * « 41000 Blois », or « Blois » alone when the postal code is not known (never « undefined Blois »); « Commune pas
 * encore connue » when no source gives it: the stand-in town is never written as the structure's.
 */
export function postalPlace(place: Place): string {
  const commune = knownCommune(place);
  if (commune === undefined) return `${UNKNOWN_COMMUNE.charAt(0).toUpperCase()}${UNKNOWN_COMMUNE.slice(1)}`;
  return [place.code_postal, commune].filter(Boolean).join(' ');
}

/** How the advice to ask another structure begins: what the site knows of where this one is. */
export function whatTheSiteKnows(place: Place): string {
  return place.commune_inconnue
    ? 'Ce site ne sait pas encore où elle est installée.'
    : 'Ce site ne connaît encore que sa commune.';
}

/** Where its map point stands, as the page says it when the point is not at the address. */
export function pointPlacement(place: Pick<Place, 'commune_inconnue'>): string {
  return place.commune_inconnue
    ? 'Elle n’est pas sur la carte tant que sa commune n’est pas connue.'
    : 'Sur la carte, le repère est placé dans la commune.';
}
