import type { Page } from 'playwright-core';
import { waitForFocusToLand } from './focusInFrames.ts';

/** What a sighted keyboard user sees at one Tab stop. */
export interface FocusStop {
  label: string;
  /** Problems with the focus indicator of this stop, empty when it is plainly visible. */
  problems: string[];
}

/** Elements a keyboard user must be able to reach, when they are rendered and enabled. */
const INTERACTIVE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex="0"], iframe';

/**
 * Tabs through the whole page and, at each stop, measures the focus indicator the way RGAA 10.7 asks:
 * an outline or ring at least 2 px thick whose colour contrasts 3:1 with what surrounds the element, the
 * element inside the window. Also returns the rendered interactive elements that Tab never reached.
 */
export async function walkFocus(page: Page): Promise<{ stops: FocusStop[]; unreached: string[] }> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    const store = window as unknown as { __reached: Set<Element>; __lastFocus: Element | null };
    store.__reached = new Set();
    store.__lastFocus = null;
  });
  const count = await page.locator(INTERACTIVE).count();
  const stops: FocusStop[] = [];
  // Each control once, plus a margin for the controls inside frames.
  for (let step = 0; step < count * 2 + 60; step += 1) {
    await page.keyboard.press('Tab');
    await waitForFocusToLand(page);
    const stop = await page.evaluate(() => {
      const store = window as unknown as { __reached: Set<Element>; __lastFocus: Element | null };
      const reached = store.__reached;
      const element = document.activeElement;
      if (!element || element === document.body) return null;
      const previous = store.__lastFocus;
      store.__lastFocus = element;
      // Tab goes through a frame's own controls, or a date field's day, month and year, before moving on.
      const hasParts =
        element.tagName === 'IFRAME' || (element instanceof HTMLInputElement && /^(date|time)/.test(element.type));
      if (reached.has(element)) return element === previous && hasParts ? 'again' : null;
      reached.add(element);
      const label = `<${element.tagName.toLowerCase()}> « ${(element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 40)} »`;
      // A frame draws its own focus inside: its page is checked on its own.
      if (element.tagName === 'IFRAME') return { label, problems: [] };
      const rgb = (value: string): number[] => (value.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
        const channel = (value: number) => {
          const c = value / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
      };
      const contrast = (a: number[], b: number[]) => {
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
        return (hi + 0.05) / (lo + 0.05);
      };
      // The indicator is drawn around the element, over its parent's background.
      let background = [255, 255, 255];
      for (let node = element.parentElement; node; node = node.parentElement) {
        const colour = rgb(getComputedStyle(node).backgroundColor);
        if (colour.length === 3 || (colour.length === 4 && colour[3]! > 0.5)) {
          background = colour.slice(0, 3);
          break;
        }
      }
      const style = getComputedStyle(element);
      const outline =
        style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
          ? contrast(rgb(style.outlineColor), background)
          : 0;
      const shadowColour = style.boxShadow === 'none' ? [] : rgb(style.boxShadow).slice(0, 3);
      const shadowSize = style.boxShadow === 'none' ? 0 : Math.max(...rgb(style.boxShadow).slice(3));
      const shadow = shadowSize >= 2 ? contrast(shadowColour, background) : 0;
      const problems: string[] = [];
      if (Math.max(outline, shadow) < 3)
        problems.push(`indicateur de focus absent ou trop peu contrasté (${Math.max(outline, shadow).toFixed(2)}:1)`);
      const box = element.getBoundingClientRect();
      if (
        box.width === 0 ||
        box.bottom < 0 ||
        box.top > window.innerHeight ||
        box.right < 0 ||
        box.left > window.innerWidth
      )
        problems.push('élément focalisé hors de la fenêtre');
      return { label, problems };
    });
    if (!stop) break;
    if (stop !== 'again') stops.push(stop);
  }
  const unreached = await page.evaluate((selector) => {
    const reached = (window as unknown as { __reached: Set<Element> }).__reached;
    return (
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
        .filter((element) => !reached.has(element))
        // What a closed <details> folds is reached once the reader opens it: its summary is the stop.
        .filter((element) => {
          const folded = element.closest('details:not([open])');
          return !folded || Boolean(folded.querySelector(':scope > summary')?.contains(element));
        })
        // Tab reaches one radio button of a group; arrows move between the others.
        .filter(
          (element) =>
            !(element instanceof HTMLInputElement && element.type === 'radio') ||
            ![...reached].some((other) => other instanceof HTMLInputElement && other.name === element.name),
        )
        .map(
          (element) =>
            `<${element.tagName.toLowerCase()}> « ${(element.getAttribute('aria-label') ?? element.textContent).trim().slice(0, 40)} »`,
        )
    );
  }, INTERACTIVE);
  return { stops, unreached };
}
