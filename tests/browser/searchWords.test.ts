// What people type: sentences, job seekers' words, sigles the glossary lacks, one-letter misspellings
// (review rev27, findings 1, 2 and 6). Each query must put a page that answers it among the first five results.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, openPage, useOfflineBrowser } from '../support/browser.ts';

const siteUrl = inject('siteUrl');
const session = useOfflineBrowser();

const status = (page: Page) => page.locator('main').getByRole('status');
const resultLinks = (page: Page) =>
  page.getByRole('list', { name: 'Résultats de la recherche' }).getByRole('heading').getByRole('link');
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** Opens /recherche/, types the words, waits for the count, and reads the status and the first five results. */
async function firstFive(words: string) {
  const page = await session.context.newPage();
  const errors = collectErrors(page);
  await openPage(page, '/recherche/', { base: siteUrl });
  await page.getByRole('searchbox', { name: 'Mots recherchés' }).fill(words);
  await eventually(() => status(page).textContent()).toMatch(/résultat/);
  const said = (await status(page).textContent()) ?? '';
  const hrefs = await resultLinks(page).evaluateAll((links) =>
    links.slice(0, 5).map((link) => link.getAttribute('href')),
  );
  await page.close();
  expect(errors).toEqual([]);
  return { said, hrefs };
}

const DIAGNOSTIC = '/diagnostic/[a-z-]+';

describe('la recherche comprend ce que les gens tapent', () => {
  // Finding 1: a sentence with one word on no page with the others (« 19 », « fils ») found nothing.
  it.each([
    ['j’ai 19 ans je cherche un emploi', `^${DIAGNOSTIC}/emploi-jeune/$`],
    ['mon fils a quitté le lycée', `^${DIAGNOSTIC}/parent-sorti-ecole/$`],
    ['mon fils a arrêté l’école', `^${DIAGNOSTIC}/parent-sorti-ecole/$`],
    ['j’ai 17 ans et je ne vais plus au lycée', '^/(?:thematiques|sitotheque)/decrochage-scolaire/$'],
  ])(
    '« %s » : parmi les cinq premiers, une page de %s ; le statut dit que tous les mots n’ont pas servi',
    async (words, wanted) => {
      const { said, hrefs } = await firstFive(words);
      expect(
        hrefs.some((href) => new RegExp(wanted).test(href ?? '')),
        hrefs.join(' '),
      ).toBe(true);
      expect(said).toMatch(/^Aucune page ne contient tous vos mots\. \d+ résultats? pour « /);
    },
  );

  // Finding 2: the words of job seekers and the sigles people use, that the pages write otherwise.
  it.each([
    ['chômage', '^/structures/france-travail-|^/diagnostic/[a-z-]+/emploi-adulte/$', 'demandeur d’emploi'],
    ['chomeur', '^/structures/france-travail-|^/diagnostic/[a-z-]+/emploi-adulte/$', 'demandeur d’emploi'],
    [
      'sans emploi',
      '^/structures/france-travail-|^/diagnostic/[a-z-]+/emploi-(?:adulte|jeune)/$',
      'demandeur d’emploi',
    ],
    ['travail', '^/diagnostic/[a-z-]+/emploi-(?:adulte|jeune)/$|^/structures/france-travail-', 'emploi'],
    ['trouver un travail', '^/diagnostic/[a-z-]+/emploi-(?:adulte|jeune)/$', 'trouver un emploi'],
    ['ML', '^/structures/mission-locale-', 'Mission Locale'],
    ['E2C', '^/sitotheque/(?:decrochage-scolaire|formation)/$', 'Écoles de la 2e Chance'],
    ['CEJ', '^/structures/mission-locale-|^/stages/decouverte-mission-locale/$', 'contrat d’engagement jeune'],
    // Finding 6: one letter off.
    ['aprentissage', '^/thematiques/apprentissage/$', 'apprentissage'],
    ['apprentisage', '^/thematiques/apprentissage/$', 'apprentissage'],
    ['mision locale', '^/structures/mission-locale-', 'mission locale'],
  ])('« %s » : parmi les cinq premiers, une page de %s ; cherchée aussi comme « %s »', async (words, wanted, site) => {
    const { said, hrefs } = await firstFive(words);
    expect(
      hrefs.some((href) => new RegExp(wanted).test(href ?? '')),
      hrefs.join(' '),
    ).toBe(true);
    expect(said).toMatch(new RegExp(`^\\d+ résultats? pour « ${words} » ou « ${site} »\\.$`));
  });
});
