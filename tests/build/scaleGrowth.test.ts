/**
 * Pages that stay light when the network grows (issue #16): the site built from ten times its content (the
 * bench's synthetic content, 250 structures). Already at this scale, every page keeps within the budgets that
 * bench/budgets.json sets for ×100, and the lists of structures a page writes in its sentences name at most
 * site.diagnosticStructuresShown of them, then link the list that holds the others. The bench checks ×100 and ×300
 * (`npm run bench -- --check`); this build keeps the rule in every test run.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlBudgetProblem, loadBudgets } from '../../bench/lib/budgets.ts';
import { generateContent } from '../../bench/lib/generateContent.ts';
import { site } from '../../src/site.config.ts';
import { buildWithContent, type BuildResult } from '../support/buildSite.ts';
import { sitemapPaths } from '../support/builtPages.ts';

const FACTOR = 10;
const SHOWN = site.diagnosticStructuresShown;
const LIST_PAGE_SIZE = site.listPageSize;

let work: string;
let build: BuildResult;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'aioa41-scale-'));
  generateContent(resolve('content'), join(work, 'content'), FACTOR);
  build = await buildWithContent(join(work, 'content'), { SEARCH_INDEX: 'off' });
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(join(build.outDir, '..'), { recursive: true, force: true });
});

/** Every HTML page of the build, by the path a reader opens (`/structures/x/`, `/404.html`). */
function builtPages(dir: string, path = '/'): { path: string; file: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) return builtPages(file, `${path}${entry.name}/`);
    if (!entry.name.endsWith('.html')) return [];
    return [{ path: entry.name === 'index.html' ? path : `${path}${entry.name}`, file }];
  });
}

const html = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
const pages = () => builtPages(build.outDir);
/** The links of a fragment of HTML to structures' own pages. */
const structureLinks = (fragment: string) => fragment.match(/href="\/structures\/[^/"]+\/"/g) ?? [];

