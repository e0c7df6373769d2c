/**
 * The one wording of a cut list (site.listPageSize), as every page that shows one writes it; the build tests read
 * lists by it, so that a page drifting from it fails.
 * - Each page of a list cut into pages: its h1 ends with « (a à b sur n) », or « (ae sur n) » on a page of one entry
 *   past the first (src/lib/pagination.ts `shownRange`), its <title> with « , page i » past the first page.
 * - A table that shows part of a list: its caption ends with the range, in the same words as an h1's.
 * - A summary that shows a list's first entries: « Cette page en présente les k premiers sur n, par ordre
 *   alphabétique ; la page <a>Titre de la page</a> les présente tous, s par page » (src/components/WholeListNote.astro).
 */
import { decodeEntities } from './htmlText.ts';

/** The site's range of a cut list, « (a à b sur n) » or « (ae sur n) » (`shownRange`). */
const RANGE = String.raw`\((?:(\d+) à (\d+)|(\d+)e) sur (\d+)\)`;
const CUT_NOTE =
  /Cette page en présente les (\d+) (?:premiers|premières|plus récents|plus récentes) sur (\d+)(?:, [^;<]+)? ; la page <a href="([^"]+)"[^>]*>([^<]+)<\/a> (?:les présente (?:tous|toutes), (\d+) par page|mène à tous, famille par famille)/g;

/**
 * The entries a range says it shows, [a, b, n] (« (ae sur n) » gives [a, a, n]); undefined for a range that is not
 * the site's wording: « (a à a sur n) » past the first entry, where the page says the entry's rank.
 */
function rangeOf([first, last, rank, total]: (string | undefined)[]): number[] | undefined {
  if (rank !== undefined) return Number(rank) > 1 ? [Number(rank), Number(rank), Number(total)] : undefined;
  if (first === last && Number(first) > 1) return undefined;
  return [Number(first), Number(last), Number(total)];
}

/** The text of the first `<tag>` of some HTML, and the range it ends with when that is in the site's wording. */
function rangedText(html: string, tag: 'h1' | 'caption'): { text: string; range?: number[] } {
  const cut = new RegExp(String.raw`<${tag}[^>]*>([^<]*) ${RANGE}<\/${tag}>`).exec(html);
  const range = cut ? rangeOf(cut.slice(2)) : undefined;
  if (cut && range) return { text: decodeEntities(cut[1]!), range };
  const whole = new RegExp(String.raw`<${tag}[^>]*>([^<]*)<\/${tag}>`).exec(html);
  return { text: decodeEntities(whole?.[1] ?? '') };
}

/**
 * A page's h1: its title, and on a page of a cut list the range it ends with, [a, b, n]. An h1 that ends with a range
 * in another wording gives no range: the test that expects one fails.
 */
export function headingOf(page: string): { title: string; range?: number[] } {
  const { text, range } = rangedText(page, 'h1');
  return range ? { title: text, range } : { title: text };
}

/** The first table caption of a fragment of HTML: its text, and when the table shows part of a list, its range. */
export function captionOf(fragment: string): { text: string; range?: number[] } {
  return rangedText(fragment, 'caption');
}

/** What a page's <title> says before the site's name. */
export function titleOf(page: string): string {
  return decodeEntities(/<title>([^<]*?)(?: \| [^|<]*)?<\/title>/.exec(page)?.[1] ?? '');
}

/** A cut note: how many entries the page shows, of how many; the page it links, by name; how many that shows a page. */
export interface CutNote {
  shown: number;
  total: number;
  href: string;
  name: string;
  perPage: number | undefined;
}

/** The cut notes of a fragment of HTML, in order. */
export function cutNotesIn(fragment: string): CutNote[] {
  return [...fragment.matchAll(CUT_NOTE)].map(([, shown, total, href, name, perPage]) => ({
    shown: Number(shown),
    total: Number(total),
    href: href!,
    name: decodeEntities(name!),
    perPage: perPage === undefined ? undefined : Number(perPage),
  }));
}
