/**
 * The map on a phone, touch in hand, as a readers' review found it (QA D, items 2, 3 and 9): a popup wider than the
 * map, a result's selection said only where its link does not land, and the filters two screens down.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { offlineContext } from '../../scripts/lib/browser.ts';
import { openPage, useOfflineBrowser } from '../support/browser.ts';
import { contentFiles } from '../support/loadContent.ts';
import { EMBED_HEIGHT } from '../../src/lib/structures/embedUrl.ts';

const session = useOfflineBrowser();
const total = contentFiles('structures').length;
/** Two structures of one area, as a result of the self-diagnostic names them in its map link. */
const RESULT_SELECTION = 'structure=cio-vendome&structure=mgi-vendome';

type Box = { x: number; y: number; width: number; height: number };

/** A phone's page, touch and mobile viewport, at this size. */
async function phonePage(width: number, height: number): Promise<Page> {
  const { context } = await offlineContext(session.browser, {
    viewport: { width, height },
    hasTouch: true,
    isMobile: true,
  });
  return context.newPage();
}

const box = async (locator: Locator): Promise<Box> => (await locator.boundingBox())!;

/** Whether `inner` lies inside `outer`, give or take the rounding of a fraction of a pixel. */
const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 1 &&
  inner.y >= outer.y - 1 &&
  inner.x + inner.width <= outer.x + outer.width + 1 &&
  inner.y + inner.height <= outer.y + outer.height + 1;

/** Whether two boxes share some area (touching edges do not). */
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Where a popup rests once the map has panned to show it. */
async function settledBox(popup: Locator): Promise<Box> {
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await popup.boundingBox());
        const settled = now === last;
        last = now;
        return settled;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
  return JSON.parse(last) as Box;
}

