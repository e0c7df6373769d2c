import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { offlineContext } from '../../scripts/lib/browser.ts';
import { collectErrors, fetchFile, openPage, servedHere, useOfflineBrowser } from '../support/browser.ts';
import { startStaticServer } from '../../scripts/lib/staticServer.ts';
import { contentFiles } from '../support/loadContent.ts';
import { nameWithSigle } from '../../src/lib/structures/nameWithSigle.ts';
import { UNPLACED_ON_MAP } from '../../src/lib/structures/postalPlace.ts';
import { territory } from '../../src/site.config.ts';

const siteUrl = inject('siteUrl');
const subPathSiteUrl = inject('subPathSiteUrl');

/**
 * The structures as editors wrote them: the truth every view is checked against. `commune` is the town a reader is
 * told: « lieu à confirmer, pas sur la carte » when the file's only places a stand-in point (`commune_inconnue`).
 */
const structures = contentFiles('structures').map(({ id, data }) => {
  const entry = data as {
    nom: string;
    sigle?: string;
    commune: string;
    commune_inconnue?: boolean;
    bassin: string;
    type: string;
    latitude: number;
    longitude: number;
    verifie: boolean;
    membre?: boolean;
  };
  return { id, ...entry, commune: entry.commune_inconnue ? UNPLACED_ON_MAP : entry.commune };
});
/** The structures whose town no source gives: in the lists, not on the map (its stand-in point would place them). */
const unplaced = structures.filter((s) => s.commune_inconnue);

const session = useOfflineBrowser();

const markers = (page: Page | FrameLocator) => page.locator('.leaflet-marker-icon');
/** The tiles of the map's background, as the tile server names them. */
const TILES = /\/\d+\/\d+\/\d+\.png$/;
/** Two structures of one area, as a result of the self-diagnostic names them in its map link. */
const RESULT_SELECTION = 'structure=cio-vendome&structure=mgi-vendome';
const GROUP = /^Groupe de (\d+) structures : (.*)$/;

/** Names of the structures the map shows, read from its markers' accessible names (a group names each member). */
async function namesOnMap(page: Page | FrameLocator): Promise<string[]> {
  const labels = await markers(page).evaluateAll((icons) => icons.map((icon) => icon.getAttribute('aria-label') ?? ''));
  return labels
    .flatMap((label) => {
      const group = GROUP.exec(label);
      if (group) return group[2]!.split(' ; ');
      return structures.filter((s) => label === `${s.nom}, ${s.commune}`).map((s) => s.nom);
    })
    .sort();
}
/** The names the map shows of these structures: those with a known town. */
const namesOf = (list: typeof structures) =>
  list
    .filter((s) => !s.commune_inconnue)
    .map((s) => s.nom)
    .sort();
const listItems = (page: Page) => page.locator('[data-structure]:visible');

/** Where the map's panes and zoom stand: Leaflet moves them by CSS transforms. */
const mapView = (page: Page | FrameLocator) =>
  page
    .locator('.leaflet-map-pane, .leaflet-proxy')
    .evaluateAll((panes) => panes.map((pane) => pane.getAttribute('style') ?? ''));

/** Turns the mouse wheel down `notches` times with the pointer over the middle of `over`. */
async function wheelOver(page: Page, over: Locator, notches = 5) {
  const box = (await over.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let notch = 0; notch < notches; notch += 1) await page.mouse.wheel(0, 100);
}

async function openMap(path: string, pageContext = session.context): Promise<{ page: Page; errors: string[] }> {
  const page = await pageContext.newPage();
  const errors = collectErrors(page);
  await openPage(page, path);
  await page.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
  return { page, errors };
}

