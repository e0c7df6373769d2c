import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatBudgetProblem,
  htmlBudgetProblem,
  jsRuleFor,
  loadBudgets,
  matchesPattern,
  pageBudgetProblems,
  rulesWithoutPages,
  type Budgets,
} from '../../bench/lib/budgets.ts';
import { pageOfType, PAGE_TYPES } from '../../bench/lib/pageTypes.ts';
import { filesUnder, folderSize, importsOf, SiteWeigher, weigh } from '../../bench/lib/pageWeight.ts';

describe('importsOf', () => {
  it.each([
    ['import{a as b}from"./shared.js";', ['./shared.js'], []],
    ['import "./side-effect.js"', ['./side-effect.js'], []],
    ['import*as L from"../x.js";export{c}from"./c.js"', ['../x.js', './c.js'], []],
    ['const m=()=>import("./lazy.js")', [], ['./lazy.js']],
    ['m.f||(m.f=["_astro/leaflet.js","_astro/leaflet.css"])', [], ['/_astro/leaflet.js', '/_astro/leaflet.css']],
    ['import("/aioa41/_astro/map.js")', [], ['/aioa41/_astro/map.js', '/_astro/map.js']],
    ['import(url);import{x}from"leaflet"', [], []],
  ])('%s', (code, staticImports, dynamicImports) => {
    const found = importsOf(code);
    expect(found.staticImports).toEqual(staticImports);
    expect(found.dynamicImports).toEqual(dynamicImports);
  });
});

