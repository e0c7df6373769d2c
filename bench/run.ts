/**
 * Performance benchmark of the site at several content scales, against a bare Astro build of the
 * same content in the same run. Prints a table and writes bench/results.md and bench/results.json.
 *
 * Usage: npm run bench [-- --scales real,10,100] [-- --check] [-- --no-browser]
 *   --scales      content scales: "real" (the content/ folder) or a factor multiplying it (default real,10,100,300)
 *   --check       exit 1 when a budget or target of bench/budgets.json is missed
 *   --runs        builds per scale and project, the projects taking turns; keeps the least wall and CPU time (default 1)
 *                 and every run's CPU time
 *   --no-browser  skip the Chromium timings (map, search)
 * Exit code: 0 done (and within budgets with --check), 1 budget or target missed, 2 the bench itself failed (a
 * same-pages floor whose output differs from the site's included).
 */
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pageShell, writeBareProject } from './lib/bareProject.ts';
import { leastCpuRatio, medianPairedRatio, summarizeRuns, type RunFigures } from './lib/buildStats.ts';
import { measureInBrowser } from './lib/browserTimings.ts';
import {
  formatBudgetProblem,
  htmlBudgetProblem,
  loadBudgets,
  pageBudgetProblems,
  scriptsToWeighApart,
} from './lib/budgets.ts';
import { generateContent } from './lib/generateContent.ts';
import { PAGE_TYPES, pageOfType } from './lib/pageTypes.ts';
import { folderSize, SiteWeigher, weigh } from './lib/pageWeight.ts';
import { timePagefind } from './lib/pagefindTime.ts';
import { runBuild } from './lib/runBuild.ts';
import { firstOutputDifference, prepareSamePages, writeSamePagesProject } from './lib/samePagesProject.ts';
import {
  buildGrowth,
  formatResults,
  handWrittenPart,
  type BenchResults,
  type ScaleResult,
} from './lib/formatResults.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const tmp = join(repoRoot, 'bench', 'tmp');

const { values } = parseArgs({
  options: {
    scales: { type: 'string', default: 'real,10,100,300' },
    check: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    'no-browser': { type: 'boolean', default: false },
  },
});
const scales = values.scales.split(',').map((scale) => {
  const factor = scale.trim() === 'real' ? 1 : Number(scale);
  if (!Number.isInteger(factor) || factor < 1) {
    console.error(`Unknown scale « ${scale} »: use "real" or an integer factor (10, 100…).`);
    process.exit(2);
  }
  return factor;
});

