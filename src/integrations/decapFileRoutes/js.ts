/** Under `npm run dev` only (`decapFiles` integration): Decap CMS's prebuilt script and the chunks it loads from its own folder (`decap-cms-app/dist`), served under /admin/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { decapFileResponse, decapRouteParams } from '../../lib/decapBundle.ts';

export const getStaticPaths = (() => decapRouteParams('.js')) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => decapFileResponse(params['name'], '.js');
