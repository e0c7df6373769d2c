/**
 * Bytes a built page makes a browser download: its HTML, its CSS (inline, linked, and loaded by
 * its scripts) and its JavaScript, raw and gzipped. Deterministic: it reads `dist/`, nothing runs.
 * Pagefind's own files are left out: the search launcher loads them only when a person searches. The site's own search
 * code, which the header's launcher imports on use on every page, is weighed apart (`searchJs`), so that each page's
 * own features and the site's search each have their budget.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A size in bytes, raw and gzipped (zlib's default level, as a web server compresses on the fly). */
export interface Weight {
  raw: number;
  gzip: number;
}

/** What one page costs. */
export interface PageWeight {
  /** URL path inside the site, e.g. `/carte/`. */
  path: string;
  html: Weight;
  /** Inline styles, linked stylesheets, and stylesheets its scripts load. */
  css: Weight;
  /** Scripts that run with the page: inline scripts, module scripts and their static imports. */
  js: Weight;
  /** The site's own scripts the page loads later with `import()` for its own features (Leaflet on the map…). */
  lazyJs: Weight;
  /**
   * The site's search code that the header's launcher (`searchLaunchers`) imports when a person opens the search,
   * less what the page's own features load anyway (counted in `lazyJs`).
   */
  searchJs: Weight;
  /** Data the page loads with a script tag (the embed's structures): a file of data, not code (`dataScripts`). */
  data: Weight;
}

const ZERO: Weight = { raw: 0, gzip: 0 };
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
/** Sum of several weights. */
const sumWeights = (weights: Iterable<Weight>): Weight => [...weights].reduce(add, ZERO);

/** Size of a text or buffer, raw and gzipped. */
export function weigh(content: string | Buffer): Weight {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: buffer.length === 0 ? 0 : gzipSync(buffer).length };
}

