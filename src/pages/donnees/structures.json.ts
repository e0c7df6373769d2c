import type { APIRoute } from 'astro';
import { structureRecords } from '../../content.ts';
import { jsonResponse } from '../../lib/structures/openData.ts';

/** The structures as a plain JSON list of flat records. */
export const GET: APIRoute = async ({ site }) => jsonResponse(await structureRecords(site));
