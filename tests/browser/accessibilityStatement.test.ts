import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { site } from '../../src/site.config.ts';
import { readAudit } from '../support/audit.ts';
import { formatRate } from '../../src/lib/rgaaConformity.ts';
import { fetchFile, openPage, useOfflineBrowser } from '../support/browser.ts';

const session = useOfflineBrowser();
const audit = readAudit();
let page: Page;

beforeAll(async () => {
  page = await session.context.newPage();
});

describe('la déclaration d’accessibilité RGAA', () => {
  it('a les rubriques qu’exige le RGAA', async () => {
    await openPage(page, '/accessibilite/');
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual(
      expect.arrayContaining([
        'État de conformité',
        'Échantillon de pages retenu pour l’audit',
        'Contenus non accessibles',
        'Établissement de cette déclaration',
        'Retour d’information et contact',
        'Voies de recours',
      ]),
    );
    const text = await page.getByRole('main').innerText();
    expect(text).toMatch(/établie le \d{1,2}(?:er)? \S+ \d{4}/);
    expect(text).toContain('Défenseur des droits');
    // The form itself, with what it asks: tests/browser/writeToNetwork.test.ts.
    expect(await page.getByRole('link', { name: 'écrivant au réseau' }).getAttribute('href')).toBe(
      `${site.contactUrl}&page=${encodeURIComponent(new URL('/accessibilite/', site.url).href)}`,
    );
  });

  it('déclare l’état que montrent l’accueil et le pied de page', async () => {
    await openPage(page, '/accessibilite/');
    const declared = await page.locator('main p', { hasText: 'Le site est' }).locator('strong').first().textContent();
    expect(declared).toBe(audit.conformity.statut);

    await openPage(page, '/');
    const mention = page.getByRole('main').getByRole('link', { name: `${declared} au RGAA` });
    expect(await mention.getAttribute('href')).toBe('/accessibilite/');
    const footerLink = page.getByRole('contentinfo').getByRole('link', { name: `Accessibilité : ${declared}` });
    expect(await footerLink.getAttribute('href')).toBe('/accessibilite/');
  });
  it('donne le taux calculé par la grille, l’échantillon, les non-conformités et dit que c’est une auto-évaluation', async () => {
    await openPage(page, '/accessibilite/');
    const text = await page.getByRole('main').innerText();
    expect(text).toContain(`taux de conformité est de ${formatRate(audit.conformity.taux)}`);
    expect(text).toContain('auto-évaluation');
    expect(text).toMatch(/non un audit réalisé ou certifié par un organisme extérieur/);
    const nonConformities = audit.results.filter((result) => result.statut === 'NC');
    for (const result of nonConformities) expect(text).toContain(`Critère ${result.numero}`);
    if (nonConformities.length === 0) expect(text).toContain('aucune non-conformité');
    const sampleLinks = page
      .getByRole('main')
      .getByRole('list')
      .filter({ hasText: audit.sample[1]!.titre })
      .filter({ hasText: audit.sample.at(-1)!.titre })
      .getByRole('link');
    expect(await sampleLinks.count()).toBe(audit.sample.length);
  });

  it('publie la grille : les 106 critères et leur statut, et la grille à télécharger, une ligne par critère et par page', async () => {
    await openPage(page, '/accessibilite/grille/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Grille d’audit RGAA 4.1');
    expect(await page.locator('tr[id^="critere-"]').count()).toBe(106);
    const row = page.locator('#critere-11-10');
    const expected = audit.results.find((result) => result.numero === '11.10')!.statut;
    expect(await row.getByRole('cell').first().textContent()).toBe(
      { C: 'Conforme', NC: 'Non conforme', NA: 'Non applicable' }[expected],
    );
    const href = await page.getByRole('link', { name: /Télécharger la grille/ }).getAttribute('href');
    const bytes = new Uint8Array(await (await fetchFile(href!)).arrayBuffer());
    // A byte order mark, so that spreadsheets read the accents.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv.startsWith('critere,theme,intitule,page,chemin,statut')).toBe(true);
    expect(
      csv
        .trim()
        .split('\r\n')
        .filter((line) => /^\d+\.\d+,/.test(line)),
    ).toHaveLength(106 * audit.sample.length);
  });
});