/** Attributes of one HTML start tag (`<link rel="stylesheet" href="…">` → `{ rel, href }`). */
function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const body = tag.replace(/^<\w+/, '').replace(/\/?>$/, '');
  for (const match of body.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attributes[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return attributes;
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Module specifiers a script imports statically and dynamically (string literals only). */
export function importsOf(code: string): { staticImports: string[]; dynamicImports: string[] } {
  const staticImports = [
    ...code.matchAll(/(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']/g),
  ]
    .map((match) => match[1]!)
    .filter((specifier) => /^(\.{1,2}\/|\/)/.test(specifier));
  const dynamicImports = [
    ...[...code.matchAll(/(?:^|[^\w$.])import\s*\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)].map((match) => match[1]!),
    // Vite lists the chunks and stylesheets a dynamic import needs as paths under the assets folder.
    ...[...code.matchAll(/["'`]((?:[\w./-]*\/)?_astro\/[^"'`\s]+\.(?:js|mjs|css))["'`]/g)].map((match) =>
      match[1]!.replace(/^.*?(_astro\/)/, '/$1'),
    ),
  ].filter((specifier) => /^(\.{1,2}\/|\/)/.test(specifier));
  return { staticImports, dynamicImports };
}

/** Reads the built site once and weighs any of its pages, sharing the work on common assets. */
export class SiteWeigher {
  private readonly weights = new Map<string, Weight>();
  private readonly distDir: string;
  private readonly base: string;
  private readonly dataScripts: Set<string>;
  private readonly searchLaunchers: readonly string[];

  /**
   * `distDir`: the build output; `base`: the path the site is served under (`/` or `/aioa41/`). `scripts.data`: site
   * paths (without the base) of scripts that only hold data, weighed as the page's data rather than its code;
   * `scripts.searchLaunchers`: names of the built scripts (file name up to the first dot) whose imports on use are
   * the site's search, weighed as `searchJs`.
   */
  constructor(
    distDir: string,
    base = '/',
    scripts: { data?: readonly string[]; searchLaunchers?: readonly string[] } = {},
  ) {
    this.distDir = distDir;
    this.base = base;
    this.dataScripts = new Set((scripts.data ?? []).map((path) => `${base}${path.replace(/^\//, '')}`));
    this.searchLaunchers = scripts.searchLaunchers ?? [];
  }

  /** Every page of the site, as URL paths (`/`, `/carte/`, `/404.html`), sorted. */
  pages(): string[] {
    return filesUnder(this.distDir)
      .filter((path) => path.endsWith('.html'))
      .map((path) => `/${path}`)
      .filter((path) => !path.startsWith('/pagefind/'))
      .map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
      .sort();
  }

  /** True when the site has this page. */
  has(path: string): boolean {
    return existsSync(this.htmlFileOf(path));
  }

  /** Every page's HTML, raw and gzipped, heaviest (gzipped) first. */
  htmlWeights(): { path: string; html: Weight }[] {
    return this.pages()
      .map((path) => ({ path, html: weigh(readFileSync(this.htmlFileOf(path))) }))
      .sort((a, b) => b.html.gzip - a.html.gzip);
  }

  /** Weighs one page: `path` as `pages()` returns it. */
  page(path: string): PageWeight {
    const html = readFileSync(this.htmlFileOf(path), 'utf8');
    const pageUrl = new URL(path.slice(1), `http://site${this.base}`);
    let css = ZERO;
    let js = ZERO;
    let data = ZERO;
    const eagerScripts: string[] = [];
    for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css = add(css, weigh(match[1]!));
    for (const match of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/gi)) {
      const attributes = attributesOf(match[1]!);
      if (!JS_TYPES.has((attributes['type'] ?? '').toLowerCase())) continue;
      const src = attributes['src'] === undefined ? undefined : new URL(attributes['src'], pageUrl).pathname;
      if (src !== undefined && this.dataScripts.has(src)) data = add(data, this.weighFile(src));
      else if (src !== undefined) eagerScripts.push(src);
      else {
        js = add(js, weigh(match[2]!));
        eagerScripts.push(...this.resolveAll(importsOf(match[2]!).staticImports, pageUrl));
      }
    }
    const stylesheets = new Set<string>();
    for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
      const attributes = attributesOf(match[0]);
      const rel = (attributes['rel'] ?? '').toLowerCase().split(/\s+/);
      if (attributes['href'] === undefined) continue;
      const target = new URL(attributes['href'], pageUrl).pathname;
      if (rel.includes('stylesheet')) stylesheets.add(target);
      if (rel.includes('modulepreload')) eagerScripts.push(target);
    }
    const eager = this.closure(eagerScripts, 'static');
    const [searchLaunchers, ownScripts] = partition([...eager], (file) => this.isSearchLauncher(file));
    const lazyRootsOf = (files: string[]) => files.flatMap((file) => this.importsOfFile(file).dynamicImports);
    const lazy = this.closure(lazyRootsOf(ownScripts), 'all');
    const search = this.closure(lazyRootsOf(searchLaunchers), 'all');
    for (const file of eager) lazy.delete(file);
    for (const file of [...eager, ...lazy]) search.delete(file);
    for (const file of [...eager, ...lazy, ...search]) if (file.endsWith('.css')) stylesheets.add(file);
    return {
      path,
      html: weigh(html),
      css: sumWeights([css, ...[...stylesheets].map((file) => this.weighFile(file))]),
      js: sumWeights([js, ...[...eager].filter(isScript).map((file) => this.weighFile(file))]),
      lazyJs: sumWeights([...lazy].filter(isScript).map((file) => this.weighFile(file))),
      searchJs: sumWeights([...search].filter(isScript).map((file) => this.weighFile(file))),
      data,
    };
  }

  /** The HTML of one page: `path` as `pages()` returns it. */
  htmlOf(path: string): string {
    return readFileSync(this.htmlFileOf(path), 'utf8');
  }

  /** True for a built script of the header's search launcher (`SearchLauncher.astro_astro_type_script….js`). */
  private isSearchLauncher(path: string): boolean {
    const name = path.slice(path.lastIndexOf('/') + 1).split('.')[0]!;
    return this.searchLaunchers.includes(name);
  }

  private htmlFileOf(path: string): string {
    return join(this.distDir, path.endsWith('/') ? `${path}index.html` : path);
  }

  /** Scripts reachable from `roots` (URL paths), following static imports, or every import. */
  private closure(roots: string[], follow: 'static' | 'all'): Set<string> {
    const seen = new Set<string>();
    const queue = roots.filter((path) => !isPagefind(path));
    while (queue.length > 0) {
      const path = queue.pop()!;
      if (seen.has(path) || !existsSync(this.fileOf(path))) continue;
      seen.add(path);
      if (!isScript(path)) continue;
      const { staticImports, dynamicImports } = this.importsOfFile(path);
      const next = follow === 'static' ? staticImports : [...staticImports, ...dynamicImports];
      queue.push(...next.filter((specifier) => !isPagefind(specifier)));
    }
    return seen;
  }

  private importsOfFile(path: string): { staticImports: string[]; dynamicImports: string[] } {
    if (!isScript(path) || !existsSync(this.fileOf(path))) return { staticImports: [], dynamicImports: [] };
    const fileUrl = new URL(path, 'http://site');
    const { staticImports, dynamicImports } = importsOf(readFileSync(this.fileOf(path), 'utf8'));
    return {
      staticImports: this.resolveAll(staticImports, fileUrl),
      dynamicImports: dynamicImports.map((specifier) =>
        // Vite's dependency lists are relative to the site's base, not to the importing file.
        specifier.startsWith('/_astro/') ? `${this.base}${specifier.slice(1)}` : new URL(specifier, fileUrl).pathname,
      ),
    };
  }

  private resolveAll(specifiers: string[], from: URL): string[] {
    return specifiers.map((specifier) => new URL(specifier, from).pathname);
  }

  /** File in `dist/` of a URL path of the site. */
  private fileOf(path: string): string {
    const inside = path.startsWith(this.base) ? path.slice(this.base.length) : path.replace(/^\//, '');
    return join(this.distDir, decodeURIComponent(inside));
  }

  private weighFile(path: string): Weight {
    let weight = this.weights.get(path);
    if (!weight) {
      const file = this.fileOf(path);
      weight = existsSync(file) && statSync(file).isFile() ? weigh(readFileSync(file)) : ZERO;
      this.weights.set(path, weight);
    }
    return weight;
  }
}

/** The items that pass `test`, then the others. */
function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

const isScript = (path: string) => /\.m?js$/.test(path);
const isPagefind = (path: string) => path.includes('/pagefind/');

/** Files under `dir` and below, as paths relative to it with `/` separators, sorted (`[]` when it does not exist). */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Total size of the files in a folder and below. */
export function folderSize(dir: string): { bytes: number; files: number } {
  const files = filesUnder(dir);
  const bytes = files.reduce((sum, path) => sum + statSync(join(dir, path)).size, 0);
  return { bytes, files: files.length };
}