describe('la carte des structures', () => {
  it('montre chaque structure de commune connue une fois, par un repère à son nom ou dans un groupe qui la nomme', async () => {
    const { page, errors } = await openMap('carte/');
    expect(await namesOnMap(page)).toEqual(namesOf(structures));
    expect(await listItems(page).count()).toBe(structures.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('en zoomant sur un groupe, montre un repère par structure, nommé par la structure et sa commune', async () => {
    const { page } = await openMap('carte/?bassin=blois');
    const blois = structures.filter((s) => s.bassin === 'blois' && !s.commune_inconnue);
    const group = markers(page)
      .filter({ has: page.locator('.map-marker--group') })
      .first();
    await group.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup-content');
    const members = await popup.getByRole('link').count();
    expect(members).toBeGreaterThan(1);
    const zoom = popup.getByRole('button', { name: 'Zoomer sur ce groupe' });
    await zoom.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    await zoom.click();
    // Focus goes to a new marker after a click too (a screen reader may send one), but shows no ring after the
    // mouse's, and the page does not scroll away from the map.
    expect(
      await page.evaluate(() =>
        document.activeElement?.matches('.leaflet-marker-icon')
          ? document.activeElement.matches(':focus-visible')
          : null,
      ),
    ).toBe(false);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    const zoomIn = page.getByRole('button', { name: 'Zoomer', exact: true });
    for (let step = 0; step < 6 && (await page.locator('.map-marker--group').count()) > 0; step++) await zoomIn.click();
    // At street level, every Blois structure has a marker of its own.
    const labels = await markers(page).evaluateAll((icons) => icons.map((icon) => icon.getAttribute('aria-label')));
    expect(new Set(labels)).toEqual(new Set(blois.map((s) => `${s.nom}, ${s.commune}`)));
    await page.close();
  });

  it.each(['carte/', 'embed/carte/'])(
    'sur %s, au clavier, « Zoomer sur ce groupe » mène au repère de la première structure du groupe dans la liste',
    async (path) => {
      const { page } = await openMap(`${path}?bassin=blois`);
      const status = page.getByRole('status').filter({ hasText: 'correspond' });
      const counted = await status.textContent();
      const group = markers(page)
        .filter({ has: page.locator('.map-marker--group') })
        .first();
      const members = GROUP.exec((await group.getAttribute('aria-label')) ?? '')![2]!.split(' ; ');
      await group.focus();
      await page.keyboard.press('Enter');
      await page.locator('.leaflet-popup-content').getByRole('button', { name: 'Zoomer sur ce groupe' }).focus();
      await page.keyboard.press('Enter');
      // The first of the group's structures as the list beside the map orders them: its marker, or a smaller group's.
      const listed = await page
        .locator('[data-structure]')
        .evaluateAll((items) => items.map((item) => ({ name: item.dataset['name']!, label: item.dataset['label']! })));
      const first = listed.find((item) => members.includes(item.name))!;
      const focused = () =>
        page.evaluate(() =>
          document.activeElement?.matches('.leaflet-marker-icon[role="button"]')
            ? document.activeElement.getAttribute('aria-label')
            : `pas un repère : ${document.activeElement?.outerHTML.slice(0, 80)}`,
        );
      const label = await focused();
      const smaller = GROUP.exec(label ?? '');
      if (smaller) {
        expect(Number(smaller[1])).toBeLessThan(members.length);
        expect(smaller[2]!.split(' ; ')).toContain(first.name);
        expect(members).toEqual(expect.arrayContaining(smaller[2]!.split(' ; ')));
      } else {
        expect(label).toBe(first.label);
      }
      expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
      // Heard as it is reached: a button named by the structure (or the group), and the count says nothing new.
      expect(await page.getByRole('button', { name: label!, exact: true }).count()).toBe(1);
      expect(await status.textContent()).toBe(counted);
      // Enter opens its popup, whose first link is one of the group's structures; Escape comes back to the marker.
      await page.keyboard.press('Enter');
      // The group's popup may still be fading out: the link to read is the one that has focus.
      await expect
        .poll(() =>
          page.evaluate(() =>
            document.activeElement?.matches('.leaflet-popup-content a') ? document.activeElement.textContent : null,
          ),
        )
        .toBeOneOf(members);
      await page.keyboard.press('Escape');
      await expect.poll(focused).toBe(label);
      // Tab goes on from there, to the next marker or past the map: not back to the page's start.
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(
          () =>
            document.activeElement !== document.body &&
            !document.activeElement?.matches('.leaflet-popup *') &&
            // Inside the map or after it (FOLLOWING is set for both); an ancestor of the map is PRECEDING.
            (document.querySelector('structure-map')!.compareDocumentPosition(document.activeElement!) &
              Node.DOCUMENT_POSITION_FOLLOWING) !==
              0,
        ),
      ).toBe(true);
      await page.close();
    },
  );

  it('la bulle d’un groupe nomme ses structures dans l’ordre de la liste sous la carte, comme le nom du groupe', async () => {
    const { page } = await openMap('carte/');
    await page.locator('structure-directory[data-filled]').waitFor({ state: 'attached' });
    const listed = await page
      .locator('[data-structure]')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['structure']!));
    const byId = new Map(structures.map((s) => [s.id, s]));
    const groups = markers(page).filter({ has: page.locator('.map-marker--group') });
    // The list sorts by area, then by name: zoomed out until a group gathers several areas, whose names alone would
    // not give the list's order.
    let areasInOneGroup = 1;
    for (let zoomOut = 0; zoomOut < 4 && areasInOneGroup === 1; zoomOut++) {
      for (const group of await groups.all()) {
        await group.focus();
        await page.keyboard.press('Enter');
        const links = page.locator('.leaflet-popup-content a');
        await links.first().waitFor();
        const named = await links.evaluateAll((anchors) =>
          anchors.map((anchor) => /\/structures\/([^/]+)\/$/.exec(anchor.getAttribute('href')!)![1]!),
        );
        expect(named.length).toBeGreaterThan(1);
        expect(named).toEqual(listed.filter((id) => named.includes(id)));
        // The marker's own name lists them in the same order.
        expect(GROUP.exec((await group.getAttribute('aria-label'))!)![2]).toBe(
          named.map((id) => byId.get(id)!.nom).join(' ; '),
        );
        areasInOneGroup = Math.max(areasInOneGroup, new Set(named.map((id) => byId.get(id)!.bassin)).size);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
      }
      // The zoom draws the markers anew: once those of this zoom are gone, the next one's are all there.
      await markers(page).evaluateAll((icons) => icons.forEach((icon) => icon.setAttribute('data-zoom-before', '')));
      await page.getByRole('button', { name: 'Dézoomer' }).click();
      await expect.poll(() => page.locator('[data-zoom-before]').count()).toBe(0);
    }
    expect(areasInOneGroup).toBeGreaterThan(1);
    await page.close();
  });

  it('si les filtres ont retiré le groupe pendant le zoom, « Zoomer sur ce groupe » laisse le focus sur la carte', async () => {
    const { page } = await openMap('carte/?bassin=blois');
    await markers(page)
      .filter({ has: page.locator('.map-marker--group') })
      .first()
      .focus();
    await page.keyboard.press('Enter');
    const zoom = page.locator('.leaflet-popup-content').getByRole('button', { name: 'Zoomer sur ce groupe' });
    // The filters change just before the zoom runs (a reader cannot be that quick; the map must still not drop focus).
    await zoom.evaluate((button) =>
      button.addEventListener(
        'click',
        () => {
          const form = document.querySelector('form[data-filters]')!;
          form.querySelector<HTMLInputElement>('input[name="bassin"][value="blois"]')!.checked = false;
          form.querySelector<HTMLInputElement>('input[name="bassin"][value="romorantin"]')!.checked = true;
          form.dispatchEvent(new Event('change'));
        },
        { capture: true },
      ),
    );
    await zoom.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Carte des structures');
    expect(await namesOnMap(page)).toEqual(namesOf(structures.filter((s) => s.bassin === 'romorantin')));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('leaflet-marker-icon') ?? false)).toBe(
      true,
    );
    await page.close();
  });

  it.each([
    ['bassin=vendome', (s: (typeof structures)[number]) => s.bassin === 'vendome'],
    ['type=cio&type=mission-locale', (s: (typeof structures)[number]) => ['cio', 'mission-locale'].includes(s.type)],
    ['bassin=blois&type=cfa', (s: (typeof structures)[number]) => s.bassin === 'blois' && s.type === 'cfa'],
  ])('un filtre dans l’adresse (?%s) restreint la carte et la liste ensemble', async (query, keep) => {
    const expected = structures.filter(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(structures.length);
    const { page } = await openMap(`carte/?${query}`);
    expect(await namesOnMap(page)).toEqual(namesOf(expected));
    expect(await listItems(page).count()).toBe(expected.length);
    expect(await page.getByRole('status').filter({ hasText: 'correspond' }).textContent()).toContain(
      `${expected.length} structure`,
    );
    await page.close();
  });

  it('un filtre choisi dans le formulaire change la carte, la liste et l’adresse', async () => {
    const { page } = await openMap('carte/');
    await page.getByRole('group', { name: 'Bassin d’emploi' }).getByLabel('Romorantin-Lanthenay').check();
    await page.waitForURL(/\?bassin=romorantin$/);
    const expected = structures.filter((s) => s.bassin === 'romorantin');
    await expect.poll(() => namesOnMap(page)).toEqual(namesOf(expected));
    expect(await listItems(page).count()).toBe(expected.length);
    await page.goBack();
    await page.waitForURL(/\/carte\/$/);
    await expect.poll(() => namesOnMap(page)).toEqual(namesOf(structures));
    await page.close();
  });

  it('le clavier atteint chaque repère, et Entrée ouvre une bulle qui mène aux fiches', async () => {
    const { page } = await openMap('carte/');
    await page.getByRole('button', { name: 'Revenir à la vue d’ensemble' }).focus();
    const reached: string[] = [];
    for (let step = 0; step < structures.length + 10; step++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() =>
        document.activeElement?.classList.contains('leaflet-marker-icon')
          ? document.activeElement.getAttribute('aria-label')
          : null,
      );
      if (label && !reached.includes(label)) reached.push(label);
    }
    expect(reached.length).toBe(await markers(page).count());
    const single = reached.find((label) => !GROUP.test(label))!;
    const structure = structures.find((s) => single === `${s.nom}, ${s.commune}`)!;
    await page.getByRole('button', { name: single, exact: true }).focus();
    await page.keyboard.press('Enter');
    const link = page.locator('.leaflet-popup-content').getByRole('link', { name: structure.nom });
    await link.waitFor();
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await link.getAttribute('href')).toBe(`/structures/${structure.id}/`);
    // Leaflet's own button says « Close popup »: the page speaks French (RGAA 8.7).
    expect(await page.getByRole('button', { name: 'Fermer la fiche' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /close/i }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(single);
    await page.close();
  });

  it('sur un écran de 390 px, la carte vient juste après le titre et les filtres se replient dessous', async () => {
    const { context: phone } = await offlineContext(session.browser, { viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await openPage(page, 'carte/');
    await page.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
    const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    const map = (await page.getByRole('region', { name: 'Carte des structures' }).boundingBox())!;
    // Between the heading and the map, only the map's own buttons.
    const between = await page.evaluate(
      ([top, bottom]) =>
        [...document.querySelectorAll('main p, main form, main fieldset, main summary')].filter((element) => {
          const box = element.getBoundingClientRect();
          return box.height > 0 && box.top >= top! && box.bottom <= bottom!;
        }).length,
      [heading.y + heading.height, map.y],
    );
    expect(between).toBe(0);
    expect(map.y + map.height / 2).toBeLessThan(844);
    const areas = page.getByRole('group', { name: 'Bassin d’emploi' });
    expect(await areas.isVisible()).toBe(false);
    const toggle = page.locator('summary', { hasText: 'Filtrer' });
    expect((await toggle.boundingBox())!.y).toBeGreaterThan(map.y + map.height - 1);
    await toggle.click();
    await areas.getByLabel('Vendôme').check();
    await page.waitForURL(/\?bassin=vendome$/);
    expect(await listItems(page).count()).toBe(structures.filter((s) => s.bassin === 'vendome').length);
    await phone.close();
  });

  it('se déplace et zoome avec des boutons d’au moins 24 × 24 px, sans glisser', async () => {
    const { page } = await openMap('carte/');
    const toolbar = page.getByRole('group', { name: 'Commandes de la carte' });
    for (const button of await toolbar.getByRole('button').all()) {
      const box = (await button.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    const centre = () => page.evaluate(() => document.querySelector('.leaflet-map-pane')!.getAttribute('style'));
    const before = await centre();
    await toolbar.getByRole('button', { name: 'Déplacer la carte vers le nord' }).click();
    await expect.poll(centre).not.toBe(before);
    await page.close();
  });

  it('la molette, la souris sur la carte, fait défiler la page au lieu de zoomer la carte', async () => {
    const { page } = await openMap('carte/');
    const before = await mapView(page);
    await wheelOver(page, page.getByRole('region', { name: 'Carte des structures' }));
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
    expect(await mapView(page)).toEqual(before);
    // A mouse still drags the map: the line for touch screens is not shown.
    expect(await page.getByText('Déplacez la carte avec les boutons.').isVisible()).toBe(false);
    await page.close();
  });

  it.each(['carte/', 'structures/'])(
    '%s dit par une alerte que la liste complète ne s’est pas chargée, pas par le nombre',
    async (path) => {
      const page = await session.context.newPage();
      await page.route('**/carte/structures.json', (route) => route.abort('failed'));
      await openPage(page, path);
      const text = 'La liste complète n’a pas pu se charger : les filtres ne portent que sur les structures affichées.';
      // An error: an alert, announced as it appears (RGAA 7.5.2), once; the count's status says only the count.
      await expect.poll(() => page.getByRole('alert').filter({ hasText: text }).count()).toBe(1);
      const status = page
        .getByRole('main')
        .getByRole('status')
        .filter({ hasText: /structure/ });
      await expect.poll(() => status.textContent()).toMatch(/^\d+ structures? /);
      expect(await status.textContent()).not.toContain('pas pu se charger');
      // The alert borrows the count's look, not its hook: the count stays the one place the filters write to.
      expect(await page.locator('[data-filter-status]').count()).toBe(1);
      await page.close();
    },
  );

  it.each([
    ['le fond de carte', TILES, 'Le fond de carte ne s’affiche pas'],
    [
      'le code de la carte',
      /\/_astro\/loadStructureMap\.[\w-]+\.js$/,
      'La carte n’a pas pu se charger. Toutes les structures restent dans la liste.',
    ],
  ])('dit quand %s ne se charge pas, et la liste reste complète', async (_what, blocked, text) => {
    const page = await session.context.newPage();
    await page.route(blocked, (route) => route.abort('failed'));
    await openPage(page, 'carte/');
    const message = page.getByText(text);
    await message.waitFor();
    // An error: an alert, announced as it appears (RGAA 7.5.2).
    expect(await page.getByRole('alert').filter({ hasText: text }).count()).toBe(1);
    expect(await listItems(page).count()).toBe(structures.length);
    await page.close();
  });

  it('sans fond de carte, parle de la liste telle qu’elle est : réduite par un résultat, puis entière', async () => {
    const page = await session.context.newPage();
    await page.route(TILES, (route) => route.abort('failed'));
    await openPage(page, `carte/?${RESULT_SELECTION}`);
    const message = page.locator('[data-map-message]');
    await expect
      .poll(() => message.textContent())
      .toBe(
        'Le fond de carte ne s’affiche pas : le serveur de tuiles ne répond pas. Les 2 structures affichées restent dans la liste.',
      );
    expect(await listItems(page).count()).toBe(2);
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect.poll(() => message.textContent()).toMatch(/Toutes les structures restent dans la liste\.$/);
    // Said once: after a change of filters only the count speaks, not the map's failure again (RGAA 7.5).
    expect(await page.getByRole('alert').filter({ hasText: 'fond de carte' }).count()).toBe(0);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^\d+ structures affichées\.$/ })
        .count(),
    ).toBe(1);
    await page.close();
  });

  it('sans fond de carte, l’intégration sans liste ne renvoie pas à une liste cachée', async () => {
    const page = await session.context.newPage();
    await page.route(TILES, (route) => route.abort('failed'));
    await openPage(page, 'embed/carte/?liste=non');
    const message = page.locator('[data-map-message]');
    await message.waitFor();
    // Long enough for the list's count to arrive and, were it still spoken of, to change the message.
    await page.locator('structure-directory[data-filled]').waitFor({ state: 'attached' });
    expect(await message.textContent()).toBe('Le fond de carte ne s’affiche pas : le serveur de tuiles ne répond pas.');
    expect(await page.locator('[data-embed-list]').isHidden()).toBe(true);
    // Without the list, the skip link does not promise to pass it.
    expect(await page.getByRole('link', { name: /^Passer la carte/ }).textContent()).toBe(
      'Passer la carte des structures',
    );
    await page.close();
  });

  it('sur un écran de 390 px, la carte d’un résultat dit sous la carte, hors des filtres repliés, ce qu’elle montre', async () => {
    const { context: phone } = await offlineContext(session.browser, { viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    await openPage(page, `carte/?${RESULT_SELECTION}#selection`);
    await page.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
    const status = page.getByRole('status').filter({ hasText: 'que cite votre résultat' });
    await expect.poll(() => status.textContent()).toMatch(/^2 structures sur \d+ : celles que cite votre résultat/);
    expect(await status.isVisible()).toBe(true);
    expect(
      await page.locator('details[data-filters-disclosure]').evaluate((details: HTMLDetailsElement) => details.open),
    ).toBe(false);
    expect(await status.evaluate((element) => element.closest('details') === null)).toBe(true);
    // The map stays the first thing after the heading and its row of links to the filters and the list; the count
    // comes right under the map, in the first screen.
    const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    const shortcuts = (await page.getByRole('link', { name: 'Aller à la liste' }).boundingBox())!;
    const map = (await page.getByRole('region', { name: 'Carte des structures' }).boundingBox())!;
    const said = (await status.boundingBox())!;
    expect(shortcuts.y - (heading.y + heading.height)).toBeLessThan(30);
    expect(map.y - (shortcuts.y + shortcuts.height)).toBeLessThan(80);
    expect(said.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(said.y + said.height).toBeLessThanOrEqual(844);
    // With JavaScript the filters work: the page tells of them, and not of their absence.
    expect(await page.getByText('Filtrez par bassin, type ou public').isVisible()).toBe(true);
    expect(await page.getByText('Cette page a besoin de JavaScript').isVisible()).toBe(false);
    await phone.close();
  });

  // A phone, a small phone and a desktop, the map's code coming late as on a slow connection: at 390 px the heading was
  // still in view when focused, then the map, starting above it, pushed it 460 px down while the page stayed at the top.
  it.each([
    { width: 320, height: 640 },
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])(
    'sur un écran de $width px, le lien d’un résultat mène à la liste de ses structures, le focus sur son titre',
    async ({ width, height }) => {
      const { context: screen } = await offlineContext(session.browser, { viewport: { width, height } });
      const page = await screen.newPage();
      await page.route('**/loadStructureMap.*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await openPage(page, `carte/?${RESULT_SELECTION}#selection`);
      const heading = page.getByRole('heading', { name: 'Liste des structures' });
      await expect
        .poll(() => heading.evaluate((element) => element === document.activeElement), { timeout: 10_000 })
        .toBe(true);
      // The heading's description is the count: « 2 structures sur N : celles que cite votre résultat… ».
      expect(await heading.getAttribute('aria-describedby')).toBeTruthy();
      const described = await page.evaluate(
        (id) => document.getElementById(id)?.textContent,
        (await heading.getAttribute('aria-describedby'))!,
      );
      expect(described).toMatch(/^2 structures sur \d+ : celles que cite votre résultat/);
      // Once the map above has appeared, the heading and the first structure of the selection are on screen.
      await page.locator('structure-map[data-started]').waitFor({ state: 'attached' });
      await page.locator('.leaflet-marker-icon').first().waitFor();
      const top = (await heading.boundingBox())!;
      // At the top of the window, give or take the rounding of a fraction of a pixel.
      expect(top.y).toBeGreaterThan(-1);
      expect(top.y + top.height).toBeLessThanOrEqual(height);
      const first = (await listItems(page).first().boundingBox())!;
      expect(first.y).toBeGreaterThanOrEqual(0);
      expect(first.y).toBeLessThan(height);
      await screen.close();
    },
  );

  it('le CSV commence par un BOM UTF-8, pour que les tableurs lisent les accents', async () => {
    const bytes = new Uint8Array(await (await fetchFile('donnees/structures.csv')).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('sans JavaScript, liste chaque structure et explique l’absence de carte', async () => {
    const { context: noScript } = await offlineContext(session.browser, { javaScriptEnabled: false });
    const page = await noScript.newPage();
    await openPage(page, 'carte/');
    expect(await listItems(page).count()).toBe(structures.length);
    expect(await page.getByText('La carte a besoin de JavaScript').isVisible()).toBe(true);
    for (const structure of structures) {
      const name = nameWithSigle(structure.nom, structure.sigle);
      expect(await page.getByRole('link', { name, exact: true }).count()).toBeGreaterThan(0);
    }
    // The list says which ones the map would leave off, and the line under the map why.
    for (const structure of unplaced) {
      expect(await listItems(page).filter({ hasText: structure.nom }).innerText()).toContain(
        'lieu à confirmer, pas sur la carte',
      );
    }
    expect(await page.getByText(/dont la commune reste à confirmer ne sont pas sur la carte/).isVisible()).toBe(true);
    await noScript.close();
  });

  it('sans JavaScript, le lien d’un résultat dit que la sélection demande JavaScript et que toute la liste suit', async () => {
    const { context: noScript } = await offlineContext(session.browser, { javaScriptEnabled: false });
    const page = await noScript.newPage();
    await openPage(page, 'diagnostic/vendome/employeur-stage/');
    await page.getByRole('link', { name: 'Voir ces structures sur la carte' }).click();
    await page.waitForURL(/\/carte\/\?structure=.*#selection$/);
    const notice = page.getByText('Cette page a besoin de JavaScript pour n’afficher que les structures demandées');
    expect(await notice.isVisible()).toBe(true);
    expect(await listItems(page).count()).toBe(structures.length);
    // No filter is offered without JavaScript: the page does not invite the reader to use one.
    expect(await page.getByText('Filtrez par bassin').isVisible()).toBe(false);
    // The map reached from the menu asks for no selection, and says nothing of one.
    await openPage(page, 'carte/');
    expect(await notice.isVisible()).toBe(false);
    await noScript.close();
  });

  it('ne demande au réseau que les tuiles, avec un Referer', async () => {
    const { context: watched, outside } = await offlineContext(session.browser);
    const page = await watched.newPage();
    const referers: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (TILES.test(request.url())) referers.push(request.headers()['referer']);
    });
    await openPage(page, 'carte/');
    await page.locator('.leaflet-tile-loaded').first().waitFor();
    expect(outside.urls.every((url) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    expect(referers.length).toBeGreaterThan(0);
    expect(referers.every((referer) => referer?.startsWith(new URL(siteUrl).origin))).toBe(true);
    await watched.close();
  });
});

describe('l’annuaire et les fiches', () => {
  it('la bulle d’un repère dit, comme la liste, les publics qu’aucune source ne confirme', async () => {
    const cio = structures.find((s) => s.id === 'cio-blois')!;
    const { page, errors } = await openMap('carte/?structure=cio-blois');
    await page.getByRole('button', { name: `${cio.nom}, ${cio.commune}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup-content');
    await popup.getByRole('link', { name: cio.nom }).waitFor();
    // Plain words: « public à confirmer : apprentis » read as « this place is for apprentices ».
    const maybe = 'peut-être aussi pour les apprentis (à confirmer)';
    expect(await popup.innerText()).toContain(maybe);
    expect(await listItems(page).filter({ hasText: cio.nom }).innerText()).toContain(maybe);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Review rev25 #8: their pins stood at the stand-in point, inside the Blois cluster, and « Bassin : Blois » counted
  // them silently.
  it.each(['carte/', 'embed/carte/'])(
    '%s?bassin=blois : les structures sans commune connue ne sont pas sur la carte, la page le dit sous la carte, et la liste les garde « lieu à confirmer »',
    async (path) => {
      expect(unplaced.length).toBeGreaterThan(0);
      const { page, errors } = await openMap(`${path}?bassin=blois`);
      const blois = structures.filter((s) => s.bassin === 'blois');
      const onMap = await namesOnMap(page);
      for (const { nom } of unplaced) expect(onMap, nom).not.toContain(nom);
      expect(onMap).toEqual(namesOf(blois));
      // No marker at all stands for them, not even one named otherwise.
      expect(await markers(page).count()).toBeGreaterThan(0);
      const labels = await markers(page).evaluateAll((icons) => icons.map((icon) => icon.getAttribute('aria-label')));
      for (const { nom } of unplaced) expect(labels.join(' ; ')).not.toContain(nom);
      // Under the map: how many are left off and that the list has them; on the site's page, who and where too (the
      // partner's frame counts its room).
      const note = page.getByText(/dont la commune reste à confirmer ne sont pas sur la carte/);
      expect(await note.isVisible()).toBe(true);
      const text = await note.textContent();
      expect(text).toContain(
        `${unplaced.length} structures dont la commune reste à confirmer ne sont pas sur la carte`,
      );
      if (path === 'carte/') {
        expect(text).toContain('La liste les range dans le bassin de Blois, que donne leur fiche');
        for (const structure of unplaced) expect(text).toContain(nameWithSigle(structure.nom, structure.sigle));
      } else {
        expect(text).toMatch(/ne sont pas sur la carte, mais dans la liste\.$/);
      }
      const map = (await page.locator('structure-map').boundingBox())!;
      expect((await note.boundingBox())!.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
      // The list keeps them under the area their file gives, each line saying its place is to confirm.
      expect(await listItems(page).count()).toBe(blois.length);
      for (const structure of unplaced) {
        const line = await listItems(page).filter({ hasText: structure.nom }).innerText();
        expect(line).toContain('lieu à confirmer, pas sur la carte');
        expect(line).not.toContain('Blois');
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('le filtre « Bassin d’emploi » dit que Blois inclut les structures sans commune connue, absentes de la carte', async () => {
    const { page } = await openMap('carte/');
    // Open beside the map on a wide screen.
    const areas = page.getByRole('group', { name: 'Bassin d’emploi' });
    await areas.waitFor();
    const described = await areas.evaluate((group) =>
      (group.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(described).toBe(
      `Blois inclut ${unplaced.length} structures que leur fiche range dans ce bassin sans que leur commune soit connue : elles ne sont pas sur la carte.`,
    );
    expect(await areas.getByText(described).isVisible()).toBe(true);
    await page.close();
  });

  it('sans la liste (liste=non), la carte intégrée dit qui n’est pas sur la carte, sans renvoyer à la liste cachée', async () => {
    const { page } = await openMap('embed/carte/?liste=non');
    const note = page.getByText(/ne sont pas sur la carte/);
    expect(await note.innerText()).toBe(
      `${unplaced.length} structures dont la commune reste à confirmer ne sont pas sur la carte.`,
    );
    await page.close();
  });

  it('la fiche d’une structure sans commune connue ne la montre pas sur une carte, et dit pourquoi', async () => {
    const structure = unplaced[0]!;
    const page = await session.context.newPage();
    const errors = collectErrors(page);
    await openPage(page, `structures/${structure.id}/`);
    await page.getByRole('heading', { name: 'Sur la carte' }).scrollIntoViewIfNeeded();
    const section = page.getByRole('region', { name: 'Sur la carte' });
    expect(await section.innerText()).toContain(
      'Pas de repère : aucune source ne dit encore dans quelle commune la structure est installée',
    );
    // Time for a map to start, were there one: none comes, so no pin stands at the stand-in point.
    await page.waitForTimeout(500);
    expect(await page.locator('structure-map, .leaflet-marker-icon').count()).toBe(0);
    expect(await page.getByText('Elle n’est pas sur la carte tant que sa commune n’est pas connue.').isVisible()).toBe(
      true,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  // Review rev25 #5: at 390 px the directory's open filters put the first structure about 1,290 px down.
  it('à 390×844, les filtres de l’annuaire sont repliés, la première structure dans le premier écran, et le nombre suit les filtres', async () => {
    const { context } = await offlineContext(session.browser, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openPage(page, 'structures/');
    const onScreen = async (locator: Locator) => {
      const box = await locator.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 844;
    };
    expect(await onScreen(listItems(page).first())).toBe(true);
    const vendome = page.getByRole('checkbox', { name: 'Vendôme' });
    expect(await vendome.isVisible()).toBe(false);
    await page.getByText('Filtrer par bassin, type ou public').click();
    await vendome.check();
    // Ticked at the top of the filters, which are taller than the screen: the count is seen there, and is the list's.
    const count = page.getByRole('main').getByRole('status');
    await expect.poll(() => count.textContent()).toMatch(/^\d+ structures? sur \d+/);
    const said = Number(/^\d+/.exec((await count.textContent())!)![0]);
    expect(await onScreen(count)).toBe(true);
    expect(await onScreen(vendome)).toBe(true);
    expect(await listItems(page).count()).toBe(said);
    await context.close();
  });

  // On a phone the count under the map was a screen or two above the open filters; on a wide screen, below the map.
  it.each([
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])(
    'à $width×$height, sur /carte/, le nombre se voit à côté des filtres ouverts quand on en coche un, et ne s’entend qu’une fois',
    async ({ width, height }) => {
      const { context } = await offlineContext(session.browser, { viewport: { width, height } });
      const page = await context.newPage();
      await openPage(page, 'carte/');
      await page.locator('structure-directory[data-filled]').waitFor({ state: 'attached' });
      const onScreen = async (locator: Locator) => {
        const box = await locator.boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= height;
      };
      const vendome = page.getByRole('checkbox', { name: 'Vendôme' });
      // Folded on a phone, open beside the map on a wide screen.
      if (!(await vendome.isVisible())) await page.locator('summary', { hasText: 'Filtrer' }).click();
      await vendome.scrollIntoViewIfNeeded();
      await vendome.check();
      await page.waitForURL(/\?bassin=vendome$/);
      const expected = structures.filter((s) => s.bassin === 'vendome').length;
      const said = `${expected} structures sur ${structures.length} correspondent à ces critères.`;
      // Seen where the reader is, beside the box just ticked, with the new number; the map's own line is off screen.
      const seen = page.getByText(said, { exact: true });
      await expect.poll(() => seen.count()).toBeGreaterThan(0);
      const inView = [];
      for (const line of await seen.all()) if ((await line.isVisible()) && (await onScreen(line))) inView.push(line);
      expect(inView.length).toBeGreaterThan(0);
      expect(await onScreen(vendome)).toBe(true);
      expect(await listItems(page).count()).toBe(expected);
      // Heard once: one status says it; any other line that shows it is for the eyes only.
      expect(await page.getByRole('status').filter({ hasText: said }).count()).toBe(1);
      for (const line of inView) {
        expect(
          await line.evaluate((element) => element.closest('[aria-hidden="true"], [role="status"]') !== null),
        ).toBe(true);
      }
      await context.close();
    },
  );

  it('filtre l’annuaire par public, et l’adresse garde le filtre', async () => {
    const page = await session.context.newPage();
    await openPage(page, 'structures/');
    await page.getByLabel('Public', { exact: true }).selectOption({ label: 'Parents' });
    await page.waitForURL(/\?public=parents$/);
    const shown = await listItems(page).count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(structures.length);
    await page.reload();
    // The directory first loads every structure (the page renders only the first ones at scale), then filters.
    // Complete, not only ready: the list is filled in chunks after the markers.
    await page.locator('structure-directory[data-filled]').waitFor({ state: 'attached' });
    expect(await listItems(page).count()).toBe(shown);
    await page.close();
  });

  it('l’annuaire dit de chaque structure si elle est membre du réseau ou partenaire, comme sa fiche', async () => {
    const page = await session.context.newPage();
    await openPage(page, 'structures/');
    await page.locator('structure-directory[data-filled]').waitFor({ state: 'attached' });
    const places: Record<string, string | undefined> = Object.fromEntries(
      await listItems(page).evaluateAll((items) =>
        items.map((item) => [
          (item as HTMLElement).dataset['structure'] ?? '',
          /(membre|partenaire) du réseau/.exec(item.textContent)?.[1],
        ]),
      ),
    );
    // `membre` defaults to true in the schema: only partners say so in their file.
    expect(places).toEqual(
      Object.fromEntries(structures.map((s) => [s.id, s.membre === false ? 'partenaire' : 'membre'])),
    );
    expect(Object.values(places)).toContain('partenaire');
    await page.close();
  });

  it('une fiche non vérifiée dit « coordonnées à confirmer » et n’invente ni téléphone ni horaires', async () => {
    const structure = structures.find((s) => !s.verifie)!;
    const page = await session.context.newPage();
    const errors = collectErrors(page);
    await openPage(page, `structures/${structure.id}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(structure.nom);
    expect(await page.getByText('Coordonnées à confirmer.').isVisible()).toBe(true);
    expect(await page.locator('a[href^="tel:"]').count()).toBe(0);
    expect(await page.getByText('Horaires à confirmer').isVisible()).toBe(true);
    // The small map loads Leaflet once scrolled into view.
    expect(await page.locator('structure-map[data-markers]').count()).toBe(0);
    await page.getByRole('heading', { name: 'Sur la carte' }).scrollIntoViewIfNeeded();
    await page.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
    expect(await markers(page).getAttribute('aria-label')).toBe(`${structure.nom}, ${structure.commune}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('les données ouvertes', () => {
  it('le GeoJSON se lit et ses coordonnées sont celles des fiches', async () => {
    const response = await fetchFile('donnees/structures.geojson');
    const geojson = (await response.json()) as {
      type: string;
      features: { geometry: { coordinates: [number, number] } | null; properties: { id: string } }[];
    };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.features).toHaveLength(structures.length);
    for (const structure of structures) {
      const feature = geojson.features.find((f) => f.properties.id === structure.id)!;
      // A structure whose town no source gives has no point: its stand-in stays on the site's own map.
      if (structure.commune_inconnue) expect(feature.geometry, structure.id).toBeNull();
      else expect(feature.geometry?.coordinates).toEqual([structure.longitude, structure.latitude]);
    }
  });

  it.each([
    ['donnees/structures.csv', /^id,nom,/],
    ['donnees/structures.json', /^\[/],
    ['donnees/data-inclusion/structures.json', /"source": "aioa41"/],
    // Empty while no entry is checked with its structure (tests/build/dataInclusionExport.test.ts).
    ['donnees/data-inclusion/services.json', /^\[/],
  ])('%s se télécharge', async (path, content) => {
    const response = await fetchFile(path);
    expect(await response.text()).toMatch(content);
  });
});

describe('les listes de structures nomment chaque structure avec son sigle, comme sa fiche et les autres listes', () => {
  it.each([['structures/'], ['carte/'], ['embed/carte/']])('/%s', async (path) => {
    const page = await session.context.newPage();
    await openPage(page, path);
    const withSigle = structures.filter((structure) => structure.sigle);
    expect(withSigle.length).toBeGreaterThan(0);
    for (const { id, nom, sigle } of withSigle) {
      const name = (await page.locator(`li[data-structure="${id}"]`).getByRole('heading').textContent())?.trim();
      expect(name?.startsWith(nom), name).toBe(true);
      expect(name, `${id} : le sigle de sa fiche`).toContain(sigle);
    }
    await page.close();
  });
});

/** The code /carte/integrer/ gives once `choose` has ticked the partner's choices (none: the default code). */
async function generatedCode(choose?: (page: Page) => Promise<void>): Promise<string> {
  const page = await session.context.newPage();
  await openPage(page, 'carte/integrer/');
  const snippet = page.getByLabel('Code HTML de la carte');
  const first = await snippet.inputValue();
  if (choose) {
    await choose(page);
    await expect.poll(() => snippet.inputValue()).not.toBe(first);
  }
  const code = servedHere(await snippet.inputValue());
  await page.close();
  return code;
}

/** Serves a partner's page holding `body` (the pasted code in it) from a second origin while `visit` runs. */
async function onPartnerPage(body: string, visit: (url: string) => Promise<void>): Promise<void> {
  const partnerDir = mkdtempSync(join(tmpdir(), 'partenaire-'));
  writeFileSync(
    join(partnerDir, 'index.html'),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie</title></head><body><h1>Mairie</h1>${body}</body></html>`,
  );
  const partner = await startStaticServer(partnerDir);
  try {
    expect(partner.origin).not.toBe(new URL(siteUrl).origin);
    await visit(partner.url);
  } finally {
    await partner.close();
    rmSync(partnerDir, { recursive: true, force: true });
  }
}

/** The Referer of each tile request a page and its frames make from now on. */
function tileReferers(page: Page): (string | undefined)[] {
  const referers: (string | undefined)[] = [];
  page.on('request', (request) => {
    if (TILES.test(request.url())) referers.push(request.headers()['referer']);
  });
  return referers;
}

describe('la carte intégrée chez un partenaire', () => {
  it('le code du générateur, collé sur une page d’une autre origine, montre la carte filtrée sans erreur', async () => {
    const page = await session.context.newPage();
    await openPage(page, 'carte/integrer/');
    await page
      .getByRole('group', { name: /Bassin d’emploi/ })
      .getByLabel('Blois')
      .check();
    await page.getByLabel('Afficher la liste sous la carte').uncheck();
    const snippet = page.getByLabel('Code HTML de la carte');
    await expect.poll(() => snippet.inputValue()).toContain('bassin=blois');
    const code = servedHere(await snippet.inputValue());
    expect(code).toContain('title="Carte des structures AIOA 41 : bassin de Blois"');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('liste=non');
    await page.close();

    const partnerDir = mkdtempSync(join(tmpdir(), 'partenaire-'));
    writeFileSync(
      join(partnerDir, 'index.html'),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie</title></head><body><h1>Mairie</h1>${code}</body></html>`,
    );
    const partner = await startStaticServer(partnerDir);
    expect(partner.origin).not.toBe(new URL(siteUrl).origin);
    try {
      const host = await session.context.newPage();
      const errors = collectErrors(host);
      await openPage(host, partner.url);
      const frame = host.frameLocator('iframe[title="Carte des structures AIOA 41 : bassin de Blois"]');
      await frame.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
      const blois = structures.filter((s) => s.bassin === 'blois');
      expect(await namesOnMap(frame)).toEqual(namesOf(blois));
      expect(await frame.locator('[data-embed-list]').isHidden()).toBe(true);
      // Markers of one town overlap: the keyboard opens one whatever lies on top.
      await frame.locator('.leaflet-marker-icon').first().focus();
      await host.keyboard.press('Enter');
      for (const link of await frame.locator('.leaflet-popup-content a').all()) {
        expect(await link.getAttribute('target')).toBe('_top');
      }
      // Every link out of the frame opens in the partner's page: followed inside the frame, openstreetmap.org's
      // credit (which refuses framing) would replace the map with an error. Only the skip link stays in the frame.
      expect(await frame.locator('.leaflet-control-attribution a').count()).toBeGreaterThan(0);
      const links = await frame
        .locator('a')
        .evaluateAll((anchors: HTMLAnchorElement[]) =>
          anchors.map((anchor) => ({ href: anchor.getAttribute('href'), target: anchor.target })),
        );
      expect(links.filter((link) => !link.href?.startsWith('#') && link.target !== '_top')).toEqual([]);
      expect(errors).toEqual([]);
      await host.close();
    } finally {
      await partner.close();
      rmSync(partnerDir, { recursive: true, force: true });
    }
  });

  it('au clavier, un lien d’évitement en tête du cadre mène au contenu du partenaire qui suit la carte', async () => {
    const page = await session.context.newPage();
    await openPage(page, 'carte/integrer/');
    const code = servedHere(await page.getByLabel('Code HTML de la carte').inputValue());
    await page.close();
    const partnerDir = mkdtempSync(join(tmpdir(), 'partenaire-'));
    writeFileSync(
      join(partnerDir, 'index.html'),
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mairie</title></head><body><h1>Mairie</h1><p><a href="#avant">Avant la carte</a></p>${code}<p><a href="#apres">Après la carte</a></p></body></html>`,
    );
    const partner = await startStaticServer(partnerDir);
    try {
      const host = await session.context.newPage();
      await openPage(host, partner.url);
      const frame = host.frameLocator('iframe');
      await frame.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
      await host.getByRole('link', { name: 'Avant la carte' }).focus();
      await host.keyboard.press('Tab');
      const skip = frame.getByRole('link', { name: 'Passer la carte et la liste des structures' });
      await expect.poll(() => skip.evaluate((link) => link === document.activeElement)).toBe(true);
      // Seen where it is: inside the frame's first screen.
      const box = await skip.boundingBox();
      const frameBox = await host.locator('iframe').boundingBox();
      expect(box && frameBox && box.y >= frameBox.y && box.y + box.height <= frameBox.y + frameBox.height).toBe(true);
      await host.keyboard.press('Enter');
      await host.keyboard.press('Tab');
      const after = host.getByRole('link', { name: 'Après la carte' });
      await expect.poll(() => after.evaluate((link) => link === document.activeElement)).toBe(true);
      await host.close();
    } finally {
      await partner.close();
      rmSync(partnerDir, { recursive: true, force: true });
    }
  });

  it('la molette, la souris passant sur le cadre, fait défiler la page du partenaire sans zoomer la carte', async () => {
    const code = await generatedCode((page) => page.getByLabel('Afficher la liste sous la carte').uncheck());
    expect(code).toContain('liste=non');
    // The partner's page goes on below the map, as a town hall's page does.
    await onPartnerPage(`${code}<p style="height: 3000px">Suite de la page de la mairie.</p>`, async (url) => {
      const host = await session.context.newPage();
      await openPage(host, url);
      const frame = host.frameLocator('iframe');
      await frame.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
      const before = await mapView(frame);
      await wheelOver(host, host.locator('iframe'));
      await expect.poll(() => host.evaluate(() => scrollY)).toBeGreaterThan(100);
      expect(await mapView(frame)).toEqual(before);
      await host.close();
    });
  });

  it('le bouton « Copier » copie le code, ou le sélectionne quand le presse-papiers est refusé', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('refusé')) },
      });
    });
    await openPage(page, 'carte/integrer/');
    await page.getByRole('button', { name: 'Copier le code' }).click();
    await page.getByText('le code est sélectionné').waitFor();
    const selected = await page
      .getByLabel('Code HTML de la carte')
      .evaluate((field: HTMLTextAreaElement) => field.value.slice(field.selectionStart, field.selectionEnd));
    expect(selected).toMatch(/^<iframe .*<\/iframe>$/);
    await page.close();
  });

  it('les tuiles du cadre collé chez un partenaire, comme celles de l’aperçu, partent avec le Referer que le serveur de tuiles exige', async () => {
    const code = await generatedCode();
    const siteOrigin = new URL(siteUrl).origin;
    await onPartnerPage(code, async (url) => {
      const host = await session.context.newPage();
      const referers = tileReferers(host);
      await openPage(host, url);
      await host.frameLocator('iframe').locator('.leaflet-tile-loaded').first().waitFor();
      expect(referers.length).toBeGreaterThan(0);
      // OpenStreetMap refuses tiles asked without a Referer: the frame would show « Access blocked » tiles.
      expect(referers.filter((referer) => !referer?.startsWith(siteOrigin))).toEqual([]);
      await host.close();
    });
    const generator = await session.context.newPage();
    const referers = tileReferers(generator);
    await openPage(generator, 'carte/integrer/');
    const preview = generator.getByTitle(/^Aperçu : /);
    await preview.scrollIntoViewIfNeeded();
    await preview.contentFrame().locator('.leaflet-tile-loaded').first().waitFor();
    expect(referers.length).toBeGreaterThan(0);
    expect(referers.filter((referer) => !referer?.startsWith(siteOrigin))).toEqual([]);
    await generator.close();
  });

  it.each([
    ['un bassin (sa liste s’ouvre à ce bassin)', 'Vendôme', 'Bassin de Vendôme'],
    ['un type (sa liste s’ouvre en haut)', 'Centre d’information et d’orientation (CIO)', undefined],
  ])(
    'sans JavaScript, le cadre filtré sur %s dit d’emblée qu’il liste toutes les structures',
    async (_, choice, area) => {
      const code = await generatedCode((page) => page.getByLabel(choice, { exact: true }).check());
      // By role: Playwright's text search skips <noscript>, where the notices are. Hidden ones have no role.
      const notice = (frame: FrameLocator) =>
        frame
          .getByRole('paragraph')
          .filter({ hasText: 'Sans JavaScript, cette carte ne peut pas n’afficher que les structures demandées' });
      /**
       * Whether an element of the frame lies wholly in the frame's window, where the visitor sees it. Within a pixel: the
       * window scrolls by whole pixels to an anchor that may sit at a fraction (-0.14 px is not out of view).
       */
      const inView = (element: Locator) =>
        element.evaluate((node) => {
          const box = node.getBoundingClientRect();
          return box.height > 0 && box.top > -1 && box.bottom < innerHeight + 1;
        });
      await onPartnerPage(code, async (url) => {
        const { context: noScript } = await offlineContext(session.browser, { javaScriptEnabled: false });
        const host = await openPage(noScript, url);
        const frame = host.frameLocator('iframe');
        await frame.getByRole('heading', { name: /^Bassin de Blois/ }).waitFor();
        expect(await notice(frame).count()).toBe(1);
        expect(await inView(notice(frame))).toBe(true);
        // Every structure is there, and the frame opens at the chosen area's list, not at Blois's.
        expect(await frame.locator('[data-structure]').count()).toBeGreaterThan(
          await frame.locator('[data-area-group="vendome"] [data-structure]').count(),
        );
        if (area) {
          expect(await inView(frame.getByRole('heading', { name: new RegExp(`^${area}`) }))).toBe(true);
          expect(await inView(frame.getByRole('heading', { name: /^Bassin de Blois/ }))).toBe(false);
        }
        // The frame scrolls, not the partner's page.
        expect(await host.evaluate(() => scrollY)).toBe(0);
        await noScript.close();

        // With JavaScript the same code shows the map on top and no such notice.
        const withScript = await openPage(session.context, url);
        const map = withScript.frameLocator('iframe');
        await map.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
        expect(await notice(map).count()).toBe(0);
        expect(await map.locator('body').evaluate(() => scrollY)).toBe(0);
        await withScript.close();
      });
    },
  );

  it.each([
    ['embed/carte/?bassin=Blois', 'blois'],
    ['embed/carte/?bassin=vend%C3%B4me', 'vendome'],
    ['carte/?bassin=Romorantin', 'romorantin'],
  ])(
    '%s : un bassin écrit avec une capitale ou un accent montre ce bassin, pas tout le département',
    async (path, area) => {
      const { page, errors } = await openMap(path);
      const expected = structures.filter((s) => s.bassin === area);
      expect(await namesOnMap(page)).toEqual(namesOf(expected));
      expect(await page.getByRole('status').textContent()).not.toContain('inconnu');
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it.each(['embed/carte/', 'carte/'])(
    '%s?bassin=xyz : dit, en clair, que ce bassin est inconnu et quels codes existent',
    async (path) => {
      const { page } = await openMap(`${path}?bassin=xyz`);
      expect(await namesOnMap(page)).toEqual(namesOf(structures));
      const status = page.getByRole('status').filter({ hasText: 'inconnu' });
      const text = await status.textContent();
      expect(text).toContain('bassin « xyz »');
      expect(text).toContain(territory.employmentAreas.map((area) => area.id).join(', '));
      expect(text).toContain(`${structures.length} structures affichées.`);
      // Seen by the partner who wrote the address, not only heard: the frame's count alone is visually hidden.
      expect((await status.boundingBox())!.width).toBeGreaterThan(200);
      await page.close();
    },
  );

  it('fonctionne sous un chemin de base', async () => {
    const page = await session.context.newPage();
    const errors = collectErrors(page);
    await openPage(page, 'embed/carte/?bassin=vendome', { base: subPathSiteUrl });
    await page.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
    expect(await namesOnMap(page)).toEqual(namesOf(structures.filter((s) => s.bassin === 'vendome')));
    expect(await page.locator('.leaflet-popup a, [data-structure] a').first().getAttribute('href')).toMatch(
      /^\/aioa41\/structures\//,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
