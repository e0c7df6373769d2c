/**
 * Pages that stay light when the network grows (issue #16): the site built from ten times its content (the
 * bench's synthetic content, 250 structures). Already at this scale, every page keeps within the budgets that
 * bench/budgets.json sets for ×100, and the lists of structures a page writes in its sentences name at most
 * site.diagnosticStructuresShown of them, then link the list that holds the others: that list exists, and the
 * numbers the sentences give are those a reader counts there. The bench checks ×100 and ×300
 * (`npm run bench -- --check`); this build keeps the rule in every test run.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlBudgetProblem, loadBudgets } from '../../bench/lib/budgets.ts';
import { generateContent } from '../../bench/lib/generateContent.ts';
import { site, territory } from '../../src/site.config.ts';
import { buildWithContent, type BuildResult } from '../support/buildSite.ts';
import { sitemapPaths } from '../support/builtPages.ts';
import { findBrokenLinks } from '../support/crawlLinks.ts';
import { cutNotesIn } from '../support/cutLists.ts';
import { decodeEntities, pagesOfList } from '../support/htmlText.ts';

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

/** The structures a list of structures holds, page after page by its « Page suivante » links: id and name. */
function structuresListed(list: string): { id: string; name: string }[] {
  const readPage = (path: string) => {
    if (!existsSync(join(build.outDir, path, 'index.html'))) throw new Error(`${path} : la page n’existe pas`);
    return html(path);
  };
  return pagesOfList(list, readPage).flatMap((page) =>
    [...page.matchAll(/<li><a href="\/structures\/([a-z0-9-]+)\/">([^<]+)<\/a>/g)].map((match) => ({
      id: match[1]!,
      name: decodeEntities(match[2]!),
    })),
  );
}
const listed = new Map<string, { id: string; name: string }[]>();
/** A list's structures, read once. */
const listOf = (list: string) => listed.get(list) ?? listed.set(list, structuresListed(list)).get(list)!;
/** Whether a list names a structure as a sentence names it: its name, with its sigle after it in the list. */
const names = (list: { name: string }[], name: string) =>
  list.some(
    (entry) =>
      entry.name === name ||
      entry.name.startsWith(`${name} — `) ||
      (entry.name.startsWith(`${name} (`) && /^ \((?!copie )[^()]+\)$/.test(entry.name.slice(name.length))),
  );
/** The lists of structures a fragment of HTML links with their count, « Mission Locale du bassin de Blois (10) ». */
const linkedLists = (fragment: string) =>
  [...fragment.matchAll(/<a href="(\/structures\/type\/[^"]+)"[^>]*>[^<]*\((\d+)\)\s*<\/a>/g)].map((match) => ({
    list: match[1]!,
    count: Number(match[2]),
  }));
/** Ids of the structures whose own pages a fragment of HTML links. */
const structureIds = (fragment: string) =>
  [...fragment.matchAll(/<a href="\/structures\/([a-z0-9-]+)\/"/g)].map((match) => match[1]!);

/** The structures a result's level shows as cards, by id. */
const structureCards = (section: string) =>
  [...section.matchAll(/class="structure-card__name"><a href="\/structures\/([a-z0-9-]+)\/"/g)].map(
    (match) => match[1]!,
  );