const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be an integer ≥ 1, got « ${values.runs} ».`);
  process.exit(2);
}

const log = (message: string) => console.error(`[bench] ${message}`);

/**
 * Builds one project from empty caches, as CI and a fresh clone do (a second build with the cache of the first
 * would skip validating and rendering the unchanged entries), and logs what it measured, so that an interrupted
 * run still leaves every build's figures. Besides Astro's cache, Node's compile cache starts empty: Astro's CLI
 * keeps it in the system's temporary folder, where it outlives builds, and a fresh clone or a CI runner has none.
 */
async function timedBuild(name: string, root: string, env: Record<string, string>, dir: string): Promise<RunFigures> {
  if (env['ASTRO_CACHE_DIR']) rmSync(env['ASTRO_CACHE_DIR'], { recursive: true, force: true });
  const compileCache = join(dir, 'node-compile-cache');
  rmSync(compileCache, { recursive: true, force: true });
  const measure = await runBuild(root, { ...env, NODE_COMPILE_CACHE: compileCache }, dir);
  const { phases: split } = measure;
  const phases = split
    ? ` (setup ${split.setup.toFixed(2)}, bundling ${split.bundling.toFixed(2)}, pages ${split.pages.toFixed(2)}, after ${split.afterPages.toFixed(2)})`
    : '';
  log(
    `${name}: ${measure.seconds.toFixed(1)} s, ${measure.cpuSeconds?.toFixed(2) ?? '—'} s CPU${phases}, ${Math.round(measure.peakMemoryMb ?? 0)} MB, load ${loadavg()[0]!.toFixed(1)}`,
  );
  return measure;
}

const bareRoot = join(tmp, 'bare-project');
const bareShellRoot = join(tmp, 'bare-shell-project');
const samePagesRoot = join(tmp, 'same-pages-project');

/**
 * What the bare floors build from the site's output `outDir`: the site's page paths (`site-pages.json`, the same
 * page count) and its page shell taken from one structure page (`site-shell.json`), both written into `dir`.
 */
function floorInputs(outDir: string, dir: string) {
  const weigher = new SiteWeigher(outDir, '/', scriptsToWeighApart(budgets));
  const pages = weigher.pages();
  const pagesFile = join(dir, 'site-pages.json');
  writeFileSync(pagesFile, JSON.stringify(pages));
  const shellSource =
    pageOfType(
      PAGE_TYPES.find((type) => type.name === 'structure')!,
      pages,
    ) ?? '/';
  const shellFile = join(dir, 'site-shell.json');
  writeFileSync(shellFile, JSON.stringify(pageShell(weigher.htmlOf(shellSource))));
  return { weigher, pages, pagesFile, shellSource, shellFile };
}

/**
 * One untimed build of each project first, with the same settings as its timed builds (the site without its
 * search index): the first build after a while pays for cold disk caches. The floors need the site's output, so
 * they are warmed after the site.
 */
async function warmUp() {
  const dir = join(tmp, 'warm-up');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log('warming up (one untimed build of each project)…');
  const env = (name: string) => ({
    CONTENT_DIR: join(repoRoot, 'content'),
    OUT_DIR: join(dir, name),
    ASTRO_CACHE_DIR: join(dir, `${name}-cache`),
  });
  const siteOut = join(dir, 'site');
  await runBuild(repoRoot, { ...env('site'), SEARCH_INDEX: 'off' }, dir);
  const { pagesFile, shellFile } = floorInputs(siteOut, dir);
  await runBuild(bareRoot, { ...env('bare'), BARE_PAGES_FILE: pagesFile }, dir);
  await runBuild(bareShellRoot, { ...env('bare-shell'), BARE_PAGES_FILE: pagesFile, BARE_SHELL_FILE: shellFile }, dir);
  const samePagesDir = join(dir, 'same-pages');
  prepareSamePages(siteOut, samePagesDir);
  await runBuild(samePagesRoot, { ...env('same-pages-out'), SAME_PAGES_DIR: samePagesDir }, dir);
}

const budgets = loadBudgets();

async function benchScale(factor: number): Promise<ScaleResult> {
  const label = factor === 1 ? 'real' : `×${factor}`;
  const dir = join(tmp, factor === 1 ? 'real' : `x${factor}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const contentDir = join(dir, 'content');
  const content = generateContent(join(repoRoot, 'content'), contentDir, factor);
  log(`${label}: content ${JSON.stringify(content)}`);

  const outDir = join(dir, 'dist');
  const loadAverageStart = loadavg();
  const siteEnv = {
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: join(dir, 'cache'),
    SEARCH_INDEX: 'off',
  };
  log(`${label}: building the site (without its search index)…`);
  const siteRuns: RunFigures[] = [await timedBuild(`${label} site`, repoRoot, siteEnv, dir)];
  // The bare project renders a page at each of the site's paths: the same page count (see bareProject.ts); the
  // second floor, the same bare pages inside the site's own page shell, written as static text (bareProject.ts).
  const { weigher, pages, pagesFile, shellSource, shellFile } = floorInputs(outDir, dir);
  const bareOut = join(dir, 'bare-dist');
  const bareEnv = {
    CONTENT_DIR: contentDir,
    OUT_DIR: bareOut,
    ASTRO_CACHE_DIR: join(dir, 'bare-cache'),
    BARE_PAGES_FILE: pagesFile,
  };
  const bareShellOut = join(dir, 'bare-shell-dist');
  const bareShellEnv = {
    ...bareEnv,
    OUT_DIR: bareShellOut,
    ASTRO_CACHE_DIR: join(dir, 'bare-shell-cache'),
    BARE_SHELL_FILE: shellFile,
  };
  // The third floor: the site's own built pages and files, written again by a bare project (samePagesProject.ts).
  const samePagesDir = join(dir, 'same-pages');
  const samePagesOut = join(dir, 'same-pages-dist');
  prepareSamePages(outDir, samePagesDir);
  const samePagesEnv = {
    OUT_DIR: samePagesOut,
    ASTRO_CACHE_DIR: join(dir, 'same-pages-cache'),
    SAME_PAGES_DIR: samePagesDir,
  };

  // With --runs N the projects take turns, so that each meets about the same load from the neighbours.
  const bareRuns: RunFigures[] = [];
  const bareShellRuns: RunFigures[] = [];
  const samePagesRuns: RunFigures[] = [];
  for (let run = 0; run < runs; run++) {
    if (run > 0) {
      log(`${label}: building the site again (run ${run + 1} of ${runs})…`);
      siteRuns.push(await timedBuild(`${label} site`, repoRoot, siteEnv, dir));
    }
    log(`${label}: building the bare Astro floor…`);
    bareRuns.push(await timedBuild(`${label} bare`, bareRoot, bareEnv, dir));
    log(`${label}: building the bare Astro floor inside the site's page shell…`);
    bareShellRuns.push(await timedBuild(`${label} bare + shell`, bareShellRoot, bareShellEnv, dir));
    log(`${label}: building the floor that writes the site's own pages…`);
    samePagesRuns.push(await timedBuild(`${label} same pages`, samePagesRoot, samePagesEnv, dir));
  }
  const site = summarizeRuns(siteRuns);
  const bare = summarizeRuns(bareRuns);
  const bareShell = summarizeRuns(bareShellRuns);
  const samePages = summarizeRuns(samePagesRuns);
  // The search index is not part of the comparison: the site's output is weighed before Pagefind writes it.
  const siteOutput = folderSize(outDir);
  // The floor's ratio means « our work over Astro's writing of this very output » only if the output is the same.
  const difference = firstOutputDifference(outDir, samePagesOut);
  if (difference) {
    log(
      `${label}: the same-pages floor did not write the site's output, so its ratio would mean nothing: first ` +
        `difference ${difference.path} (${difference.reason}; site ${outDir}, floor ${samePagesOut})`,
    );
    process.exit(2);
  }

  // The search index is written apart, by the build's own indexing fed the pages alone (writeSearchIndex), so that
  // the Astro build (compared with the floors, which have no search) and Pagefind are each timed alone. The build
  // reads its pages once for both the sigle check and the index: the sum counts that reading twice.
  log(`${label}: indexing the site with Pagefind…`);
  const pagefindSeconds = await timePagefind(outDir);
  const searchIndex = folderSize(join(outDir, 'pagefind'));
  log(
    `${label}: ${pages.length} pages in ${site.seconds.toFixed(1)} s (${site.cpuSeconds?.toFixed(1)} s CPU), Pagefind ${pagefindSeconds.toFixed(1)} s`,
  );
  const loadAverageEnd = loadavg();

  const htmlWeights = weigher.htmlWeights();
  const pageTypes = PAGE_TYPES.map((type) => {
    const path = pageOfType(type, pages);
    return { name: type.name, ...(path ? weigher.page(path) : { path: null }) };
  });

  let browser = null;
  if (!values['no-browser']) {
    log(`${label}: timing the map and the search in Chromium…`);
    browser = await measureInBrowser(
      outDir,
      { map: weigher.has('/carte/'), embed: weigher.has('/embed/carte/'), search: weigher.has('/recherche/') },
      content['structures'] ?? 0,
    );
  }
  return {
    scale: label,
    factor,
    content,
    loadAverage: { start: loadAverageStart, end: loadAverageEnd },
    site: {
      pages: pages.length,
      seconds: site.seconds + pagefindSeconds,
      msPerPage: (site.seconds * 1000) / pages.length,
      peakMemoryMb: site.peakMemoryMb,
      cpuSeconds: site.cpuSeconds,
      cpuRuns: site.cpuRuns,
      phases: site.phases,
      output: siteOutput,
      pagefindSeconds,
      astroSeconds: site.seconds,
      searchIndex,
    },
    bare: { ...bare, pages: new SiteWeigher(bareOut).pages().length, output: folderSize(bareOut) },
    bareShell: {
      ...bareShell,
      pages: new SiteWeigher(bareShellOut).pages().length,
      output: folderSize(bareShellOut),
      shellSource,
    },
    samePages: {
      ...samePages,
      // Checked above, file by file: the floor's output is the site's, so are its pages and size.
      pages: pages.length,
      output: siteOutput,
      identical: true,
    },
    ratioToBareShell: leastCpuRatio(site, bareShell),
    ratioToSamePages: leastCpuRatio(site, samePages),
    // CPU time when both builds have it: wall-clock time on a shared machine measures the neighbours too.
    ratioToBare: leastCpuRatio(site, bare) ?? site.seconds / bare.seconds,
    medianPairedRatios: {
      bare: medianPairedRatio(site, bare),
      bareShell: medianPairedRatio(site, bareShell),
      samePages: medianPairedRatio(site, samePages),
    },
    ratioToBareWall: site.seconds / bare.seconds,
    totalRatioToBare: (site.seconds + pagefindSeconds) / bare.seconds,
    pageTypes,
    heaviestPages: htmlWeights.slice(0, 5),
    dataFiles: ['/carte/structures.json', ...budgets.bytes.dataScripts]
      .filter((path) => existsSync(join(outDir, path)))
      .map((path) => ({ path, weight: weigh(readFileSync(join(outDir, path))) })),
    htmlOverBudget: htmlWeights.filter((page) => htmlBudgetProblem(page, budgets, factor) !== undefined),
    browser,
  };
}

