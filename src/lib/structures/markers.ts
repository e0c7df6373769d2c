import type { Filterable } from './filters.ts';
import { structureSummary, type MapData, type MapStructure } from './mapData.ts';

/**
 * How each type of structure shows on the map: a short code written in the marker
 * (so that the legend does not rely on colour alone) and a CSS class for its colour.
 */
const MARKER_CODES: Record<string, string> = {
  'mission-locale': 'ML',
  cio: 'CIO',
  bij: 'BIJ',
  // The CAD's own sigle, as its cards and pages write it (« CAD de la CMA 41 »), not its chamber's.
  'cad-cma': 'CAD',
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

/** What a marker needs of a structure: where it stands, what it is called and what its popup says. */
export interface MarkerPoint {
  id: string;
  /** Absent when `unplaced` (MapStructure). */
  lat?: number | undefined;
  lng?: number | undefined;
  /** The structure's name (a group marker lists its members by it). */
  name: string;
  /** Accessible name of the marker: name and town. */
  label: string;
  /** Type and town, in the popup. */
  summary: string;
  href: string;
  /** Code written in the marker, and the class of its colour. */
  code: string;
  markerClass: string;
  /** The point only stands in the town (the popup says so). */
  approximate: boolean;
  /** No source gives the town: no point, no marker. */
  unplaced: boolean;
}

/** A marker the map draws: a structure whose town a source gives, which has its point (toMapStructure writes both). */
export type PlacedPoint = MarkerPoint & { lat: number; lng: number };

/** The marker of a structure of the map's data. */
export function markerPoint(structure: MapStructure, types: MapData['types']): MarkerPoint {
  return {
    id: structure.id,
    lat: structure.lat,
    lng: structure.lng,
    name: structure.nom,
    label: `${structure.nom}, ${structure.commune}`,
    summary: structureSummary(structure, types),
    href: structure.href,
    code: markerCode(structure.type),
    markerClass: markerClass(structure.type),
    approximate: structure.approximate,
    unplaced: structure.unplaced === true,
  };
}

/**
 * Attributes of a structure's element (a list item, an address): its marker, read back by `pointOfItem`,
 * and the fields <structure-directory> filters on. The server and the browser write them from the same record.
 */
export function structureItemAttributes(structure: MapStructure, types: MapData['types']): Record<string, string> {
  const point = markerPoint(structure, types);
  return {
    ...(point.approximate ? { 'data-approximate': '' } : {}),
    ...(point.unplaced ? { 'data-unplaced': '' } : {}),
    'data-structure': point.id,
    ...(point.lat === undefined || point.lng === undefined
      ? {}
      : { 'data-lat': String(point.lat), 'data-lng': String(point.lng) }),
    'data-name': point.name,
    'data-label': point.label,
    'data-summary': point.summary,
    'data-href': point.href,
    'data-code': point.code,
    'data-marker-class': point.markerClass,
    'data-bassin': structure.bassin,
    'data-type': structure.type,
    'data-publics': structure.publics.join(' '),
  };
}

/** The fields <structure-directory> filters on, from the `dataset` of an element written with `structureItemAttributes`. */
export function filterableOfItem(dataset: Readonly<Record<string, string | undefined>>): Filterable & { id: string } {
  return {
    id: dataset['structure'] ?? '',
    bassin: dataset['bassin'] ?? '',
    type: dataset['type'] ?? '',
    publics: (dataset['publics'] ?? '').split(' '),
  };
}

/** The marker an element written with `structureItemAttributes` stands for, from its `dataset`. */
export function pointOfItem(dataset: Readonly<Record<string, string | undefined>>): MarkerPoint {
  return {
    id: dataset['structure'] ?? '',
    ...(dataset['lat'] === undefined ? {} : { lat: Number(dataset['lat']), lng: Number(dataset['lng']) }),
    name: dataset['name'] ?? '',
    label: dataset['label'] ?? '',
    summary: dataset['summary'] ?? '',
    href: dataset['href'] ?? '#',
    code: dataset['code'] ?? '',
    markerClass: dataset['markerClass'] ?? 'map-marker',
    approximate: dataset['approximate'] !== undefined,
    unplaced: dataset['unplaced'] !== undefined,
  };
}
