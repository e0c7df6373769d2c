import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, openPage, useOfflineBrowser } from '../support/browser.ts';
import { refine } from '../support/searchFilters.ts';

const session = useOfflineBrowser();

/** Opens a page, failing unless it answers `status`, with the errors its console reports. */
async function open(path: string, status = 200): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors = collectErrors(page);
  await openPage(page, path, { status });
  return { page, errors };
}

describe.each([
  ['/', /AIOA 41/, /AIOA 41 : le réseau/],
  ['/points-etape/', /^Travaux du réseau : les points d’étape \| AIOA 41$/, /^Travaux du réseau : les points d’étape$/],
  ['/points-etape/2013-trois-thematiques/', /30 mars 2013 \| AIOA 41$/, /au 30 mars 2013/],
  ['/thematiques/', /^Thèmes \| AIOA 41$/, /^Thèmes$/],
  ['/thematiques/apprentissage/', /^Thème : Apprentissage \| AIOA 41$/, /^Apprentissage$/],
  ['/accessibilite/', /^Déclaration d’accessibilité \| AIOA 41$/, /^Déclaration d’accessibilité$/],
  ['/mentions-legales/', /^Mentions légales et confidentialité \| AIOA 41$/, /^Mentions légales/],
  ['/contribuer/', /^Contribuer au site \| AIOA 41$/, /^Contribuer au site$/],
  ['/plan-du-site/', /^Plan du site \| AIOA 41$/, /^Plan du site$/],
])('la page %s', (path, title, heading) => {
  it('se charge en français avec son titre et un seul h1', async () => {
    const { page, errors } = await open(path);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.title()).toMatch(title);
    const headings = page.getByRole('heading', { level: 1 });
    expect(await headings.count()).toBe(1);
    expect(await headings.textContent()).toMatch(heading);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a un lien d’évitement qui mène au contenu', async () => {
    const { page } = await open(path);
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Aller au contenu' });
    expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    await page.close();
  });

  it('mène aux rubriques par la navigation principale et au plan du site par le pied de page', async () => {
    const { page } = await open(path);
    const mainNav = page.getByRole('navigation', { name: 'Navigation principale' });
    await mainNav.getByRole('link', { name: 'Travaux du réseau' }).click();
    await page.waitForURL(/\/points-etape\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Travaux du réseau : les points d’étape');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Plan du site' }).click();
    await page.waitForURL(/\/plan-du-site\/$/);
    await page.close();
  });
});

describe('les rubriques au nom opaque se nomment en mots simples, et partout de même', () => {
  // Readers did not understand « Sitothèque », « Points d’étape », « Autodiagnostic »: the network's word stays in the
  // page's heading, after the plain name the menu, the trail, the plan and the search use.
  it.each([
    ['Sites utiles', '/sitotheque/', 'sitothèque', '/sitotheque/orientation/', /^Sites utiles \(sitothèque\)/],
    [
      'Travaux du réseau',
      '/points-etape/',
      'points d’étape',
      '/points-etape/2009-elargissement/',
      /^Travaux du réseau/,
    ],
    [
      'Trouver la bonne aide',
      '/diagnostic/',
      'autodiagnostic',
      '/diagnostic/professionnels/',
      /^Trouver la bonne aide/,
    ],
  ])('« %s » (%s)', async (name, href, networkWord, below, searchFilter) => {
    const { page } = await open('/');
    const menu = page.getByRole('navigation', { name: 'Navigation principale' });
    expect(await menu.getByRole('link', { name: new RegExp(networkWord, 'i') }).count()).toBe(0);
    await menu.getByRole('link', { name, exact: true }).click();
    await page.waitForURL(new RegExp(`${href}$`));
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(heading.startsWith(`${name} : `)).toBe(true);
    expect(heading.toLowerCase()).toContain(networkWord);
    expect(await page.title()).toBe(`${heading} | AIOA 41`);

    await openPage(page, below);
    const trail = page.getByRole('navigation', { name: 'Fil d’Ariane' });
    expect(await trail.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href);

    await openPage(page, '/plan-du-site/');
    expect(await page.getByRole('main').getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href);

    await openPage(page, '/recherche/');
    await refine(page);
    const kinds = page.getByRole('group', { name: 'Type de contenu' });
    expect(await kinds.getByRole('checkbox', { name: searchFilter }).count()).toBe(1);
    await page.close();
  });
});