describe('SiteWeigher', () => {
  const files: Record<string, string> = {
    'index.html':
      '<html><head><style>a{color:red}</style><link rel="stylesheet" href="/_astro/site.css">' +
      '<script type="module" src="/_astro/launcher.js"></script></head><body>' +
      '<script type="application/ld+json">{"not":"code"}</script><script>let x=1</script></body></html>',
    'carte/index.html':
      '<link rel=stylesheet href="../_astro/site.css"><script type="module" src="../_astro/map.js"></script>',
    'nu/index.html': '<p>Sans style ni script</p>',
    '404.html': '<p>Introuvable</p>',
    '_astro/site.css': 'body{margin:0}',
    '_astro/launcher.js': 'import{a}from"./shared.js";const s=()=>import("/pagefind/pagefind.js");',
    // The header's search launcher: what it imports on use is the site's search, weighed apart on every page.
    'recherche/index.html':
      '<script type="module" src="/_astro/SearchLauncher.astro_type_script.js"></script>' +
      '<script type="module" src="/_astro/map.js"></script>',
    '_astro/SearchLauncher.astro_type_script.js':
      'const d=(m.f||(m.f=["_astro/searchDialog.js","_astro/leaflet.js"]));const o=()=>import("./searchDialog.js")',
    '_astro/searchDialog.js': 'import"./siteSearch.js";export const open=1',
    '_astro/siteSearch.js': 'export const search="site";',
    '_astro/shared.js': 'export const a=1;',
    '_astro/map.js':
      'import{a}from"./shared.js";const d=(m.f||(m.f=["_astro/leaflet.js","_astro/leaflet.css"]));const l=()=>import("./leaflet.js")',
    '_astro/leaflet.js': 'import"./leaflet-dep.js";export default 1',
    '_astro/leaflet-dep.js': 'export const dep=2',
    '_astro/leaflet.css': '.leaflet{}',
    'pagefind/pagefind.js': 'export const pagefind="big";'.repeat(100),
  };
  const size = (...names: string[]) => names.reduce((total, name) => total + Buffer.byteLength(files[name] ?? name), 0);
  let dir: string;
  let site: SiteWeigher;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'aioa41-weight-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    site = new SiteWeigher(dir, '/', { searchLaunchers: ['SearchLauncher'] });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every page by its URL path, without Pagefind’s files', () => {
    expect(site.pages()).toEqual(['/', '/404.html', '/carte/', '/nu/', '/recherche/']);
  });

  it('walks the whole folder once for the pages, the file list and the folder’s size', () => {
    expect(filesUnder(dir)).toEqual(Object.keys(files).sort());
    expect(folderSize(dir)).toEqual({ bytes: size(...Object.keys(files)), files: Object.keys(files).length });
    expect(filesUnder(join(dir, 'absent'))).toEqual([]);
    expect(folderSize(join(dir, 'absent'))).toEqual({ bytes: 0, files: 0 });
  });

  it.each([
    // path, CSS, JS at load, JS later: literal text counts for inline code, file names for files.
    ['/', ['a{color:red}', '_astro/site.css'], ['let x=1', '_astro/launcher.js', '_astro/shared.js'], []],
    [
      '/carte/',
      ['_astro/site.css', '_astro/leaflet.css'],
      ['_astro/map.js', '_astro/shared.js'],
      ['_astro/leaflet.js', '_astro/leaflet-dep.js'],
    ],
    ['/nu/', [], [], []],
  ])('weighs %s: CSS, JS at load and JS imported later, never Pagefind', (path, css, js, lazyJs) => {
    const weight = site.page(path);
    expect(weight.css.raw).toBe(size(...css));
    expect(weight.js.raw).toBe(size(...js));
    expect(weight.lazyJs.raw).toBe(size(...lazyJs));
    expect(weight.searchJs.raw).toBe(0);
    expect(weight.css.gzip > 0).toBe(css.length > 0);
  });

  it('weighs what the search launcher imports apart from the page’s own scripts, once', () => {
    const weight = site.page('/recherche/');
    expect(weight.js.raw).toBe(size('_astro/SearchLauncher.astro_type_script.js', '_astro/map.js', '_astro/shared.js'));
    // Leaflet, which the launcher also lists, loads for the map anyway: it counts with the page's own scripts.
    expect(weight.lazyJs.raw).toBe(size('_astro/leaflet.js', '_astro/leaflet-dep.js'));
    expect(weight.searchJs.raw).toBe(size('_astro/searchDialog.js', '_astro/siteSearch.js'));
    const unnamed = new SiteWeigher(dir).page('/recherche/');
    expect([unnamed.lazyJs.raw, unnamed.searchJs.raw]).toEqual([
      size('_astro/leaflet.js', '_astro/leaflet-dep.js', '_astro/searchDialog.js', '_astro/siteSearch.js'),
      0,
    ]);
  });

  it('gzips each file on its own', () => {
    expect(site.page('/nu/').html).toEqual(weigh(files['nu/index.html']!));
    expect(weigh('a'.repeat(10_000)).gzip).toBeLessThan(100);
  });

  it('follows a site served under a sub-path', () => {
    const based = mkdtempSync(join(tmpdir(), 'aioa41-weight-base-'));
    mkdirSync(join(based, '_astro'));
    writeFileSync(join(based, 'index.html'), '<script type="module" src="/aioa41/_astro/a.js"></script>');
    const a = 'const l=()=>import("./b.js")';
    const b = 'export const b=1';
    writeFileSync(join(based, '_astro/a.js'), a);
    writeFileSync(join(based, '_astro/b.js'), b);
    const weight = new SiteWeigher(based, '/aioa41/').page('/');
    rmSync(based, { recursive: true, force: true });
    expect([weight.js.raw, weight.lazyJs.raw]).toEqual([a.length, b.length]);
  });

  it('weighs a script of data (dataScripts) as the page’s data, not as its JavaScript', () => {
    const embed = mkdtempSync(join(tmpdir(), 'aioa41-weight-data-'));
    mkdirSync(join(embed, 'embed'));
    const html =
      '<script defer src="/aioa41/embed/structures.js"></script><script defer src="/aioa41/embed/carte.js"></script>';
    const data = 'self.DATA={"structures":[1,2,3]};';
    const code = 'document.title="carte"';
    writeFileSync(join(embed, 'index.html'), html);
    writeFileSync(join(embed, 'embed/structures.js'), data);
    writeFileSync(join(embed, 'embed/carte.js'), code);
    const weighed = new SiteWeigher(embed, '/aioa41/', { data: ['/embed/structures.js'] }).page('/');
    const unlisted = new SiteWeigher(embed, '/aioa41/').page('/');
    rmSync(embed, { recursive: true, force: true });
    expect([weighed.js.raw, weighed.data.raw]).toEqual([code.length, data.length]);
    expect([unlisted.js.raw, unlisted.data.raw]).toEqual([code.length + data.length, 0]);
  });
});

