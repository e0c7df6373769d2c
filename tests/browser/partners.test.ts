/**
 * What a partner or an open-data reuser reads: the conditions of the embedded map, the /embed/ address, the
 * /donnees/ page's notes and service codes; and two wordings a readers' review found (404, /diagnostic/).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { site, territory } from '../../src/site.config.ts';
import { STRUCTURE_TYPES, type StructureType } from '../../src/schemas/structure.ts';
import { PUBLICS, type PublicId } from '../../src/schemas/fields.ts';
import { contentFiles } from '../support/loadContent.ts';
import { SERVICE_CODES } from '../../src/lib/structures/serviceCodes.ts';
import { typeListTitle } from '../../src/lib/structures/typeListPath.ts';
import { offlineContext } from '../../scripts/lib/browser.ts';
import { openPage, useOfflineBrowser } from '../support/browser.ts';
import { sitemapPaths } from '../support/builtPages.ts';
import { SUB_PATH } from '../support/globalSetup.ts';
import { absoluteUrl } from '../../src/lib/url.ts';

const session = useOfflineBrowser();
const open = (path: string, status = 200) => openPage(session.context, path, { status });

/** Whether `first` comes before `second` in the page. */
async function comesBefore(page: Page, first: Locator, second: Locator): Promise<boolean> {
  const [a, b] = [await first.elementHandle(), await second.elementHandle()];
  return page.evaluate(([x, y]) => Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING), [
    a,
    b,
  ] as const);
}

