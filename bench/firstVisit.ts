/**
 * First paint of a few pages on an emulated slow link, for one or more built sites: what a reader on a weak phone
 * connection waits for on a first visit (cold cache), then on the next page (cached fingerprinted files).
 *
 * Usage: node bench/firstVisit.ts <dist folder> [<dist folder>…]
 * e.g. to compare a change: build main into /tmp/before and the change into /tmp/after (OUT_DIR=… npm run build),
 * then `node bench/firstVisit.ts /tmp/before /tmp/after`. Prints a table; measures, does not judge.
 *
 * Each site is served on the loopback over HTTP/1.1, `/_astro/` with the year-long Cache-Control of public/_headers.
 * Chromium emulates the link (LATENCY_MS, KBITS); every other origin is blocked. Median of ROUNDS cold visits.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../scripts/lib/browser.ts';
import { startStaticServer } from '../scripts/lib/staticServer.ts';

/** A 3G link as Chromium's tools call it « Fast 3G ». */
const LATENCY_MS = 562;
const KBITS = 1440;
const ROUNDS = 3;
/** The pages measured: those readers land on first, the map's two forms, and the heaviest list. */
const PAGES = ['/', '/carte/', '/embed/carte/', '/structures/afpa-blois/', '/diagnostic/', '/stages/imprimer/'];
/** The page visited after each of them, to measure a second page with the first one's files cached. */
const NEXT_PAGE = '/structures/cio-blois/';

/** Time of the page's first contentful paint, in ms from the start of its navigation. */
function firstPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) =>
        new PerformanceObserver((list) => done(list.getEntries()[0]!.startTime)).observe({
          type: 'paint',
          buffered: true,
        }),
      ),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(browser: Browser, origin: string, path: string) {
  const first: number[] = [];
  const next: number[] = [];
  const requests: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext({ locale: 'fr-FR' });
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort(),
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: LATENCY_MS,
      downloadThroughput: (KBITS * 1000) / 8,
      uploadThroughput: (KBITS * 1000) / 8,
    });
    let count = 0;
    page.on('request', () => count++);
    await page.goto(origin + path, { waitUntil: 'load' });
    first.push(await firstPaint(page));
    requests.push(count);
    await page.goto(origin + NEXT_PAGE, { waitUntil: 'load' });
    next.push(await firstPaint(page));
    await context.close();
  }
  return { first: median(first), next: median(next), requests: median(requests) };
}

const sites = process.argv.slice(2).map((folder) => resolve(folder));
if (sites.length === 0 || sites.some((folder) => !existsSync(join(folder, 'index.html')))) {
  console.error('Usage : node bench/firstVisit.ts <dossier construit> [<dossier construit>…] (chacun avec index.html)');
  process.exit(2);
}
const browser = await launchBrowser();
console.log(`Link: ${LATENCY_MS} ms latency, ${KBITS} kbit/s; median of ${ROUNDS} cold visits; next page ${NEXT_PAGE}`);
console.log('| site | page | first paint, first visit (ms) | requests | first paint of the next page (ms) |');
console.log('| --- | --- | --- | --- | --- |');
for (const folder of sites) {
  const server = await startStaticServer(folder, '/', 0, undefined, { immutableAssets: true });
  for (const path of PAGES) {
    const { first, next, requests } = await measure(browser, server.origin, path);
    console.log(`| ${folder} | ${path} | ${first.toFixed(0)} | ${requests} | ${next.toFixed(0)} |`);
  }
  await server.close();
}
await browser.close();
