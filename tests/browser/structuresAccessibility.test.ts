import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { openPage, useOfflineBrowser } from '../support/browser.ts';
import { loadWholePage } from '../support/pageReady.ts';

const session = useOfflineBrowser();

describe.each([
  ['structures/'],
  ['structures/cio-blois/'],
  ['carte/'],
  ['carte/?bassin=romorantin'],
  ['carte/integrer/'],
  ['embed/carte/'],
  ['donnees/'],
])('la page %s', (path) => {
  it('n’a aucune violation axe-core (WCAG 2.2 AA), carte chargée', async () => {
    const page = await openPage(session.context, path);
    await loadWholePage(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      // The preview frame is the embed page, checked on its own.
      .exclude('iframe')
      .analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
    await page.close();
  });
});