describe('/carte/integrer/', () => {
  it('dit à quelles conditions un partenaire affiche la carte : licence, crédit, mention OpenStreetMap', async () => {
    const page = await open('carte/integrer/');
    await page.getByRole('link', { name: 'conditions' }).click();
    expect(new URL(page.url()).hash).toBe('#conditions');
    const conditions = page.getByRole('heading', { name: 'Conditions', level: 2 }).locator('+ ul');
    const licence = conditions.getByRole('link', { name: site.dataLicence.name });
    expect(await licence.getAttribute('href')).toBe(site.dataLicence.url);
    const text = await conditions.innerText();
    expect(text).toContain(`en citant « ${site.title} »`);
    expect(text).toContain(`« Carte complète et annuaire sur le site ${site.title} »`);
    const osm = conditions.getByRole('link', { name: /OpenStreetMap/ });
    expect(await osm.getAttribute('href')).toBe('https://www.openstreetmap.org/copyright');
    // /donnees/ states the same licence.
    const data = await open('donnees/');
    expect(await data.getByRole('link', { name: site.dataLicence.name }).first().getAttribute('href')).toBe(
      site.dataLicence.url,
    );
    await Promise.all([page.close(), data.close()]);
  });

  it('nomme les serveurs que la carte fait contacter aux visiteurs du partenaire, pour sa politique de confidentialité', async () => {
    const page = await open('carte/integrer/');
    const text = await page.getByRole('heading', { name: 'Conditions', level: 2 }).locator('+ ul').innerText();
    expect(text).toContain(`la demande au site du réseau (${new URL(site.url).host})`);
    expect(text).toContain(`les images du fond de carte à ${new URL(site.tiles.origin).host}`);
    expect(text).toContain('Mentionnez-les dans votre politique de confidentialité.');
    await page.close();
  });

  it('invite le partenaire à se faire connaître, pour être prévenu si l’adresse de la carte change', async () => {
    const page = await open('carte/integrer/');
    const conditions = page.getByRole('heading', { name: 'Conditions', level: 2 }).locator('+ ul');
    const item = conditions.getByRole('listitem').filter({ hasText: 'Dites au réseau que vous affichez la carte' });
    expect(await item.innerText()).toContain('si cette adresse change un jour, il pourra vous prévenir');
    // The form itself, with what it asks: tests/browser/writeToNetwork.test.ts.
    expect(await item.getByRole('link', { name: 'écrivez au réseau' }).getAttribute('href')).toBe(
      `${site.contactUrl}&page=${encodeURIComponent(new URL('/carte/integrer/', site.url).href)}`,
    );
    await page.close();
  });

  it('demande aux partenaires dont le code n’a pas allow-same-origin de le remplacer, et le code donné l’a', async () => {
    const page = await open('carte/integrer/');
    expect(await page.getByLabel('Code HTML de la carte').inputValue()).toContain(' allow-same-origin ');
    const advice = page.getByText('Si votre code ne contient pas allow-same-origin, remplacez-le par celui-ci');
    expect(await advice.isVisible()).toBe(true);
    await page.close();
  });

  // The code gave whatever address the page was opened at (here 127.0.0.1; a preview, a second domain): partners
  // would paste that one, while the page says the code holds the network's site address.
  it.each([
    ['à la racine', '/', inject('siteUrl')],
    ['sous un sous-chemin', SUB_PATH, inject('subPathSiteUrl')],
  ])(
    'servi %s à une autre adresse, le générateur donne l’adresse du site du réseau ; l’aperçu se charge d’où la page est servie',
    async (_, base, servedAt) => {
      const page = await openPage(session.context, 'carte/integrer/', { base: servedAt });
      await page
        .getByRole('group', { name: /Bassin d’emploi/ })
        .getByLabel('Blois')
        .check();
      const snippet = page.getByLabel('Code HTML de la carte');
      await expect.poll(() => snippet.inputValue()).toContain('bassin=blois');
      const embed = absoluteUrl('/embed/carte/', site.url, base);
      expect(embed.startsWith('https://')).toBe(true);
      expect(await snippet.inputValue()).toContain(` src="${embed}?bassin=blois`);
      expect(await snippet.inputValue()).not.toContain(new URL(servedAt).host);
      const preview = page.getByTitle(/^Aperçu : /);
      await expect.poll(() => preview.getAttribute('src')).toContain('bassin=blois');
      expect((await preview.getAttribute('src'))!.startsWith(new URL('embed/carte/', servedAt).href)).toBe(true);
      await preview.scrollIntoViewIfNeeded();
      await preview.contentFrame().locator('structure-map[data-markers]').waitFor({ state: 'attached' });
      await page.close();
    },
  );

  it('liste chaque valeur que l’adresse de la carte accepte, avec ce qu’elle montre, et dit que la casse et les accents ne comptent pas', async () => {
    const page = await open('carte/integrer/');
    const text = await page.locator('main').innerText();
    const entries = contentFiles('structures').map(({ data }) => data as { type: StructureType; publics: PublicId[] });
    for (const area of territory.employmentAreas) expect(text).toContain(`${area.id} : ${area.nom}`);
    for (const type of new Set(entries.map((entry) => entry.type))) {
      expect(text).toContain(`${type} : ${STRUCTURE_TYPES[type]}`);
    }
    for (const audience of new Set(entries.flatMap((entry) => entry.publics))) {
      expect(text).toContain(`${audience} : ${PUBLICS[audience]}`);
    }
    expect(text).toMatch(/majuscules et (les )?accents ne comptent pas/);
    await page.close();
  });

  it.each([
    ['un écran de 1280 px', { viewport: { width: 1280, height: 800 } }],
    ['un téléphone de 390 px', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }],
  ])(
    'sur %s, avec la liste, l’aperçu montre sous la carte le titre du premier bassin et le nom d’une structure, aussi dans un cadre de 500 px',
    async (_, screen) => {
      const { context } = await offlineContext(session.browser, screen);
      const page = await openPage(context, 'carte/integrer/');
      const list = page.getByLabel('Afficher la liste sous la carte');
      const height = page.getByLabel(/^Hauteur en pixels/);
      const snippet = page.getByLabel('Code HTML de la carte');
      // The height proposed follows the list: higher with it, the map's own without; a height typed stays.
      expect(await list.isChecked()).toBe(true);
      expect(await height.inputValue()).toBe('700');
      expect(await snippet.inputValue()).toContain('height="700"');
      await list.uncheck();
      expect(await height.inputValue()).toBe('500');
      await list.check();
      expect(await height.inputValue()).toBe('700');
      const preview = page.getByTitle(/^Aperçu : /);
      await preview.scrollIntoViewIfNeeded();
      const frame = preview.contentFrame();
      await frame.locator('structure-directory[data-filled]').waitFor({ state: 'attached' });
      await frame.locator('structure-map[data-markers]').waitFor({ state: 'attached' });
      /** Whether an element of the frame lies whole in the frame's first screen, unscrolled. */
      const whole = (element: Locator) =>
        element.evaluate((node) => {
          const box = node.getBoundingClientRect();
          return scrollY === 0 && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
        });
      const heading = frame.getByRole('heading', { level: 2, name: /^Bassin de / }).first();
      const first = frame.locator('[data-embed-list] [data-structure]').first().getByRole('link').first();
      for (const typed of ['700', '500']) {
        await height.fill(typed);
        await expect
          .poll(() => preview.evaluate((element) => element.getBoundingClientRect().height))
          .toBe(Number(typed));
        await expect.poll(() => whole(heading), { message: `titre, cadre de ${typed} px` }).toBe(true);
        expect(await whole(first), `nom de la première structure, cadre de ${typed} px`).toBe(true);
        // The map is still there, above them.
        expect(await whole(frame.getByRole('region', { name: /^Carte des structures/ }))).toBe(true);
      }
      await list.uncheck();
      expect(await height.inputValue()).toBe('500');
      await context.close();
    },
  );

  it('le crédit que les conditions citent est celui que la carte intégrée affiche', async () => {
    const page = await open('embed/carte/');
    await expect(
      page.getByRole('link', { name: `Carte complète et annuaire sur le site ${site.title}` }).count(),
    ).resolves.toBe(1);
    await page.close();
  });
});

