/**
 * The site's own script of the editing interface, bundled from `src/scripts/decapAdmin.ts` when the site is built.
 * Only /admin/ loads it, before Decap's prebuilt script (`src/integrations/decapFiles.ts`).
 */
import type { APIRoute } from 'astro';
import { bundleAdminScript } from '../../lib/bundleAdminScript.ts';

export const GET: APIRoute = async () =>
  new Response(await bundleAdminScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
