import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeEntities } from './htmlText.ts';

/** A link of a built page that leads nowhere. */
export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

/** Every HTML file of a built site. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file))
    .sort();
}

const LINK_ATTRIBUTE = /\s(?:href|src|action|data-src)="([^"]*)"/g;
const SRCSET = /\ssrcset="([^"]*)"/g;
const ID_ATTRIBUTE = /\sid="([^"]*)"/g;

/** Links of a page: href, src, action and every URL of srcset. */
function linksOf(html: string): string[] {
  const links = [...html.matchAll(LINK_ATTRIBUTE)].map((match) => decodeEntities(match[1]!));
  for (const match of html.matchAll(SRCSET)) {
    links.push(...match[1]!.split(',').map((candidate) => decodeEntities(candidate.trim().split(/\s+/)[0]!)));
  }
  return links.filter(Boolean);
}

/**
 * Checks every internal link of a built site: the target file exists (a page's
 * folder has an index.html) and an #anchor names an id of the target page.
 * `base` is the sub-path the site is built for; a link outside it is broken.
 */
export function findBrokenLinks(outDir: string, base = '/'): BrokenLink[] {
  const origin = 'http://site.test';
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsCache.has(file)) {
      idsCache.set(file, new Set([...readFileSync(file, 'utf8').matchAll(ID_ATTRIBUTE)].map((match) => match[1]!)));
    }
    return idsCache.get(file)!;
  };
  const broken: BrokenLink[] = [];
  for (const file of htmlFiles(outDir)) {
    const pagePath = relative(outDir, file).split('\\').join('/');
    const pageUrl = new URL(base + pagePath.replace(/index\.html$/, ''), origin);
    const html = readFileSync(file, 'utf8');
    for (const link of new Set(linksOf(html))) {
      if (/^(mailto|tel|javascript|data|blob):/i.test(link)) continue;
      const url = new URL(link, pageUrl);
      if (url.origin !== origin) continue;
      const report = (reason: string) => broken.push({ page: pagePath, link, reason });
      if (!url.pathname.startsWith(base)) {
        report(`hors du chemin de base ${base}`);
        continue;
      }
      let target = join(outDir, decodeURIComponent(url.pathname.slice(base.length)));
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      if (!existsSync(target)) {
        report('cible introuvable');
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target.endsWith('.html') && !idsOf(target).has(anchor)) report(`ancre #${anchor} introuvable`);
    }
  }
  return broken;
}