/** A result's sentences « cette page ne présente pas A, B ni N autres ; la liste X (M) les présente toutes ». */
const leftOutSentences = (section: string) =>
  [
    ...section.matchAll(
      /cette page ne présente pas\s*([\s\S]*?)(?: ni (?:(\d+) autres|(une) autre))? ; la liste\s*([\s\S]*?)les présente toutes/g,
    ),
  ].map((match) => ({
    named: decodeEntities(match[1]!).split(', '),
    others: match[3] ? 1 : Number(match[2] ?? 0),
    list: linkedLists(match[4]!)[0]!,
  }));

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

  it('aucun lien interne ne mène à une page absente, pas même vers les listes qui présentent ce que les pages coupent', () => {
    expect(findBrokenLinks(build.outDir)).toEqual([]);
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

  it('le glossaire dit combien de structures compte la liste où il renvoie, qui présente celles qu’il nomme', () => {
    const entries = [...html('sigles').matchAll(/<dd[^>]*>([\s\S]*?)<\/dd>/g)].map((match) => match[1]!);
    const cut = entries.flatMap((entry) => {
      const link = /la liste\s*<a href="(\/structures\/type\/[^/"]+\/)"[^>]*>[^<]+\((\d+)\)<\/a>/.exec(entry);
      return link ? [{ entry, list: link[1]!, count: Number(link[2]) }] : [];
    });
    expect(cut.length).toBeGreaterThan(0);
    for (const { entry, list, count } of cut) {
      const structures = listOf(list);
      expect(structures.length, list).toBe(count);
      const named = [...entry.matchAll(/<a href="\/structures\/([a-z0-9-]+)\/"/g)].map((match) => match[1]!);
      expect(named.length, list).toBe(SHOWN);
      expect(
        named.filter((id) => !structures.some((structure) => structure.id === id)),
        list,
      ).toEqual([]);
    }
  });

  it('un résultat compte les structures qu’il laisse de côté comme le tableau des professionnels, et ses listes les présentent', () => {
    const results = pages().flatMap(({ path }) => /^\/diagnostic\/professionnels\/([^/]+)\/$/.exec(path)?.[1] ?? []);
    let counted = 0;
    for (const result of results) {
      const table = /<table[\s\S]*?<\/table>/.exec(html(`diagnostic/professionnels/${result}`))?.[0];
      if (!table) continue;
      for (const area of territory.employmentAreas) {
        const resultPage = join('diagnostic', area.id, result);
        if (!existsSync(join(build.outDir, resultPage, 'index.html'))) continue;
        const row = new RegExp(`<th scope="row"[^>]*>${area.nom}</th>([\\s\\S]*?)</tr>`).exec(table)![1]!;
        const cells = [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((match) => match[1]!);
        ['informer', 'accompagner'].forEach((level, index) => {
          const where = `${resultPage}/ ${level}`;
          // The counsellors' table: « A, B et N autres, dans les listes : X (M), Y (K) ».
          const cell = cells[index]!;
          const [, others, one] = / et (?:(\d+) autres|(une) autre), dans/.exec(cell) ?? [];
          const leftOut = one ? 1 : Number(others ?? 0);
          // The public's page: per list, « ne présente pas A, B ni N autres ; la liste X (M) les présente toutes ».
          const section = new RegExp(`<section data-level="${level}"[\\s\\S]*?</section>`).exec(html(resultPage))?.[0];
          const sentences = leftOutSentences(section ?? '');
          expect(
            sentences.map(({ list }) => list),
            where,
          ).toEqual(linkedLists(cell));
          expect(
            sentences.reduce((sum, { named, others }) => sum + named.length + others, 0),
            where,
          ).toBe(leftOut);
          for (const { named, others, list } of sentences) {
            const structures = listOf(list.list);
            const inList = (id: string) => structures.some((structure) => structure.id === id);
            expect(structures.length, `${where} → ${list.list}`).toBe(list.count);
            // The page and the table show the same structures of the list; it holds them, and those left out.
            const cards = structureCards(section!).filter(inList);
            expect(cards, where).toEqual(structureIds(cell).filter(inList));
            expect(
              named.filter((name) => !names(structures, name)),
              `${where} → ${list.list}`,
            ).toEqual([]);
            expect(cards.length + named.length + others, `${where} → ${list.list}`).toBeLessThanOrEqual(list.count);
          }
          if (leftOut > 0) counted++;
        });
      }
    }
    // At this scale, results leave out structures in every area (the test must not pass on nothing).
    expect(counted).toBeGreaterThan(10);
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
        const where = `${path}: ${section.slice(0, 80)}`;
        const items = (section.match(/<li[ >]/g) ?? []).length;
        expect(items, where).toBeLessThanOrEqual(LIST_PAGE_SIZE);
        // A cut section says so in the one sentence of cut lists: the entries it shows, of the count its heading gives.
        const count = /\((\d+)\)<\/h2>/.exec(section)?.[1];
        for (const { shown, total, perPage } of cutNotesIn(section)) {
          expect([shown, total, perPage ?? LIST_PAGE_SIZE], where).toEqual([items, Number(count), LIST_PAGE_SIZE]);
          cut++;
        }
      }
    }
    expect(cut).toBeGreaterThan(0);
  });
});
