import type { APIRoute } from 'astro';
import { structureRecords } from '../../content.ts';
import { toCsv } from '../../lib/structures/serialise.ts';

/** The structures as CSV, for spreadsheets. */
export const GET: APIRoute = async ({ site }) =>
  new Response(toCsv(await structureRecords(site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
