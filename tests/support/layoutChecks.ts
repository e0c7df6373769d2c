import type { Page } from 'playwright-core';

/** WCAG 1.4.12 / RGAA 10.12: the spacings a reader may force, all at once. */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** How many CSS pixels the page is wider than its window: above 0, the reader must scroll sideways. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Elements that hide part of their own text: overflow hidden or clipped while their content is larger than
 * their box. Visually hidden text (1 px boxes) and the map's tile pane, clipped by design, do not count.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        // SVG drawings have no innerText; their text is clipped by their own viewBox.
        if (!(element instanceof HTMLElement)) return false;
        const style = getComputedStyle(element);
        const clips = (value: string) => value === 'hidden' || value === 'clip';
        if (!clips(style.overflowX) && !clips(style.overflowY) && style.textOverflow !== 'ellipsis') return false;
        if (element.clientWidth <= 1 || element.clientHeight <= 1) return false;
        if (element.closest('.leaflet-container')) return false;
        if (!element.innerText.trim()) return false;
        const overX =
          (clips(style.overflowX) || style.textOverflow === 'ellipsis') &&
          element.scrollWidth > element.clientWidth + 1;
        const overY = clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
        return overX || overY;
      })
      .map(
        (element) =>
          `<${element.tagName.toLowerCase()} class="${element.className}"> « ${element.innerText.trim().slice(0, 40)} »`,
      ),
  );
}
