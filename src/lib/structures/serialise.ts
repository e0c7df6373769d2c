/**
 * The open data downloads: GeoJSON (RFC 7946), CSV (RFC 4180) and plain JSON,
 * all built from the same flat records.
 */
import { stringify } from 'csv-stringify/sync';
import { pickFields, STRUCTURE_FIELDS } from '../openDataRegistry.ts';
import type { StructureRecord } from './record.ts';

/**
 * A GeoJSON FeatureCollection of the structures: [longitude, latitude] points, French properties. A structure whose
 * town no source gives has no point (`geometry: null`, which RFC 7946 §3.2 allows): its stand-in point would show it
 * in a town on any map a reuser draws. The site's own map keeps it, with a popup that says it is only indicative.
 */
export function toGeoJson(records: readonly StructureRecord[]) {
  return {
    type: 'FeatureCollection' as const,
    features: records
      .map((record) => pickFields(record, STRUCTURE_FIELDS))
      .map(({ latitude, longitude, ...properties }) => ({
        type: 'Feature' as const,
        id: properties.id,
        geometry:
          latitude === null || longitude === null
            ? null
            : { type: 'Point' as const, coordinates: [longitude, latitude] as [number, number] },
        properties,
      })),
  };
}

/** Columns of the CSV, in order: the registry's structure fields. Lists are joined with " ; " (a separator that French text rarely holds). */
export const CSV_COLUMNS = STRUCTURE_FIELDS.map((field) => field.name);

/**
 * Numbers stay numbers, so that a negative longitude is not taken for a formula and escaped. A telephone needs no
 * care: the schema already writes it the French way (`02 54 00 00 00`, not `+33…`), which no spreadsheet takes for a
 * formula.
 */
function cell(value: StructureRecord[keyof StructureRecord]): string | number {
  if (value === null) return '';
  if (Array.isArray(value)) return value.join(' ; ');
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return value;
}

/**
 * The structures as CSV: UTF-8 with a byte order mark (so that spreadsheets read
 * the accents), CRLF line ends and a header row, quoting per RFC 4180. A text cell
 * starting with =, +, -, @, tab or carriage return gets a leading ' so that no
 * spreadsheet runs it as a formula (OWASP "CSV injection").
 */
export function toCsv(records: readonly StructureRecord[]): string {
  const rows = records.map((record) => CSV_COLUMNS.map((column) => cell(record[column])));
  const options = { record_delimiter: 'windows', quoted_match: /[\r\n]/, escape_formulas: true } as const;
  return `\uFEFF${stringify([[...CSV_COLUMNS], ...rows], options)}`;
}
