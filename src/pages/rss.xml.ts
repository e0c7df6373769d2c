import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { reportsNewestFirst } from '../content.ts';
import { site } from '../site.config.ts';
import { absoluteUrl, withBase } from '../lib/url.ts';

/**
 * Feed of the group's progress reports, newest first. The channel's link is the site's home, under its sub-path if
 * any; `atom:link rel="self"` gives the feed's own address, as feed validators ask.
 */
export async function GET(context: APIContext) {
  const reports = await reportsNewestFirst();
  return rss({
    title: `Travaux du réseau — ${site.title}`,
    description: site.description,
    site: absoluteUrl('/', context.site),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>fr-fr</language><atom:link href="${absoluteUrl('/rss.xml', context.site)}" rel="self" type="application/rss+xml"/>`,
    items: reports.map((report) => ({
      title: report.data.titre,
      // The date is the report's first publication: the feed says where, when it was not this site, as the page does.
      pubDate: report.data.date,
      description: report.data.publie_sur
        ? `${report.data.resume} Publié d’abord sur ${report.data.publie_sur}.`
        : report.data.resume,
      link: withBase(`/points-etape/${report.id}/`),
    })),
  });
}