describe(`le site construit avec ${FACTOR} fois son contenu`, () => {
  it('la construction réussit', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('aucune page ne dépasse déjà le budget HTML fixé pour ×100 (bench/budgets.json)', () => {
    const budgets = loadBudgets();
    const problems = pages().flatMap(({ path, file }) => {
      const problem = htmlBudgetProblem(
        { path, html: { gzip: gzipSync(readFileSync(file)).length } },
        budgets,
        budgets.htmlAtScale.fromFactor,
      );
      return problem ? [problem] : [];
    });
    expect(problems).toEqual([]);
  });

  it(`la fiche d’une structure injoignable nomme au plus ${SHOWN} structures à qui demander, et la liste des autres`, () => {
    const structurePages = pages().filter(({ path }) => /^\/structures\/[^/]+\/$/.test(path));
    // The general advice: « demandez comment la joindre à l’une de ces structures … : A, B ou C ».
    const advice = structurePages.flatMap(({ path }) =>
      [...html(path).matchAll(/<p class="structure-reach"[^>]*>([\s\S]*?)<\/p>/g)]
        .map((match) => match[1]!)
        .filter((text) => text.includes('demandez comment la joindre'))
        .map((text) => ({ path, text })),
    );
    expect(advice.length).toBeGreaterThan(0);
    const tooLong = advice.filter(({ text }) => structureLinks(text).length > SHOWN);
    expect(tooLong.map(({ path }) => path)).toEqual([]);
    // At this scale an area holds more structures to ask than a sentence names: the others are one link away.
    const cut = advice.filter(({ text }) => text.includes('en présente d’autres'));
    expect(cut.length).toBeGreaterThan(0);
    for (const { path, text } of cut)
      expect(text, path).toMatch(
        /la liste <a href="\/structures\/(?:bassin\/[^/"]+\/)?"[^>]*>[^<]+<\/a> en présente d’autres/,
      );
  });

  it(`un résultat de l’autodiagnostic nomme au plus ${SHOWN} des structures qu’il laisse de côté, puis combien d’autres`, () => {
    const leftOut = pages()
      .filter(({ path }) => /^\/diagnostic\/[^/]+\/[^/]+\/$/.test(path))
      .flatMap(({ path }) =>
        [...html(path).matchAll(/cette page ne présente pas\s*([^;]*);/g)].map((match) => ({ path, names: match[1]! })),
      );
    const counted = leftOut.filter(({ names }) => / ni (?:\d+ autres|une autre)\s*$/.test(names));
    expect(counted.length).toBeGreaterThan(0);
    for (const { path, names } of leftOut) {
      const named = names.replace(/ ni (?:\d+ autres|une autre)\s*$/, '').split(', ');
      expect(named.length, path).toBeLessThanOrEqual(SHOWN);
    }
  });

  it(`le glossaire nomme au plus ${SHOWN} structures par sigle, puis renvoie à la liste du type`, () => {
    const entries = [...html('sigles').matchAll(/<dd[^>]*>([\s\S]*?)<\/dd>/g)].map((match) => match[1]!);
    expect(entries.map((entry) => structureLinks(entry).length).filter((count) => count > SHOWN)).toEqual([]);
    const cut = entries.filter((entry) => entry.includes('les présente toutes'));
    expect(cut.length).toBeGreaterThan(0);
    for (const entry of cut)
      expect(entry).toMatch(/la liste\s*<a href="\/structures\/type\/[^/"]+\/"[^>]*>[^<]+\(\d+\)<\/a>/);
  });

  it(`aucune section de page ne présente plus de ${LIST_PAGE_SIZE} points d’étape, formes de stage ou outils`, () => {
    /** Each collection's entry pages, apart from the pages of its section (/stages/imprimer/, /points-etape/2/…). */
    const entryLinks = {
      'points d’étape': /href="\/points-etape\/(?!\d+\/)([^/"]+)\/"/g,
      'formes de stage': /href="\/stages\/(?!(?:imprimer|pour)\/)([^/"]+)\/"/g,
      outils: /href="\/outils\/(?!famille\/)([^/"]+)\/"/g,
    };
    const crowded = pages().flatMap(({ path, file }) => {
      const page = readFileSync(file, 'utf8');
      // <main> cut where each <section> starts: the toolbox shows its four families, up to LIST_PAGE_SIZE each.
      const parts = page.slice(page.indexOf('<main'), page.indexOf('</main>')).split('<section');
      return parts.flatMap((part) =>
        Object.entries(entryLinks).flatMap(([what, links]) => {
          const count = new Set([...part.matchAll(links)].map((match) => match[1])).size;
          return count > LIST_PAGE_SIZE ? [`${path} : ${count} ${what}`] : [];
        }),
      );
    });
    expect(crowded).toEqual([]);
  });

  it('le plan du site lie chaque liste par sa première page, jamais ses pages suivantes, et dit combien elle en a', () => {
    const paths = sitemapPaths(build.outDir);
    const laterPages = paths.filter((path) => /\/\d+\/$/.test(path) && paths.includes(path.replace(/\d+\/$/, '')));
    // At this scale lists of every kind run over several pages (the test must not pass on nothing).
    expect(laterPages.length).toBeGreaterThan(20);
    const plan = html('plan-du-site');
    expect(laterPages.filter((path) => plan.includes(`href="${path}"`))).toEqual([]);
    for (const list of new Set(laterPages.map((path) => path.replace(/\d+\/$/, ''))))
      expect(plan, list).toMatch(new RegExp(`<a href="${list}">[^<]+</a>, en \\d+ pages`));
  });

  it(`une page de thème montre au plus ${LIST_PAGE_SIZE} entrées par rubrique, puis renvoie à la liste entière`, () => {
    const themePages = pages().filter(({ path }) => /^\/thematiques\/[^/]+\/$/.test(path));
    expect(themePages.length).toBeGreaterThan(0);
    let cut = 0;
    for (const { path } of themePages) {
      for (const section of html(path).match(/<section [\s\S]*?<\/section>/g) ?? []) {
        const items = (section.match(/<li[ >]/g) ?? []).length;
        expect(items, `${path}: ${section.slice(0, 80)}`).toBeLessThanOrEqual(LIST_PAGE_SIZE);
        if (section.includes(`Cette page en présente les ${LIST_PAGE_SIZE} `)) cut++;
      }
    }
    expect(cut).toBeGreaterThan(0);
  });
});
