/**
 * The embeddable map's address and the snippet partners paste. Pure: runs in the
 * build (default snippet) and in the browser (the generator).
 */
import {
  FILTER_PARAMS,
  filtersToSearchParams,
  parseStructureFilters,
  type FilterVocabulary,
  type StructureFilters,
} from './filters.ts';
import { joinFrench, ofPlace, plural } from '../french.ts';

/** What a partner chooses for the framed map. */
export interface EmbedOptions extends StructureFilters {
  /** Whether the list of structures shows under the map. */
  showList: boolean;
}

/** `liste=non` hides the list; any other value, or none, shows it. */
export const LIST_PARAM = 'liste';

/**
 * Anchor of the embed page's notice saying that, without JavaScript, the page lists every structure, not only those
 * the partner chose (a static page cannot read its query string). The notice is in `<noscript>`: with JavaScript the
 * anchor names no element, so the frame opens on the map instead of scrolling to the list.
 */
export const EMBED_NO_SCRIPT_NOTICE = 'sans-javascript';

/** Anchor of that notice where it opens an area's list, `sans-javascript-vendome`; without an area, the page's top. */
export function embedNoScriptAnchor(area?: string): string {
  return area ? `${EMBED_NO_SCRIPT_NOTICE}-${area}` : EMBED_NO_SCRIPT_NOTICE;
}

/**
 * Address of the embed page with the partner's choices, e.g. `https://site/embed/carte/?bassin=blois#sans-javascript-blois`.
 * A filtered address ends with the no-JavaScript notice's anchor: at the first chosen area's list, else at the top.
 */
export function buildEmbedUrl(embedPage: string, options: EmbedOptions, vocabulary: FilterVocabulary): string {
  const url = new URL(embedPage);
  const params = filtersToSearchParams(options, vocabulary);
  const filtered = params.size > 0;
  const area = params.get(FILTER_PARAMS.bassin) ?? undefined;
  if (!options.showList) params.set(LIST_PARAM, 'non');
  url.search = params.toString();
  url.hash = filtered ? embedNoScriptAnchor(area) : '';
  return url.href;
}

/** Reads the partner's choices back from the embed page's query string. */
export function parseEmbedOptions(params: URLSearchParams, vocabulary: FilterVocabulary): EmbedOptions {
  return { ...parseStructureFilters(params, vocabulary), showList: params.get(LIST_PARAM) !== 'non' };
}

/**
 * Smallest and largest height offered, in CSS pixels, and the height proposed: `default` for a map alone, `withList`
 * when the list shows under it (the embed page then keeps the list's start in view, which leaves a 500 px frame a
 * small map).
 */
export const EMBED_HEIGHT = { min: 300, max: 1200, default: 500, withList: 700 } as const;

/** A height within the offered range, whatever was typed. */
export function clampHeight(value: number): number {
  if (!Number.isFinite(value)) return EMBED_HEIGHT.default;
  return Math.round(Math.min(EMBED_HEIGHT.max, Math.max(EMBED_HEIGHT.min, value)));
}

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The sandbox of the pasted `<iframe>` and of the generator's preview: scripts, links that open the structure pages on
 * top of the partner's page, and `allow-same-origin`. Without it the framed page has an opaque origin, and the browser
 * sends its tile requests no Referer, which the tile server requires (OpenStreetMap answers « Access blocked »).
 * It is safe because the frame's origin is the network's site, never the partner's: the map gains no access to the
 * partner's page, cookies or storage. Scripts plus same origin could lift the sandbox only in a frame of the same
 * origin as its parent, which is the generator's preview of the site's own page.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-top-navigation-by-user-activation';

/** Referrer policy of the request that loads the frame: the network's site learns the partner's site, not its page. */
export const EMBED_REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The `<iframe>` a partner pastes: named by `title`, lazy, full width, sandboxed (EMBED_SANDBOX). */
export function buildEmbedSnippet({ url, title, height }: { url: string; title: string; height: number }): string {
  const attributes = [
    `src="${escapeAttribute(url)}"`,
    `title="${escapeAttribute(title)}"`,
    `height="${clampHeight(height)}"`,
    `loading="lazy"`,
    `style="border: 0; width: 100%; height: ${clampHeight(height)}px;"`,
    `sandbox="${EMBED_SANDBOX}"`,
    `referrerpolicy="${EMBED_REFERRER_POLICY}"`,
  ];
  return `<iframe ${attributes.join(' ')}></iframe>`;
}

/** Labels the snippet's title needs, looked up by code. */
export interface EmbedLabels {
  network: string;
  bassins: Record<string, string>;
  types: Record<string, string>;
  publics: Record<string, string>;
}

/** The frame's accessible name, which says what it shows: "Carte des structures AIOA 41 : bassin de Blois". */
export function embedTitle(options: StructureFilters, labels: EmbedLabels): string {
  const parts: string[] = [];
  if (options.bassins.length > 0) {
    const names = joinFrench(options.bassins.map((id) => labels.bassins[id] ?? id));
    parts.push(`${plural(options.bassins.length, 'bassin')} ${ofPlace(names)}`);
  }
  if (options.types.length > 0) parts.push(joinFrench(options.types.map((id) => labels.types[id] ?? id)));
  if (options.public) parts.push(`pour : ${labels.publics[options.public] ?? options.public}`);
  const base = `Carte des structures ${labels.network}`;
  return parts.length > 0 ? `${base} : ${parts.join(' ; ')}` : base;
}

/** The credit line under the embedded map, a link back to the site; /carte/integrer/ asks partners to keep it. */
export function embedCredit(siteTitle: string): string {
  return `Carte complète et annuaire sur le site ${siteTitle}`;
}

/**
 * The tiles' credit (`site.tiles.attribution`, HTML for the map) as text and link, so that a page can quote it
 * without writing raw HTML: « © les contributrices et contributeurs d’OpenStreetMap » and the address it links to.
 */
export function tileCredit(attribution: string): { text: string; href: string | undefined } {
  const href = /href="([^"]+)"/.exec(attribution)?.[1];
  const text = attribution
    .replace(/<[^>]*>/g, '')
    .replace(/&copy;/g, '©')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return { text, href };
}

/**
 * The tiles' credit for a map whose links open in `target`: in the embed, `_top`, since a link followed inside the
 * partner's frame would load openstreetmap.org there, which refuses to be framed and leaves a browser error instead of
 * the map. Written into the page, so that the map's script needs no code for it.
 */
export function attributionFor(attribution: string, target: string | undefined): string {
  return target ? attribution.replace(/<a\s/g, `<a target="${target}" `) : attribution;
}
