import { describe, expect, inject, it } from 'vitest';
import { collectErrors, openPage, useOfflineBrowser } from '../support/browser.ts';
import { SUB_PATH } from '../support/globalSetup.ts';

const subPathSiteUrl = inject('subPathSiteUrl');
const session = useOfflineBrowser();

describe(`site construit sous ${SUB_PATH}`, () => {
  it('se parcourt de l’accueil à un point d’étape en restant sous le chemin de base', async () => {
    const page = await session.context.newPage();
    const errors = collectErrors(page);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    await openPage(page, '/', { base: subPathSiteUrl });
    await page.getByRole('link', { name: 'Tous les points d’étape' }).click();
    await page.waitForURL(`**${SUB_PATH}points-etape/`);
    await page.getByRole('link', { name: 'Point d’étape 2009 du groupe AIOA 41' }).click();
    await page.waitForURL(`**${SUB_PATH}points-etape/2009-elargissement/`);
    const stylesheets = await page.evaluate(() => document.styleSheets.length);
    expect(stylesheets).toBeGreaterThan(0);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
