/**
 * Usage: node scripts/measure-search.ts [dist] [runs]   (after `npm run build`; node = node_modules/.bin/node)
 *
 * Prints the size of the Pagefind index in `dist/pagefind/` (bytes, files), what a first search downloads,
 * and, in headless Chromium, the time from typing a word (one input event, as a paste) to the first result on screen:
 * in the header's
 * dialog on a report page (cold: nothing of the search loaded before), then a second query in the same dialog
 * (warm), and on /recherche/. Exit code 0 when every run found results, 1 otherwise, 2 on bad usage.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, offlineContext } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/staticServer.ts';

const [distDir = 'dist', runsArgument = '7'] = process.argv.slice(2);
const runs = Number(runsArgument);
if (!Number.isInteger(runs) || runs < 1) {
  console.error('Usage: node scripts/measure-search.ts [dist] [runs]');
  process.exit(2);
}

/** Every file under a folder, with its size. */
async function filesOf(dir: string): Promise<{ path: string; bytes: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(files.map(async (path) => ({ path, bytes: (await stat(path)).size })));
}

/** Watches, inside the page, the first input event and the first result link that appears after it. */
function watchResults() {
  const state = { typed: null as number | null, shown: null as number | null };
  Object.assign(window, { searchTiming: state });
  document.addEventListener(
    'input',
    () => {
      if (state.typed !== null) return;
      state.typed = performance.now();
      const tick = () => {
        const link = [...document.querySelectorAll('ol.site-search__results a')].find(
          (element) => (element as HTMLElement).offsetParent !== null,
        );
        if (link) state.shown = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    true,
  );
}

/** Enters `query` into the focused field and returns the milliseconds until the first result shows. */
async function typeAndTime(page: Page, query: string): Promise<number> {
  await page.evaluate(watchResults);
  await page.keyboard.insertText(query);
  await page.waitForFunction(
    () => (window as unknown as { searchTiming: { shown: number | null } }).searchTiming.shown,
    null,
    {
      timeout: 30_000,
      polling: 'raf',
    },
  );
  const { typed, shown } = await page.evaluate(
    () => (window as unknown as { searchTiming: { typed: number; shown: number } }).searchTiming,
  );
  return shown - typed;
}

async function measure(browser: Browser, siteUrl: string) {
  const timings = { dialogCold: [] as number[], dialogWarm: [] as number[], searchPage: [] as number[] };
  let firstSearchBytes = 0;
  for (let run = 0; run < runs; run++) {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    let bytes = 0;
    page.on('response', (response) => {
      if (response.url().includes('/pagefind/'))
        void response.body().then(
          (body) => (bytes += body.byteLength),
          () => undefined,
        );
    });
    await page.goto(new URL('points-etape/2009-elargissement/', siteUrl).href);
    await page.getByRole('banner').getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('dialog').getByRole('searchbox').waitFor();
    timings.dialogCold.push(await typeAndTime(page, 'apprentissage'));
    firstSearchBytes = bytes;
    await page.getByRole('dialog').getByRole('searchbox').fill('');
    await page
      .getByRole('dialog')
      .getByRole('list', { name: 'Résultats de la recherche' })
      .waitFor({ state: 'hidden' });
    timings.dialogWarm.push(await typeAndTime(page, 'orientation'));
    await page.goto(new URL('recherche/', siteUrl).href);
    const field = page.getByRole('main').getByRole('searchbox');
    await field.click();
    timings.searchPage.push(await typeAndTime(page, 'apprentissage'));
    await context.close();
  }
  return { timings, firstSearchBytes };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const describe = (values: number[]) =>
  `médiane ${Math.round(median(values))} ms (min ${Math.round(Math.min(...values))}, max ${Math.round(Math.max(...values))}, ${values.length} essais)`;

const files = await filesOf(join(distDir, 'pagefind'));
const total = files.reduce((sum, file) => sum + file.bytes, 0);
console.log(
  `Index Pagefind de ${distDir}/ : ${files.length} fichiers, ${total} octets (${(total / 1024).toFixed(1)} Kio)`,
);

const server = await startStaticServer(distDir, '/');
const browser = await launchBrowser();
try {
  const { timings, firstSearchBytes } = await measure(browser, server.url);
  console.log(
    `Téléchargé par une première recherche : ${firstSearchBytes} octets (${(firstSearchBytes / 1024).toFixed(1)} Kio)`,
  );
  console.log('De la saisie d’un mot aux premiers résultats affichés (dont 200 ms d’attente de fin de frappe) :');
  console.log(`  dialogue de l’en-tête, à froid : ${describe(timings.dialogCold)}`);
  console.log(`  dialogue de l’en-tête, 2e recherche : ${describe(timings.dialogWarm)}`);
  console.log(`  page /recherche/ : ${describe(timings.searchPage)}`);
} catch (error) {
  console.error(`Mesure impossible : ${String(error)}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
