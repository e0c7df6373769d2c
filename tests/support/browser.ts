import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';
import { launchBrowser, offlineContext } from '../../scripts/lib/browser.ts';
import { site } from '../../src/site.config.ts';
import { absoluteUrl } from '../../src/lib/url.ts';

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Each request with the Referer the browser sent with it, as a server or another site would log it. */
export const withReferers = (requests: readonly Request[]) =>
  Promise.all(requests.map(async (request) => ({ url: request.url(), referer: await request.headerValue('referer') })));

/** The browser and offline context a test file shares, set up by `useOfflineBrowser`. */
export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
}

/**
 * Launches one Chromium with an offline context before a file's tests and closes it after,
 * so that each test file does not repeat the same hooks.
 */
export function useOfflineBrowser(options: BrowserContextOptions = {}): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    session.browser = await launchBrowser();
    ({ context: session.context } = await offlineContext(session.browser, options));
  });
  afterAll(async () => {
    await session.browser.close();
  });
  return session;
}

/** How `openPage` opens a path. */
export interface OpenOptions {
  /** Address the path is read from: the build at the root (default), or `inject('subPathSiteUrl')`… */
  base?: string;
  /** The status the server must answer (200 by default; 404 for the error page). */
  status?: number;
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
}

/** Address of a path of the built site, read from `base` (the build at the root by default). */
export const siteAddress = (path: string, base = inject('siteUrl')) => new URL(path.replace(/^\//, ''), base).href;

/**
 * The embed generator's code pointed at the build served here: it gives the site's own address (site.url and base),
 * which a test never reaches, as a partner's page would reach it.
 */
export const servedHere = (code: string, base = '/', servedAt = inject('siteUrl')) =>
  code.replaceAll(absoluteUrl('/', site.url, base), servedAt);

/** Fails unless the server answered `expected`: the static server answers a missing file with 404.html. */
function expectStatus(url: string, status: number | undefined, expected: number) {
  if (status !== expected) {
    throw new Error(`${url} : le serveur répond ${status ?? 'rien'} au lieu de ${expected}.`);
  }
}

/**
 * Opens a path of the built site (in a new page of a context, or in a page) and fails unless the server answered the
 * expected status. The static server answers a missing page with 404.html: without this, a renamed page would have its
 * checks run on the 404 page. Browser tests open pages only through this (eslint.config.js forbids `page.goto` there).
 */
export async function openPage(on: BrowserContext | Page, path: string, options: OpenOptions = {}): Promise<Page> {
  const page = 'goto' in on ? on : await on.newPage();
  const url = siteAddress(path, options.base);
  const response = await page.goto(url, options.waitUntil ? { waitUntil: options.waitUntil } : {});
  expectStatus(url, response?.status(), options.status ?? 200);
  return page;
}

/** Downloads a file of the built site (a CSV, a JSON…) and fails unless the server answered 200, as `openPage` does. */
export async function fetchFile(path: string, options: Pick<OpenOptions, 'base'> = {}): Promise<Response> {
  const url = siteAddress(path, options.base);
  const response = await fetch(url);
  expectStatus(url, response.status, 200);
  return response;
}
