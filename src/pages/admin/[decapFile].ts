/**
 * Decap CMS's prebuilt files (`decap-cms-app/dist`: its script, the chunks it loads from its own folder, WebAssembly,
 * licences), copied byte for byte under /admin/ when the site is built. Only /admin/ loads them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { decapBundleFiles, readDecapFile } from '../../lib/decapBundle.ts';

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  txt: 'text/plain; charset=utf-8',
};

export const getStaticPaths = (() =>
  decapBundleFiles().map((decapFile) => ({ params: { decapFile } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = params['decapFile']!;
  return new Response(readDecapFile(name), {
    headers: { 'content-type': CONTENT_TYPES[name.split('.').at(-1)!] ?? 'application/octet-stream' },
  });
};
