import type { APIRoute } from 'astro';
import { mapData } from '../../content.ts';
import { EMBED_DATA_GLOBAL } from '../../lib/structures/mapData.ts';

/**
 * The same data as /carte/structures.json, as a classic script: the embed page, framed in a sandbox without
 * `allow-same-origin` (codes pasted before EMBED_SANDBOX allowed it), has an opaque origin, and a static host answers
 * its fetch without CORS.
 */
export const GET: APIRoute = async () =>
  new Response(`self.${EMBED_DATA_GLOBAL}=${JSON.stringify(await mapData())};\n`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
