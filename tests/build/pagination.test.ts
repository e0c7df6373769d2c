// Long lists cut into pages (site.listPageSize): a build of the real content with pages of 5 entries,
// walked like a reader without JavaScript, by the « Page suivante » links. Each number a page gives about a list
// (« (1 à 5 sur 14) », « Cette page en présente les 5 premières sur 14 », « Sites utiles (13) ») is counted there.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, offlineContext } from '../../scripts/lib/browser.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { openPage } from '../support/browser.ts';
import { buildWithContent, type BuildResult } from '../support/buildSite.ts';
import { contentFiles } from '../support/loadContent.ts';
import { sitemapPaths } from '../support/builtPages.ts';
import { captionOf, cutNotesIn, headingOf, titleOf } from '../support/cutLists.ts';
import { decodeEntities, pagesOfList } from '../support/htmlText.ts';
import { territory } from '../../src/site.config.ts';
import { mainNavigation } from '../../src/navigation.ts';
import { rmSync } from 'node:fs';
import { siteFitsPublic } from '../../src/lib/siteFitsPublic.ts';
import type { PublicId } from '../../src/schemas/fields.ts';

// 3: the largest family of tools (4) and the smallest lists are cut too, so that each cut sentence is read.
const SIZE = 3;
const internships = contentFiles('internships').length;
const entriesOf = (collection: 'structures' | 'sites' | 'tools') =>
  contentFiles(collection).map(({ id, data }) => ({ id, ...data }));
const structures = entriesOf('structures') as unknown as { id: string; nom: string; bassin: string; type: string }[];
const sites = entriesOf('sites') as unknown as {
  id: string;
  titre: string;
  url: string;
  thematiques: string[];
  publics: PublicId[];
}[];

let build: BuildResult;
beforeAll(async () => {
  build = await buildWithContent(resolve('content'), { LIST_PAGE_SIZE: String(SIZE) });
});
afterAll(() => rmSync(join(build.outDir, '..'), { recursive: true, force: true }));

const html = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
/** Every page of a list from its first page, by its « Page suivante » links. */
const walk = (first: string) => pagesOfList(first, html);

/**
 * The cut notes of a fragment of HTML, each checked as a reader would: it says it shows the first SIZE entries, it
 * says « SIZE par page » when the page it links lists them, and its link's name is the title of the page it opens.
 */
function cutNotes(fragment: string): { total: number; href: string }[] {
  return cutNotesIn(fragment).map(({ shown, total, href, name, perPage }) => {
    expect(shown, href).toBe(SIZE);
    if (perPage !== undefined) expect(perPage, href).toBe(SIZE);
    const opened = titleOf(html(href.slice(1)));
    // A main-menu page is linked by its menu name (« Boîte à outils »), which its title begins with.
    const menuPage = mainNavigation.some((link) => link.href === href);
    expect(opened === name || (menuPage && opened.startsWith(`${name} `)), `${href} : « ${name} », « ${opened} »`).toBe(
      true,
    );
    return { total, href };
  });
}

