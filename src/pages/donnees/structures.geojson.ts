import type { APIRoute } from 'astro';
import { structureRecords } from '../../content.ts';
import { jsonResponse } from '../../lib/structures/openData.ts';
import { toGeoJson } from '../../lib/structures/serialise.ts';

/** The structures as RFC 7946 GeoJSON, for GIS tools. */
export const GET: APIRoute = async ({ site }) =>
  jsonResponse(toGeoJson(await structureRecords(site)), 'application/geo+json');
