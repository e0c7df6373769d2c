/**
 * The editing interface's script, bundled from `src/scripts/decapAdmin.ts` with esbuild when the site is built
 * (about 2 s) rather than through Vite (which added about 16 s to every build). Only /admin/ loads it.
 */
import type { APIRoute } from 'astro';
import { bundleAdminScript } from '../../lib/bundleAdminScript.ts';

export const GET: APIRoute = async () =>
  new Response(await bundleAdminScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
