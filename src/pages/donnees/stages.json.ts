import type { APIRoute } from 'astro';
import { internshipsInOrder } from '../../content.ts';
import { toInternshipRecord } from '../../lib/openDataDirectories.ts';
import { jsonResponse } from '../../lib/structures/openData.ts';
import { withBase } from '../../lib/url.ts';
import { site as siteConfig } from '../../site.config.ts';

/** The internship directory as a JSON list, in editorial order. */
export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL(siteConfig.url);
  const records = (await internshipsInOrder()).map((entry) =>
    toInternshipRecord(entry, new URL(withBase(`/stages/${entry.id}/`), origin).href),
  );
  return jsonResponse(records);
};
