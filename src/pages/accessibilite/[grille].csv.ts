import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { siteAudit } from '../../content.ts';
import { gridRows } from '../../lib/rgaaConformity.ts';

const COLUMNS = [
  'critere',
  'theme',
  'intitule',
  'page',
  'chemin',
  'statut',
  'tests',
  'verification',
  'correction',
] as const;

/** Built only when the project has an audit (audit/). */
export function getStaticPaths() {
  return siteAudit() ? [{ params: { grille: 'grille' } }] : [];
}

/** The audit grid as CSV (UTF-8 with BOM, for spreadsheets): one line per criterion and page. */
export const GET: APIRoute = () => {
  const { results, sample } = siteAudit()!;
  const rows = gridRows(results, sample).map((row) => COLUMNS.map((column) => row[column]));
  const body = stringify([[...COLUMNS], ...rows], { record_delimiter: 'windows' });
  return new Response(`\uFEFF${body}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