describe('la carte sur un téléphone de 320 px', () => {
  it.each(['carte/?bassin=romorantin', 'embed/carte/?bassin=romorantin'])(
    'sur %s, la bulle d’un repère et son bouton « Fermer la fiche » tiennent dans la carte et l’écran',
    async (path) => {
      const page = await phonePage(320, 568);
      await openPage(page, path);
      await page.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
      const canvas = page.getByRole('region', { name: /^Carte des structures/ });
      await canvas.scrollIntoViewIfNeeded();
      // A group (names of several structures) and a single structure: the review found the group cut at 320 px.
      const markers = [
        page.getByRole('button', { name: /^Groupe de \d+ structures : / }).first(),
        page.getByRole('button', { name: /^France Travail Romorantin/ }),
      ];
      for (const marker of markers) {
        await marker.tap();
        const popup = page.locator('.leaflet-popup');
        const shown = await settledBox(popup);
        const map = await box(canvas);
        const screen = { x: 0, y: 0, width: 320, height: 568 };
        expect(inside(shown, map), `bulle ${JSON.stringify(shown)}, carte ${JSON.stringify(map)}`).toBe(true);
        expect(inside(shown, screen)).toBe(true);
        const close = page.getByRole('button', { name: 'Fermer la fiche' });
        expect(inside(await box(close), map)).toBe(true);
        expect(inside(await box(close), screen)).toBe(true);
        // Every name is read whole: its link wraps inside the popup rather than running past its edge.
        for (const link of await popup.getByRole('link').all()) expect(inside(await box(link), shown)).toBe(true);
        await close.tap();
        await popup.waitFor({ state: 'detached' });
      }
      await page.context().close();
    },
  );

  it.each(['carte/', 'embed/carte/'])(
    'sur %s, les boutons de la carte tiennent sur une ligne et le crédit d’OpenStreetMap sur deux au plus',
    async (path) => {
      const page = await phonePage(320, 568);
      await openPage(page, path);
      await page.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
      const toolbar = page.getByRole('group', { name: 'Commandes de la carte' });
      const buttons = await toolbar.getByRole('button').all();
      expect(buttons.length).toBeGreaterThan(5);
      const boxes = await Promise.all(buttons.map(box));
      // One row: every button at the first one's height on the page, all within the screen.
      for (const [index, button] of boxes.entries()) {
        expect(Math.abs(button.y - boxes[0]!.y), `bouton ${index + 1} : ${JSON.stringify(button)}`).toBeLessThan(1);
        expect(button.x + button.width).toBeLessThanOrEqual(320);
        // Still a target a finger can hit (WCAG 2.5.8 asks 24 px).
        expect(Math.min(button.width, button.height)).toBeGreaterThanOrEqual(24);
      }
      const credit = page.locator('.leaflet-control-attribution');
      const lineHeight = await credit.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
      expect(lineHeight).toBeGreaterThan(0);
      expect(Math.round((await box(credit)).height / lineHeight), await credit.innerText()).toBeLessThanOrEqual(2);
      await page.context().close();
    },
  );

  // In a frame of the height the generator proposes for a map alone (EMBED_HEIGHT.default), with the list under it:
  // the map is short, and a marker framed at its bottom edge lay under the credit, which spans the whole map.
  it.each(['embed/carte/', 'embed/carte/?bassin=blois'])(
    'sur %s, dans un cadre de 320 × 500, le crédit d’OpenStreetMap ne cache aucun repère',
    async (path) => {
      const page = await phonePage(320, EMBED_HEIGHT.default);
      await openPage(page, path);
      await page.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
      const canvas = await box(page.getByRole('region', { name: /^Carte des structures/ }));
      const credit = await box(page.locator('.leaflet-control-attribution'));
      expect(credit.width).toBeGreaterThan(canvas.width * 0.9);
      const markers = await page.locator('.leaflet-marker-icon').all();
      expect(markers.length).toBeGreaterThan(0);
      const covered: string[] = [];
      for (const marker of markers) {
        const shown = await box(marker);
        const name = (await marker.getAttribute('aria-label')) ?? '';
        expect(inside(shown, canvas), `${name} : ${JSON.stringify(shown)}`).toBe(true);
        if (overlaps(shown, credit)) covered.push(`${name} : ${JSON.stringify(shown)}`);
      }
      expect(covered, `crédit ${JSON.stringify(credit)}`).toEqual([]);
      await page.context().close();
    },
  );

  it.each(['carte/', 'embed/carte/'])(
    'sur %s, un doigt qui glisse sur la carte fait défiler la page, et une ligne dit que les boutons déplacent la carte',
    async (path) => {
      const page = await phonePage(320, 568);
      await openPage(page, path);
      await page.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
      const hint = page.getByText('Déplacez la carte avec les boutons.');
      expect(await hint.isVisible()).toBe(true);
      // Right under the buttons it speaks of, above the map.
      const toolbar = await box(page.getByRole('group', { name: 'Commandes de la carte' }));
      const canvas = await box(page.getByRole('region', { name: /^Carte des structures/ }));
      const said = await box(hint);
      expect(said.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
      expect(said.y + said.height).toBeLessThanOrEqual(canvas.y + 1);
      // Where the map's panes and zoom stand (Leaflet moves them by CSS transforms).
      const view = () =>
        page.evaluate(() =>
          ['.leaflet-map-pane', '.leaflet-proxy'].map((pane) => document.querySelector(pane)?.getAttribute('style')),
        );
      const before = await view();
      // A finger put down on the middle of the map, moved up 200 px and lifted, as a phone sends it.
      const touch = await page.context().newCDPSession(page);
      const x = Math.round(canvas.x + canvas.width / 2);
      const y = Math.round(canvas.y + canvas.height / 2);
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let step = 1; step <= 10; step += 1) {
        await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - step * 20 }] });
      }
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
      expect(await view()).toEqual(before);
      // The buttons still move it, once the page has stopped scrolling (a tap during the fling only stops it).
      let last = -1;
      await expect
        .poll(async () => {
          const now = await page.evaluate(() => scrollY);
          const settled = now === last;
          last = now;
          return settled;
        })
        .toBe(true);
      await page.getByRole('button', { name: 'Déplacer la carte vers le nord' }).tap();
      await expect.poll(view).not.toEqual(before);
      await page.context().close();
    },
  );

  it('le lien d’un résultat montre sous le titre de la liste ses structures et un lien vers toutes', async () => {
    const page = await phonePage(320, 568);
    await openPage(page, `carte/?${RESULT_SELECTION}#selection`);
    const heading = page.getByRole('heading', { name: 'Liste des structures' });
    // The page's script may come late on a loaded machine: up to 10 s rather than 1.
    const slow = { timeout: 10_000 };
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement), slow).toBe(true);
    await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const said = page.getByText('Les 2 structures de votre résultat de l’autodiagnostic.');
    const all = page.getByRole('link', { name: 'Voir toutes les structures' });
    // Right under the heading, on screen, outside the folded filters.
    const under = await box(heading);
    for (const element of [said, all]) {
      expect(await element.isVisible()).toBe(true);
      const { y, height } = await box(element);
      expect(y).toBeGreaterThanOrEqual(under.y + under.height - 1);
      expect(y + height).toBeLessThanOrEqual(Math.min(568, under.y + under.height + 100));
    }
    expect(await all.evaluate((element) => element.closest('details') === null)).toBe(true);
    // Without JavaScript the link is the whole map; the page's own count is not read twice by a screen reader.
    expect(await all.getAttribute('href')).toBe('/carte/');
    expect(await page.locator('[data-selection-note]').ariaSnapshot()).toBe(
      '- paragraph:\n  - link "Voir toutes les structures":\n    - /url: /carte/',
    );
    await all.tap();
    await expect.poll(() => page.locator('[data-structure]:visible').count(), slow).toBe(total);
    expect(new URL(page.url()).search).toBe('');
    expect(await said.isVisible()).toBe(false);
    await expect
      .poll(() => page.getByRole('status').first().textContent(), slow)
      .toBe(`${total} structures affichées.`);
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
    // The Back button returns to the result's selection.
    await page.goBack();
    await expect.poll(() => page.locator('[data-structure]:visible').count(), slow).toBe(2);
    await page.context().close();
  });

  it('sous le titre, « Filtrer » et « Aller à la liste » mènent aux filtres repliés et à la liste', async () => {
    const page = await phonePage(320, 568);
    await openPage(page, 'carte/');
    await page.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
    const filter = page.getByRole('link', { name: 'Filtrer', exact: true });
    const toList = page.getByRole('link', { name: 'Aller à la liste' });
    const title = await box(page.getByRole('heading', { level: 1 }));
    const map = await box(page.getByRole('region', { name: 'Carte des structures' }));
    for (const link of [filter, toList]) {
      const { y, height } = await box(link);
      expect(y).toBeGreaterThanOrEqual(title.y + title.height);
      expect(y + height).toBeLessThanOrEqual(Math.min(568, map.y));
    }
    const areas = page.getByRole('group', { name: 'Bassin d’emploi' });
    expect(await areas.isVisible()).toBe(false);
    await filter.tap();
    await expect.poll(() => areas.isVisible(), { timeout: 10_000 }).toBe(true);
    const shown = await box(areas.getByLabel('Vendôme'));
    expect(shown.y).toBeGreaterThanOrEqual(0);
    expect(shown.y + shown.height).toBeLessThanOrEqual(568);
    await areas.getByLabel('Vendôme').tap();
    await page.waitForURL(/\?bassin=vendome$/);
    await toList.scrollIntoViewIfNeeded();
    await toList.tap();
    const list = page.getByRole('heading', { name: 'Liste des structures' });
    await expect.poll(async () => (await box(list)).y, { timeout: 10_000 }).toBeLessThan(568 / 2);
    // Its top at the top of the screen: a jump to an anchor may leave it a fraction of a pixel above (-0.39 px seen).
    expect((await box(list)).y).toBeGreaterThanOrEqual(-1);
    await page.context().close();
  });

  it('les phrases sous la carte gardent leurs espaces', async () => {
    const page = await phonePage(320, 568);
    await openPage(page, 'carte/');
    await page.locator('structure-directory[data-ready]').waitFor({ state: 'attached' });
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Vendôme\. Filtrez par bassin/);
    expect(text).toMatch(/Intégrer cette carte sur votre site · Annuaire des structures/);
    await page.context().close();
  });
});
