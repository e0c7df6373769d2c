import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { readSample } from '../support/audit.ts';
import { offlineContext } from '../../scripts/lib/browser.ts';
import { openPage, useOfflineBrowser } from '../support/browser.ts';
import { loadWholePage } from '../support/pageReady.ts';
import { clippedText, horizontalOverflow, TEXT_SPACING_CSS } from '../support/layoutChecks.ts';

const sample = readSample().map((page) => [page.chemin] as const);
// bypassCSP: the reader's own style sheet (text spacing) is not the site's, and the site's CSP would refuse it.
const narrow = useOfflineBrowser({ viewport: { width: 320, height: 640 }, bypassCSP: true });
const wide = {} as { context: BrowserContext };
beforeAll(async () => {
  ({ context: wide.context } = await offlineContext(narrow.browser, {
    viewport: { width: 1280, height: 800 },
    bypassCSP: true,
  }));
});

describe('RGAA 10.11 : à 320 px de large (zoom 400 %), chaque page de l’échantillon', () => {
  it.each(sample)('%s se lit sans défilement horizontal', async (path) => {
    const page = await openPage(narrow.context, path, { waitUntil: 'load' });
    await loadWholePage(page);
    expect(await horizontalOverflow(page), `${path} déborde de la fenêtre de 320 px`).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('RGAA 10.12 : avec les espacements du texte forcés (interligne 1,5, lettres 0,12, mots 0,16, paragraphes 2)', () => {
  it.each(sample)('%s ne coupe aucun texte et ne déborde pas', async (path) => {
    for (const session of [wide, narrow]) {
      const page = await openPage(session.context, path, { waitUntil: 'load' });
      await loadWholePage(page);
      await page.addStyleTag({ content: TEXT_SPACING_CSS });
      expect(await clippedText(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});

describe('RGAA 10.4 : avec le texte agrandi à 200 %', () => {
  it.each(sample)('%s ne coupe aucun texte et ne déborde pas', async (path) => {
    const page = await openPage(wide.context, path, { waitUntil: 'load' });
    await loadWholePage(page);
    // What the browser's « texte seulement » zoom does: every size in rem or em doubles.
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await clippedText(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});

describe('La carte d’une fiche de structure, qui se charge à l’approche', () => {
  it('ne pousse pas la suite de la page quand elle apparaît (place réservée)', async () => {
    // A short window: the map is far below, so it has not started when the page is measured.
    const { context } = await offlineContext(narrow.browser, { viewport: { width: 1280, height: 400 } });
    const page = await openPage(context, 'structures/mission-locale-blaisois/', { waitUntil: 'load' });
    const map = page.locator('structure-map');
    // From the map's heading to the text after the map (the header compacts on scroll: positions in the page move).
    const gap = () =>
      page.evaluate(() => {
        const section = document.querySelector('section:has(structure-map)')!;
        let next = section.nextElementSibling!;
        while (next.getClientRects().length === 0) next = next.nextElementSibling!;
        return next.getBoundingClientRect().top - section.getBoundingClientRect().top;
      });
    expect(await map.getAttribute('data-started')).toBeNull();
    const before = await gap();
    await map.scrollIntoViewIfNeeded();
    await page.locator('structure-map[data-started] .leaflet-marker-icon').first().waitFor();
    expect(Math.abs((await gap()) - before), 'décalage, en px, du texte sous la carte').toBeLessThanOrEqual(1);
    await context.close();
  });
});

describe('/donnees/ : les tableaux des champs se lisent', () => {
  /** The words of the tables' column headings, and of their row headings, that the page breaks across two lines. */
  const brokenWords = (path: string, context: BrowserContext, firstHeading?: string) =>
    openPage(context, path, { waitUntil: 'load' }).then(async (page) => {
      const broken = await page.locator('main').evaluate(
        (main, heading) =>
          [...main.querySelectorAll('table')]
            // The tables whose first column heading is `heading`, or every table.
            .filter((table) => !heading || table.querySelector('thead th')?.textContent === heading)
            .flatMap((table) => [...table.querySelectorAll('thead th, tbody th code')])
            .flatMap((cell) => {
              const text = cell.firstChild;
              if (!text || text.nodeType !== Node.TEXT_NODE) return [];
              return [...text.textContent!.matchAll(/\S+/g)]
                .filter((word) => {
                  const range = document.createRange();
                  range.setStart(text, word.index);
                  range.setEnd(text, word.index + word[0].length);
                  return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
                })
                .map((word) => `${cell.tagName.toLowerCase()} « ${word[0]} »`);
            }),
        firstHeading,
      );
      await page.close();
      return broken;
    });

  it('à 1280 px, aucun en-tête de colonne ni nom de champ coupé au milieu', async () => {
    expect(await brokenWords('/donnees/', wide.context)).toEqual([]);
  });

  it('à 320 px, les en-têtes « Champ » et « Contenu » restent entiers (un nom de champ long peut passer à la ligne)', async () => {
    const broken = await brokenWords('/donnees/', narrow.context, 'Champ');
    expect(broken.filter((word) => word.startsWith('th'))).toEqual([]);
  });
});
