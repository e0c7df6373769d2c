/** Headless Chromium, offline, for the browser tests and the bench's timings. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** Flags that keep Debian's Chromium quiet and offline in a sandboxed CI. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Chromium to drive: CHROMIUM_PATH, else Debian's, else the browser that
 * `npx playwright install chromium` downloaded on a machine with internet.
 */
function chromiumPath(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({ headless: true, args: CHROMIUM_FLAGS, ...(executablePath ? { executablePath } : {}) });
}

/** A transparent 1×1 PNG, served instead of every map tile. */
const BLANK_TILE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Requests that left the machine, recorded so that a test can assert there were none it did not expect. */
export interface OutsideRequests {
  urls: string[];
}

/**
 * A browser context that never touches the network: loopback requests pass,
 * map tiles get a blank image, everything else is aborted and recorded.
 */
export async function offlineContext(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; outside: OutsideRequests }> {
  const context = await browser.newContext({ locale: 'fr-FR', ...options });
  const outside: OutsideRequests = { urls: [] };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    outside.urls.push(url.href);
    if (/\/\d+\/\d+\/\d+\.png$/.test(url.pathname)) {
      return route.fulfill({ status: 200, contentType: 'image/png', body: BLANK_TILE });
    }
    return route.abort('blockedbyclient');
  });
  return { context, outside };
}
