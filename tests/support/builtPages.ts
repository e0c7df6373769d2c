import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlFiles } from './crawlLinks.ts';

/** Site path of a built HTML file, without the base: `index.html` → `/`, `a/b/index.html` → `/a/b/`. */
export function pathOfFile(outDir: string, file: string): string {
  const path = relative(outDir, file).split('\\').join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Site paths (without the base) listed by the sitemap of a build, `sitemap-index.xml` and its parts. */
export function sitemapPaths(outDir: string, base = '/'): string[] {
  const locations = (file: string) =>
    [...readFileSync(join(outDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!));
  return locations('sitemap-index.xml')
    .flatMap((part) => locations(part.pathname.slice(base.length)))
    .map((url) => `/${url.pathname.slice(base.length)}`);
}

/**
 * Every page a gate must cover: the sitemap's pages and the built pages it leaves out (404, embeds…).
 * Throws when the sitemap lists a page that was not built.
 */
export function pagesToCheck(outDir: string, base = '/'): string[] {
  const built = htmlFiles(outDir).map((file) => pathOfFile(outDir, file));
  const listed = existsSync(join(outDir, 'sitemap-index.xml')) ? sitemapPaths(outDir, base) : [];
  const missing = listed.filter((path) => !built.includes(path));
  if (missing.length > 0) throw new Error(`Le plan du site annonce des pages absentes : ${missing.join(', ')}`);
  return [...new Set([...listed, ...built])].sort();
}

/**
 * One page of each kind: pages whose paths differ only by their last segment share a template
 * (`/points-etape/a/` and `/points-etape/b/`), so the first of each group stands for the others.
 */
export function onePagePerTemplate(paths: readonly string[]): string[] {
  const byTemplate = new Map<string, string>();
  for (const path of paths) {
    const segments = path.split('/').filter(Boolean);
    const template = segments.length <= 1 ? path : `${segments.slice(0, -1).join('/')}/*`;
    if (!byTemplate.has(template)) byTemplate.set(template, path);
  }
  return [...byTemplate.values()];
}
