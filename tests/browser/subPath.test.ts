import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, offlineContext } from '../../scripts/lib/browser.ts';
import { collectErrors } from '../support/browser.ts';
import { SUB_PATH } from '../support/globalSetup.ts';

const subPathSiteUrl = inject('subPathSiteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe(`site construit sous ${SUB_PATH}`, () => {
  it('se parcourt de l’accueil à un point d’étape en restant sous le chemin de base', async () => {
    const { context } = await offlineContext(browser);
    const page = await context.newPage();
    const errors = collectErrors(page);
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    await page.goto(subPathSiteUrl);
    await page.getByRole('link', { name: 'Tous les points d’étape' }).click();
    await page.waitForURL(`**${SUB_PATH}points-etape/`);
    await page.getByRole('link', { name: 'Point d’étape 2009 du groupe AIOA 41' }).click();
    await page.waitForURL(`**${SUB_PATH}points-etape/2009-elargissement/`);
    const stylesheets = await page.evaluate(() => document.styleSheets.length);
    expect(stylesheets).toBeGreaterThan(0);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
