import { hasPreciseLocation } from './provenance.ts';

/**
 * How each type of structure shows on the map: a short code written in the marker
 * (so that the legend does not rely on colour alone) and a CSS class for its colour.
 */
const MARKER_CODES: Record<string, string> = {
  'mission-locale': 'ML',
  cio: 'CIO',
  bij: 'BIJ',
  'cad-cma': 'CMA',
  cfa: 'CFA',
  mgi: 'MLDS',
  'france-travail': 'FT',
  afpa: 'AFPA',
  'chambre-consulaire': 'CC',
  gip: 'GIP',
  autre: '•',
};

/** Code written in a structure's marker. */
export function markerCode(type: string): string {
  return MARKER_CODES[type] ?? '•';
}

/** CSS class giving a marker its colour, defined in src/styles/map.css. */
export function markerClass(type: string): string {
  return `map-marker map-marker--${type in MARKER_CODES ? type : 'autre'}`;
}

/** What <structure-map> reads from a structure's element to place and name its marker. */
export function mapItemAttributes(
  id: string,
  data: { nom: string; commune: string; type: string; latitude: number; longitude: number } & Parameters<
    typeof hasPreciseLocation
  >[0],
  href: string,
  summary: string,
) {
  return {
    // A point that only stands in the town says so in its popup; a sourced or checked one is at the address.
    ...(hasPreciseLocation(data) ? {} : { 'data-approximate': '' }),
    'data-structure': id,
    'data-lat': data.latitude,
    'data-lng': data.longitude,
    'data-name': data.nom,
    'data-label': `${data.nom}, ${data.commune}`,
    'data-summary': summary,
    'data-href': href,
    'data-code': markerCode(data.type),
    'data-marker-class': markerClass(data.type),
  };
}