describe(`listes coupées en pages de ${SIZE} (LIST_PAGE_SIZE)`, () => {
  it('la construction réussit', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('chaque thème de la sitothèque, page après page, montre chacun de ses sites une fois', () => {
    const cut = sites.filter((site) => site.thematiques.includes('emploi'));
    expect(cut.length).toBeGreaterThan(SIZE);
    const pages = walk('sitotheque/emploi');
    expect(pages.length).toBe(Math.ceil(cut.length / SIZE));
    const shown = pages.flatMap((page) =>
      [...page.matchAll(/<article class="site-card"[^>]*>\s*<h[23][^>]*><a href="[^"]*"[^>]*>([^<]+)<\/a>/g)].map(
        (match) => decodeEntities(match[1]!),
      ),
    );
    expect(shown.sort()).toEqual(cut.map((site) => site.titre).sort());
    expect(pages[1]).toContain('Page 2 sur');
  });

  // Review rev22r, finding 2: a public's pages showed a site once per theme, and a last page held a site already shown.
  it('chaque public de la sitothèque, page après page, présente chacun de ses sites une fois, et chaque thème les nomme tous', () => {
    const jeunes = sites.filter((site) => siteFitsPublic(site.publics, 'jeunes-16-25'));
    expect(jeunes.some((site) => site.thematiques.length > 1)).toBe(true);
    const pages = walk('sitotheque/public/jeunes-16-25');
    expect(pages.length).toBe(Math.ceil(jeunes.length / SIZE));
    const cards = pages.flatMap((page) =>
      [...page.matchAll(/<article class="site-card"[^>]*>\s*<h[23][^>]*><a href="([^"]*)"/g)].map((match) => match[1]!),
    );
    expect(cards.sort()).toEqual(jeunes.map((site) => site.url).sort());
    // Each theme's sections, over the pages, link every site of the theme: by its card or by its name.
    const themes = new Set(jeunes.flatMap((site) => site.thematiques));
    for (const theme of themes) {
      const linked = pages.flatMap((page) =>
        [...page.matchAll(new RegExp(`<section aria-labelledby="${theme}"[\\s\\S]*?</section>`, 'g'))].flatMap(
          (section) => [...section[0].matchAll(/<a href="(https?:[^"]+)"/g)].map((match) => match[1]!),
        ),
      );
      const ofTheme = jeunes.filter((site) => site.thematiques.includes(theme)).map((site) => site.url);
      expect(linked, theme).toEqual(expect.arrayContaining(ofTheme));
      // The filter of the theme's own page leads to the page where the theme's section starts.
      const filter = html(`sitotheque/${theme}`);
      const href = new RegExp(`href="(/sitotheque/public/jeunes-16-25/(?:\\d+/)?)#${theme}"`).exec(filter)![1]!;
      expect(html(href.slice(1)), theme).toMatch(new RegExp(`<h2 id="${theme}">[^<]*</h2>`));
      expect(html(href.slice(1)), theme).not.toMatch(new RegExp(`<h2 id="${theme}">[^<]*\\(suite\\)</h2>`));
    }
  });

  it('chaque page d’un public de la sitothèque nomme en haut tous ses thèmes, avec leur nombre de sites, et mène au début de chacun', () => {
    const jeunes = sites.filter((site) => siteFitsPublic(site.publics, 'jeunes-16-25'));
    const themes = [...new Set(jeunes.flatMap((site) => site.thematiques))].sort();
    const pages = walk('sitotheque/public/jeunes-16-25');
    expect(pages.length).toBeGreaterThan(2);
    let elsewhere = 0;
    for (const page of pages) {
      const summary = /<nav aria-labelledby="sommaire-themes">[\s\S]*?<\/nav>/.exec(page)![0];
      expect(page.indexOf(summary)).toBeLessThan(page.indexOf('class="site-card"'));
      const entries = [
        ...summary.matchAll(/<a href="([^"#]*)#([^"]+)">[^<]*<\/a>\s*\((\d+) sites?(?:\s*, présentés? plus haut)?\)/g),
      ];
      expect(entries.map((entry) => entry[2]).sort()).toEqual(themes);
      for (const [, path, theme, count] of entries) {
        expect(Number(count), theme).toBe(jeunes.filter((site) => site.thematiques.includes(theme!)).length);
        if (path) elsewhere += 1;
        // The theme starts on the page linked: its heading there, not « (suite) ».
        const target = path ? html(path.slice(1)) : page;
        expect(target, theme).toMatch(new RegExp(`<h2 id="${theme}">[^<]*</h2>`));
        expect(target, theme).not.toMatch(new RegExp(`<h2 id="${theme}">[^<]*\\(suite\\)</h2>`));
      }
    }
    // Some themes start on another page than the one read: those links lead there.
    expect(elsewhere).toBeGreaterThan(0);
  });

  it('la vue d’ensemble de la sitothèque renvoie aux thèmes au lieu de tout lister', () => {
    const page = html('sitotheque');
    expect(page).not.toContain('class="site-card"');
    expect(page).toContain('href="/sitotheque/emploi/"');
  });

  it('l’annuaire sans JavaScript montre les premières structures de chaque bassin et mène à toutes', () => {
    for (const area of ['blois', 'romorantin', 'vendome']) {
      const inArea = structures.filter((structure) => structure.bassin === area);
      const directory = html('structures');
      const section = new RegExp(`data-area-group="${area}"[\\s\\S]*?</section>`).exec(directory)![0];
      expect((section.match(/data-structure=/g) ?? []).length).toBe(Math.min(SIZE, inArea.length));
      if (inArea.length > SIZE) expect(section).toContain(`href="/structures/bassin/${area}/"`);
      const listed = walk(`structures/bassin/${area}`).flatMap((page) =>
        [...page.matchAll(/data-structure="([^"]+)"/g)].map((match) => match[1]!),
      );
      expect(listed.sort()).toEqual(inArea.map((structure) => structure.id).sort());
    }
    expect(html('carte')).toContain('href="/structures/bassin/blois/"');
  });

  it('le fichier de la carte garde toutes les structures, pour les filtres et les repères', () => {
    const data = JSON.parse(readFileSync(join(build.outDir, 'carte', 'structures.json'), 'utf8')) as {
      structures: { id: string }[];
    };
    expect(data.structures.map((structure) => structure.id).sort()).toEqual(structures.map((s) => s.id).sort());
    expect(readFileSync(join(build.outDir, 'embed', 'structures.js'), 'utf8')).toMatch(/^self\.aioaStructures=\{/);
  });

  it('la boîte à outils montre les premiers outils de chaque famille et mène à tous, famille par famille', () => {
    const tools = entriesOf('tools') as unknown as { id: string; nom: string; categorie: string }[];
    const toolbox = html('outils');
    for (const family of ['information', 'positionnement', 'accueil', 'orientation']) {
      const inFamily = tools.filter((tool) => tool.categorie === family);
      const section = new RegExp(`<section aria-labelledby="${family}"[\\s\\S]*?</section>`).exec(toolbox)![0];
      expect((section.match(/class="tool-sheet"/g) ?? []).length).toBe(Math.min(SIZE, inFamily.length));
      expect(section.includes(`href="/outils/famille/${family}/"`)).toBe(inFamily.length > SIZE);
      const listed = walk(`outils/famille/${family}`).flatMap((page) =>
        [...page.matchAll(/<article class="tool-sheet" aria-labelledby="outil-([^"]+)"/g)].map((match) => match[1]!),
      );
      expect(listed.sort()).toEqual(inFamily.map((tool) => tool.id).sort());
    }
  });

  it('les points d’étape se suivent de page en page, du plus récent au plus ancien, chacun une fois', () => {
    const reports = contentFiles('reports')
      .map(({ id, data }) => ({ id, time: new Date(data['date'] as string | Date).getTime() }))
      .sort((a, b) => b.time - a.time)
      .map(({ id }) => id);
    expect(reports.length).toBeGreaterThan(SIZE);
    const pages = walk('points-etape');
    expect(pages.length).toBe(Math.ceil(reports.length / SIZE));
    const listed = pages.flatMap((page) =>
      [...page.matchAll(/<article class="report-card"[\s\S]*?<a href="\/points-etape\/([^/"]+)\/"/g)].map(
        (match) => match[1]!,
      ),
    );
    expect(listed).toEqual(reports);
    pages.forEach((page, index) => {
      const last = Math.min((index + 1) * SIZE, reports.length);
      expect(headingOf(page).range).toEqual([index * SIZE + 1, last, reports.length]);
      // The list's own heading gives its count alone: the range is said once, by the h1.
      expect(page).toContain(`<h2 id="tous">Tous les points d’étape (${reports.length})</h2>`);
    });
    // Only the first page is in the site search: each report is found on its own page.
    expect(pages.map((page) => page.includes('data-pagefind-body'))).toEqual(pages.map((_, index) => index === 0));
    // The second page's list goes on numbering from the first.
    expect(pages[1]).toMatch(new RegExp(`<ol class="card-list" aria-labelledby="tous" start="${SIZE + 1}"`));
  });

  it('le tableau des stages compare les premières formes et renvoie au répertoire à imprimer, qui les compare toutes', () => {
    const COMPARISON = 'Comparer les formes de stage : âge ou niveau, durée, convention, rémunération';
    const rows = (page: string) =>
      [...page.matchAll(/<th scope="row"[^>]*>(?:<a [^>]*>)?([^<]+)/g)].map((match) => decodeEntities(match[1]!));
    expect(internships).toBeGreaterThan(SIZE);
    const overview = html('stages');
    expect(rows(overview)).toHaveLength(SIZE);
    expect(cutNotes(overview)).toEqual([{ total: internships, href: '/stages/imprimer/' }]);
    // Who reaches the table by the list of tables hears in its caption that it shows part of the forms.
    expect(captionOf(overview)).toEqual({ text: COMPARISON, range: [1, SIZE, internships] });
    // Each printable page compares the forms it prints, and only them: together, every form once. Its h1 says which.
    const printed = walk('stages/imprimer');
    printed.forEach((page, index) => {
      const first = index * SIZE + 1;
      const last = Math.min((index + 1) * SIZE, internships);
      expect(headingOf(page).range).toEqual([first, last, internships]);
      expect(titleOf(page)).toBe(`Répertoire des stages à imprimer${index > 0 ? `, page ${index + 1}` : ''}`);
      // The h1 says the range: the caption does not say it twice.
      expect(captionOf(page)).toEqual({ text: COMPARISON });
      const sheets = [...page.matchAll(/<section class="sheet"[^>]*>\s*<h2[^>]*>([^<]+)/g)].map((match) =>
        decodeEntities(match[1]!),
      );
      expect(rows(page)).toEqual(sheets);
    });
    expect(printed.flatMap(rows)).toHaveLength(internships);
  });

  it('une page de thème coupée renvoie à la page qui présente toutes ses formes de stage', () => {
    const theme = html('thematiques/stages');
    const section = /<section aria-labelledby="stages"[\s\S]*?<\/section>/.exec(theme)![0];
    expect(section.match(/<li[ >]/g)).toHaveLength(SIZE);
    const [note] = cutNotes(section);
    expect(note?.href).toBe('/stages/imprimer/');
    expect(section).toContain(`, ${SIZE} par page, avec ceux des autres thèmes.`);
    // The note says the order, and it is the directory's: who goes on there meets these forms in the same order.
    expect(section).toContain(`sur ${internships}, dans l’ordre du répertoire ;`);
    const listed = [...section.matchAll(/<li[^>]*><a href="\/stages\/([^/"]+)\/"/g)].map((match) => match[1]!);
    const printedIds = walk('stages/imprimer').flatMap((page) =>
      [...page.matchAll(/<section class="sheet" aria-labelledby="fiche-([^"]+)"/g)].map((match) => match[1]!),
    );
    expect(listed).toHaveLength(SIZE);
    expect(listed).toEqual(printedIds.filter((id) => listed.includes(id)));
    expect(walk('stages/imprimer').flatMap((page) => page.match(/<section class="sheet"/g) ?? [])).toHaveLength(
      internships,
    );
  });

  it('le répertoire des stages à imprimer se suit de page en page', () => {
    const printed = walk('stages/imprimer').flatMap((page) =>
      [...page.matchAll(/<section class="sheet"/g)].map(() => 1),
    );
    expect(printed.length).toBe(internships);
    expect(existsSync(join(build.outDir, 'stages', 'imprimer', '2', 'index.html'))).toBe(internships > SIZE);
  });

  it('une liste de structures d’un type, où mène un résultat de l’autodiagnostic, se suit de page en page', () => {
    const cfas = structures.filter((structure) => structure.type === 'cfa');
    expect(cfas.length).toBeGreaterThan(SIZE);
    // The result shows the first CFAs (site.diagnosticStructuresShown) and links the whole list: at Romorantin, the
    // school leaver's apprenticeship result names more CFAs and chambers than a level shows.
    expect(html('diagnostic/romorantin/apprentissage-jeune')).toContain('href="/structures/type/cfa/"');
    const pages = walk('structures/type/cfa');
    expect(pages.length).toBe(Math.ceil(cfas.length / SIZE));
    const listed = pages.flatMap((page) =>
      [...page.matchAll(/<li><a href="\/structures\/([a-z0-9-]+)\/">/g)].map((match) => match[1]!),
    );
    expect(listed.sort()).toEqual(cfas.map((structure) => structure.id).sort());
  });

  it('chaque lien « … (N) » d’un résultat de l’autodiagnostic mène à une liste qui montre N structures, page après page', () => {
    // Every page of the self-diagnostic: the results in each area, and their pages for the professionals.
    const diagnosticPages = sitemapPaths(build.outDir).filter((path) => path.startsWith('/diagnostic/'));
    const links = diagnosticPages.flatMap((path) =>
      [...html(path).matchAll(/<a href="(\/structures\/type\/[^"]+)"[^>]*>([^<]*)\((\d+)\)\s*<\/a>/g)].map((match) => ({
        from: path,
        to: match[1]!,
        text: decodeEntities(match[2]!).trim(),
        count: Number(match[3]),
      })),
    );
    // Real content: results show a few CFAs and link the list of all of them (the test must not pass on nothing).
    expect(links.length).toBeGreaterThan(0);
    const listedOn = new Map<string, string[]>();
    for (const link of links) {
      if (!listedOn.has(link.to)) {
        const listed = walk(link.to).flatMap((page) =>
          [...page.matchAll(/<li><a href="\/structures\/([a-z0-9-]+)\/">/g)].map((match) => match[1]!),
        );
        listedOn.set(link.to, listed);
      }
      const listed = listedOn.get(link.to)!;
      expect(new Set(listed).size, `${link.to} : une structure deux fois`).toBe(listed.length);
      expect(listed.length, `${link.from} : « ${link.text} (${link.count}) » → ${link.to}`).toBe(link.count);
    }
  });

  it('le plan du site montre les premières pages de chaque rubrique et mène à la rubrique, qui les mène toutes', () => {
    const reports = contentFiles('reports').length;
    expect(reports).toBeGreaterThan(SIZE);
    const plan = html('plan-du-site');
    expect(plan.match(/href="\/points-etape\/[a-z0-9-]+\/"/g)?.length).toBe(SIZE);
    // The list of reports is the section's own page: its link says how many pages it has, which lead to each other.
    expect(plan).toContain(`<a href="/points-etape/">Travaux du réseau</a>, en ${Math.ceil(reports / SIZE)} pages`);
    expect(plan).not.toContain('href="/points-etape/2/"');
    expect(plan).toContain(`<a href="/points-etape/">Les ${reports} points d’étape des travaux du réseau</a>`);
    // Internships' own pages, leaving out the printable sheets (/stages/imprimer/), which the plan links apart.
    expect(plan.match(/href="\/stages\/(?!imprimer\/)[a-z0-9-]+\/"/g)?.length).toBe(Math.min(SIZE, internships));
    expect(plan).toContain('href="/stages/imprimer/"');
    expect(plan).toContain('href="/outils/famille/orientation/"');
  });

  it('le plan du site lie chaque liste une fois, par sa première page, et dit combien de pages elle compte', () => {
    const plan = html('plan-du-site');
    const paths = sitemapPaths(build.outDir);
    // A list's later pages: /x/2/, /x/3/… beside its first page /x/.
    const laterPages = paths.filter((path) => /\/\d+\/$/.test(path) && paths.includes(path.replace(/\d+\/$/, '')));
    const lists = [...new Set(laterPages.map((path) => path.replace(/\d+\/$/, '')))];
    // Real content cut at SIZE: lists of each kind have several pages (the test must not pass on nothing).
    for (const list of ['/points-etape/', '/sitotheque/emploi/', '/structures/bassin/blois/', '/stages/imprimer/'])
      expect(lists).toContain(list);
    for (const path of laterPages) expect(plan, path).not.toContain(`href="${path}"`);
    // Every count the plan says: one per list of several pages, the number of pages a reader walks through.
    const counted = [...plan.matchAll(/<a href="([^"]+)">[^<]+<\/a>, en (\d+) pages/g)].map((match) => ({
      list: match[1]!,
      count: Number(match[2]),
    }));
    expect(counted.map(({ list }) => list).sort()).toEqual([...lists].sort());
    for (const { list, count } of counted) expect(count, list).toBe(walk(list.slice(1)).length);
    // In the plan (not the menus): one link a list; the reports' list is also the section's « Les N points d’étape … ».
    const main = plan.slice(plan.indexOf('<main'), plan.indexOf('</main>'));
    for (const list of lists)
      expect(main.split(`href="${list}"`).length - 1, list).toBe(list === '/points-etape/' ? 2 : 1);
  });

  it('le plan du site nomme chaque liste comme elle se nomme : thèmes et publics de la sitothèque, familles d’outils, bassins, types, lecteurs des stages (RGAA 6.1)', () => {
    const plan = html('plan-du-site');
    const LIST =
      /^\/(sitotheque\/(public\/)?[a-z0-9-]+|outils\/famille\/[a-z0-9-]+|structures\/(bassin|type)\/[a-z0-9/-]+|stages\/(pour\/[a-z0-9-]+|imprimer))\/$/;
    const links = [...plan.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].filter(([, href]) => LIST.test(href!));
    const kinds = new Set(links.map(([, href]) => href!.split('/').slice(1, 3).join('/')));
    // Each kind of list is there: a theme's and a public's sites, a family, an area, a type, a reader's internships.
    for (const kind of ['sitotheque/public', 'outils/famille', 'structures/bassin', 'structures/type', 'stages/pour'])
      expect(kinds, kind).toContain(kind);
    expect(links.some(([, href]) => /^\/sitotheque\/(?!public\/)/.test(href!))).toBe(true);
    for (const [, href, name] of links) {
      const page = html(href!.slice(1));
      expect(decodeEntities(name!), href).toBe(titleOf(page));
      // The printable directory's h1 is what goes on paper, without « à imprimer »; its tab says it.
      if (href !== '/stages/imprimer/') expect(decodeEntities(name!), href).toBe(headingOf(page).title);
    }
  });

  it('le plan du site mène à chaque page de rubrique ; seules les fiches au-delà des premières passent par leur rubrique', () => {
    const plan = html('plan-du-site');
    const linked = new Set([...plan.matchAll(/<a href="([^"#]+)"/g)].map((match) => match[1]!));
    /** Pages a reader reaches from a page the plan links, rather than from the plan itself. */
    const reachedFromTheirSection = [
      /^\/diagnostic\/(?!professionnels\/)[^/]+\/.+/, // the self-diagnostic's steps and results, without JavaScript
    ];
    // Lists the plan links with their number of pages: each later page is reached from the list's first page.
    const paged = new Set([...plan.matchAll(/<a href="([^"]+)">[^<]+<\/a>, en \d+ pages/g)].map((match) => match[1]!));
    const laterPageOfPaged = (path: string) => /\/\d+\/$/.test(path) && paged.has(path.replace(/\d+\/$/, ''));
    const notInPlan = sitemapPaths(build.outDir).filter(
      (path) =>
        !linked.has(path) && !laterPageOfPaged(path) && !reachedFromTheirSection.some((pattern) => pattern.test(path)),
    );
    // What is left are entries past a section's first ones: each section shows a link « Les N … » to all of them.
    const sectionsCut = new Set(notInPlan.map((path) => path.replace(/[^/]+\/$/, '')));
    expect([...sectionsCut].sort()).toEqual(['/outils/', '/points-etape/', '/stages/', '/structures/']);
    for (const section of sectionsCut) {
      expect(plan, `${section} : ses fiches au-delà des premières`).toMatch(
        new RegExp(`<a href="${section}">Les \\d+ [^<]+</a>`),
      );
    }
    for (const path of [
      '/diagnostic/professionnels/',
      '/diagnostic/employeurs/',
      '/contribuer/champs/',
      '/accessibilite/grille/',
      '/structures/bassin/blois/',
      '/sitotheque/public/parents/',
      // Pages the readers' review found missing: a type's list, the printable directory, a result's structures.
      '/structures/type/cfa/',
      '/stages/imprimer/',
      '/diagnostic/professionnels/employeur-apprentissage/',
    ]) {
      expect(linked, path).toContain(path);
    }
  });
});

/**
 * What a reader counts on each page of a list, by the list's first path: one match per entry, its id (its address for
 * a site: two sites may share a title).
 */
const ENTRIES: [RegExp, RegExp][] = [
  [/^\/structures\/bassin\//, /<li [^>]*data-structure="([a-z0-9-]+)"/g],
  [/^\/structures\/type\//, /<li><a href="\/structures\/([a-z0-9-]+)\/">/g],
  [/^\/sitotheque\//, /<article class="site-card"[^>]*>\s*<h[23][^>]*><a href="([^"]*)"/g],
  [/^\/outils\/famille\//, /<article class="tool-sheet" aria-labelledby="outil-([^"]+)"/g],
  [/^\/stages\/imprimer\//, /<section class="sheet" aria-labelledby="fiche-([^"]+)"/g],
  [/^\/stages\/pour\//, /<article class="internship-card" aria-labelledby="stage-([^"]+)"/g],
  [/^\/points-etape\//, /<article class="report-card"[\s\S]*?<a href="\/points-etape\/([^/"]+)\/"/g],
];
function entriesOn(list: string, page: string): string[] {
  const pattern = ENTRIES.find(([path]) => path.test(list))?.[1];
  if (!pattern) throw new Error(`${list} : quelles entrées compter ?`);
  return [...page.matchAll(pattern)].map((match) => match[1]!);
}
/** Every entry of a list, page after page (`list` is its first page's path, `/structures/bassin/blois/`). */
const entriesListed = (list: string) => walk(list).flatMap((page) => entriesOn(list, page));
/** What a list says it holds in all (the number), in its text or its description for search engines. */
const TOTALS = [
  /(\d+) fiches? de stage vous concern/g,
  /— (\d+) fiches de périodes en entreprise/g,
  /<p>(\d+) structures?, par ordre alphabétique/g,
  /Sites \((\d+)\)/g,
  /Tous les points d’étape \((\d+)\)/g,
  /content="Les (\d+) (?:structures|outils) /g,
];
/** Any other way of saying where a page stands in a list, past its h1 and its pagination: none is allowed. */
const OTHER_RANGES = /\d+ à \d+ sur \d+|\d+e sur \d+|sur cette page|page \d+ sur \d+/gi;
/** Every number of a page that `pattern` finds (its first group). */
const numbers = (page: string, pattern: RegExp) => [...page.matchAll(pattern)].map((match) => Number(match[1]));
/** Themes an entry's own page lists (ThemeTags, « Thèmes de ce point d’étape »…). */
const themesOf = (path: string) =>
  [...html(path).matchAll(/<ul class="tag-list" aria-label="Thèmes[\s\S]*?<\/ul>/g)].flatMap((list) =>
    [...list[0].matchAll(/href="\/thematiques\/([^/"]+)\/"/g)].map((match) => match[1]!),
  );

describe(`les nombres d’entrées que disent les pages, comptés sur les listes coupées à ${SIZE}`, () => {
  it('chaque liste dit combien elle compte d’entrées et, sur plusieurs pages, où en est chaque page, d’une seule façon', () => {
    // Every list's first page: areas, types (in the département or an area), sitothèque themes and publics, tool
    // families, internships (printable or by reader), reports.
    const lists = sitemapPaths(build.outDir).filter((path) =>
      /^\/(?:structures\/(?:bassin|type)\/[a-z-]+\/(?:[a-z-]+\/)?|sitotheque\/(?:public\/)?[a-z-]+\/|outils\/famille\/[a-z-]+\/|stages\/(?:imprimer|pour\/[a-z-]+)\/|points-etape\/)$/.test(
        path,
      ),
    );
    let paged = 0;
    /** Pages of one entry past a list's first: their h1 says its rank, « (6e sur 6) ». */
    const alone: string[] = [];
    // How many times each wording is found over all the lists: a wording a change no longer finds would check nothing.
    const found = new Map<RegExp, number>(TOTALS.map((pattern) => [pattern, 0]));
    const matches = (page: string, pattern: RegExp) => {
      const all = [...page.matchAll(pattern)];
      found.set(pattern, found.get(pattern)! + all.length);
      return all;
    };
    for (const list of lists) {
      const pages = walk(list);
      const shown = pages.map((page) => entriesOn(list, page));
      const total = shown.flat().length;
      if (pages.length > 1) paged++;
      let before = 0;
      pages.forEach((page, index) => {
        const where = `${list}, page ${index + 1}`;
        expect(shown[index]!.length, where).toBeGreaterThan(0);
        const place = /Page (\d+) sur (\d+)/.exec(page)?.slice(1).map(Number);
        expect(place, where).toEqual(pages.length > 1 ? [index + 1, pages.length] : undefined);
        const [first, last] = [before + 1, before + shown[index]!.length];
        if (first === last && first > 1) alone.push(where);
        // The h1 of a cut list’s page ends with its range, « (6 à 10 sur 14) » or « (11e sur 11) », and none on a whole list;
        // the <title> is the h1's title, then « , page i » past the first page (the printable directory's is its own).
        const { title, range } = headingOf(page);
        expect(range, where).toEqual(pages.length > 1 ? [first, last, total] : undefined);
        const suffix = index > 0 ? `, page ${index + 1}` : '';
        if (list === '/stages/imprimer/')
          expect(titleOf(page), where).toBe(`Répertoire des stages à imprimer${suffix}`);
        else expect(titleOf(page), where).toBe(`${title}${suffix}`);
        // No other wording of where the page stands, besides the h1 and the pagination's « Page i sur n ».
        const rest = page
          .slice(page.indexOf('<main'), page.indexOf('</main>'))
          .replace(/<h1[\s\S]*?<\/h1>/, '')
          .replace(/<nav class="pagination"[\s\S]*?<\/nav>/, '');
        expect(decodeEntities(rest).match(OTHER_RANGES), where).toBeNull();
        for (const match of TOTALS.flatMap((pattern) => matches(page, pattern)))
          expect(Number(match[1]), where).toBe(total);
        before = last;
      });
    }
    expect(lists.length).toBeGreaterThan(30);
    expect(paged).toBeGreaterThan(10);
    // Real content cut at SIZE: the reports' last page and that of a public's sites hold one entry each.
    expect(alone.length, 'aucune page d’une seule entrée').toBeGreaterThan(0);
    for (const [pattern, times] of found) expect(times, `${pattern} : trouvé sur aucune liste`).toBeGreaterThan(0);
  });

  it('l’annuaire, la carte, le plan et les données ouvertes disent combien de structures compte chaque bassin, et le réseau', () => {
    const areas = territory.employmentAreas.map((area) => area.id);
    const inArea = new Map(areas.map((area) => [area, entriesListed(`/structures/bassin/${area}/`).length]));
    const all = [...inArea.values()].reduce((sum, count) => sum + count, 0);
    for (const path of ['structures', 'carte', 'embed/carte']) {
      const page = html(path);
      for (const area of areas) {
        const section = new RegExp(`data-area-group="${area}"[\\s\\S]*?</section>`).exec(page)![0];
        expect(numbers(section, /<span data-count>\((\d+)\)<\/span>/g), `${path} ${area}`).toEqual([inArea.get(area)]);
        for (const note of cutNotes(section))
          expect(note, `${path} ${area}`).toEqual({ total: inArea.get(area), href: `/structures/bassin/${area}/` });
      }
    }
    // Real content cut at SIZE: at least one area's sentence says its count (the test must not pass on nothing).
    expect(cutNotes(html('structures')).length).toBeGreaterThan(0);
    expect(numbers(html('structures'), /Les (\d+) structures du réseau/g)).toEqual([all]);
    // The open data: « La liste des N structures du réseau … est libre de réutilisation », and the file holds them.
    expect(numbers(html('donnees'), /La liste des (\d+) structures/g)).toEqual([all]);
    const geojson = JSON.parse(readFileSync(join(build.outDir, 'donnees', 'structures.geojson'), 'utf8')) as {
      features: unknown[];
    };
    expect(geojson.features).toHaveLength(all);
    expect(numbers(html('plan-du-site'), /<a href="(?:\/structures\/)">Les (\d+) structures<\/a>/g)).toEqual([all]);
  });

  it('la boîte à outils et le plan disent combien d’outils compte chaque famille, et la boîte en tout', () => {
    const toolbox = html('outils');
    const families = [...toolbox.matchAll(/<a href="#([a-z-]+)">[^<]+<\/a> \((\d+)\)/g)];
    expect(families.length).toBe(4);
    let all = 0;
    let notes = 0;
    for (const match of families) {
      const [family, count] = [match[1]!, Number(match[2])];
      const listed = entriesListed(`/outils/famille/${family}/`).length;
      expect(count, family).toBe(listed);
      const section = new RegExp(`<section aria-labelledby="${family}"[\\s\\S]*?</section>`).exec(toolbox)![0];
      for (const note of cutNotes(section)) {
        expect(note, family).toEqual({ total: listed, href: `/outils/famille/${family}/` });
        notes += 1;
      }
      all += listed;
    }
    // The real content's largest family (information, 4 tools) is cut at SIZE: its sentence was read above.
    expect(notes).toBeGreaterThan(0);
    expect(numbers(toolbox, /(\d+) outils d’orientation, rangés/g)).toEqual([all]);
    expect(numbers(html('plan-du-site'), /<a href="\/outils\/">Les (\d+) outils<\/a>/g)).toEqual([all]);
  });

  it('la sitothèque dit combien de sites compte chaque thème, et combien de sites en tout', () => {
    const overview = html('sitotheque');
    const themes = [...overview.matchAll(/<a href="\/sitotheque\/([a-z-]+)\/">[^<]+<\/a> \(\s*(\d+) sites?\)/g)];
    expect(themes.length).toBeGreaterThan(1);
    const everySite = new Set<string>();
    for (const [, theme, count] of themes) {
      const listed = entriesListed(`/sitotheque/${theme}/`);
      expect(Number(count), theme).toBe(listed.length);
      listed.forEach((site) => everySite.add(site));
    }
    expect(/(\d+) sites, classés en (\d+) thèmes\./.exec(overview)?.slice(1).map(Number)).toEqual([
      everySite.size,
      themes.length,
    ]);
  });

  it('le répertoire des stages dit combien de fiches concernent chaque lecteur, et combien il en présente', () => {
    const overview = html('stages');
    const readers = [
      ...overview.matchAll(/<a href="(\/stages\/pour\/[a-z-]+\/)">[\s\S]*?<p class="meta">(\d+) fiches? de stage/g),
    ];
    expect(readers.length).toBe(3);
    for (const [, list, count] of readers) expect(Number(count), list).toBe(entriesListed(list!).length);
    const all = entriesListed('/stages/imprimer/').length;
    expect(numbers(overview, /ce répertoire présente (\d+) fiches/g)).toEqual([all]);
    expect(numbers(html('plan-du-site'), /<a href="\/stages\/">Les (\d+) fiches de stage<\/a>/g)).toEqual([all]);
    expect(numbers(html('plan-du-site'), /<a href="\/points-etape\/">Les (\d+) points d’étape/g)).toEqual([
      entriesListed('/points-etape/').length,
    ]);
  });

  it('une page de thème dit combien chaque rubrique compte d’entrées du thème, et en montre au plus le nombre dit', () => {
    // The whole lists a theme page's sections count from, and the theme each entry's own page gives it.
    const whole = {
      'points-etape': entriesListed('/points-etape/').map((id) => `/points-etape/${id}/`),
      stages: entriesListed('/stages/imprimer/').map((id) => `/stages/${id}/`),
      outils: ['information', 'positionnement', 'accueil', 'orientation'].flatMap((family) =>
        entriesListed(`/outils/famille/${family}/`).map((id) => `/outils/${id}/`),
      ),
    };
    const themesOfEntry = new Map(
      Object.values(whole)
        .flat()
        .map((path) => [path, themesOf(path)]),
    );
    const themePages = sitemapPaths(build.outDir).filter((path) => /^\/thematiques\/[^/]+\/$/.test(path));
    let cut = 0;
    for (const path of themePages) {
      const theme = path.split('/')[2]!;
      for (const section of html(path).match(/<section aria-labelledby="[^"]+"[\s\S]*?<\/section>/g) ?? []) {
        const [, id, count] = /<h2 id="([a-z-]+)"[^>]*>[^<]*\((\d+)\)<\/h2>/.exec(section) ?? [];
        if (!id) continue;
        const where = `${path}#${id}`;
        const expected =
          id === 'sites'
            ? entriesListed(`/sitotheque/${theme}/`).length
            : whole[id as keyof typeof whole].filter((entry) => themesOfEntry.get(entry)!.includes(theme)).length;
        expect(Number(count), where).toBe(expected);
        const items = (section.match(/<li[ >]/g) ?? []).length;
        expect(items, where).toBe(Math.min(SIZE, expected));
        const notes = cutNotes(section);
        expect(
          notes.map(({ total }) => total),
          where,
        ).toEqual(expected > SIZE ? [expected] : []);
        if (notes.length > 0) cut++;
      }
    }
    expect(cut).toBeGreaterThan(0);
  });
});

describe(`avec JavaScript, les listes de structures coupées à ${SIZE} se complètent`, () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await startStaticServer(build.outDir);
    browser = await launchBrowser();
    ({ context } = await offlineContext(browser));
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  /** Opens a page and waits until its list is complete: the sentences that link the areas' pages are gone then. */
  async function openComplete(path: string): Promise<Page> {
    const page = await openPage(context, path, { base: server.url });
    await page.locator('structure-directory[data-filled]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-more]').count()).toBe(0);
    return page;
  }
  const listed = (page: Page, which: string) =>
    page
      .locator(`[data-structure-list] [data-structure]${which}`)
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['structure']!));
  const idsIn = (area?: string) =>
    structures
      .filter((structure) => area === undefined || structure.bassin === area)
      .map((structure) => structure.id)
      .sort();

  it.each(['carte/', 'embed/carte/', 'structures/'])(
    'sur /%s, la liste montre chaque structure une fois, par ordre alphabétique dans chaque bassin',
    async (path) => {
      const page = await openComplete(path);
      expect((await listed(page, '')).sort()).toEqual(idsIn());
      expect(await listed(page, ':not([hidden])')).toHaveLength(structures.length);
      for (const area of ['blois', 'vendome']) {
        const names = await page
          .locator(`[data-area-group="${area}"] [data-structure]`)
          .getByRole('heading')
          .getByRole('link')
          .evaluateAll((links) => links.map((link) => link.textContent));
        expect(names).toHaveLength(idsIn(area).length);
        expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
      }
      await page.close();
    },
  );

  /** Each structure's item as the server writes it (its inside), from its area's pages of the directory. */
  let writtenItems: Map<string, string> | undefined;
  function serverItems(): Map<string, string> {
    if (writtenItems) return writtenItems;
    const items = (writtenItems = new Map<string, string>());
    for (const area of new Set(structures.map((structure) => structure.bassin))) {
      for (const page of walk(`structures/bassin/${area}`)) {
        for (const [, id, inside] of page.matchAll(/<li [^>]*data-structure="([a-z0-9-]+)"[^>]*>(.*?)<\/li>/g)) {
          items.set(id!, decodeEntities(inside!));
        }
      }
    }
    return items;
  }

  // Two writers of one item: StructureList.astro on the server, structureListItems.ts in the browser.
  it.each([
    ['structures/', 'h3', ''],
    ['carte/', 'h4', ''],
    ['embed/carte/', 'h3', ' target="_top"'],
  ])(
    'sur /%s, une structure ajoutée par le navigateur s’écrit comme le serveur l’écrit (titre %s)',
    async (path, heading, target) => {
      const page = await openComplete(path);
      // Items the browser added carry only their identifier, not the map's attributes of the server's items.
      const added = await page
        .locator('[data-structure-list] [data-structure]:not([data-name])')
        .evaluateAll((items) => items.map((item) => [(item as HTMLElement).dataset['structure']!, item.innerHTML]));
      expect(added.length).toBeGreaterThan(0);
      // Among them, structures whose network's national site the item links (NetworkSiteLink, site.networkSites).
      expect(added.filter(([, inside]) => inside!.includes('<p class="network-site"')).length).toBeGreaterThan(0);
      const written = serverItems();
      for (const [id, inside] of added) {
        const expected = written
          .get(id!)
          ?.replace(/<(\/?)h3>/g, `<$1${heading}>`)
          .replace(/<a href="([^"]+)">/g, `<a href="$1"${target}>`);
        expect(decodeEntities(inside!), id).toBe(expected);
      }
      await page.close();
    },
  );

  it.each(['carte/', 'embed/carte/', 'structures/'])(
    'sur /%s?bassin=vendome, les structures ajoutées après coup suivent le filtre, et la carte aussi',
    async (path) => {
      const page = await openComplete(`${path}?bassin=vendome`);
      const vendome = idsIn('vendome');
      expect(vendome.length).toBeGreaterThan(SIZE);
      expect((await listed(page, ':not([hidden])')).sort()).toEqual(vendome);
      expect((await listed(page, '[hidden]')).length).toBe(structures.length - vendome.length);
      expect(await page.locator('[data-area-group="blois"]').isHidden()).toBe(true);
      expect(await page.locator('[data-area-group="vendome"] [data-count]').textContent()).toBe(`(${vendome.length})`);
      if (path !== 'structures/') {
        await page.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
        expect(await page.locator('structure-map').getAttribute('data-markers')).toBe(String(vendome.length));
      }
      await page.close();
    },
  );

  it.each(['carte/', 'structures/'])(
    'sur /%s, le lien vers les pages du bassin qui avait le focus disparu, le focus passe à la première structure ajoutée',
    async (path) => {
      const page = await context.newPage();
      // The data file waits until the reader is on the link, as on a slow connection.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/carte/structures.json', async (route) => {
        await held;
        await route.continue();
      });
      await openPage(page, path, { base: server.url });
      const more = page.locator('[data-area-group="blois"] [data-more] a');
      await more.focus();
      expect(await more.evaluate((link) => link === document.activeElement)).toBe(true);
      release();
      await page.locator('structure-directory[data-filled]').waitFor({ state: 'attached' });
      expect(await page.locator('[data-more]').count()).toBe(0);
      const firstAdded = page
        .locator('[data-area-group="blois"] [data-structure]')
        .nth(SIZE)
        .getByRole('heading')
        .getByRole('link');
      expect(await firstAdded.evaluate((link) => link === document.activeElement)).toBe(true);
      await page.close();
    },
  );
});
