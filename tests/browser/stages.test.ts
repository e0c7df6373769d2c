import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fetchFile, openPage, useOfflineBrowser } from '../support/browser.ts';
import { contentFiles } from '../support/loadContent.ts';
import { site, territory } from '../../src/site.config.ts';
import { SUB_PATH } from '../support/globalSetup.ts';

/** A description list's term, as a screen reader reads it: the colon after it also ends it for the search index. */
const term = (page: Page, label: string) => page.getByRole('term').filter({ hasText: new RegExp(`^${label}\\s?:$`) });

/** Names of the forms each reader should see, read from the content files themselves. */
const forms = contentFiles('internships').map(({ data }) => data as { nom: string; pour: string[] });
const namesFor = (reader: string) =>
  forms
    .filter((form) => form.pour.includes(reader))
    .map((form) => form.nom)
    .sort();

/** A4 at 96 px per inch, less the page margins of the print page (15 mm each side, 15 + 18 mm top and bottom). */
const A4_CONTENT = { width: Math.floor(((210 - 30) / 25.4) * 96), height: Math.floor(((297 - 33) / 25.4) * 96) };

// Everything in this section must work without JavaScript.
const session = useOfflineBrowser({ javaScriptEnabled: false });
const open = (path: string, page?: Page) => openPage(page ?? session.context, path);

// Every real form now speaks to all three readers: tests/build/stages.checks.ts plants a form for professionals alone
// to show that the other entries leave it out.
describe('les trois entrées du répertoire des stages', () => {
  it.each([
    ['Je cherche un stage', 'grand-public', 'À qui s’adresser près de chez vous', 'Comment l’obtenir'],
    ['J’accueille un stagiaire ou un apprenti', 'employeurs', 'Vos interlocuteurs', 'Protection sociale et assurance'],
    [
      'J’accompagne un public',
      'professionnels',
      'Structures du réseau et partenaires qui l’organisent ou en informent',
      'Rôle des professionnels',
    ],
  ])(
    '« %s » ne montre que ses formes, ce qui compte pour ce lecteur et à qui parler',
    async (entry, reader, contacts, fact) => {
      const page = await open('/stages/');
      await page.getByRole('link', { name: entry, exact: true }).click();
      await page.waitForURL(new RegExp(`/stages/pour/${reader}/$`));
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(entry);
      const shown = await page.getByRole('article').getByRole('heading', { level: 2 }).allTextContents();
      expect(shown.sort()).toEqual(namesFor(reader));
      expect(await page.getByRole('status').textContent()).toMatch(
        new RegExp(`^${namesFor(reader).length} fiches? de stage`),
      );
      expect(await term(page, fact).count()).toBeGreaterThan(0);
      // Whom to talk to, by employment area.
      expect(await page.getByRole('heading', { name: contacts }).count()).toBeGreaterThan(0);
      expect(await term(page, 'Bassin de Romorantin-Lanthenay').count()).toBeGreaterThan(0);
      await page.close();
    },
  );

  it('un employeur n’y voit pas ce qui est écrit pour les seuls jeunes', async () => {
    const page = await open('/stages/pour/employeurs/');
    expect(await term(page, 'Comment l’obtenir').count()).toBe(0);
    expect(await term(page, 'Protection sociale et assurance').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('un employeur y trouve la PMSMP avec la Mission Locale, et l’établissement comme interlocuteur d’un stage d’étudiant', async () => {
    const page = await open('/stages/pour/employeurs/');
    const discovery = page.getByRole('article').filter({
      has: page.getByRole('heading', { name: 'La PMSMP avec la Mission Locale' }),
    });
    expect(await discovery.count()).toBe(1);
    expect(await discovery.textContent()).toMatch(/La Mission Locale reste l’interlocutrice de l’entreprise/);
    const student = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: 'Stage de l’enseignement supérieur' }) });
    expect(await student.textContent()).toMatch(/Votre interlocuteur est l’établissement de l’étudiant/);
    await page.close();
  });

  it('en deux clics depuis /stages/, un jeune arrive sur la fiche de l’apprentissage et sur les CFA de son bassin', async () => {
    const page = await open('/stages/');
    await page.getByRole('link', { name: 'Je cherche un stage', exact: true }).click();
    await page.getByRole('heading', { name: 'Périodes en entreprise de l’apprentissage' }).getByRole('link').click();
    await page.waitForURL(/\/stages\/apprentissage\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Périodes en entreprise de l’apprentissage',
    );
    expect(await page.getByRole('heading', { name: 'À qui s’adresser' }).count()).toBe(1);
    expect(await page.getByText(/CFA agricole d’Areines/).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Modifier cette page' }).getAttribute('href')).toMatch(
      /content\/stages\/apprentissage\.md$/,
    );
    await page.close();
  });

  it('chaque fiche dit quand et comment ses règles ont été rédigées', async () => {
    const page = await open('/stages/pmsmp/');
    expect(await page.locator('main').textContent()).toMatch(/rédigées le \d{1,2}(?:er)? \w+ \d{4}/);
    await page.close();
  });
});

