import type { APIRoute } from 'astro';
import { internshipsInOrder } from '../../content.ts';
import { toInternshipRecord } from '../../lib/openDataDirectories.ts';
import { INTERNSHIP_FIELDS, pickFields } from '../../lib/openDataRegistry.ts';
import { jsonResponse } from '../../lib/structures/openData.ts';
import { absoluteUrl } from '../../lib/url.ts';

/** The internship directory as a JSON list, in editorial order. */
export const GET: APIRoute = async ({ site }) => {
  const records = (await internshipsInOrder()).map((entry) =>
    toInternshipRecord(entry, absoluteUrl(`/stages/${entry.id}/`, site)),
  );
  return jsonResponse(records.map((record) => pickFields(record, INTERNSHIP_FIELDS)));
};
