import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { offlineContext } from '../../scripts/lib/browser.ts';
import { mainNavigation } from '../../src/navigation.ts';
import { collectErrors, openPage, useOfflineBrowser } from '../support/browser.ts';
import { SUB_PATH } from '../support/globalSetup.ts';

/** A counsellor's phone: the header must leave most of the first screen to the page. */
const PHONE = { width: 390, height: 844 };
const MAX_HEADER_HEIGHT = 120;

const session = useOfflineBrowser();

/** What a screen reader is told about the "Menu" control (Chromium's accessibility tree). */
async function menuControl(page: Page): Promise<{ focusable: boolean; expanded: boolean | undefined }> {
  const session = await page.context().newCDPSession(page);
  const { nodes } = await session.send('Accessibility.getFullAXTree');
  await session.detach();
  const node = nodes.find((candidate) => candidate.name?.value === 'Menu' && candidate.role?.value !== 'StaticText');
  const property = (name: string) => node?.properties?.find((entry) => entry.name === name)?.value.value as unknown;
  return { focusable: property('focusable') === true, expanded: property('expanded') as boolean | undefined };
}

/** Links of the main menu a reader can see. */
const visibleMenuLinks = (page: Page) =>
  page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link').filter({ visible: true });

describe.each([
  { where: 'à la racine', base: '/', siteUrl: inject('siteUrl') },
  { where: `sous ${SUB_PATH}`, base: SUB_PATH, siteUrl: inject('subPathSiteUrl') },
])('l’en-tête sur un téléphone (390 × 844), $where', ({ base, siteUrl }) => {
  describe.each([
    { javaScriptEnabled: true, search: 'button' as const },
    { javaScriptEnabled: false, search: 'link' as const },
  ])('JavaScript $javaScriptEnabled', ({ javaScriptEnabled, search }) => {
    it(`tient en ${MAX_HEADER_HEIGHT} px, menu replié, recherche visible ; le menu s’ouvre et se parcourt au clavier`, async () => {
      const { context } = await offlineContext(session.browser, { viewport: PHONE, javaScriptEnabled });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await openPage(page, '/sitotheque/', { base: siteUrl });

      const header = page.getByRole('banner');
      const height = await header.evaluate((element) => element.getBoundingClientRect().height);
      expect(height, 'hauteur de l’en-tête, menu fermé').toBeLessThanOrEqual(MAX_HEADER_HEIGHT);
      await expect.poll(() => header.getByRole(search, { name: 'Rechercher' }).isVisible()).toBe(true);
      expect(await visibleMenuLinks(page).count(), 'menu replié').toBe(0);
      expect(await menuControl(page)).toEqual({ focusable: true, expanded: false });

      // Tab from the top of the page: skip link, site name, search, then the "Menu" control.
      const summary = page.locator('header summary');
      for (
        let presses = 0;
        presses < 6 && !(await summary.evaluate((element) => element === document.activeElement));
        presses++
      ) {
        await page.keyboard.press('Tab');
      }
      expect(
        await summary.evaluate((element) => element === document.activeElement),
        'le bouton Menu reçoit le focus',
      ).toBe(true);
      await page.keyboard.press('Enter');
      expect(await visibleMenuLinks(page).count(), 'menu ouvert').toBe(mainNavigation.length);
      expect(await menuControl(page)).toEqual({ focusable: true, expanded: true });
      const openHeight = await header.evaluate((element) => element.getBoundingClientRect().bottom);
      expect(openHeight, 'tout le menu ouvert tient dans le premier écran').toBeLessThanOrEqual(PHONE.height);

      // The next Tab reaches the first entry; Enter follows it.
      await page.keyboard.press('Tab');
      const first = mainNavigation[0]!;
      expect(await page.evaluate(() => document.activeElement?.textContent.trim())).toBe(first.label);
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${base}${first.href.slice(1)}`);
      expect(await visibleMenuLinks(page).count(), 'menu replié sur la nouvelle page').toBe(0);

      // Space on the control folds the menu again.
      await page.locator('header summary').focus();
      await page.keyboard.press('Space');
      expect(await visibleMenuLinks(page).count()).toBe(mainNavigation.length);
      await page.keyboard.press('Space');
      expect(await visibleMenuLinks(page).count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
});

describe('l’en-tête sur un écran large (1280 × 800)', () => {
  it('montre tout le menu, sans bouton Menu', async () => {
    const { context } = await offlineContext(session.browser, { viewport: { width: 1280, height: 800 } });
    const page = await openPage(context, '/');
    expect(await visibleMenuLinks(page).count()).toBe(mainNavigation.length);
    expect(await page.locator('header summary').isVisible()).toBe(false);
    await context.close();
  });
});

describe('la page d’accueil sur un téléphone (390 × 844)', () => {
  it('montre « Par où commencer ? » dès le premier écran, avant de dire qui compose le réseau', async () => {
    const { context } = await offlineContext(session.browser, { viewport: PHONE });
    const page = await openPage(context, '/');
    const main = page.getByRole('main');
    const start = main.getByRole('heading', { level: 2, name: 'Par où commencer ?' });
    const top = await start.evaluate((element) => element.getBoundingClientRect().top);
    expect(top, 'haut du titre « Par où commencer ? »').toBeLessThan(PHONE.height);
    // The first entry point's heading is on the first screen too: a reader sees where to go without scrolling.
    const firstEntry = main.getByRole('heading', { level: 3 }).first();
    expect(await firstEntry.evaluate((element) => element.getBoundingClientRect().bottom)).toBeLessThan(PHONE.height);
    const headings = await main.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.indexOf('Par où commencer ?')).toBe(0);
    expect(headings).toContain('Qui compose le réseau');
    await context.close();
  });
});
