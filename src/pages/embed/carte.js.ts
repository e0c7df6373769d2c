import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';

/**
 * The embed page's script as one classic (non-module) file: codes pasted before EMBED_SANDBOX allowed same origin
 * load it inside an opaque-origin sandbox, where module scripts would need CORS headers that static hosts do not send.
 */
export const GET: APIRoute = async () => {
  const result = await build({
    // Builds run from the project's root (npm scripts); the endpoint itself is bundled elsewhere.
    entryPoints: [resolve('src/scripts/embedMap.ts')],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  return new Response(result.outputFiles[0]!.text, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
