// The RGAA audit of the editing interface (/admin/, page « admin » of audit/echantillon.yaml): Decap CMS with the
// local backend (decap-server on a throwaway copy of content/, tests/support/adminBackend.ts), in the
// three views an editor goes through: a collection's list, an entry being corrected, a new entry. What the
// project fixed in Decap's interface (its wrapper page and script, configuration and CSS) is asserted here; what is
// left is listed as NC in audit/grille.yaml.
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { ADMIN_VIEWS as VIEWS, signInIfAsked, useAdminBackend } from '../support/adminBackend.ts';
import { openPage, useOfflineBrowser } from '../support/browser.ts';
import { walkFocus } from '../support/focusIndicator.ts';
import { axeProblems, formatPageProblem } from '../support/pageAudit.ts';

const session = useOfflineBrowser({ viewport: { width: 1280, height: 800 } });
const backend = useAdminBackend('aioa41-rgaa-admin-');

/** Opens a view signed in to the local backend (`?local`, accepted by Decap on 127.0.0.1 only). */
async function openView(context: BrowserContext, hash: string, ready: string): Promise<Page> {
  const page = await openPage(context, `admin/?local${hash}`, { base: backend.server.url });
  await signInIfAsked(page, page.locator(ready).first());
  await page.locator(ready).first().waitFor();
  // Decap fills the form and its lists in several renders.
  await page.waitForLoadState('networkidle');
  return page;
}

describe('RGAA : l’interface d’édition (/admin/, Decap CMS), dans ses trois vues', () => {
  it.each(VIEWS)(
    '$name : aucune violation axe-core (contrastes, repères, noms des boutons des listes de Decap)',
    async ({ hash, ready }) => {
      const page = await openView(session.context, hash, ready);
      expect((await axeProblems(page, '/admin/')).map(formatPageProblem)).toEqual([]);
      await page.close();
    },
  );

  it.each(VIEWS)(
    '$name : chaque champ, lien et bouton reçoit le focus, et le focus se voit (2 px, contraste 3:1)',
    async ({ hash, ready }) => {
      const page = await openView(session.context, hash, ready);
      const { stops, unreached } = await walkFocus(page);
      expect(stops.length).toBeGreaterThan(5);
      expect(
        stops.filter((stop) => stop.problems.length > 0).map((stop) => `${stop.label}: ${stop.problems.join(', ')}`),
      ).toEqual([]);
      expect(unreached).toEqual([]);
      await page.close();
    },
    120_000,
  );

  it('a un seul repère principal, jamais imbriqué, un titre par vue, la langue française, des icônes décoratives ignorées', async () => {
    const titles: string[] = [];
    for (const { hash, ready } of VIEWS) {
      const page = await openView(session.context, hash, ready);
      expect(await page.locator('main, [role="main"]').count(), hash).toBe(1);
      expect(await page.locator('main main, [role="main"] main, main [role="main"]').count(), hash).toBe(0);
      titles.push(await page.title());
      expect(await page.locator('html').getAttribute('lang')).toBe('fr');
      expect(await page.locator('iframe').count(), 'aucun cadre d’aperçu sans titre').toBe(0);
      expect(await page.locator('svg:not([aria-hidden="true"])').count(), 'icônes lues par les lecteurs d’écran').toBe(
        0,
      );
      await page.close();
    }
    expect(titles).toEqual([
      'Structures — Interface d’édition | AIOA 41',
      'mission-locale-blaisois (structure) — Interface d’édition | AIOA 41',
      'Nouvelle entrée (structure) — Interface d’édition | AIOA 41',
    ]);
  });
});