describe('/embed/', () => {
  it('est une vraie page, hors des moteurs de recherche, qui mène au générateur sans redirection automatique', async () => {
    const page = await open('embed/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Intégrer la carte');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toMatch(/noindex/);
    expect(await page.locator('meta[http-equiv="refresh" i]').count()).toBe(0);
    await page.getByRole('main').getByRole('link', { name: 'Intégrer la carte sur votre site' }).click();
    await page.waitForURL(/\/carte\/integrer\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Intégrer la carte sur votre site');
    await page.close();
  });
});

describe('/donnees/', () => {
  it('place la note sur les stages sous la table des stages, pas avant celle des structures', async () => {
    const page = await open('donnees/');
    const note = page.getByText(/^Stages : \d+ fiches? sur \d+ n’/);
    const stagesTable = page.getByRole('table', { name: /stages\.json/ });
    const structuresTable = page.getByRole('table', { name: /^Structures :/ });
    expect(await comesBefore(page, stagesTable, note)).toBe(true);
    expect(await comesBefore(page, structuresTable, note)).toBe(true);
    // Right under it: nothing but the note between the stages' table and the note.
    expect(await stagesTable.evaluate((table) => table.nextElementSibling?.textContent ?? '')).toMatch(/^\s*Stages :/);
    await page.close();
  });

  it('dit que les services d’une fiche non vérifiée ne sont pas encore confirmés par la structure', async () => {
    const page = await open('donnees/');
    const fields = page.getByRole('table', { name: /^Structures :/ });
    const row = (name: string) => fields.getByRole('row', { name: new RegExp(`^${name}\\b`) }).innerText();
    // As the structure's page says under « Services » while it is not checked.
    expect(await row('services')).toContain(
      'quand verifie vaut false, ce sont les services habituels d’une structure de ce type, que la structure n’a pas encore confirmés',
    );
    expect(await row('verifie')).toContain('coordonnées et services vérifiés');
    await page.close();
  });

  it('montre la table des thématiques nationales de chaque ligne de services', async () => {
    const page = await open('donnees/');
    const table = page.getByRole('table', { name: 'Codes data·inclusion de chaque ligne de services' });
    expect(await table.getByRole('row').count()).toBe(SERVICE_CODES.length + 1);
    const row = table.getByRole('row', { name: /^Formations en apprentissage/ });
    expect(await row.innerText()).toContain('Trouver sa formation (se-former--trouver-sa-formation)');
    await page.close();
  });
});

describe('deux formulations relevées par la relecture', () => {
  it('la page 404 fait de « Contribuer » un lien', async () => {
    const page = await open('nulle-part/', 404);
    await page.getByRole('main').getByRole('link', { name: 'Contribuer', exact: true }).click();
    await page.waitForURL(/\/contribuer\/$/);
    await page.close();
  });

  it('/diagnostic/ envoie un employeur vers ses questions avant de demander où l’on habite', async () => {
    const page = await open('diagnostic/');
    const employers = page.getByRole('link', { name: 'Commencez par les questions des employeurs' });
    const firstQuestion = page.getByText('Près de quelle ville habitez-vous ?').first();
    expect(await comesBefore(page, employers, firstQuestion)).toBe(true);
    await employers.click();
    await page.waitForURL(/\/diagnostic\/employeurs\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Employeurs/);
    await page.close();
  });
});

describe('/plan-du-site/', () => {
  it('mène aux listes d’un type, aux pages de structures des résultats pour les professionnels et à chaque liste longue, dont il dit le nombre de pages', async () => {
    const page = await open('plan-du-site/');
    const main = page.getByRole('main');
    const cfa = main.getByRole('link', { name: typeListTitle('cfa'), exact: true });
    expect(await cfa.getAttribute('href')).toBe('/structures/type/cfa/');
    // Each link with the text that follows it in its list item (« , en 3 pages »).
    const links = await main
      .getByRole('link')
      .evaluateAll((found) =>
        found.map((link) => ({ href: link.getAttribute('href')!, after: link.nextSibling?.textContent ?? '' })),
      );
    const linked = new Set(links.map(({ href }) => href));
    const listed = sitemapPaths('dist');
    const results = listed.filter((path) => /^\/diagnostic\/professionnels\/[^/]+\/$/.test(path));
    const laterPages = listed.filter((path) => /\/\d+\/$/.test(path));
    const typeLists = listed.filter((path) => path.startsWith('/structures/type/') && !laterPages.includes(path));
    expect(results.length).toBeGreaterThan(10);
    for (const path of [...results, ...typeLists]) expect(linked, path).toContain(path);
    // A long list: its first page, which leads to the others, and how many pages it has; never its later pages. Since
    // the sitothèque's public lists count sites, the real content has no list long enough to be cut: the build test
    // tests/build/pagination.test.ts cuts lists into pages of 3 and reads « , en N pages » on that plan du site.
    for (const path of laterPages) {
      const first = path.replace(/\d+\/$/, '');
      const count = listed.filter((other) => other === first || new RegExp(`^${first}\\d+/$`).test(other)).length;
      expect(linked, path).not.toContain(path);
      expect(links.filter(({ href }) => href === first).map(({ after }) => after.trim())).toContain(
        `, en ${count} pages`,
      );
    }
    await page.close();
  });
});
