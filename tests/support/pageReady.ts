import type { Page } from 'playwright-core';

/**
 * Brings the page to what a reader sees once everything on it has started: lazy frames and maps scrolled into view
 * and drawn, lists filled from their data file, the search filters counted. Checks that read the page (axe, layout,
 * keyboard walks, console) run after it, not while scripts are still changing it.
 * Waits on the signals the page's scripts give, not on a silent network ('networkidle' timed out under load).
 */
export async function loadWholePage(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // Lazy frames (the embed generator's preview) load once in view; until one navigates, its body is empty.
  for (const frame of await page.locator('iframe').all()) {
    await frame.scrollIntoViewIfNeeded();
    await frame.contentFrame().locator('body *').first().waitFor({ state: 'attached' });
  }
  for (const frame of page.frames()) {
    for (const map of await frame.locator('structure-map').all()) {
      await map.scrollIntoViewIfNeeded();
      await map.locator('[data-map-toolbar] button:not([disabled])').first().waitFor();
    }
    await frame.waitForFunction(
      () =>
        [...document.querySelectorAll('structure-directory')].every((list) => list.hasAttribute('data-filled')) &&
        [...document.querySelectorAll('site-search[data-sync-url]')].every((search) =>
          search.hasAttribute('data-filters-counted'),
        ),
    );
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
