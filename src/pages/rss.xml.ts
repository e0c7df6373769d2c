import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { reportsNewestFirst } from '../content.ts';
import { site } from '../site.config.ts';
import { withBase } from '../lib/url.ts';

/** Feed of the group's progress reports, newest first. */
export async function GET(context: APIContext) {
  const reports = await reportsNewestFirst();
  return rss({
    title: `Travaux du réseau — ${site.title}`,
    description: site.description,
    site: context.site ?? site.url,
    customData: '<language>fr-fr</language>',
    items: reports.map((report) => ({
      title: report.data.titre,
      pubDate: report.data.date,
      description: report.data.resume,
      link: withBase(`/points-etape/${report.id}/`),
    })),
  });
}
