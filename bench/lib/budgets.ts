/** The budgets of `bench/budgets.json` and the checks against them. */
import { readFileSync } from 'node:fs';
import type { PageWeight } from './pageWeight.ts';

/** A JavaScript budget for the pages matching `pages`; `null` means measured but not bounded. */
export interface JsRule {
  name: string;
  pages: string[];
  /** `load`: scripts that run with the page; `all`: those and every script they import later. */
  counts: 'load' | 'all';
  maxJsGzip: number | null;
}

/** HTML budgets of pages at large scales: no page may grow with the whole content. */
export interface HtmlAtScale {
  /** Applies at scales of this factor and above (×100: a regional roll-out). */
  fromFactor: number;
  /** Gzipped HTML of any page. */
  maxHtmlGzip: number;
  /** Tighter budgets for some pages, the first matching rule applying. */
  pages: { name: string; pages: string[]; maxHtmlGzip: number }[];
}

export interface Budgets {
  bytes: {
    cssGzipPerPage: number;
    js: JsRule[];
    /** Site paths of scripts that only hold data: weighed as the page's data, not as its JavaScript. */
    dataScripts: string[];
    /**
     * The site's search, which the header's launcher imports on every page when a person opens it: weighed apart
     * from the page's own scripts (`searchJs`), with its own budget on every page.
     */
    siteSearch: { name: string; launchers: string[]; maxJsGzip: number };
  };
  htmlAtScale: HtmlAtScale;
  scale: {
    /** Build time of ×10 content over build time of the content it multiplies. */
    tenfoldTimeRatioMax: number;
    /** Build time of the site over the bare Astro build of the same content. */
    bareRatioMax: number;
    /** Time until every marker of the map is on screen and interactive… */
    mapInteractiveMsMax: number;
    /** …at scales with at least this many structures. */
    mapStructuresMin: number;
    /** Peak resident memory of a build, at every scale. */
    peakMemoryMbMax: number;
  };
}

/** Reads `bench/budgets.json`. */
export function loadBudgets(file = new URL('../budgets.json', import.meta.url)): Budgets {
  return JSON.parse(readFileSync(file, 'utf8')) as Budgets;
}

/** What SiteWeigher must know of the budgets: the scripts of data, and the search's launchers. */
export function scriptsToWeighApart(budgets: Budgets): { data: string[]; searchLaunchers: string[] } {
  return { data: budgets.bytes.dataScripts, searchLaunchers: budgets.bytes.siteSearch.launchers };
}

/**
 * True when a URL path matches a pattern: exact, any path below a pattern ending in `**`, or with each segment `*`
 * standing for one segment of the path (so that one pattern names every result of the self-diagnostic in every
 * area, `/diagnostic/<bassin>/<résultat>/`).
 */
export function matchesPattern(path: string, pattern: string): boolean {
  if (pattern.endsWith('**')) return path.startsWith(pattern.slice(0, -2));
  if (!pattern.includes('*')) return path === pattern;
  const segments = path.split('/');
  const wanted = pattern.split('/');
  return (
    segments.length === wanted.length &&
    wanted.every((part, index) => (part === '*' ? segments[index] !== '' : part === segments[index]))
  );
}

/** The JavaScript rule of a page: the first whose pattern matches. */
export function jsRuleFor(path: string, budgets: Budgets): JsRule | undefined {
  return budgets.bytes.js.find((rule) => rule.pages.some((pattern) => matchesPattern(path, pattern)));
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** One byte budget a page breaks. */
export interface BudgetProblem {
  page: string;
  kind: 'css' | 'js';
  /** Name of the JavaScript rule broken; none for the CSS budget, which every page shares. */
  rule?: string;
  bytes: number;
  max: number;
  /** What a person reads: the figures and, where there is one, the fix. */
  message: string;
}

/** A problem as the bench and the tests print it: `/carte/: JS 61.0 KB gz … > 60.0 KB (budget « carte »)`. */
export function formatBudgetProblem(problem: BudgetProblem): string {
  return `${problem.page}: ${problem.message}`;
}

/** Every byte budget a page breaks (empty when it keeps them all). */
export function pageBudgetProblems(weight: PageWeight, budgets: Budgets): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  const page = weight.path;
  const { cssGzipPerPage } = budgets.bytes;
  if (weight.css.gzip > cssGzipPerPage) {
    const bytes = weight.css.gzip;
    problems.push({
      page,
      kind: 'css',
      bytes,
      max: cssGzipPerPage,
      message: `CSS ${kb(bytes)} gz > ${kb(cssGzipPerPage)}`,
    });
  }
  const search = budgets.bytes.siteSearch;
  if (weight.searchJs.gzip > search.maxJsGzip) {
    problems.push({
      page,
      kind: 'js',
      rule: search.name,
      bytes: weight.searchJs.gzip,
      max: search.maxJsGzip,
      message: `JS ${kb(weight.searchJs.gzip)} gz importés à l’ouverture de la recherche > ${kb(search.maxJsGzip)} (budget « ${search.name} »)`,
    });
  }
  const rule = jsRuleFor(page, budgets);
  if (!rule || rule.maxJsGzip === null) return problems;
  const max = rule.maxJsGzip;
  const over = (bytes: number, message: string) =>
    problems.push({ page, kind: 'js', rule: rule.name, bytes, max, message });
  const budget = `${kb(max)} (budget « ${rule.name} »)`;
  if (rule.counts === 'load' && weight.js.gzip > max) {
    over(
      weight.js.gzip,
      `JS ${kb(weight.js.gzip)} gz au chargement > ${budget} → chargez le reste avec import() au moment où il sert`,
    );
  }
  const all = weight.js.gzip + weight.lazyJs.gzip;
  if (rule.counts === 'all' && all > max) {
    over(
      all,
      `JS ${kb(all)} gz (${kb(weight.js.gzip)} au chargement + ${kb(weight.lazyJs.gzip)} importés ensuite) > ${budget}`,
    );
  }
  return problems;
}

/**
 * The JavaScript rules that apply to none of `paths` (no pattern matches, or an earlier rule takes every page):
 * such a rule checks nothing, for instance after a page was renamed.
 */
export function rulesWithoutPages(paths: readonly string[], budgets: Budgets): string[] {
  const applied = new Set(paths.map((path) => jsRuleFor(path, budgets)));
  return budgets.bytes.js.filter((rule) => !applied.has(rule)).map((rule) => rule.name);
}

/** What a page's HTML breaks at a scale (`factor` times the real content), or undefined when it keeps its budget. */
export function htmlBudgetProblem(
  page: { path: string; html: { gzip: number } },
  budgets: Budgets,
  factor: number,
): string | undefined {
  const rules = budgets.htmlAtScale;
  if (factor < rules.fromFactor) return undefined;
  const rule = rules.pages.find((candidate) => candidate.pages.some((pattern) => matchesPattern(page.path, pattern)));
  const max = rule?.maxHtmlGzip ?? rules.maxHtmlGzip;
  if (page.html.gzip <= max) return undefined;
  return `${page.path}: HTML ${kb(page.html.gzip)} gz > ${kb(max)}${rule ? ` (budget « ${rule.name} »)` : ''}`;
}
