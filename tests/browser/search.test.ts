import { describe, expect, inject, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { offlineContext } from '../../scripts/lib/browser.ts';
import { collectErrors, openPage, useOfflineBrowser, withReferers } from '../support/browser.ts';
import { refine } from '../support/searchFilters.ts';
import {
  eventually,
  resultLinks,
  searchResults as results,
  searchStatus as status,
  showAllResults,
} from '../support/searchResults.ts';

const siteUrl = inject('siteUrl');
const subPathSiteUrl = inject('subPathSiteUrl');
const session = useOfflineBrowser();

async function open(path: string, base = siteUrl, on: BrowserContext = session.context) {
  const page = await on.newPage();
  const errors = collectErrors(page);
  await openPage(page, path, { base });
  return { page, errors };
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations.map((v) => `${v.id}: ${v.help}`);

/** Types like a person, then waits for the status region to announce a count. */
async function search(page: Page, words: string) {
  await page.getByRole('searchbox', { name: 'Mots recherchés' }).fill(words);
  await eventually(() => status(page).textContent()).toMatch(/résultat/);
}

describe('la page /recherche/', () => {
  it.each(['permis', 'CV', 'contrat'])(
    'ne répond pas à « %s » par les pages des éditeurs du site (contribuer, référence des champs)',
    async (words) => {
      const { page, errors } = await open('/recherche/');
      await search(page, words);
      await showAllResults(page);
      const hrefs = await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.filter((href) => href.includes('/contribuer/'))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  /** Whether a person sees it: a skip link, clipped to a pixel until focused, is in the page but not seen. */
  const seen = async (locator: ReturnType<Page['locator']>) => {
    const box = await locator.boundingBox();
    return box !== null && box.width > 1 && box.height > 1;
  };

  // Typing must show something where the person looks: on a phone the 23 filters pushed the results 1,371 px down. On a
  // wide screen the filters stand beside the results, shown without opening anything; by keyboard, after them.
  it.each([
    [390, 844, 'apprentissage', 'repliés sous « Affiner la recherche »'],
    [390, 844, 'romorantin', 'repliés sous « Affiner la recherche »'],
    [1280, 800, 'apprentissage', 'ouverts à côté des résultats'],
  ])(
    'à %i×%i, « %s » : le nombre et le premier résultat se voient sans défiler, à trois tabulations du champ ; filtres %s',
    async (width, height, words) => {
      const { context } = await offlineContext(session.browser, { viewport: { width, height } });
      const { page, errors } = await open('/recherche/', siteUrl, context);
      await search(page, words);
      const shown = await status(page).boundingBox();
      expect(shown!.y + shown!.height).toBeLessThanOrEqual(height);
      const first = resultLinks(page).first();
      const link = await first.boundingBox();
      expect(link!.y + link!.height).toBeLessThanOrEqual(height);
      const types = page.getByRole('main').getByRole('group', { name: 'Type de contenu' });
      const summary = page.getByRole('main').locator('summary');
      const toFilters = page.getByRole('main').getByRole('link', { name: /^Affiner la recherche/ });
      if (width >= 1000) {
        // Beside the results, in the first screen, with nothing to open.
        expect(await summary.isVisible()).toBe(false);
        // A skip link, seen only once focused.
        expect(await seen(toFilters)).toBe(false);
        const filters = (await types.boundingBox())!;
        expect(filters.y).toBeLessThan(height);
        expect(filters.x).toBeGreaterThanOrEqual(link!.x + link!.width);
        expect(await types.getByRole('checkbox').first().isVisible()).toBe(true);
      } else {
        expect(await summary.isVisible()).toBe(true);
        expect(await types.isVisible()).toBe(false);
        // The way to the filters, folded screens below, stands under the count.
        const way = (await toFilters.boundingBox())!;
        expect(way.y).toBeGreaterThan(shown!.y);
        expect(way.y + way.height).toBeLessThanOrEqual(link!.y);
      }
      // By keyboard: the button, « Affiner la recherche », then the first result; the filters come after.
      await page.getByRole('searchbox', { name: 'Mots recherchés' }).focus();
      let presses = 0;
      while (presses < 3 && !(await first.evaluate((a) => a === document.activeElement))) {
        await page.keyboard.press('Tab');
        presses += 1;
      }
      expect(await first.evaluate((a) => a === document.activeElement)).toBe(true);
      expect(
        await page
          .locator('main input[type="checkbox"], main summary')
          .evaluateAll(
            (controls, result) =>
              controls.every((control) =>
                Boolean(result.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING),
              ),
            await first.elementHandle(),
          ),
      ).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  // On a phone the filters came about 4 screens down, after the results, and the count changed 1,800 px above them.
  it('à 390×844, « Affiner la recherche » sous le nombre mène aux filtres ; le nombre suit les filtres', async () => {
    const { context } = await offlineContext(session.browser, { viewport: { width: 390, height: 844 } });
    const { page, errors } = await open('/recherche/', siteUrl, context);
    await search(page, 'apprentissage');
    const onScreen = async (locator: ReturnType<Page['locator']>) => {
      const box = await locator.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 844;
    };
    const toFilters = page.getByRole('main').getByRole('link', { name: /^Affiner la recherche/ });
    expect(await onScreen(toFilters)).toBe(true);
    await toFilters.focus();
    await page.keyboard.press('Enter');
    const types = page.getByRole('main').getByRole('group', { name: 'Type de contenu' });
    await eventually(() => onScreen(types)).toBe(true);
    expect(
      await page.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent),
    ).toBe('Type de contenu');
    // The count stands with the filters, which are taller than the screen (the summary of what ticking changes).
    const near = page.getByRole('main').getByText(/^\d+ résultats?\.$/);
    expect(await onScreen(near)).toBe(true);
    // Back does not stop at the filters: opening them is no new page.
    expect(new URL(page.url()).hash).toBe('');
    // Ticking a filter there shows the new count there, as the status says it screens above.
    // Ticked where the focus landed, at the top of the filters: the count must show with the filters, not under them.
    await page.keyboard.press('Space');
    await eventually(() => status(page).textContent()).toMatch(/avec les filtres choisis/);
    const said = /^(\d+) résultats/.exec((await status(page).textContent()) ?? '')![1];
    await eventually(() => near.textContent()).toBe(`${said} résultats.`);
    expect(await onScreen(near)).toBe(true);
    await page.getByRole('main').getByRole('link', { name: 'Voir les résultats' }).click();
    const first = resultLinks(page).first();
    expect(await first.evaluate((a) => a === document.activeElement)).toBe(true);
    expect(await onScreen(first)).toBe(true);
    expect(await status(page).textContent()).toMatch(new RegExp(`^${said} résultats`));
    expect(errors).toEqual([]);
    await context.close();
  });

  // On a phone the « Thème » group vanished under the finger when « Structures » was ticked: structures have no theme.
  it('à 390×844, cocher « Structures » laisse le groupe « Thème » en place, ses cases inactives, et dit pourquoi', async () => {
    const { context } = await offlineContext(session.browser, { viewport: { width: 390, height: 844 } });
    const { page, errors } = await open('/recherche/', siteUrl, context);
    await search(page, 'apprentissage');
    await refine(page);
    const structures = page
      .getByRole('main')
      .getByRole('group', { name: 'Type de contenu' })
      .getByRole('checkbox', { name: /Structures/ });
    const theme = page.getByRole('main').getByRole('group', { name: 'Thème' });
    const note = theme.getByText('Aucun de ces résultats n’a de thème.');
    const shownBoxes = () => theme.getByRole('checkbox').filter({ visible: true });
    const place = (await theme.boundingBox())!;
    const finger = (await structures.boundingBox())!;
    const themes = await shownBoxes().count();
    expect(themes).toBeGreaterThan(3);
    expect(await note.isVisible()).toBe(false);
    await structures.check();
    await eventually(() => status(page).textContent()).toMatch(/avec les filtres choisis/);
    await eventually(() => note.isVisible()).toBe(true);
    // Still there, where it was; the box just ticked has not moved either.
    const now = (await theme.boundingBox())!;
    expect(Math.abs(now.y - place.y)).toBeLessThan(1);
    expect(Math.abs((await structures.boundingBox())!.y - finger.y)).toBeLessThan(1);
    // The same themes, which can no longer be ticked.
    expect(await shownBoxes().count()).toBe(themes);
    expect(await shownBoxes().evaluateAll((boxes) => boxes.every((box) => box.matches(':disabled')))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Unticked, the themes narrow the search again.
    await structures.uncheck();
    await eventually(() => note.isVisible()).toBe(false);
    expect(await shownBoxes().first().isEnabled()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  // At 1280 the filters stand beside the field, but by Tab they came after every result: 31 presses to the first box.
  it('à 1280×800, « Affiner la recherche », montré au focus sous le nombre, mène du champ au premier filtre en trois touches', async () => {
    const { context } = await offlineContext(session.browser, { viewport: { width: 1280, height: 800 } });
    const { page, errors } = await open('/recherche/', siteUrl, context);
    await search(page, 'apprentissage');
    const first = resultLinks(page).first();
    const resultTop = (await first.boundingBox())!.y;
    const toFilters = page.getByRole('main').getByRole('link', { name: /^Affiner la recherche/ });
    await page.getByRole('searchbox', { name: 'Mots recherchés' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent.trim())).toMatch(/^Affiner la recherche/);
    // Seen under the count while focused, over the results, which do not move.
    expect(await seen(toFilters)).toBe(true);
    const link = (await toFilters.boundingBox())!;
    expect(link.y).toBeGreaterThanOrEqual((await status(page).boundingBox())!.y);
    expect(link.y + link.height).toBeLessThanOrEqual(800);
    expect((await first.boundingBox())!.y).toBe(resultTop);
    await page.keyboard.press('Enter');
    const types = page.getByRole('main').getByRole('group', { name: 'Type de contenu' });
    const firstBox = types.getByRole('checkbox').first();
    await eventually(() => firstBox.evaluate((box) => box === document.activeElement)).toBe(true);
    const box = (await firstBox.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    // The box works from there: Space ticks it and the search follows.
    await page.keyboard.press('Space');
    await eventually(() => status(page).textContent()).toMatch(/avec les filtres choisis/);
    expect(new URL(page.url()).hash).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  // At 1280 « Voir les résultats » was hidden with the count after the filters: Shift+Tab walked back through every result.
  it('à 1280×800, « Voir les résultats », montré au focus après le dernier filtre, ramène aux résultats', async () => {
    const { context } = await offlineContext(session.browser, { viewport: { width: 1280, height: 800 } });
    const { page, errors } = await open('/recherche/', siteUrl, context);
    await search(page, 'apprentissage');
    const first = resultLinks(page).first();
    // In the page, not in the window, which scrolls down to the filters.
    const pageTop = (locator: ReturnType<Page['locator']>) =>
      locator.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const resultTop = await pageTop(first);
    const toResults = page.getByRole('main').getByRole('link', { name: 'Voir les résultats' });
    // In the page, but not seen until it gets focus.
    expect(await toResults.count()).toBe(1);
    expect(await seen(toResults)).toBe(false);
    await page
      .getByRole('main')
      .getByRole('group', { name: 'Bassin d’emploi' })
      .getByRole('checkbox')
      .filter({ visible: true })
      .last()
      .focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent.trim())).toBe('Voir les résultats');
    // Seen while focused, on screen, and the results have not moved.
    expect(await seen(toResults)).toBe(true);
    const link = (await toResults.boundingBox())!;
    expect(link.y).toBeGreaterThanOrEqual(0);
    expect(link.y + link.height).toBeLessThanOrEqual(800);
    expect(await pageTop(first)).toBe(resultTop);
    await page.keyboard.press('Enter');
    await eventually(() => first.evaluate((a) => a === document.activeElement)).toBe(true);
    const shown = (await first.boundingBox())!;
    expect(shown.y).toBeGreaterThanOrEqual(0);
    expect(shown.y + shown.height).toBeLessThanOrEqual(800);
    expect(await pageTop(first)).toBe(resultTop);
    expect(new URL(page.url()).hash).toBe('');
    // Nothing found: no link to results that are not there.
    await page.getByRole('searchbox', { name: 'Mots recherchés' }).fill('zzyzx');
    await eventually(() => status(page).textContent()).toBe('Aucun résultat pour « zzyzx ».');
    expect(await toResults.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('à 1280×800, les résultats ne bougent pas quand les nombres des filtres changent à côté', async () => {
    const { context } = await offlineContext(session.browser, { viewport: { width: 1280, height: 800 } });
    const { page, errors } = await open('/recherche/', siteUrl, context);
    const top = async () => (await resultLinks(page).first().boundingBox())!.y;
    await search(page, 'logement');
    const before = await top();
    const visibleFilters = () => page.locator('main .site-search__filter label:visible').count();
    const filtersBefore = await visibleFilters();
    await page.getByRole('searchbox', { name: 'Mots recherchés' }).fill('handicap');
    await eventually(() => status(page).textContent()).toMatch(/pour « handicap »/);
    await eventually(visibleFilters).not.toBe(filtersBefore);
    expect(await top()).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('« cap emploi » en minuscules mène d’abord à la fiche qui nomme Cap emploi, pas aux pages du diplôme (CAP)', async () => {
    const { page } = await open('/recherche/?q=cap+emploi');
    await eventually(() => status(page).textContent()).toMatch(/résultats? pour « cap emploi »/);
    expect(await resultLinks(page).first().textContent()).toBe(
      'Période de mise en situation en milieu professionnel (PMSMP)',
    );
    await page.close();
  });

  it('« projet de vie » ne met pas d’abord les pages du VIE (volontariat international en entreprise)', async () => {
    const { page } = await open('/recherche/?q=projet+de+vie');
    await eventually(() => status(page).textContent()).toMatch(/résultats? pour « projet de vie »/);
    expect(await resultLinks(page).first().textContent()).not.toBe('Sites utiles : Emploi');
    await page.close();
  });

  it('trouve les points d’étape sur « apprentissage » et annonce leur nombre', async () => {
    const { page, errors } = await open('/recherche/');
    await search(page, 'apprentissage');
    expect(await status(page).textContent()).toMatch(/^\d+ résultats pour « apprentissage »\.$/);
    await showAllResults(page);
    const titles = await resultLinks(page).allTextContents();
    expect(titles).toContain('Point d’étape 2010-2011 des travaux de l’AIOA 41');
    const kinds = new Set(await page.locator('main .site-search__kind').allTextContents());
    expect(kinds).toContain('Travaux du réseau');
    expect(kinds).toContain('Stage');
    expect([...kinds].some((kind) => kind.startsWith('Structure · '))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('mène à un site de la sitothèque par son nom', async () => {
    const { page } = await open('/recherche/?q=parcoursup');
    await eventually(() => status(page).textContent()).toMatch(/résultats? pour « parcoursup »/);
    // The section's link ends with its page's title, hidden (« Parcoursup (Sites utiles : Orientation) »).
    const site = results(page).getByRole('link', { name: 'Parcoursup (Sites utiles : Orientation)', exact: true });
    expect(await site.getAttribute('href')).toBe('/sitotheque/orientation/#site-parcoursup');
    expect(await results(page).getByText('Site utile').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('le filtre « Bassin d’emploi » ne garde que les structures de ce bassin', async () => {
    const { page } = await open('/recherche/?q=mission&type=structure&bassin=vendome');
    await eventually(() => status(page).textContent()).toMatch(/résultats? pour « mission » avec les filtres choisis/);
    const kinds = await page.locator('main .site-search__kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((kind) => /^Structure · /.test(kind))).toBe(true);
    expect(await resultLinks(page).allTextContents()).toContain('Mission Locale du Vendômois');
    expect(await resultLinks(page).allTextContents()).not.toContain('Mission Locale du Blaisois');
    // The filters of the address are shown ticked, not folded away.
    const vendome = page.getByRole('group', { name: 'Bassin d’emploi' }).getByRole('checkbox', { name: /Vendôme/ });
    expect(await vendome.isVisible()).toBe(true);
    expect(await vendome.isChecked()).toBe(true);
    await page.close();
  });

  it('« etape » sans accent trouve « étape »', async () => {
    const { page } = await open('/recherche/');
    await search(page, 'etape');
    expect(await resultLinks(page).allTextContents()).toContain('Point d’étape 2009 du groupe AIOA 41');
    expect(await page.locator('main mark').first().textContent()).toMatch(/étape/i);
    await page.close();
  });

  it('le filtre « Travaux du réseau (points d’étape) » ne garde que des points d’étape', async () => {
    const { page } = await open('/recherche/');
    await search(page, 'orientation');
    const before = Number((await status(page).textContent())!.match(/\d+/)![0]);
    await refine(page);
    await page
      .getByRole('group', { name: 'Type de contenu' })
      .getByRole('checkbox', { name: /Travaux du réseau/ })
      .check();
    await eventually(() => status(page).textContent()).toMatch(/avec les filtres choisis/);
    const after = Number((await status(page).textContent())!.match(/\d+/)![0]);
    expect(after).toBeLessThan(before);
    const kinds = await page.locator('main .site-search__kind').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Travaux du réseau']));
    expect(page.url()).toMatch(/\?q=orientation&type=report$/);
    await page.close();
  });

  /** The count a filter shows beside its name, as a person reads it: « Structures (5) ». */
  const filterCount = async (page: Page, group: string, name: RegExp) => {
    const label = page.getByRole('group', { name: group }).locator('label').filter({ hasText: name });
    return Number((await label.textContent())!.match(/\((\d+)\)/)![1]);
  };
  const visibleKindCounts = async (page: Page) =>
    page
      .getByRole('group', { name: 'Type de contenu' })
      .locator('label:visible')
      .evaluateAll((labels) => labels.map((label) => Number(/\((\d+)\)/.exec(label.textContent)![1])));
  const resultCount = async (page: Page) => Number((await status(page).textContent())!.match(/^\d+/)![0]);

  it('les nombres des filtres suivent la recherche : cocher un filtre donne le nombre annoncé', async () => {
    const { page, errors } = await open('/recherche/?q=logement');
    await eventually(() => status(page).textContent()).toMatch(/résultats pour « logement »\.$/);
    await refine(page);
    // Each page has one type: the types' counts add up to the results found.
    await eventually(async () => (await visibleKindCounts(page)).reduce((a, b) => a + b, 0)).toBe(
      await resultCount(page),
    );
    const structures = await filterCount(page, 'Type de contenu', /Structures/);
    const sites = await filterCount(page, 'Type de contenu', /Sites utiles/);
    expect(structures).toBeGreaterThan(0);
    const types = page.getByRole('group', { name: 'Type de contenu' });
    await types.getByRole('checkbox', { name: /Structures/ }).check();
    await eventually(() => status(page).textContent()).toBe(
      `${structures} résultats pour « logement » avec les filtres choisis.`,
    );
    // The other types keep their counts: ticking one more adds its results.
    expect(await filterCount(page, 'Type de contenu', /Sites utiles/)).toBe(sites);
    await types.getByRole('checkbox', { name: /Sites utiles/ }).check();
    await eventually(() => status(page).textContent()).toBe(
      `${structures + sites} résultats pour « logement » avec les filtres choisis.`,
    );

    await page.getByRole('searchbox', { name: 'Mots recherchés' }).fill('CV');
    await types.getByRole('checkbox', { name: /Structures/ }).uncheck();
    await types.getByRole('checkbox', { name: /Sites utiles/ }).uncheck();
    await eventually(() => status(page).textContent()).toMatch(/^\d+ résultats? pour « CV »\.$/);
    await eventually(async () => (await visibleKindCounts(page)).reduce((a, b) => a + b, 0)).toBe(
      await resultCount(page),
    );
    // No structure speaks of CV: the filter that would give nothing is not offered.
    expect(await types.getByRole('checkbox', { name: /Structures/ }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('un filtre décoché qui ne donnerait plus rien reste sous le focus, puis la recherche suivante ne l’offre plus', async () => {
    const { page } = await open('/recherche/?q=logement');
    await eventually(() => status(page).textContent()).toMatch(/résultats pour « logement »\.$/);
    await refine(page);
    const structures = page
      .getByRole('group', { name: 'Type de contenu' })
      .getByRole('checkbox', { name: /Structures/ });
    await structures.check();
    const field = page.getByRole('searchbox', { name: 'Mots recherchés' });
    await field.fill('CV');
    await eventually(() => status(page).textContent()).toBe('Aucun résultat pour « CV » avec les filtres choisis.');
    // Untick it by keyboard: no structure speaks of CV, yet the box must not vanish from under the focus (RGAA 12.8).
    await structures.focus();
    await page.keyboard.press('Space');
    await eventually(() => status(page).textContent()).toMatch(/^\d+ résultats? pour « CV »\.$/);
    const focused = await page.evaluate(() => {
      const box = document.activeElement;
      return box instanceof HTMLInputElement && box.checkVisibility() ? box.labels?.[0]?.textContent : null;
    });
    expect(focused).toEqual(expect.stringMatching(/^\s*Structures/));
    expect(await structures.isChecked()).toBe(false);
    // Back in the field, the next search no longer offers a filter that would give nothing.
    await field.fill('cv');
    await eventually(() => status(page).textContent()).toMatch(/^\d+ résultats? pour « cv »\.$/);
    await eventually(() => structures.isVisible()).toBe(false);
    await page.close();
  });

  it('« handicap » mène aux résultats de l’autodiagnostic, chacun une fois, sous un titre qui dit son bassin', async () => {
    const { page } = await open('/recherche/?q=handicap');
    await eventually(() => status(page).textContent()).toMatch(/résultats pour « handicap »/);
    const titles = await resultLinks(page).allTextContents();
    const result = resultLinks(page).filter({ hasText: /^Étudier avec un handicap/ });
    expect(await result.textContent()).toBe('Étudier avec un handicap — Blois');
    expect(await result.getAttribute('href')).toBe('/diagnostic/blois/handicap-scolaire/');
    expect(titles).not.toContain('Quelle est votre question ?');
    // One result each: three areas' pages in a row would push the sites and themes out of the first results.
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles.filter((title) => /^Étudier avec un handicap/.test(title))).toHaveLength(1);
    const links = await results(page)
      .getByRole('link')
      .evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(links.filter((href) => href?.startsWith('/diagnostic/professionnels/'))).toEqual([]);
    await page.close();
  });

  it('une personne de Vendôme va du résultat de la recherche au résultat de l’autodiagnostic de son bassin', async () => {
    const { page } = await open('/recherche/?q=handicap');
    await eventually(() => status(page).textContent()).toMatch(/résultats pour « handicap »/);
    const item = results(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Étudier avec un handicap — Blois', exact: true }) });
    expect(await item.getByText(/^Même résultat pour le bassin de Romorantin-Lanthenay ou de Vendôme\.$/).count()).toBe(
      1,
    );
    await item.getByRole('link', { name: 'Vendôme', exact: true }).click();
    await page.waitForURL(/\/diagnostic\/vendome\/handicap-scolaire\/$/);
    expect(await page.title()).toBe('Étudier avec un handicap — Vendôme | AIOA 41');
    expect(await page.getByText(/^Résultat pour le bassin de Vendôme\./).count()).toBe(1);
    await page.close();
  });

  it('« blois » donne les structures de Blois, pas d’abord les résultats de l’autodiagnostic qui portent le bassin', async () => {
    const { page } = await open('/recherche/?q=blois');
    await eventually(() => status(page).textContent()).toMatch(/résultats pour « blois »/);
    const firstTen = (await resultLinks(page).allTextContents()).slice(0, 10);
    expect(firstTen).toContain('Mission Locale du Blaisois');
    expect(firstTen.filter((title) => title.endsWith(' — Blois'))).toEqual([]);
    await page.close();
  });

  it('le filtre « Bassin d’emploi » retire les structures des autres bassins, pas ce qui vaut partout', async () => {
    const { page } = await open('/recherche/?q=logement&bassin=vendome');
    await eventually(() => status(page).textContent()).toMatch(/résultats pour « logement » avec les filtres choisis/);
    const titles = await resultLinks(page).allTextContents();
    expect(titles).toContain('Se loger, se soigner, se déplacer (de 16 à 25 ans) — Vendôme');
    expect(titles).toContain('Sites utiles : Logement, santé et déplacements');
    expect(titles).toContain('Mission Locale du Vendômois');
    expect(titles).not.toContain('Mission Locale du Blaisois');
    await page.close();
  });

  it('le filtre « Bassin d’emploi » garde les résultats de l’autodiagnostic, qui valent pour chaque bassin', async () => {
    const { page } = await open('/recherche/?q=handicap&type=diagnostic&bassin=romorantin');
    await eventually(() => status(page).textContent()).toMatch(/résultats pour « handicap » avec les filtres choisis/);
    const heading = page.getByRole('heading', {
      name: 'Travailler avec un handicap — Romorantin-Lanthenay',
      exact: true,
    });
    expect(await heading.getByRole('link').getAttribute('href')).toBe('/diagnostic/romorantin/handicap-adulte/');
    const item = results(page).getByRole('listitem').filter({ has: heading });
    expect(await item.getByText(/^Même résultat pour le bassin de Blois ou de Vendôme\.$/).count()).toBe(1);
    expect(await item.getByRole('link', { name: 'Blois', exact: true }).getAttribute('href')).toBe(
      '/diagnostic/blois/handicap-adulte/',
    );
    await page.close();
  });

  // Each self-diagnostic result is indexed on the first area's page: a person who ticked Vendôme got « … — Blois »
  // titles leading to Blois's structures, 60 km away.
  it('avec un seul bassin coché, un résultat de l’autodiagnostic porte le nom de ce bassin et mène à sa page', async () => {
    const { page, errors } = await open('/recherche/?q=apprentissage&bassin=vendome');
    await eventually(() => status(page).textContent()).toMatch(
      /résultats pour « apprentissage » avec les filtres choisis/,
    );
    await showAllResults(page);
    const shown = await resultLinks(page).evaluateAll((links) =>
      links.map((link) => ({ title: link.textContent, href: link.getAttribute('href') ?? '' })),
    );
    // The pages of one area's step (not /diagnostic/ itself, which asks the area first).
    const diagnostic = shown.filter(({ href }) => /^\/diagnostic\/(blois|romorantin|vendome)\//.test(href));
    expect(diagnostic.length).toBeGreaterThan(5);
    expect(shown.filter(({ title }) => title.endsWith(' — Blois'))).toEqual([]);
    expect(diagnostic.filter(({ href }) => !href.startsWith('/diagnostic/vendome/'))).toEqual([]);
    expect(diagnostic.filter(({ title }) => !title.endsWith(' — Vendôme'))).toEqual([]);
    // Under each, the other areas' pages, as without the filter.
    const item = results(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Trouver un apprentissage (de 16 à 25 ans) — Vendôme' }) });
    expect(await item.getByText(/^Même résultat pour le bassin de Blois ou de Romorantin-Lanthenay\.$/).count()).toBe(
      1,
    );
    expect(await item.getByRole('link', { name: 'Blois', exact: true }).getAttribute('href')).toBe(
      '/diagnostic/blois/apprentissage-jeune/',
    );
    // An excerpt reads from a word, not from the colon of « Votre résultat : ».
    const excerpts = await results(page)
      .getByRole('listitem')
      .evaluateAll((items) => items.map((item) => item.lastElementChild?.textContent ?? ''));
    expect(excerpts.filter((text) => /^\s*[:;,.]/.test(text))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  // A person's word is not always the site's: each result says it where it is true (content/diagnostic/).
  it.each([
    ['reconversion', 5, 'Changer de métier — Blois'],
    ['reconversion', 5, 'Reprendre une formation ou changer de voie — Blois'],
    ['apprenti', 3, 'Trouver un apprentissage (de 16 à 25 ans) — Blois'],
    // The theme page gathers everything on apprenticeship: a person typing the word of the person expects it first.
    ['apprenti', 3, 'Apprentissage'],
    ['orientation', 8, 'Orientation'],
    ['stage de 3e', 1, 'Stage d’observation de 3e'],
    ['stage de 3e', 5, 'Trouver un stage quand on est élève — Blois'],
    ['handicap', 5, 'Étudier avec un handicap — Blois'],
    ['décrochage', 5, 'Mission de lutte contre le décrochage scolaire du bassin de Blois'],
    ['décrochage', 5, 'Sites utiles : Décrochage scolaire'],
    ['logement', 3, 'Se loger, se soigner, se déplacer (de 16 à 25 ans) — Blois'],
  ])('« %s » donne dans ses %i premiers résultats « %s »', async (words, first, title) => {
    const { page } = await open(`/recherche/?q=${encodeURIComponent(words)}`);
    await eventually(() => status(page).textContent()).toMatch(/résultats? pour/);
    expect((await resultLinks(page).allTextContents()).slice(0, first)).toContain(title);
    await page.close();
  });

  // Pagefind's French stemmer reads these sigles as other words (« VAE » as « va », « VIE » as « vie », « AIOA » as
  // « AIO »), and a word matches every word that begins like it (« ROME », « Romorantin »): yet a person typing a sigle
  // looks for what it names.
  it.each(['VAE', 'VIE', 'AIOA', 'ROME', 'BTS', 'ANTS', 'EURES', 'CAD', 'CAP', 'BUT'])(
    '« %s » mène d’abord à une page qui emploie ce sigle',
    async (sigle) => {
      const { page } = await open(`/recherche/?q=${sigle}`);
      await eventually(() => status(page).textContent()).toMatch(/résultats? pour/);
      const first = resultLinks(page).first();
      const title = await first.textContent();
      await first.click();
      await page.waitForURL((url) => !url.pathname.startsWith('/recherche/'));
      const text = await page.getByRole('main').innerText();
      expect(text, `premier résultat : « ${title} »`).toMatch(new RegExp(`(?<!\\p{L})${sigle}(?!\\p{L})`, 'u'));
      await page.close();
    },
  );

  it('« mission locale » donne d’abord une Mission Locale, et des extraits lisibles', async () => {
    const { page } = await open('/recherche/?q=mission+locale');
    await eventually(() => status(page).textContent()).toMatch(/résultats pour « mission locale »/);
    expect(await resultLinks(page).first().textContent()).toMatch(/^Mission Locale du /);
    expect(await page.locator('main .site-search__kind').first().textContent()).toMatch(/^Structure · /);
    await page.getByRole('searchbox', { name: 'Mots recherchés' }).fill('romorantin');
    await eventually(() => status(page).textContent()).toMatch(/résultats pour « romorantin »/);
    const text = await results(page).textContent();
    expect(text).not.toMatch(/à confirmer/);
    expect(text).not.toMatch(/AdresseAdresse|Téléphoneà|TypeMission|Services : Services/);
    await page.close();
  });

  it.each([
    // A structure's facts (« Sigle CFAI Type Centre de formation… Bassin d’emploi Blois »).
    ['CFAI', /Sigle ?: CFAI( \([^)]*\))?\. Type ?: Centre de formation/],
    // A form of internship's facts (« Durée 5 jours, consécutifs ou non, aux dates… Cadre légal … »), cut where Pagefind cuts.
    ['consécutifs', /Durée ?: 5 jours, consécutifs ou non, aux dates fixées par le collège\. Cadre légal ?:/],
    // A tool's facts (« Publics Jeunes de 16 à 25 ans… »), with French spacing before the colon.
    ['jeunes', /Publics : Jeunes de 16 à 25 ans sortis de l’école, Demandeurs d’emploi/],
  ])('l’extrait de « %s » se lit en phrases : un intitulé ne court pas dans sa valeur', async (words, sentence) => {
    const { page } = await open(`/recherche/?q=${words}`);
    await eventually(() => status(page).textContent()).toMatch(/résultats? pour/);
    await showAllResults(page);
    const text = (await results(page).textContent()) ?? '';
    expect(text).toMatch(sentence);
    expect(text).not.toMatch(/(Sigle|Type|Bassin d’emploi|Dans le réseau|Durée|Cadre légal|Pour qui|Publics) [A-ZÀÉ]/);
    // French puts a space before a colon: « Publics: Jeunes » reads as a typing slip.
    expect(text.match(/\p{L}: \p{Lu}/gu) ?? []).toEqual([]);
    await page.close();
  });

  it.each(['jeunes', 'apprenti', 'emploi'])(
    'les titres et extraits de « %s » se lisent en phrases : pas de majuscule après une parenthèse',
    async (words) => {
      const { page } = await open(`/recherche/?q=${words}`);
      await eventually(() => status(page).textContent()).toMatch(/résultats? pour/);
      await showAllResults(page);
      const text = (await results(page).textContent()) ?? '';
      // The self-diagnostic's titles name the answer that tells two pages apart: « Trouver un emploi (de 16 à 25 ans) ».
      expect(text).toMatch(/\(de 16 à 25 ans\)/);
      expect(text.match(/\((?:De|Je|J’ai|Moins|Mon|Il|En|Au) [^)]*\)/g) ?? []).toEqual([]);
      await page.close();
    },
  );

  it('garde la recherche dans l’adresse : rechargement et bouton Retour', async () => {
    const { page } = await open('/recherche/?q=apprentissage');
    await eventually(() => status(page).textContent()).toMatch(/pour « apprentissage »/);
    expect(await page.getByRole('searchbox', { name: 'Mots recherchés' }).inputValue()).toBe('apprentissage');
    await page.getByRole('searchbox', { name: 'Mots recherchés' }).fill('sitothèque');
    await page.keyboard.press('Enter');
    await eventually(() => page.url()).toMatch(/\?q=sitoth%C3%A8que$/);
    await page.reload();
    await eventually(() => status(page).textContent()).toMatch(/pour « sitothèque »/);
    await page.goBack();
    await eventually(() => status(page).textContent()).toMatch(/pour « apprentissage »/);
    expect(await page.getByRole('searchbox', { name: 'Mots recherchés' }).inputValue()).toBe('apprentissage');
    await page.close();
  });

  it('ne donne les mots cherchés, qui sont dans l’adresse, ni avec l’index ni à la page d’un résultat suivi', async () => {
    const { page } = await open('/recherche/');
    const sent: Request[] = [];
    page.on('request', (request) => sent.push(request));
    await search(page, 'handicap');
    await eventually(() => page.url()).toMatch(/\?q=handicap$/);
    const link = resultLinks(page).first();
    const href = new URL((await link.getAttribute('href'))!, page.url()).href;
    await Promise.all([page.waitForURL(href), link.click()]);
    // A Referer with the address would write the words (here a health matter) into the host's logs.
    const referers = await withReferers(sent);
    expect(referers.some(({ url }) => new URL(url).pathname.startsWith('/pagefind/'))).toBe(true);
    expect(referers.map(({ url }) => url)).toContain(href);
    expect(referers.filter(({ referer }) => referer?.includes('q=handicap'))).toEqual([]);
    await page.close();
  });

  it('dit clairement quand rien n’est trouvé et propose les rubriques', async () => {
    const { page } = await open('/recherche/?q=zzyzx');
    await eventually(() => status(page).textContent()).toBe('Aucun résultat pour « zzyzx ».');
    expect(await results(page).count()).toBe(0);
    await eventually(() => page.getByRole('main').getByRole('link', { name: 'Plan du site' }).isVisible()).toBe(true);
    // The help comes below the count, shown once: the field does not move down while the person types.
    const field = page.getByRole('searchbox', { name: 'Mots recherchés' });
    const top = async () => (await field.boundingBox())!.y;
    await field.fill('apprentissage');
    await eventually(() => status(page).textContent()).toMatch(/pour « apprentissage »/);
    const withResults = await top();
    await field.fill('zzyzx');
    await eventually(() => status(page).textContent()).toBe('Aucun résultat pour « zzyzx ».');
    expect(await top()).toBe(withResults);
    expect(await page.getByText(/Essayez un autre mot/).count()).toBe(1);
    // The first way out offered is the self-diagnostic, which asks the person's situation.
    const firstWayOut = await status(page).evaluate((shown) => {
      const links = [...document.querySelectorAll('main a')].filter(
        (link) =>
          shown.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING &&
          (link as HTMLElement).checkVisibility(),
      );
      return links[0]?.getAttribute('href');
    });
    expect(firstWayOut).toBe('/diagnostic/');
    await page.close();
  });

  // A person types as she speaks; Pagefind wants every word, and « veux » is on no page about leaving school.
  it('« je veux arrêter l’école » mène au résultat de l’autodiagnostic, et dit que tous les mots n’y sont pas', async () => {
    const { page } = await open('/recherche/');
    await page.getByRole('searchbox', { name: 'Mots recherchés' }).fill('je veux arrêter l’école');
    await eventually(() => status(page).textContent()).toMatch(
      /^Aucune page ne contient tous vos mots\. \d+ résultats? pour « /,
    );
    const hrefs = await resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain('/diagnostic/blois/decrochage-scolaire/');
    // The address keeps the words typed: the person's own search, shared or reloaded.
    expect(new URL(page.url()).searchParams.get('q')).toBe('je veux arrêter l’école');
    await page.close();
  });

  it('sans JavaScript, explique pourquoi et mène au plan du site', async () => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const { page } = await open('/recherche/', siteUrl, noScript);
    expect(await page.getByRole('main').textContent()).toMatch(/La recherche a besoin de JavaScript/);
    // Said before the disabled field and its filters, not after them.
    const help = page.getByText(/La recherche a besoin de JavaScript/);
    const field = page.getByRole('searchbox', { name: 'Mots recherchés' });
    expect(
      await help.evaluate(
        (text, input) => Boolean(text.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING),
        await field.elementHandle(),
      ),
    ).toBe(true);
    // Shown under the field, though: the field stands where the script will leave it.
    expect((await help.boundingBox())!.y).toBeGreaterThan((await field.boundingBox())!.y);
    // The lead promises results while typing only with JavaScript.
    expect(await page.getByRole('main').textContent()).toMatch(
      /Avec JavaScript activé, les résultats s’affichent pendant la frappe\./,
    );
    await page.getByRole('main').getByRole('link', { name: 'Plan du site' }).click();
    await page.waitForURL(/\/plan-du-site\/$/);
    await noScript.close();
  });

  // Since the filters stand beside the results from 60em, about 30 greyed boxes stood beside the help: they do nothing.
  it.each([
    [390, 844],
    [1280, 800],
  ])('sans JavaScript, à %i×%i, ne montre pas les filtres, qui ne peuvent servir', async (width, height) => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width, height } });
    const { page } = await open('/recherche/', siteUrl, noScript);
    expect(
      await page
        .getByRole('main')
        .getByText(/La recherche a besoin de JavaScript/)
        .isVisible(),
    ).toBe(true);
    // In the page (the script would enable them), but not shown.
    expect(await page.locator('main input[type="checkbox"]').count()).toBeGreaterThan(20);
    expect(await page.getByRole('main').getByRole('checkbox').filter({ visible: true }).count()).toBe(0);
    expect(
      await page
        .getByRole('main')
        .getByText('Affiner la recherche', { exact: false })
        .filter({ visible: true })
        .count(),
    ).toBe(0);
    await noScript.close();
  });

  // Without JavaScript the disabled « Rechercher » kept the brand colour of the working button: it looked usable.
  it('sans JavaScript, le champ et le bouton « Rechercher » se voient inactifs, pas par la couleur seule, texte lisible', async () => {
    const look = (control: ReturnType<Page['locator']>) =>
      control.evaluate((element) => {
        const style = getComputedStyle(element);
        const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = (colour: number[]) => {
          const [r = 0, g = 0, b = 0] = colour.map((value) => {
            const c = value / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const [hi, lo] = [luminance(rgb(style.color)), luminance(rgb(style.backgroundColor))].sort((x, y) => y - x);
        return {
          background: style.backgroundColor,
          border: style.borderTopStyle,
          cursor: style.cursor,
          contrast: (hi! + 0.05) / (lo! + 0.05),
        };
      });
    const controls = (page: Page) => ({
      field: page.getByRole('searchbox', { name: 'Mots recherchés' }),
      button: page.getByRole('main').getByRole('button', { name: 'Rechercher' }),
    });
    const { page: working } = await open('/recherche/');
    await eventually(() => controls(working).button.isEnabled()).toBe(true);
    const usable = { field: await look(controls(working).field), button: await look(controls(working).button) };
    await working.close();
    const noScript = await session.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 800 },
    });
    const { page } = await open('/recherche/', siteUrl, noScript);
    const { field, button } = controls(page);
    expect(await button.isDisabled()).toBe(true);
    const dead = { field: await look(field), button: await look(button) };
    // Not the working button's brand colour, and not by colour alone: a dashed edge and a « not allowed » pointer.
    expect(dead.button.background).not.toBe(usable.button.background);
    for (const name of ['field', 'button'] as const) {
      expect(usable[name].border, name).toBe('solid');
      expect(dead[name].border, name).toBe('dashed');
      expect(dead[name].cursor, name).toBe('not-allowed');
    }
    // Its word stays legible.
    expect(dead.button.contrast).toBeGreaterThanOrEqual(4.5);
    await noScript.close();
  });

  it('le champ ne bouge pas quand le script arrive, et l’aide reste si le script est bloqué', async () => {
    const fieldTop = async (page: Page) =>
      (await page.getByRole('searchbox', { name: 'Mots recherchés' }).boundingBox())!.y;
    const noScriptHelpShown = (page: Page) =>
      page
        .getByRole('main')
        .getByText(/La recherche a besoin de JavaScript/)
        .isVisible();
    const { context: blocked } = await offlineContext(session.browser);
    await blocked.route('**/_astro/*.js', (route) => route.abort('blockedbyclient'));
    const { page: withoutScript } = await open('/recherche/', siteUrl, blocked);
    expect(await noScriptHelpShown(withoutScript)).toBe(true);
    const before = await fieldTop(withoutScript);
    await blocked.close();
    const { page, errors } = await open('/recherche/');
    await eventually(() => page.getByRole('searchbox', { name: 'Mots recherchés' }).isEnabled()).toBe(true);
    expect(await noScriptHelpShown(page)).toBe(false);
    expect(await fieldTop(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('affiche un message si Pagefind ne peut pas se charger', async () => {
    const { context: blocked } = await offlineContext(session.browser);
    await blocked.route('**/pagefind/pagefind.js', (route) => route.abort('blockedbyclient'));
    const { page } = await open('/recherche/?q=apprentissage', siteUrl, blocked);
    // An error is an alert, not a status (RGAA 7.5.2): the count's status stays silent.
    await eventually(() => page.locator('main').getByRole('alert').textContent()).toBe(
      'La recherche n’a pas pu se charger.',
    );
    expect(await status(page).textContent()).toBe('');
    expect(
      await page
        .getByRole('main')
        .getByText(/Le plan du site et les rubriques/)
        .isVisible(),
    ).toBe(true);
    await blocked.close();
  });

  // A host may send the policy as a header on every file, the worker that runs Pagefind included.
  it.each([
    ["default-src 'self'", 'alert', 'La recherche n’a pas pu se charger.'],
    ["default-src 'self'; script-src 'self' 'wasm-unsafe-eval'", 'status', /^\d+ résultats pour « apprentissage »\.$/],
  ] as const)('sous la politique de sécurité « %s » : %s %s', async (policy, role, expected) => {
    const { context: strict } = await offlineContext(session.browser);
    await strict.route(`${siteUrl}**`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    const { page } = await open('/recherche/?q=apprentissage', siteUrl, strict);
    await eventually(() => page.locator('main').getByRole(role).textContent()).toMatch(expected);
    await strict.close();
  });
});

describe('le bouton « Rechercher » de l’en-tête', () => {
  it('ne charge rien de Pagefind avant usage, puis trouve au clavier seul', async () => {
    const page = await session.context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await openPage(page, '/points-etape/2009-elargissement/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => /pagefind|siteSearch/.test(url))).toEqual([]);

    const launcher = page.getByRole('banner').getByRole('button', { name: 'Rechercher' });
    await launcher.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Rechercher dans le site' });
    const field = dialog.getByRole('searchbox', { name: 'Mots recherchés' });
    await eventually(() => field.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('apprentissage');
    await eventually(() => dialog.getByRole('status').textContent()).toMatch(/résultats pour « apprentissage »/);
    expect(requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    const fullSearch = dialog.getByRole('link', { name: 'Recherche détaillée, avec des filtres' });
    expect(await fullSearch.getAttribute('href')).toBe('/recherche/?q=apprentissage');
    expect(await axeViolations(page)).toEqual([]);
    const firstTitle = await resultLinks(page).first().textContent();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.endsWith('/2009-elargissement/'));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(firstTitle);
    await page.close();
  });

  it('à une phrase (« je veux arrêter l’école »), répond avec les mots qui trouvent quelque chose', async () => {
    const { page } = await open('/thematiques/');
    await page.getByRole('banner').getByRole('button', { name: 'Rechercher' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rechercher dans le site' });
    await dialog.getByRole('searchbox', { name: 'Mots recherchés' }).fill('je veux arrêter l’école');
    await eventually(() => dialog.getByRole('status').textContent()).toMatch(
      /^Aucune page ne contient tous vos mots\./,
    );
    expect(
      await dialog
        .getByRole('link', { name: /arrêter l’école/ })
        .first()
        .getAttribute('href'),
    ).toMatch(/^\/diagnostic\//);
    await page.close();
  });

  it('se ferme par Échap et rend le focus au bouton', async () => {
    const { page } = await open('/thematiques/');
    const launcher = page.getByRole('banner').getByRole('button', { name: 'Rechercher' });
    await launcher.click();
    const field = page.getByRole('dialog').getByRole('searchbox', { name: 'Mots recherchés' });
    await eventually(() => field.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await eventually(() => page.getByRole('dialog').count()).toBe(0);
    expect(await launcher.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.close();
  });

  it('est un lien vers /recherche/ sans JavaScript', async () => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const { page } = await open('/points-etape/', siteUrl, noScript);
    await page.getByRole('banner').getByRole('link', { name: 'Rechercher' }).click();
    await page.waitForURL(/\/recherche\/$/);
    await noScript.close();
  });
});

describe('sous un chemin de base', () => {
  it('cherche et mène à des pages sous ce chemin', async () => {
    const { page, errors } = await open('/recherche/?q=apprentissage', subPathSiteUrl);
    await eventually(() => status(page).textContent()).toMatch(/résultats pour « apprentissage »/);
    const href = await resultLinks(page).first().getAttribute('href');
    expect(href).toMatch(/^\/aioa41\//);
    await resultLinks(page).first().click();
    await page.waitForURL(/\/aioa41\/.+/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('mène au résultat de l’autodiagnostic d’un autre bassin sous ce chemin', async () => {
    const { page } = await open('/recherche/?q=handicap', subPathSiteUrl);
    await eventually(() => status(page).textContent()).toMatch(/résultats pour « handicap »/);
    await results(page).getByRole('link', { name: 'Vendôme', exact: true }).first().click();
    await page.waitForURL(/\/aioa41\/diagnostic\/vendome\/handicap-[a-z]+\/$/);
    await page.close();
  });
});
