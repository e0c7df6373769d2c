import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { offlineContext } from '../../scripts/lib/browser.ts';
import { mainNavigation, footerNavigation } from '../../src/navigation.ts';
import { readAudit } from '../support/audit.ts';
import { openPage, siteAddress, useOfflineBrowser } from '../support/browser.ts';
import { pagesToCheck } from '../support/builtPages.ts';
import { controlLooks } from '../support/controlLook.ts';

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

// Controls that need the script start disabled (GUIDE). Without it, the embed generator's « Copier le code » and
// « Mettre à jour… » looked like buttons to press, in the browser's pale grey text (2:1).
describe('les commandes qui attendent le script', () => {
  const shownDisabled = (on: Page) =>
    on
      .getByRole('main')
      .locator(':is(button, input:not([type="checkbox"], [type="radio"]), select):disabled')
      .filter({ visible: true });

  it.each([
    ['/recherche/', ['Rechercher']],
    ['/carte/integrer/', ['Mettre à jour le code et l’aperçu', 'Copier le code']],
  ])(
    'sans JavaScript, sur %s, se voient inactives : bord en tirets, pointeur « interdit », texte lisible (4,5:1)',
    async (path, buttons) => {
      await openPage(page, path);
      for (const name of buttons) expect(await page.getByRole('button', { name }).isDisabled(), name).toBe(true);
      const looks = await controlLooks(shownDisabled(page));
      // The buttons, and the field(s) beside them.
      expect(looks.length).toBeGreaterThan(buttons.length);
      for (const look of looks) {
        expect(look.border, look.name).toBe('dashed');
        expect(look.cursor, look.name).toBe('not-allowed');
        expect(look.contrast, look.name).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  it('sans JavaScript, la carte ne montre pas ses boutons, qui ne pourraient rien', async () => {
    await openPage(page, '/carte/');
    expect(await page.getByRole('button', { name: 'Zoomer', exact: true, includeHidden: true }).isDisabled()).toBe(
      true,
    );
    expect(await page.getByRole('group', { name: 'Commandes de la carte' }).isVisible()).toBe(false);
  });

  it('avec le script, les mêmes commandes, actives, gardent leur bord plein et leur pointeur', async () => {
    const { context } = await offlineContext(session.browser);
    const working = await context.newPage();
    const enabledLooks = async (path: string, controls: (on: Page) => Locator) => {
      await openPage(working, path);
      await expect.poll(() => controls(working).first().isEnabled()).toBe(true);
      return controlLooks(controls(working));
    };
    const looks = [
      ...(await enabledLooks('/recherche/', (on) => on.getByRole('main').getByRole('button', { name: 'Rechercher' }))),
      ...(await enabledLooks('/carte/integrer/', (on) => on.getByRole('main').getByRole('button'))),
      ...(await enabledLooks('/carte/', (on) =>
        on.getByRole('group', { name: 'Commandes de la carte' }).getByRole('button'),
      )),
    ];
    expect(looks.length).toBe(1 + 2 + 7);
    for (const look of looks) {
      expect(look.border, look.name).not.toBe('dashed');
      expect(look.cursor, look.name).not.toBe('not-allowed');
      expect(look.contrast, look.name).toBeGreaterThanOrEqual(4.5);
    }
    await context.close();
  });
});
