/**
 * The employment area of a place that comes without one (a partner's spreadsheet, a record of the national
 * hub): the area that lists its town in `src/site.config.ts`, else the area whose centre is nearest.
 */
import { territory, type EmploymentArea } from '../site.config.ts';
import type { EmploymentAreaId } from '../schemas/fields.ts';
import { townKey } from './townKey.ts';

/** An area and what it was read from: a listed town is known, the nearest centre is a guess to check. */
export interface AreaOfPlace {
  id: EmploymentAreaId;
  from: 'commune' | 'centre';
}

/**
 * The area of a place from its town (`commune`) or its point; `undefined` when the town is not listed and the
 * point is missing. Distances are on a flat map with longitudes shortened by the latitude's cosine, which is
 * enough to rank centres a few tens of kilometres apart.
 */
export function employmentAreaOf(place: {
  commune?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
}): AreaOfPlace | undefined {
  const areas: readonly (EmploymentArea & { id: EmploymentAreaId })[] = territory.employmentAreas;
  if (place.commune) {
    const key = townKey(place.commune);
    const listed = areas.find((area) => (area.communes ?? []).some((town) => townKey(town) === key));
    if (listed) return { id: listed.id, from: 'commune' };
  }
  const { latitude, longitude } = place;
  if (latitude === undefined || longitude === undefined) return undefined;
  const squeeze = Math.cos((latitude * Math.PI) / 180);
  const distance = ({ centre }: EmploymentArea) =>
    (centre[0] - latitude) ** 2 + ((centre[1] - longitude) * squeeze) ** 2;
  const nearest = [...areas].sort((a, b) => distance(a) - distance(b))[0];
  return nearest && { id: nearest.id, from: 'centre' };
}
