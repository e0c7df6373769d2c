import type { APIRoute } from 'astro';
import { mapData } from '../../content.ts';

/** The map's and the filtered lists' data, loaded on use by /carte/ and /structures/ (src/lib/structures/mapData.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await mapData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
