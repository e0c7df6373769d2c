import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** The status line of /recherche/'s main region, where the count of results is announced. */
export const searchStatus = (page: Page) => page.locator('main').getByRole('status');
/** The list of results, by its accessible name. */
export const searchResults = (page: Page) => page.getByRole('list', { name: 'Résultats de la recherche' });
/** Each result's title link. */
export const resultLinks = (page: Page) => searchResults(page).getByRole('heading').getByRole('link');

/** Waits for what a person would see, with room for a busy CI machine. */
export const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** Shows every result, as a person pressing « Afficher plus de résultats » until it goes. */
export async function showAllResults(page: Page) {
  const more = page.getByRole('button', { name: 'Afficher plus de résultats' });
  while (await more.isVisible()) {
    const shown = await resultLinks(page).count();
    await more.click();
    await eventually(() => resultLinks(page).count()).toBeGreaterThan(shown);
  }
}
