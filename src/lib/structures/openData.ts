/** What the open data downloads share (their records come from `structureRecords` in `src/content.ts`). */
import { site } from '../../site.config.ts';

/** data·inclusion `source`: this site, as a producer (fixed in the site's settings, see `dataInclusionSource`). */
export const DATA_SOURCE = site.dataInclusionSource;

/** A JSON response, pretty-printed so that a person can read the download. */
export function jsonResponse(body: unknown, contentType = 'application/json'): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': `${contentType}; charset=utf-8` },
  });
}
