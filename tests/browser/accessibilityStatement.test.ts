import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { site } from '../../src/site.config.ts';
import { openPage, useOfflineBrowser } from '../support/browser.ts';

const session = useOfflineBrowser();
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
    expect(text).toMatch(/établie le \d{1,2} \S+ \d{4}/);
    expect(text).toContain('Défenseur des droits');
    expect(await page.getByRole('link', { name: 'formulaire de signalement' }).getAttribute('href')).toBe(
      site.contactUrl,
    );
  });

  it('déclare l’état que montrent l’accueil et le pied de page', async () => {
    await openPage(page, '/accessibilite/');
    const declared = await page.locator('main p', { hasText: 'Le site est' }).locator('strong').first().textContent();
    expect(declared).toBe(site.accessibilityStatus);

    await openPage(page, '/');
    const mention = page.getByRole('main').getByRole('link', { name: `${declared} au RGAA` });
    expect(await mention.getAttribute('href')).toBe('/accessibilite/');
    const footerLink = page.getByRole('contentinfo').getByRole('link', { name: `Accessibilité : ${declared}` });
    expect(await footerLink.getAttribute('href')).toBe('/accessibilite/');
  });
});