describe('budgets', () => {
  const budgets: Budgets = loadBudgets();
  const page = (path: string, cssGzip: number, jsGzip: number, lazyJsGzip = 0, searchJsGzip = 0) => ({
    path,
    html: { raw: 0, gzip: 0 },
    css: { raw: 0, gzip: cssGzip },
    js: { raw: 0, gzip: jsGzip },
    lazyJs: { raw: 0, gzip: lazyJsGzip },
    searchJs: { raw: 0, gzip: searchJsGzip },
    data: { raw: 0, gzip: 0 },
  });

  it.each([
    ['/carte/', '/carte/**', true],
    ['/carte/integrer/', '/carte/**', true],
    ['/cartes/', '/carte/**', false],
    ['/recherche/', '/recherche/', true],
    ['/recherche/aide/', '/recherche/', false],
    ['/diagnostic/blois/emploi-jeune/', '/diagnostic/*/*/', true],
    ['/diagnostic/', '/diagnostic/*/*/', false],
    ['/diagnostic/professionnels/', '/diagnostic/*/*/', false],
    ['/diagnostic/blois/emploi-jeune/autre/', '/diagnostic/*/*/', false],
  ])('%s matches %s: %s', (path, pattern, expected) => {
    expect(matchesPattern(path, pattern)).toBe(expected);
  });

  // The island fetches a result's page for the person's area: at ×100 it must stay within 15 KB gz.
  it.each([
    [
      '/diagnostic/vendome/apprentissage-eleve/',
      16_000,
      100,
      /HTML 16\.0 KB gz > 15\.0 KB \(budget « résultat de l’autodiagnostic »\)/,
    ],
    ['/diagnostic/vendome/apprentissage-eleve/', 14_000, 100, undefined],
    ['/diagnostic/vendome/apprentissage-eleve/', 16_000, 10, undefined],
    ['/diagnostic/', 20_000, 100, undefined],
    ['/diagnostic/professionnels/', 40_000, 100, undefined],
    ['/diagnostic/professionnels/', 61_000, 100, /> 60\.0 KB$/],
  ])('HTML budget at scale: %s, %i B gz at ×%i → %s', (path, gzip, factor, expected) => {
    const problem = htmlBudgetProblem({ path, html: { gzip } }, budgets, factor);
    if (expected) expect(problem).toMatch(expected);
    else expect(problem).toBeUndefined();
  });

  it.each([
    ['/', 'lecture'],
    ['/points-etape/2009-elargissement/', 'lecture'],
    ['/carte/', 'carte'],
    ['/embed/carte/', 'carte'],
    ['/diagnostic/', 'autodiagnostic'],
    ['/diagnostic/situation/', 'autodiagnostic'],
    ['/recherche/', 'recherche'],
    ['/structures/', 'annuaire filtrable'],
    ['/structures/bij-41/', 'lecture'],
  ])('the JS budget of %s is « %s »', (path, name) => {
    expect(jsRuleFor(path, budgets)?.name).toBe(name);
  });

  it.each([
    [page('/', 1_700, 1_900), []],
    [page('/', 15_001, 0), ['/: CSS 15.0 KB gz > 15.0 KB']],
    // A reading page counts what runs at load: the search dialog it imports on use does not.
    [page('/points-etape/x/', 0, 1_500, 9_000), []],
    [page('/points-etape/x/', 0, 2_500), [expect.stringMatching(/^\/points-etape\/x\/: JS 2\.5 KB gz au chargement/)]],
    [page('/carte/', 3_000, 5_000, 50_000), []],
    [page('/carte/', 3_000, 5_000, 52_500), [expect.stringMatching(/^\/carte\/: JS 57\.5 KB gz/)]],
    [page('/diagnostic/', 0, 12_001), [expect.stringMatching(/« autodiagnostic »/)]],
    [page('/diagnostic/', 0, 2_000, 10_001), [expect.stringMatching(/« autodiagnostic »/)]],
    [page('/recherche/', 0, 90_000), []],
    // The header's search has its own budget on every page, and no page's rule counts it.
    [page('/carte/', 3_000, 5_000, 52_000, 5_900), []],
    [
      page('/carte/', 0, 5_000, 50_000, 6_001),
      [
        expect.stringMatching(
          /^\/carte\/: JS 6\.0 KB gz importés à l’ouverture de la recherche > 6\.0 KB \(budget « recherche du bandeau »\)$/,
        ),
      ],
    ],
    [page('/', 0, 1_000, 0, 6_001), [expect.stringMatching(/« recherche du bandeau »/)]],
  ])('%o breaks %o', (weight, problems) => {
    expect(pageBudgetProblems(weight, budgets).map(formatBudgetProblem)).toEqual(problems);
  });

  it('reports each problem with its page, its kind and the rule it breaks', () => {
    expect(pageBudgetProblems(page('/carte/', 0, 5_000, 52_500), budgets)).toEqual([
      expect.objectContaining({ page: '/carte/', kind: 'js', rule: 'carte', bytes: 57_500, max: 57_200 }),
    ]);
  });

  it('names the rules that apply to no page: renamed pages, or a rule an earlier one hides', () => {
    const rules: Budgets = {
      ...budgets,
      bytes: {
        ...budgets.bytes,
        cssGzipPerPage: 15_000,
        js: [
          { name: 'carte', pages: ['/carte/**'], counts: 'all', maxJsGzip: 60_000 },
          { name: 'ancienne carte', pages: ['/carte/'], counts: 'all', maxJsGzip: 1 },
          { name: 'lecture', pages: ['/**'], counts: 'load', maxJsGzip: 2_000 },
        ],
      },
    };
    expect(rulesWithoutPages(['/', '/carte/'], rules)).toEqual(['ancienne carte']);
    expect(rulesWithoutPages(['/', '/plan/'], rules)).toEqual(['carte', 'ancienne carte']);
  });
});

describe('pageOfType', () => {
  const pages = ['/', '/stages/', '/stages/imprimer/', '/stages/pmsmp-x1/', '/stages/pmsmp/', '/points-etape/2/'];
  it.each([
    ['home', '/'],
    ['internship', '/stages/pmsmp/'],
    ['report', undefined],
    ['map', undefined],
  ])('%s → %s', (name, expected) => {
    expect(
      pageOfType(
        PAGE_TYPES.find((type) => type.name === name)!,
        pages,
      ),
    ).toBe(expected);
  });
});
