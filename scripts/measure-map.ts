/**
 * Usage: node scripts/measure-map.ts [runs]   (after `npm run build`)
 *
 * Prints, for /carte/ and /embed/carte/, the JavaScript the page downloads (raw and gzipped,
 * every script response, Leaflet's lazy chunk included) and the time from navigation to the
 * map with all its markers (the `structure-map:markers` performance mark), median of `runs`
 * loads in headless Chromium with tiles stubbed. Exit code 0, or 1 when a page has no map.
 */
import { gzipSync } from 'node:zlib';
import { launchBrowser, offlineContext } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/staticServer.ts';

const runs = Number(process.argv[2] ?? 5);
const pages = ['carte/', 'embed/carte/'];
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const server = await startStaticServer('dist');
const browser = await launchBrowser();
let failed = false;
try {
  for (const path of pages) {
    const times: number[] = [];
    let raw = 0;
    let gzip = 0;
    for (let run = 0; run < runs; run++) {
      // A fresh context each time: nothing cached, like a first visit.
      const { context } = await offlineContext(browser);
      const page = await context.newPage();
      const scripts: Promise<Buffer>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push(response.body());
      });
      await page.goto(new URL(path, server.url).href);
      const found = await page
        .locator('structure-map[data-markers]')
        .waitFor({ state: 'attached', timeout: 15_000 })
        .then(() => true)
        .catch(() => false);
      if (!found) {
        console.error(`${path} : aucune carte chargée`);
        failed = true;
        await context.close();
        break;
      }
      times.push(
        await page.evaluate(() => performance.getEntriesByName('structure-map:markers')[0]?.startTime ?? Number.NaN),
      );
      if (run === 0) {
        const bodies = await Promise.all(scripts);
        raw = bodies.reduce((sum, body) => sum + body.length, 0);
        gzip = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
      }
      await context.close();
    }
    console.log(
      `/${path}  JavaScript : ${(raw / 1024).toFixed(1)} Kio (${(gzip / 1024).toFixed(1)} Kio gzip)  ` +
        `carte et repères affichés : ${median(times).toFixed(0)} ms (médiane de ${times.length}, min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
