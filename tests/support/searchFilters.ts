import type { Page } from 'playwright-core';

/**
 * Shows the filters of /recherche/ as a person would: on a wide screen they stand beside the results, already shown;
 * on a narrow one they wait folded under « Affiner la recherche », which this opens.
 */
export async function refine(page: Page) {
  const types = page.getByRole('main').getByRole('group', { name: 'Type de contenu' });
  if (await types.isVisible()) return;
  await page.getByRole('main').getByText('Affiner la recherche', { exact: false }).first().click();
}
