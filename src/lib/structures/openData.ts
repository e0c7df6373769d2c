/** The structures as open data records, with absolute page addresses, for the download endpoints. */
import { structuresByName } from '../../content.ts';
import { site } from '../../site.config.ts';
import { withBase } from '../url.ts';
import { toStructureRecord, type StructureRecord } from './record.ts';

/** data·inclusion `source`: this site, as a producer. */
export const DATA_SOURCE = site.title.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Every structure, sorted by name; `origin` is the site's public URL (`Astro.site`). */
export async function structureRecords(origin: URL | undefined): Promise<StructureRecord[]> {
  const base = origin ?? new URL(site.url);
  return (await structuresByName()).map((entry) =>
    toStructureRecord(entry, (id) => new URL(withBase(`/structures/${id}/`), base).href),
  );
}

/** A JSON response, pretty-printed so that a person can read the download. */
export function jsonResponse(body: unknown, contentType = 'application/json'): Response {
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': `${contentType}; charset=utf-8` },
  });
}
