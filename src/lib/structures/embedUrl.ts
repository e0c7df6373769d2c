/**
 * The embeddable map's address and the snippet partners paste. Pure: runs in the
 * build (default snippet) and in the browser (the generator).
 */
import {
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

/** Address of the embed page with the partner's choices, e.g. `https://site/embed/carte/?bassin=blois&liste=non`. */
export function buildEmbedUrl(embedPage: string, options: EmbedOptions, vocabulary: FilterVocabulary): string {
  const url = new URL(embedPage);
  const params = filtersToSearchParams(options, vocabulary);
  if (!options.showList) params.set(LIST_PARAM, 'non');
  url.search = params.toString();
  return url.href;
}

/** Reads the partner's choices back from the embed page's query string. */
export function parseEmbedOptions(params: URLSearchParams, vocabulary: FilterVocabulary): EmbedOptions {
  return { ...parseStructureFilters(params, vocabulary), showList: params.get(LIST_PARAM) !== 'non' };
}

/** Smallest and largest height offered, in CSS pixels. */
export const EMBED_HEIGHT = { min: 300, max: 1200, default: 500 } as const;

/** A height within the offered range, whatever was typed. */
export function clampHeight(value: number): number {
  if (!Number.isFinite(value)) return EMBED_HEIGHT.default;
  return Math.round(Math.min(EMBED_HEIGHT.max, Math.max(EMBED_HEIGHT.min, value)));
}

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The `<iframe>` a partner pastes: named by `title`, lazy, full width, sandboxed
 * (scripts, and links that open the structure pages on top of the partner's page).
 */
export function buildEmbedSnippet({ url, title, height }: { url: string; title: string; height: number }): string {
  const attributes = [
    `src="${escapeAttribute(url)}"`,
    `title="${escapeAttribute(title)}"`,
    `height="${clampHeight(height)}"`,
    `loading="lazy"`,
    `style="border: 0; width: 100%; height: ${clampHeight(height)}px;"`,
    `sandbox="allow-scripts allow-popups allow-top-navigation-by-user-activation"`,
    `referrerpolicy="strict-origin-when-cross-origin"`,
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
