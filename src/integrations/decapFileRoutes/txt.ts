/** Under `npm run dev` only (`decapFiles` integration): Decap CMS's licences, beside its prebuilt script (`decap-cms-app/dist`), served under /admin/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { decapFileResponse, decapRouteParams } from '../../lib/decapBundle.ts';

export const getStaticPaths = (() => decapRouteParams('.txt')) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => decapFileResponse(params['name'], '.txt');
