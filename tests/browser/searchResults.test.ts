// What the search index holds and what a result shows (review rev27, findings 3 to 5): a result's excerpt says what the
// page is, list pages do not repeat the pages they list, and a section's link says which page it belongs to.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, openPage, useOfflineBrowser } from '../support/browser.ts';
import {
  eventually,
  resultLinks,
  searchResults as results,
  searchStatus as status,
  showAllResults,
} from '../support/searchResults.ts';

const siteUrl = inject('siteUrl');
const session = useOfflineBrowser();

/** The first page of results for `words`, as a person sees it after typing them (ten results at most). */
async function searchFor(words: string) {
  const page = await session.context.newPage();
  const errors = collectErrors(page);
  await openPage(page, `/recherche/?q=${encodeURIComponent(words)}`, { base: siteUrl });
  await eventually(() => status(page).textContent()).toMatch(/résultats? pour/);
  return { page, errors };
}

const hrefs = (page: Page) => resultLinks(page).evaluateAll((links) => links.map((link) => link.getAttribute('href')));

describe('les résultats de la recherche', () => {
  // The self-diagnostic's results carry, for paper only, « AIOA 41 — résultat de l’autodiagnostic, https://… »: read
  // aloud and highlighted in 52 of 293 results over 30 searches, before it was kept out of the index.
  it('« stage » : aucun extrait ne montre l’adresse imprimée sous un résultat de l’autodiagnostic', async () => {
    const { page, errors } = await searchFor('stage');
    await showAllResults(page);
    const text = (await results(page).textContent()) ?? '';
    expect(text).toMatch(/Trouver un stage pendant ses études/);
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toMatch(/résultat de l’autodiagnostic,/);
    expect(errors).toEqual([]);
    await page.close();
  });

  // An internship sheet's top (its summary) was dropped, so its only section shown was its list of official links.
  it('« stage » : la fiche d’un stage montre d’abord ce qu’il est, pas sa liste de textes officiels', async () => {
    const { page } = await searchFor('stage');
    const item = results(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Stage d’observation de 3e', exact: true }) });
    // The first excerpt under the title and its kind, whether a paragraph or a list of sections.
    const firstExcerpt = item.locator(':scope > :is(p:not([class]), ul)').first();
    expect(await firstExcerpt.textContent()).toMatch(/^Un premier pas dans le monde du travail/);
    await page.close();
  });

  // « Textes et pages officielles » heads the list of official links of every sheet: in a screen reader's list of links,
  // seven links of that one name went to seven pages. The list is out of the index (the sitothèque has those sites).
  it.each(['stage', 'convention de stage'])('« %s » : aucun lien « Textes et pages officielles »', async (words) => {
    const { page } = await searchFor(words);
    await showAllResults(page);
    expect(await resultLinks(page).count()).toBeGreaterThan(3);
    expect(
      await results(page)
        .getByRole('link', { name: /Textes et pages officielles/ })
        .count(),
    ).toBe(0);
    await page.close();
  });

  // The directory came 10th, after the sheets it lists and the pages that copied them.
  it('« stage » donne le répertoire /stages/ dans ses 3 premiers résultats', async () => {
    const { page } = await searchFor('stage');
    expect((await hrefs(page)).slice(0, 3)).toContain('/stages/');
    await page.close();
  });

  // The employers' entry came 60th of 63: its words were buried under the seven sheets it repeated in full.
  it('« employeur » donne l’entrée des employeurs du répertoire dans ses 5 premiers résultats', async () => {
    const { page } = await searchFor('employeur');
    expect((await hrefs(page)).slice(0, 5)).toContain('/stages/pour/employeurs/');
    await page.close();
  });

  // /structures/ and /carte/ listed the same structures with the same words: both came on the first page, with the
  // same excerpt, in 9 of 30 searches; the three entries of the directory repeated its sheets in 11 of 30.
  it.each(['cio', 'afpa', 'romorantin', 'décrochage'])(
    '« %s » : l’annuaire et la carte ne sont pas tous deux en première page',
    async (words) => {
      const { page } = await searchFor(words);
      const shown = await hrefs(page);
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.filter((href) => href === '/structures/' || href === '/carte/').length).toBeLessThan(2);
      await page.close();
    },
  );

  it.each(['pmsmp', 'bac', 'gratification', 'convention de stage'])(
    '« %s » : au plus une entrée du répertoire des stages en première page',
    async (words) => {
      const { page } = await searchFor(words);
      expect((await hrefs(page)).filter((href) => href?.startsWith('/stages/pour/')).length).toBeLessThan(2);
      await page.close();
    },
  );

  // A screen reader's list of links read « Services » 25 times, one per structure: a section's link now names its page.
  it.each(['apprentissage', 'orientation'])(
    '« %s » : deux liens de section de même nom mènent à la même page',
    async (words) => {
      const { page } = await searchFor(words);
      await showAllResults(page);
      const sections = await results(page)
        .locator('.site-search__sections a')
        .evaluateAll((links) =>
          links.map((link) => ({ name: link.textContent, page: link.getAttribute('href')!.split('#')[0] })),
        );
      expect(sections.length).toBeGreaterThan(10);
      const pagesByName = Map.groupBy(sections, (section) => section.name);
      const shared = [...pagesByName].filter(([, links]) => new Set(links.map((link) => link.page)).size > 1);
      expect(shared.map(([name]) => name)).toEqual([]);
      // The section's own name is what a person sees first, the page's title only read out.
      expect(sections.map((section) => section.name)).toContain('Services (Mission Locale du Blaisois)');
      await page.close();
    },
  );

  // The map's legend (« Chaque repère porte l’abréviation du type de structure ») made /carte/ a result for the names of
  // the types; the map's intro and its structures' own pages are what says them.
  it('« abréviation » ne donne pas la carte par sa légende', async () => {
    const { page } = await searchFor('abréviation repère');
    expect(await hrefs(page)).not.toContain('/carte/');
    await page.close();
  });

  // What only a list showed is still found: each structure's name leads to its own page first.
  it.each([
    ['Mission Locale du Vendômois', '/structures/mission-locale-vendomois/'],
    ['CIO de Romorantin', '/structures/cio-romorantin/'],
    ['Afpa de Blois', '/structures/afpa-blois/'],
  ])('« %s » mène d’abord à la page de la structure', async (words, href) => {
    const { page } = await searchFor(words);
    expect((await hrefs(page))[0]).toBe(href);
    await page.close();
  });
});