// Review rev22r, finding 6: the tables of structures by result, written for the network's staff, sat among the
// public's entries under « Trouver la bonne aide » (« Structures : Votre enfant ne va plus en cours »), where a parent
// took one for her answer.
describe('le plan du site range les tableaux des professionnels sous leur page', () => {
  it('chaque « Structures proposées pour … » est sous « L’autodiagnostic expliqué aux professionnels » et dit qu’il est pour eux', async () => {
    const { page } = await open('/plan-du-site/');
    const tables = await page.locator('main a[href^="/diagnostic/professionnels/"]').evaluateAll((links) =>
      links
        .filter((link) => link.getAttribute('href') !== '/diagnostic/professionnels/')
        .map((link) => ({
          name: link.textContent,
          // The link of the item whose list holds this link's item.
          parent: link.closest('li')?.parentElement?.closest('li')?.querySelector('a')?.getAttribute('href'),
        })),
    );
    expect(tables.length).toBeGreaterThan(10);
    for (const { name, parent } of tables) {
      expect(parent, name).toBe('/diagnostic/professionnels/');
      expect(name).toMatch(/^Pour les professionnels : /);
    }
    // « Trouver la bonne aide » itself lists only what the public reads: the self-diagnostic's own pages.
    const underDiagnostic = await page
      .locator('main li:has(> a[href="/diagnostic/"]) > ul > li > a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(underDiagnostic).toContain('/diagnostic/professionnels/');
    expect(underDiagnostic.filter((href) => href?.startsWith('/diagnostic/professionnels/'))).toEqual([
      '/diagnostic/professionnels/',
    ]);
    await page.close();
  });
});

describe('pages de contenu', () => {
  it('les points d’étape sont du plus récent au plus ancien, datés en français', async () => {
    const { page } = await open('/points-etape/');
    const dates = await page.locator('main time').allTextContents();
    expect(dates[0]).toBe('10 avril 2013');
    expect(dates.at(-1)).toBe('14 mai 2004');
    expect(dates).toHaveLength(6);
    await page.close();
  });

  it('un point d’étape propose « Modifier cette page » vers son fichier', async () => {
    const { page } = await open('/points-etape/2009-elargissement/');
    const edit = page.getByRole('link', { name: 'Modifier cette page' });
    expect(await edit.getAttribute('href')).toMatch(/\/edit\/main\/content\/points-etape\/2009-elargissement\.md$/);
    await page.close();
  });

  it('« Voir par thème » mène à la page du thème, qui liste ses points d’étape', async () => {
    const { page } = await open('/points-etape/');
    // The theme links leave the list for the theme's page: the heading says so rather than promising a filter.
    expect(await page.getByRole('main').getByRole('heading', { level: 2 }).first().textContent()).toBe(
      'Voir par thème',
    );
    await page
      .getByRole('list', { name: 'Thèmes des points d’étape' })
      .getByRole('link', { name: 'Mobilité internationale' })
      .click();
    await page.waitForURL(/\/thematiques\/mobilite-internationale\/$/);
    expect(await page.getByRole('link', { name: 'Point d’étape du groupe AIOA 41 au 30 mars 2013' }).count()).toBe(1);
    await page.close();
  });

  it('une adresse inconnue affiche la page 404 en français', async () => {
    const { page } = await open('/nulle-part/', 404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page introuvable');
    await page.close();
  });

  it('un test qui ouvre une page absente échoue au lieu de vérifier la page 404', async () => {
    const page = await session.context.newPage();
    await expect(openPage(page, '/page-renommee/')).rejects.toThrow(
      /page-renommee\/ : le serveur répond 404 au lieu de 200/,
    );
    await page.close();
  });

  it('reste lisible sur un écran de 320 px sans défilement horizontal', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await openPage(page, '/points-etape/2013-trois-thematiques/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });
});