/** Every budget or target the results miss, one line each. */
function problemsOf(results: BenchResults): string[] {
  const problems: string[] = [];
  for (const [index, result] of results.scales.entries()) {
    for (const type of result.pageTypes) {
      if ('html' in type) {
        // Recorded results from before the search was weighed apart have no searchJs (it was in lazyJs).
        const weight = { searchJs: { raw: 0, gzip: 0 }, ...type };
        problems.push(
          ...pageBudgetProblems(weight, budgets).map((problem) => `${result.scale}: ${formatBudgetProblem(problem)}`),
        );
      }
    }
    for (const page of result.htmlOverBudget ?? []) {
      problems.push(`${result.scale}: ${htmlBudgetProblem(page, budgets, result.factor)}`);
    }
    if (result.ratioToBare > budgets.scale.bareRatioMax) {
      problems.push(
        `${result.scale}: Astro build (CPU time, search index apart) ${result.ratioToBare.toFixed(2)}× the bare Astro build > ${budgets.scale.bareRatioMax}×`,
      );
    }
    const peak = result.site.peakMemoryMb;
    if (peak !== null && peak > budgets.scale.peakMemoryMbMax) {
      problems.push(`${result.scale}: build peak memory ${Math.round(peak)} MB > ${budgets.scale.peakMemoryMbMax} MB`);
    }
    const previous = results.scales[index - 1];
    if (previous && result.factor / previous.factor === 10) {
      const ratio = buildGrowth(result, previous);
      if (ratio > budgets.scale.tenfoldTimeRatioMax) {
        problems.push(
          `${result.scale}: build time ×${ratio.toFixed(2)} for ×10 content > ×${budgets.scale.tenfoldTimeRatioMax}`,
        );
      }
    }
    const structures = result.content['structures'] ?? 0;
    if (result.browser && structures >= budgets.scale.mapStructuresMin) {
      for (const [name, ms] of [
        ['map', result.browser.mapInteractiveMs],
        ['embedded map', result.browser.embedInteractiveMs ?? null],
      ] as const) {
        if (ms !== null && ms <= budgets.scale.mapInteractiveMsMax) continue;
        problems.push(
          ms === null
            ? `${result.scale}: ${name} with ${structures} structures not measured (${result.browser.notes.join('; ') || 'markers never all shown'})`
            : `${result.scale}: ${name} with ${structures} structures interactive in ${Math.round(ms)} ms > ${budgets.scale.mapInteractiveMsMax} ms`,
        );
      }
    }
  }
  return problems;
}

