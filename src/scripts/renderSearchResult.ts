import { areaPagesOf, stepPageTitle, type AreaPage } from '../lib/diagnosticPaths.ts';
import { elidedOf } from '../lib/french.ts';
import { toTypographicApostrophes } from '../lib/search.ts';
import type { PagefindResultData } from './loadPagefind.ts';

/** Matching sections shown under a result; more would bury the next results. */
const MAX_SECTIONS = 3;

/** An employment area of the territory, as the search box's `data-areas` lists them. */
export interface SearchArea {
  id: string;
  nom: string;
}

/**
 * One result: its title as a heading link, its kind (and town), a self-diagnostic result's other areas, then the
 * excerpt of its top (before its first heading with an anchor) when that matches, and its matching sections. A
 * self-diagnostic result leads to `shownArea`'s page when the person chose that area (the only area ticked), and to
 * the indexed area's page otherwise.
 */
export function renderSearchResult(
  data: PagefindResultData,
  headingLevel: string,
  areas: readonly SearchArea[],
  shownArea?: string,
): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement(`h${headingLevel}`);
  const link = document.createElement('a');
  const title = toTypographicApostrophes(data.meta['title'] ?? data.url);
  // A self-diagnostic result's title says its area, as its page's title does (« Trouver un emploi — Blois »).
  const areaPages = areaPagesOf(data.url, areas, shownArea);
  const url = areaPages?.href ?? data.url;
  link.href = url;
  link.textContent = areaPages ? stepPageTitle(title, areaPages.area) : title;
  heading.append(link);
  const kind = document.createElement('p');
  kind.className = 'site-search__kind';
  kind.textContent = toTypographicApostrophes([data.meta['kind'], data.meta['town']].filter(Boolean).join(' · '));
  // The top of the page, where its summary is (an internship sheet's « Un premier pas dans le monde du travail… »):
  // Pagefind gives it as the section without an anchor, when it matches.
  const top = data.sub_results.find((section) => !section.url.includes('#'));
  const sections = data.sub_results
    .filter((section) => section.url.includes('#'))
    .slice(0, MAX_SECTIONS)
    // A section of the page shown, not of the indexed area's page.
    .map((section) => (areaPages ? { ...section, url: url + section.url.slice(section.url.indexOf('#')) } : section));
  item.append(heading, kind, ...otherAreasParagraph(areaPages?.others ?? []));
  // What the page is comes first; the page's own excerpt only when nothing else matches, as it would repeat a section.
  if (top || sections.length === 0)
    item.append(excerptParagraph(top?.excerpt ?? data.excerpt, data.meta['title'] ?? ''));
  if (sections.length > 0) item.append(sectionList(sections, link.textContent));
  return item;
}

/**
 * Search lists a self-diagnostic result once, on one area's page: a person of another area goes straight to theirs
 * (« Même résultat pour le bassin de Romorantin-Lanthenay ou de Vendôme. »).
 */
function otherAreasParagraph(pages: readonly AreaPage[]): HTMLParagraphElement[] {
  if (pages.length === 0) return [];
  const paragraph = document.createElement('p');
  paragraph.className = 'site-search__areas';
  paragraph.append('Même résultat pour le bassin ');
  pages.forEach(({ name, href }, index) => {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = name;
    paragraph.append(`${index > 0 ? ' ou ' : ''}${elidedOf(name)}`, link);
  });
  paragraph.append('.');
  return [paragraph];
}

/**
 * Links to the matching sections of a result (the sites of a sitothèque page), each with its excerpt. Each link's name
 * ends with its page's title, hidden: many pages have a « Services » section, and a list of the links of the results
 * would read « Services » 25 times.
 */
function sectionList(sections: PagefindResultData['sub_results'], pageTitle: string): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'site-search__sections';
  for (const section of sections) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    const page = document.createElement('span');
    page.className = 'visually-hidden';
    page.textContent = ` (${pageTitle})`;
    link.href = section.url;
    link.append(toTypographicApostrophes(section.title), page);
    item.append(link, ' : ', ...excerptNodes(section.excerpt, section.title));
    list.append(item);
  }
  return list;
}

function excerptParagraph(html: string, title: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.append(...excerptNodes(html, title));
  return paragraph;
}

/**
 * The excerpt as text and <mark> nodes only: nothing else of Pagefind's HTML reaches the page. Pagefind starts
 * it with the heading it belongs to (« Services. Accueil… »), which the link above already says: that goes.
 */
function excerptNodes(html: string, heading: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  let skip = repeatedHeadingLength(template.content.textContent, heading);
  return [...template.content.childNodes].flatMap((node): Node[] => {
    const whole = node.textContent ?? '';
    const text = toTypographicApostrophes(whole.slice(Math.min(skip, whole.length)));
    skip = Math.max(skip - whole.length, 0);
    if (text === '') return [];
    if (node.nodeName !== 'MARK') return [document.createTextNode(text)];
    const mark = document.createElement('mark');
    mark.textContent = text;
    return [mark];
  });
}

/**
 * Length of the heading at the start of an excerpt, with the punctuation and spaces after it: also that punctuation
 * alone, where Pagefind starts the excerpt inside the heading (« : Information des jeunes. » of « Sites utiles :
 * Information des jeunes »).
 */
function repeatedHeadingLength(excerpt: string, heading: string): number {
  const start = heading !== '' && excerpt.startsWith(heading) ? heading.length : 0;
  return start + (/^[.:]?\s*/.exec(excerpt.slice(start))?.[0].length ?? 0);
}
