import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile } from '../lib/headers.ts';

/**
 * `_headers`, written at build time with the site's sub-path in every rule, as robots.txt is. A page file whose name
 * starts with `_` is not a route in Astro: the name comes as the only value of a parameter instead.
 */
export const getStaticPaths = (() => [{ params: { headers: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(headersFile(import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
