import type { Page } from 'playwright-core';
import { waitForFocusToLand } from './focusInFrames.ts';
import type { PageProblem } from './pageAudit.ts';

/** What the walk learns about the element that has focus after one Tab. */
interface FocusStop {
  /** Short description: tag, id, accessible text. */
  label: string;
  /** False when nothing shows where focus is (no outline, no shadow). */
  visible: boolean;
  /** -1 when it comes before the previous stop in the document, 0 same element, 1 after. */
  order: -1 | 0 | 1;
  /** True once focus has left the page or wrapped around (after its last control). */
  left: boolean;
}

/**
 * Tabs through the loaded page from the top as a keyboard user would, and reports focus
 * that cannot be seen, focus that goes backwards in the document (illogical order, positive
 * tabindex) and focus that never reaches the end of the page (a trap).
 */
export async function keyboardProblems(page: Page, path: string): Promise<PageProblem[]> {
  const problems: PageProblem[] = [];
  const report = (rule: string, message: string) => problems.push({ page: path, rule, message });
  const positive = await page
    .locator('[tabindex]')
    .evaluateAll((elements) =>
      elements
        .filter((element) => Number(element.getAttribute('tabindex')) > 0)
        .map((element) => element.outerHTML.slice(0, 80)),
    );
  for (const element of positive)
    report('clavier-ordre', `tabindex positif, qui casse l’ordre de tabulation : ${element}`);

  const focusable = await page.locator('a[href], button, input, select, textarea, iframe, [tabindex], summary').count();
  // Each control once, plus a margin for controls inside frames.
  const maxSteps = focusable * 2 + 10;
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.evaluate(() => {
    const store = window as unknown as { __firstFocus?: Element | null; __lastFocus?: Element | null };
    store.__firstFocus = store.__lastFocus = null;
  });
  for (let step = 0; step < maxSteps; step += 1) {
    await page.keyboard.press('Tab');
    await waitForFocusToLand(page);
    const stop: FocusStop = await page.evaluate(() => {
      const store = window as unknown as { __firstFocus?: Element | null; __lastFocus?: Element | null };
      const element = document.activeElement;
      // Past the last control, focus leaves the page or wraps around to the first one.
      if (!element || element === document.body || element === store.__firstFocus) {
        return { label: '', visible: true, order: 1, left: true };
      }
      if (store.__firstFocus === null) store.__firstFocus = element;
      const previous = store.__lastFocus ?? null;
      store.__lastFocus = element;
      let order: -1 | 0 | 1 = 1;
      if (previous === element) order = 0;
      else if (previous && previous.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING) order = -1;
      const style = getComputedStyle(element);
      // A frame draws its own focus inside; the check applies to the page's own controls.
      const visible =
        element.tagName === 'IFRAME' ||
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none';
      const text = (element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 40);
      const label = `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> « ${text} »`;
      return { label, visible, order, left: false };
    });
    if (stop.left) return problems;
    if (!stop.visible) report('clavier-focus-visible', `le focus ne se voit pas sur ${stop.label}`);
    if (stop.order === -1) report('clavier-ordre', `le focus revient en arrière dans la page sur ${stop.label}`);
  }
  report(
    'clavier-piege',
    `après ${maxSteps} tabulations, le focus n’a pas atteint la fin de la page : piège au clavier ?`,
  );
  return problems;
}