describe('le tableau comparatif', () => {
  it('est un vrai tableau avec en-têtes de colonnes et de lignes', async () => {
    const page = await open('/stages/');
    const table = page.getByRole('table', { name: /Comparer les formes de stage/ });
    expect(await table.evaluate((element) => element.tagName)).toBe('TABLE');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Forme',
      'Âge ou niveau',
      'Durée',
      'Convention',
      'Rémunération',
    ]);
    expect((await table.getByRole('rowheader').allTextContents()).sort()).toEqual(forms.map((form) => form.nom).sort());
    await page.close();
  });

  it('dit de l’apprentissage ce que dit sa fiche : un contrat de travail, et une convention de formation avec le CFA', async () => {
    const name = 'Périodes en entreprise de l’apprentissage';
    const page = await open('/stages/');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    // The table is where /stages/ first uses « CFA »: its cell carries the meaning the sheet and the data need not repeat.
    const meanings = contentFiles('glossary').map(({ data }) => ` (${data['sens'] as string})`);
    const withoutMeanings = (text: string) => meanings.reduce((rest, meaning) => rest.replaceAll(meaning, ''), text);
    const convention = withoutMeanings((await row.getByRole('cell').nth(2).textContent())!.trim());
    expect(convention).toMatch(/^Non : .*convention de formation.*CFA/);
    await open('/stages/apprentissage/', page);
    expect(await page.locator('main').textContent()).toContain(
      'Une convention de formation est conclue entre l’employeur et le CFA.',
    );
    expect(await page.locator('main').textContent()).toContain(convention);
    // The open data say the same, in the field /donnees/ documents.
    const records = (await (await fetchFile('donnees/stages.json')).json()) as Record<string, unknown>[];
    expect(records.find((record) => record['id'] === 'apprentissage')).toMatchObject({
      convention: false,
      convention_resume: convention,
    });
    await page.close();
  });

  it('se lit sur un téléphone de 320 px : la page ne déborde pas, le tableau défile dans une zone atteignable au clavier', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await open('/stages/', page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const region = page.getByRole('region', { name: /Comparer les formes de stage/ });
    expect(await region.getAttribute('tabindex')).toBe('0');
    const firstColumn = await page.getByRole('rowheader').first().boundingBox();
    expect(firstColumn!.width).toBeLessThan(200);
    await page.close();
  });
});

