import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useOfflineBrowser } from '../support/browser.ts';
import { onePagePerTemplate, pagesToCheck } from '../support/builtPages.ts';
import { keyboardProblems } from '../support/keyboardWalk.ts';
import { loadWholePage } from '../support/pageReady.ts';
import { axeProblems, formatPageProblem, watchCspAndConsole, type PageProblem } from '../support/pageAudit.ts';

const pages = pagesToCheck('dist');
const session = useOfflineBrowser();
let page: Page;
const axeFindings: PageProblem[] = [];
const runtimeFindings: PageProblem[] = [];

beforeAll(
  async () => {
    page = await session.context.newPage();
    const problemsSince = await watchCspAndConsole(page);
    // One crawl feeds two gates: axe on each page, and what the CSP blocked or the console reported while it loaded.
    for (const path of pages) {
      await openPage(page, path);
      await loadWholePage(page);
      axeFindings.push(...(await axeProblems(page, path)));
      runtimeFindings.push(...(await problemsSince(path)));
    }
  },
  // The crawl grows with the site: allow a few seconds a page (a loaded 2-core machine took ~2 s each).
  Math.max(600_000, pages.length * 5_000),
);

describe(`les ${pages.length} pages du site construit (plan du site et pages hors plan)`, () => {
  it('n’ont aucune violation axe-core (WCAG 2.2 A et AA, bonnes pratiques)', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(axeFindings.map(formatPageProblem)).toEqual([]);
  });

  it('se chargent sans blocage par la politique de sécurité ni erreur dans la console', () => {
    // The 404 page is served with status 404, which Chromium reports as a console error: not a page fault.
    const findings = runtimeFindings.filter(
      (finding) => !(finding.page === '/404.html' && /status of 404/.test(finding.message)),
    );
    expect(findings.map(formatPageProblem)).toEqual([]);
  });
});

describe('au clavier, une page de chaque modèle', () => {
  it.each(onePagePerTemplate(pages))('%s : focus visible, ordre logique, pas de piège', async (path) => {
    await openPage(page, path);
    await loadWholePage(page);
    expect((await keyboardProblems(page, path)).map(formatPageProblem)).toEqual([]);
  });
});
