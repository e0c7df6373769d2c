import type { APIRoute } from 'astro';
import { territory } from '../site.config.ts';

/** The département's number, the site's mark: two characters fill the square, three (971…) need a smaller size. */
const { code } = territory.departement;
const fontSize = code.length > 2 ? 10 : 13;

/** The site's icon, drawn from the territory's module so that another network's site carries its own number. */
export const GET: APIRoute = () =>
  new Response(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b4f6c"/><text x="16" y="21" font-family="Arial,sans-serif" font-size="${fontSize}" font-weight="700" text-anchor="middle" fill="#fff">${code}</text></svg>\n`,
    { headers: { 'Content-Type': 'image/svg+xml' } },
  );
