// The editing interface (/admin/, Decap CMS) on a narrow screen: Decap's layout is its own and needs
// EDITING_MIN_WIDTH (src/lib/editingScreen.ts). Narrower, a line of the page says so above it, as /contribuer/ does;
// at that width, no view of the interface scrolls sideways, so the claim stays true.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EDITING_MIN_WIDTH, EDITING_MIN_WIDTH_TEXT } from '../../src/lib/editingScreen.ts';
import { ADMIN_VIEWS as VIEWS, signInIfAsked, useAdminBackend } from '../support/adminBackend.ts';
import { openPage, useOfflineBrowser } from '../support/browser.ts';

const session = useOfflineBrowser({ viewport: { width: 1280, height: 800 } });
const backend = useAdminBackend('aioa41-narrow-admin-');

const NOTE = `L’interface d’édition demande un écran d’au moins ${EDITING_MIN_WIDTH_TEXT} de large`;

/** Opens a view at `width`, signed in to the local backend. */
async function openView(hash: string, ready: string, width: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await openPage(page, `admin/?local${hash}`, { base: backend.server.url });
  await signInIfAsked(page, page.locator(ready).first());
  await page.locator(ready).first().waitFor();
  // Decap fills the form and its lists in several renders.
  await page.waitForLoadState('networkidle');
  return page;
}

/** True when the line is drawn and nothing of Decap's covers it: its middle is the line itself. */
const noteShown = (page: Page) =>
  page.evaluate((start) => {
    const note = [...document.querySelectorAll('p')].find((p) => p.textContent.includes(start));
    if (!note || note.offsetWidth === 0) return false;
    const box = note.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return Boolean(top && note.contains(top));
  }, NOTE);

describe('l’interface d’édition sur un écran étroit', () => {
  it('à 390 px (un téléphone), une ligne au-dessus du formulaire dit la largeur qu’il demande et où aller ; à 1 280 px, non', async () => {
    const { hash, ready } = VIEWS[2];
    const phone = await openView(hash, ready, 390);
    expect(await noteShown(phone)).toBe(true);
    expect(await phone.getByRole('link', { name: 'Contribuer au site' }).isVisible()).toBe(true);
    // The form is still there, below the line.
    expect(await phone.locator(ready).first().isVisible()).toBe(true);
    await phone.close();

    const computer = await openView(hash, ready, 1280);
    expect(await noteShown(computer)).toBe(false);
    expect(await computer.getByText(NOTE).isVisible()).toBe(false);
    await computer.close();
  });

  it.each(VIEWS)(`$name : à ${EDITING_MIN_WIDTH} px, rien ne dépasse sur le côté`, async ({ hash, ready }) => {
    const page = await openView(hash, ready, EDITING_MIN_WIDTH);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await noteShown(page)).toBe(false);
    await page.close();
  });

  it('/contribuer/ le dit aussi, avec la même largeur', async () => {
    const page = await openPage(session.context, 'contribuer/');
    expect(
      await page.getByText(`L’interface demande un écran d’au moins ${EDITING_MIN_WIDTH_TEXT} de large`).isVisible(),
    ).toBe(true);
    await page.close();
  });
});
