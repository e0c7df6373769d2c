import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { BrowserContext } from 'playwright-core';
import { offlineContext } from '../../scripts/lib/browser.ts';
import { collectErrors, openPage as open, useOfflineBrowser } from '../support/browser.ts';
import { contentFiles } from '../support/loadContent.ts';
import { siteFitsPublic } from '../../src/lib/siteFitsPublic.ts';
import type { PublicId } from '../../src/schemas/fields.ts';

/** The sitothèque's files, as editors wrote them. */
const sites = contentFiles('sites');

const session = useOfflineBrowser();
let withScripts: BrowserContext;
let withoutScripts: BrowserContext;

beforeAll(async () => {
  withScripts = session.context;
  ({ context: withoutScripts } = await offlineContext(session.browser, { javaScriptEnabled: false }));
});

describe('une page de thème de la sitothèque', () => {
  it('liste ses sites avec leur domaine, leur description et l’état de leur vérification', async () => {
    const page = await open(withScripts, '/sitotheque/apprentissage/');
    const errors = collectErrors(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sites utiles : Apprentissage');
    const list = page.getByRole('list', { name: /^Sites \(\d+\)$/ });
    const portal = list.getByRole('article').filter({ hasText: 'Portail de l’alternance' });
    await expect.poll(() => portal.count()).toBe(1);
    // A plain outbound link: the site's own address, no redirection or tracking.
    expect(await portal.getByRole('link', { name: 'Portail de l’alternance', exact: true }).getAttribute('href')).toBe(
      'https://www.alternance.emploi.gouv.fr/',
    );
    expect(await portal.textContent()).toContain('alternance.emploi.gouv.fr');
    if (sites.some(({ data }) => data['date_verification'] !== undefined)) {
      expect(await portal.textContent()).toMatch(/Lien (pas encore )?vérifié/);
    } else {
      // No link is checked yet: the page says it once, above the list, not on each of its cards.
      expect(await page.getByText('Aucun lien de la sitothèque n’a encore été vérifié').count()).toBe(1);
      expect(await list.getByText(/pas encore vérifié/).count()).toBe(0);
    }
    const headings = await list.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings.length).toBeGreaterThanOrEqual(5);
    expect(headings).toEqual([...headings].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('propose un site avec une fiche pré-remplie qui porte le thème', async () => {
    const page = await open(withScripts, '/sitotheque/mobilite-internationale/');
    const link = page.getByRole('link', { name: 'Proposer un site dans le thème « Mobilité internationale »' });
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.pathname).toMatch(/\/new\/main\/content\/sitotheque$/);
    const entry = parse(href.searchParams.get('value')!) as { thematiques: string[] };
    expect(entry.thematiques).toEqual(['mobilite-internationale']);
    await page.close();
  });

  // Review rev21, finding 5: the theme pages said « chaque membre du réseau », the index and /contribuer/ « chacun ».
  it.each(['/sitotheque/', '/sitotheque/apprentissage/'])(
    '%s : dit, comme /contribuer/, que chacun peut proposer un site, pas seulement les membres du réseau',
    async (path) => {
      const page = await open(withoutScripts, path);
      const shown = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
      expect(shown).toContain('chacun peut proposer un site');
      expect(shown).not.toMatch(/membres? du réseau peu(?:t|vent)/);
      await page.close();
    },
  );

  // Review rev22r, finding 7: « chacun peut proposer un site » was plain text, the way to do it at the foot of the page.
  it('/sitotheque/ : « chacun peut proposer un site » mène à la façon de le faire', async () => {
    const page = await open(withoutScripts, '/sitotheque/');
    await page.locator('main .lead').getByRole('link', { name: 'chacun peut proposer un site' }).click();
    await page.waitForURL(/\/sitotheque\/#contribuer-sitotheque$/);
    const aside = page.getByRole('complementary', { name: 'Il manque un site ?' });
    expect(await aside.getByRole('link', { name: /^proposer un site/i }).count()).toBe(1);
    await page.close();
  });

  it('permet de signaler un lien mort pour chaque site, en nommant sa fiche', async () => {
    const page = await open(withScripts, '/sitotheque/handicap/');
    const report = page.getByRole('link', { name: 'Signaler un lien mort : Agefiph' });
    const href = new URL((await report.getAttribute('href'))!);
    expect(href.searchParams.get('fiche')).toBe('content/sitotheque/agefiph.yaml');
    expect(href.searchParams.get('adresse')).toBe('https://www.agefiph.fr/');
    await page.close();
  });

  it('ouvre chaque fiche de site pour la corriger, et dit que le lien du bas modifie la présentation du thème, sans dater la liste', async () => {
    const page = await open(withScripts, '/sitotheque/handicap/');
    const fix = page.getByRole('link', { name: 'Corriger cette fiche : Agefiph' });
    expect(await fix.getAttribute('href')).toMatch(/\/edit\/main\/content\/sitotheque\/agefiph\.yaml$/);
    const footer = page.getByRole('complementary', { name: 'Contribuer à cette page' });
    expect(await footer.getByRole('link', { name: 'Modifier la présentation du thème' }).getAttribute('href')).toMatch(
      /\/edit\/main\/content\/thematiques\/handicap\.yaml$/,
    );
    expect(await footer.getByRole('link', { name: 'Modifier cette page' }).count()).toBe(0);
    expect(await footer.innerText()).not.toMatch(/Dernière (modification|mise à jour)/);
    await page.close();
  });
});

describe('les nombres et la note de vérification des listes', () => {
  // Review rev22r, finding 2: /sitotheque/public/jeunes-16-25/ showed its 29 sites 51 times (one card per site and
  // theme), over 22 phone screens, and its page 2 held one site already shown on page 1, « (51e entrée sur 51) ».
  it('la page d’un public présente chacun de ses sites une fois, sur une seule page, et compte des sites', async () => {
    const page = await open(withoutScripts, '/sitotheque/');
    const publics = await page
      .getByRole('navigation', { name: 'Filtrer par public' })
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((link) => link.getAttribute('href')!).filter((href) => href.includes('/public/')),
      );
    expect(publics.length).toBeGreaterThan(5);
    let repeated = 0;
    for (const path of publics) {
      const publicId = /\/public\/([^/]+)\//.exec(path)![1]!;
      const fits = sites.filter(({ data }) => siteFitsPublic(data['publics'] as PublicId[], publicId as PublicId));
      repeated += fits.filter(({ data }) => (data['thematiques'] as string[]).length > 1).length;
      await open(page, path);
      const cards = await page
        .locator('main .site-card :is(h2, h3) a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
      expect(cards.length, path).toBe(new Set(cards).size);
      expect(new Set(cards), path).toEqual(new Set(fits.map(({ data }) => data['url'])));
      // Fewer sites than a page holds: one page, whose h1 and lead count sites.
      expect(fits.length).toBeLessThanOrEqual(50);
      expect(await page.getByRole('navigation', { name: /^Pages des sites/ }).count(), path).toBe(0);
      expect(await page.getByRole('heading', { level: 1 }).textContent(), path).not.toMatch(/sur \d+\)$/);
      expect(await page.locator('main .lead').innerText(), path).toContain(`: ${fits.length} sites.`);
      // Above the cards, every theme of the public's list with how many of its sites it holds, each linked to its
      // section.
      const summary = await page
        .getByRole('navigation', { name: 'Thèmes', exact: true })
        .getByRole('listitem')
        .evaluateAll((items) =>
          items.map((item) => [item.querySelector('a')!.getAttribute('href')!, item.textContent.replace(/\s+/g, ' ')]),
        );
      const themesOfPublic = new Set(fits.flatMap(({ data }) => data['thematiques'] as string[]));
      expect(summary.map(([href]) => href).sort(), path).toEqual([...themesOfPublic].map((id) => `#${id}`).sort());
      for (const [href, text] of summary) {
        const count = fits.filter(({ data }) => (data['thematiques'] as string[]).includes(href!.slice(1))).length;
        expect(text, path).toMatch(new RegExp(`\\(${count} sites?(, présentés? plus haut)?\\)$`));
        expect(await page.locator(`main section > h2${href}`).count(), `${path} ${href}`).toBe(1);
        // A theme whose section holds no card, only the names of sites shown earlier, says so before the click.
        const sectionCards = await page.locator(`main section:has(> h2${href}) .site-card`).count();
        expect(text!.endsWith('plus haut)'), `${path} ${href}`).toBe(sectionCards === 0);
      }
      // Each theme's section still names every site of the theme for this public, by its card or by its name, so
      // that the filter of a theme's page, which leads to that section, leads to all of them.
      for (const theme of new Set(fits.flatMap(({ data }) => data['thematiques'] as string[]))) {
        const named = await page
          .locator(`main section:has(> h2#${theme}) a`)
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        const ofTheme = fits.filter(({ data }) => (data['thematiques'] as string[]).includes(theme));
        expect(named, `${path} ${theme}`).toEqual(expect.arrayContaining(ofTheme.map(({ data }) => data['url'])));
      }
    }
    // Sites of several themes exist: the test read pages where a site could have been repeated.
    expect(repeated).toBeGreaterThan(0);
    await open(page, '/sitotheque/public/jeunes-16-25/2/', { status: 404 });
    await page.close();
  });

  it.each(['/sitotheque/emploi/', '/thematiques/emploi/'])(
    '%s dit l’état des liens avant de les lister',
    async (path) => {
      const page = await open(withoutScripts, path);
      const order = await page.locator('main').evaluate((main) => {
        const note = [...main.querySelectorAll('p')].find((p) =>
          /Aucun lien de la sitothèque|« Lien vérifié le … »/.test(p.textContent),
        );
        const link = main.querySelector('a[href^="https://www.francetravail.fr"]');
        return note && link ? note.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING : -1;
      });
      expect(order).toBeGreaterThan(0);
      await page.close();
    },
  );
});

describe('la recherche du site', () => {
  it('trouve un site de la sitothèque sur les pages de ses thèmes, pas sur les pages filtrées par public', async () => {
    const page = await open(withScripts, '/recherche/?q=Agefiph&type=site');
    const status = page.locator('main').getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/résultat/);
    const links = page.getByRole('list', { name: 'Résultats de la recherche' }).getByRole('heading').getByRole('link');
    const titles = await links.allTextContents();
    expect(titles).toEqual(expect.arrayContaining(['Sites utiles : Handicap', 'Sites utiles : Emploi']));
    const hrefs = await Promise.all((await links.all()).map((link) => link.getAttribute('href')));
    expect(hrefs.filter((href) => /\/sitotheque\/(public\/[^/]+\/)?$/.test(href ?? ''))).toEqual([]);
    await page.close();
  });
});

describe('sans JavaScript', () => {
  it('on arrive à la sitothèque par le menu, on filtre par public et on revient au thème', async () => {
    const page = await open(withoutScripts, '/');
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Sites utiles' })
      .click();
    await page.waitForURL(/\/sitotheque\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sites utiles : la sitothèque');
    // No report names these sites: the page says who chose them, and meta descriptions do not call them the network's.
    expect(await page.locator('main .lead').innerText()).toMatch(
      /Le groupe a créé la sitothèque sur le site Etoile ; aucun point d’étape ne nomme les sites de cette liste, proposés par les rédacteurs de ce site et à relire par le groupe\./,
    );
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description).toMatch(/proposée par les rédacteurs du site du réseau .*, à relire par le groupe\.$/);
    expect(description).not.toMatch(/sites de référence du réseau/);
    expect(await page.getByRole('heading', { level: 2, name: 'Orientation' }).count()).toBe(1);

    await page.getByRole('navigation', { name: 'Filtrer par public' }).getByRole('link', { name: 'Étudiants' }).click();
    await page.waitForURL(/\/sitotheque\/public\/etudiants\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sites utiles : Étudiants');
    const current = page.getByRole('navigation', { name: 'Filtrer par public' }).locator('[aria-current="page"]');
    expect(await current.textContent()).toBe('Étudiants');
    // A site for students is there, one for everyone too, one only for job seekers is not.
    expect(await page.getByRole('link', { name: 'Mon Master', exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Service-Public.fr', exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'France VAE', exact: true }).count()).toBe(0);

    await page.getByRole('link', { name: 'Tous les sites du thème « Orientation »' }).click();
    await page.waitForURL(/\/sitotheque\/orientation\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sites utiles : Orientation');
    await page.close();
  });

  it('la page d’un public mène d’un clic de ses thèmes, en haut, à la section du dernier', async () => {
    const page = await open(withoutScripts, '/sitotheque/public/parents/');
    const links = page.getByRole('navigation', { name: 'Thèmes', exact: true }).getByRole('link');
    const last = links.last();
    const name = (await last.textContent())!;
    const heading = page.getByRole('heading', { level: 2, name, exact: true });
    const below = await heading.evaluate((element) => element.getBoundingClientRect().top);
    expect(below).toBeGreaterThan(page.viewportSize()!.height);
    await last.click();
    await page.waitForURL(/\/sitotheque\/public\/parents\/#[a-z-]+$/);
    // The page scrolled down to the section: its heading in the window.
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const box = await heading.evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(page.viewportSize()!.height);
    await page.close();
  });

  it('le filtre d’une page de thème mène à la section de ce thème pour ce public', async () => {
    const page = await open(withoutScripts, '/sitotheque/orientation/');
    await page.getByRole('navigation', { name: 'Filtrer par public' }).getByRole('link', { name: 'Parents' }).click();
    await page.waitForURL(/\/sitotheque\/public\/parents\/#orientation$/);
    const section = page.getByRole('region', { name: 'Orientation' });
    expect(await section.getByRole('link', { name: 'Parcoursup', exact: true }).count()).toBe(1);
    await page.close();
  });

  it('le filtre du thème Handicap offre aux étudiants et aux jeunes les sites « tout public » du thème', async () => {
    const page = await open(withoutScripts, '/sitotheque/handicap/');
    const filter = page.getByRole('navigation', { name: 'Filtrer par public' });
    for (const name of ['Étudiants', 'Jeunes de 16 à 25 ans sortis de l’école', 'Collégiens et lycéens']) {
      expect(await filter.getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    await filter.getByRole('link', { name: 'Étudiants', exact: true }).click();
    await page.waitForURL(/\/sitotheque\/public\/etudiants\/#handicap$/);
    const section = page.getByRole('region', { name: 'Handicap' });
    expect(await section.getByRole('link', { name: 'Mon Parcours Handicap', exact: true }).count()).toBe(1);
    await page.close();
  });

  it('l’accueil mène les professionnels à la sitothèque', async () => {
    const page = await open(withoutScripts, '/');
    await page.getByRole('link', { name: 'Ouvrir la sitothèque' }).click();
    await page.waitForURL(/\/sitotheque\/$/);
    await page.close();
  });
});
