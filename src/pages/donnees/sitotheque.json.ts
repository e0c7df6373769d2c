import type { APIRoute } from 'astro';
import { siteContent } from '../../content.ts';
import { toSiteRecord } from '../../lib/openDataDirectories.ts';
import { jsonResponse } from '../../lib/structures/openData.ts';
import { withBase } from '../../lib/url.ts';
import { site as siteConfig } from '../../site.config.ts';

/** The sitothèque as a JSON list, each entry with the address of its theme page on this site. */
export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL(siteConfig.url);
  const { sites } = await siteContent();
  const records = [...sites]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) =>
      toSiteRecord(entry, new URL(withBase(`/sitotheque/${entry.data.thematiques[0]?.id ?? ''}/`), origin).href),
    );
  return jsonResponse(records);
};
