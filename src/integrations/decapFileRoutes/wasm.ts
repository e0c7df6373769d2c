/** Under `npm run dev` only (`decapFiles` integration): Decap CMS's prebuilt WebAssembly (an image encoder its chunks load) (`decap-cms-app/dist`), served under /admin/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { decapFileResponse, decapRouteParams } from '../../lib/decapBundle.ts';

export const getStaticPaths = (() => decapRouteParams('.wasm')) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => decapFileResponse(params['name'], '.wasm');