describe('le répertoire à imprimer', () => {
  it('tient en pages A4 sans couper une ligne, sans le menu du site', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: A4_CONTENT.width, height: A4_CONTENT.height });
    await page.emulateMedia({ media: 'print' });
    await open('/stages/imprimer/', page);
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(A4_CONTENT.width);
    // Every row of the comparison table and of each sheet refuses a page break, and is short enough for that to hold.
    const rows = await page.locator('main tr, main dl > div').evaluateAll((elements) =>
      elements.map((element) => ({
        breakInside: getComputedStyle(element).breakInside,
        height: element.getBoundingClientRect().height,
      })),
    );
    expect(rows.length).toBeGreaterThan(forms.length * 5);
    for (const row of rows) {
      expect(row.breakInside).toBe('avoid');
      expect(row.height).toBeLessThan(A4_CONTENT.height / 2);
    }
    // Each form starts on a new page.
    const sheets = page.getByRole('region').filter({ has: page.getByRole('heading', { level: 2 }) });
    const breaks = await sheets.evaluateAll((elements) =>
      elements.map((element) => getComputedStyle(element).breakBefore),
    );
    expect(breaks).toEqual(forms.map(() => 'page'));
    await page.close();
  });

  it.each([
    ['à la racine', '/', inject('siteUrl')],
    [`sous ${SUB_PATH}`, SUB_PATH, inject('subPathSiteUrl')],
  ])('imprime après chaque structure l’adresse complète de sa page (%s)', async (_where, base, siteUrl) => {
    const page = await session.context.newPage();
    await page.emulateMedia({ media: 'print' });
    await openPage(page, '/stages/imprimer/', { base: siteUrl });
    // In print, the address written after the link is part of its name.
    const link = page.getByRole('link', { name: /^Centre d’information et d’orientation de Blois\b/ }).first();
    const printed = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    // The address of the deployed site (site URL and base), not of the test server.
    expect(printed).toBe(`" (${new URL(`${base}structures/cio-blois/`, site.url).href})"`);
    await page.close();
  });

  it('s’imprime en PDF sur des pages A4', async () => {
    const page = await open('/stages/imprimer/');
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const sizes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map(([, width, height]) => [
      Math.round(Number(width)),
      Math.round(Number(height)),
    ]);
    // One page for the table at least, then one new page per form.
    expect(sizes.length).toBeGreaterThan(forms.length);
    for (const size of sizes) expect(size).toEqual([595, 842]);
    await page.close();
  });
});

describe('la boîte à outils', () => {
  const tools = contentFiles('tools');

  it('présente les quatre familles et une fiche par outil', async () => {
    const page = await open('/outils/');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining([
        'Outils d’information',
        'Outils de positionnement',
        'Outils d’accueil des publics',
        'Outils d’orientation',
      ]),
    );
    expect(await page.getByRole('article').count()).toBe(tools.length);
    expect(await term(page, 'Conditions d’utilisation(?: \\(à confirmer\\))?').count()).toBe(tools.length);
    // The families' claim links the report that defined them (territory.toolFamiliesSource).
    expect(await page.getByText(/rangés dans les quatre familles que le groupe a définies en 2006\./).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'en 2006', exact: true }).getAttribute('href')).toBe(
      `/points-etape/${territory.toolFamiliesSource}/`,
    );
    await page.getByRole('link', { name: 'Inventaire d’intérêts professionnels', exact: true }).click();
    await page.waitForURL(/\/outils\/inventaire-interets\/$/);
    expect(await page.getByText(/Centre d’information et d’orientation de Vendôme/).count()).toBe(1);
    await page.close();
  });

  it('la page d’un thème liste ses stages et ses outils', async () => {
    const page = await open('/thematiques/orientation/');
    expect(await page.getByRole('heading', { name: /^Stages et périodes en entreprise \(\d+\)$/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Stage d’observation de 3e' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Inventaire d’intérêts professionnels' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: /^Dans la boîte à outils \(\d+\)$/ }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: /^Outils d’orientation/ }).count()).toBe(0);
    await page.close();
  });

  it('l’entrée « employeur » de l’accueil mène à l’entrée employeurs des stages', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: 'Accueillir un stagiaire' }).click();
    await page.waitForURL(/\/stages\/pour\/employeurs\/$/);
    await page.close();
  });

  it('la page d’une structure liste les stages qu’elle organise et les outils qu’elle détient, et l’on y revient depuis une fiche', async () => {
    const page = await open('/stages/pmsmp/');
    await page.getByRole('link', { name: 'Mission Locale du Blaisois', exact: true }).click();
    await page.waitForURL(/\/structures\/mission-locale-blaisois\/$/);
    const internships = page.getByRole('region', { name: /^Stages et périodes en entreprise/ });
    expect(
      await internships
        .getByRole('link', { name: 'Période de mise en situation en milieu professionnel (PMSMP)' })
        .count(),
    ).toBe(1);
    expect(await internships.getByRole('link', { name: 'Stage de l’enseignement supérieur' }).count()).toBe(0);
    // Named after the menu's « Boîte à outils », not after one of its four families (« Outils d’orientation »).
    const tools = page.getByRole('region', { name: /^Dans la boîte à outils \(\d+\)$/ });
    expect(await tools.getByRole('link', { name: 'Portefeuille de compétences' }).count()).toBe(1);
    await page.close();
  });
});
