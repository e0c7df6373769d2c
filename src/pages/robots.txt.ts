import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/robots.ts';
import { absoluteUrl } from '../lib/url.ts';

/** robots.txt, written at build time with the site's real address and sub-path. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt({ base: import.meta.env.BASE_URL, sitemapUrl: absoluteUrl('/sitemap-index.xml', site) }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