async function main() {
  mkdirSync(tmp, { recursive: true });
  writeBareProject(bareRoot);
  writeBareProject(bareShellRoot, { shell: true });
  writeSamePagesProject(samePagesRoot);
  await warmUp();
  const startLoad = loadavg();
  const started = new Date();
  const scaleResults: ScaleResult[] = [];
  for (const factor of scales) scaleResults.push(await benchScale(factor));
  const results: BenchResults = {
    date: started.toISOString(),
    machine: {
      cpus: cpus().length,
      node: process.version,
      loadAverageStart: startLoad,
      loadAverageEnd: loadavg(),
    },
    scales: scaleResults,
    bareRatioMax: budgets.scale.bareRatioMax,
  };
  const problems = problemsOf(results);
  results.problems = problems;
  const markdown = formatResults(results);
  const resultsFile = join(repoRoot, 'bench', 'results.md');
  // The sections written by hand (analyses, before and after) follow the generated ones and outlive a new run.
  const handWritten = existsSync(resultsFile) ? handWrittenPart(readFileSync(resultsFile, 'utf8')) : '';
  writeFileSync(join(repoRoot, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(resultsFile, handWritten ? `${markdown}\n${handWritten}` : markdown);
  console.log(markdown);
  if (values.check && problems.length > 0) {
    console.error(`[bench] ${problems.length} budget(s) or target(s) missed.`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
