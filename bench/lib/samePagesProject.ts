/**
 * The third floor of the build, « the same pages »: a bare Astro project that writes, at each of the site's
 * paths, the site's own built HTML of that path, read from a copy of the site's output and written as static
 * text (`set:html`, nothing computed), with the site's other built files (assets, data, documents) as its
 * public files. Same page count and the same bytes out: what Astro costs to write exactly this site with none
 * of the site's work (content validation, queries, components, integrations, bundling). It lives under
 * bench/tmp/ so that it resolves this repository's `node_modules`.
 *
 * `prepareSamePages` lays out what one scale's build reads; build the project with SAME_PAGES_DIR set to that
 * folder, and OUT_DIR and ASTRO_CACHE_DIR.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeProjectFiles } from './bareProject.ts';
import { filesUnder } from './pageWeight.ts';

/** The project: it reads a scale's pages (`pages.json`, `html/`) and public files (`public/`) from SAME_PAGES_DIR. */
const PROJECT_FILES: Record<string, string> = {
  'astro.config.mjs': `import { join } from 'node:path';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.OUT_DIR,
  cacheDir: process.env.ASTRO_CACHE_DIR,
  publicDir: join(process.env.SAME_PAGES_DIR, 'public'),
  trailingSlash: 'always',
  build: { format: 'directory' },
});
`,
  'src/pages/[...path].astro': `---
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function getStaticPaths() {
  const pages = JSON.parse(readFileSync(join(process.env.SAME_PAGES_DIR, 'pages.json'), 'utf8'));
  return pages.directories.map((path) => ({ params: { path: path === '/' ? undefined : path.slice(1, -1) }, props: { path } }));
}
const html = readFileSync(join(process.env.SAME_PAGES_DIR, 'html', Astro.props.path, 'index.html'), 'utf8');
---
<Fragment set:html={html} />
`,
  'src/pages/404.astro': `---
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const html = readFileSync(join(process.env.SAME_PAGES_DIR, 'html', '404.html'), 'utf8');
---
<Fragment set:html={html} />
`,
};

/** Writes the project into `dir` (emptied first). */
export function writeSamePagesProject(dir: string): void {
  writeProjectFiles(dir, PROJECT_FILES);
}

/**
 * A built page as the floor writes it: its text without the leading doctype, which Astro writes itself before
 * a page's markup (kept, the page would have two).
 */
export function samePageText(html: string): string {
  return html.replace(/^\s*<!doctype html>/i, '');
}

/** Where a file of the site's output goes in the floor: a page it writes, or a public file it copies. */
export function samePagesRole(path: string): 'directory page' | 'not-found page' | 'public file' {
  if (path === '404.html') return 'not-found page';
  if (path === 'index.html' || path.endsWith('/index.html')) return 'directory page';
  return 'public file';
}

/**
 * Lays out, in `dir`, what the floor builds from the site's output `siteDist`: every page's text under `html/`,
 * every other file under `public/`, and `pages.json` (the directory pages' URL paths). An HTML file that is
 * neither a directory page nor the 404 page would be copied, not written: it is refused, so that both builds
 * always write the same pages. Returns the number of pages and public files.
 */
export function prepareSamePages(siteDist: string, dir: string): { pages: number; publicFiles: number } {
  const directories: string[] = [];
  let pages = 0;
  let publicFiles = 0;
  for (const path of filesUnder(siteDist)) {
    const role = samePagesRole(path);
    if (role === 'public file' && path.endsWith('.html')) {
      throw new Error(`prepareSamePages: ${path} is a page the floor cannot write at the same path`);
    }
    const target = join(dir, role === 'public file' ? 'public' : 'html', path);
    mkdirSync(dirname(target), { recursive: true });
    if (role === 'public file') {
      copyFileSync(join(siteDist, path), target);
      publicFiles++;
      continue;
    }
    writeFileSync(target, samePageText(readFileSync(join(siteDist, path), 'utf8')));
    pages++;
    if (role === 'directory page') directories.push(`/${path.replace(/index\.html$/, '')}`);
  }
  writeFileSync(join(dir, 'pages.json'), JSON.stringify({ directories }));
  return { pages, publicFiles };
}

/** Where two built outputs part: a path in one only, or the same path with other bytes. */
export interface OutputDifference {
  path: string;
  reason: 'only in the site' | 'only in the floor' | 'other bytes';
}

/**
 * The first file, in sorted path order, where the floor's output `floorDist` differs from the site's `siteDist`,
 * or null when both hold the same files with the same bytes (a SHA-256 per file): the floor's claim to write
 * exactly the site's output, checked file by file rather than by total size.
 */
export function firstOutputDifference(siteDist: string, floorDist: string): OutputDifference | null {
  const hash = (dir: string, path: string) =>
    createHash('sha256')
      .update(readFileSync(join(dir, path)))
      .digest('hex');
  const site = new Set(filesUnder(siteDist));
  const floor = new Set(filesUnder(floorDist));
  for (const path of [...new Set([...site, ...floor])].sort()) {
    if (!floor.has(path)) return { path, reason: 'only in the site' };
    if (!site.has(path)) return { path, reason: 'only in the floor' };
    if (hash(siteDist, path) !== hash(floorDist, path)) return { path, reason: 'other bytes' };
  }
  return null;
}
