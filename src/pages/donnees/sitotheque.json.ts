import type { APIRoute } from 'astro';
import { sitesByTitle } from '../../content.ts';
import { toSiteRecord } from '../../lib/openDataDirectories.ts';
import { pickFields, SITE_FIELDS } from '../../lib/openDataRegistry.ts';
import { jsonResponse } from '../../lib/structures/openData.ts';
import { absoluteUrl } from '../../lib/url.ts';

/** The sitothèque as a JSON list, each entry with the address of its theme page on this site. */
export const GET: APIRoute = async ({ site }) => {
  const records = (await sitesByTitle()).map((entry) =>
    toSiteRecord(entry, absoluteUrl(`/sitotheque/${entry.data.thematiques[0]?.id ?? ''}/`, site)),
  );
  return jsonResponse(records.map((record) => pickFields(record, SITE_FIELDS)));
};
