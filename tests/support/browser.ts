import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, offlineContext } from '../../scripts/lib/browser.ts';

/** Collects console errors and uncaught exceptions of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

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
