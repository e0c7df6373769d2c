import type { Locator } from 'playwright-core';

/** What tells a person whether a control can be used: its edge, the pointer over it, its text against its background. */
export interface ControlLook {
  /** Its label or words, to name it in a failure. */
  name: string;
  /** The top edge's style: `solid`, `dashed`… */
  border: string;
  cursor: string;
  background: string;
  /** Contrast of the text with the background, translucent colours laid over the page's white first. */
  contrast: number;
}

/** How each control of `controls` looks. */
export function controlLooks(controls: Locator): Promise<ControlLook[]> {
  return controls.evaluateAll((elements) =>
    elements.map((element) => {
      const style = getComputedStyle(element);
      const rgba = (value: string) => {
        const [r = 0, g = 0, b = 0, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
        return { rgb: [r, g, b], alpha: a };
      };
      const over = (colour: string, under: number[]) => {
        const { rgb, alpha } = rgba(colour);
        return rgb.map((value, index) => alpha * value + (1 - alpha) * under[index]!);
      };
      const luminance = (colour: number[]) => {
        const [r = 0, g = 0, b = 0] = colour.map((value) => {
          const c = value / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const background = over(style.backgroundColor, [255, 255, 255]);
      const [hi, lo] = [luminance(over(style.color, background)), luminance(background)].sort((x, y) => y - x);
      const labels = (element as HTMLInputElement).labels;
      return {
        name: (labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? element.textContent).trim(),
        border: style.borderTopStyle,
        cursor: style.cursor,
        background: style.backgroundColor,
        contrast: (hi! + 0.05) / (lo! + 0.05),
      };
    }),
  );
}
