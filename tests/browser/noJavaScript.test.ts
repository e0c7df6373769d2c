import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mainNavigation, footerNavigation } from '../../src/navigation.ts';
import { readAudit } from '../support/audit.ts';
import { openPage, siteAddress, useOfflineBrowser } from '../support/browser.ts';
import { pagesToCheck } from '../support/builtPages.ts';

const pages = pagesToCheck('dist');
// One reader in a hundred has no JavaScript (blocked, failed to load, old device): the site must not need it.
const session = useOfflineBrowser({ javaScriptEnabled: false });
let page: Page;

beforeAll(async () => {
  page = await session.context.newPage();
});

describe('sans JavaScript', () => {
  it.each(pages)(
    '%s se lit : un titre, du contenu, la navigation, le lien vers la déclaration d’accessibilité',
    async (path) => {
      await openPage(page, path);
      // One round trip per page: 200+ pages on a shared two-core machine.
      const seen = await page.evaluate(() => {
        const headings = [...document.querySelectorAll('h1')];
        return {
          headings: headings.length,
          headingShown: headings.some(
            (heading) => heading.getClientRects().length > 0 && heading.innerText.trim() !== '',
          ),
          mainText: document.querySelector('main')?.innerText.trim().length ?? 0,
          menuLinks: document.querySelectorAll('nav[aria-label="Navigation principale"] a[href]').length,
          statementLinks: [...document.querySelectorAll('footer a[href]')].filter((link) =>
            link.textContent.startsWith('Accessibilité : '),
          ).length,
        };
      });
      expect(seen.headings, 'un seul h1').toBe(1);
      expect(seen.headingShown, 'h1 visible').toBe(true);
      expect(seen.mainText, 'texte du <main>').toBeGreaterThan(40);
      if (!path.startsWith('/embed/')) {
        expect(seen.menuLinks, 'liens du menu principal').toBe(mainNavigation.length);
        // The accessibility statement is linked from every page (RGAA).
        expect(seen.statementLinks, 'lien « Accessibilité : … » du pied de page').toBe(1);
      }
    },
  );

  it.each([
    ...mainNavigation.map((link) => ['Navigation principale', link.label, link.href] as const),
    ...footerNavigation(readAudit().conformity.statut).map(
      (link) => ['Liens de pied de page', link.label, link.href] as const,
    ),
  ])('depuis l’accueil, le lien « %s › %s » mène à sa page', async (menu, label, href) => {
    await openPage(page, '/');
    await page.getByRole('navigation', { name: menu }).getByRole('link', { name: label, exact: true }).click();
    await page.waitForURL(siteAddress(href));
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
  });
});
