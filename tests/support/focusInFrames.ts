import type { Page } from 'playwright-core';

/** How long focus may take to land in a frame's process before a walk takes it as lost. */
const FRAME_FOCUS_TIMEOUT_MS = 15_000;

/**
 * Waits, after a Tab, until focus has landed. Chromium runs a frame of another site, or sandboxed without same origin
 * (the embedded map on a partner's site), in a process of its own: a Tab into it goes through that process, and until it answers, the page reports no focused
 * element (`document.activeElement` is the body), as it does once focus has left the page. On a loaded machine the
 * answer can come after the walk's next read, which then stopped half-way. So when the page shows no focus and a
 * frame follows the last element the walk focused (`window.__lastFocus`), focus is still on its way: wait for it.
 * A frame that never takes focus is waited for once, then left to the walk to report.
 */
export async function waitForFocusToLand(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => {
        if (document.activeElement && document.activeElement !== document.body) return true;
        const last = (window as unknown as { __lastFocus?: Element | null }).__lastFocus;
        return ![...document.querySelectorAll('iframe')].some(
          (frame) =>
            frame.getClientRects().length > 0 &&
            (!last || Boolean(last.compareDocumentPosition(frame) & Node.DOCUMENT_POSITION_FOLLOWING)),
        );
      },
      undefined,
      { timeout: FRAME_FOCUS_TIMEOUT_MS, polling: 50 },
    )
    .catch(() => undefined);
}
