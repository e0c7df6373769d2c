import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The rules the site answers to: WCAG 2.2 A and AA (as axe tags them) and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** A rule axe may not apply to some elements, with the reason a reviewer can check. */
export interface AxeException {
  rule: string;
  /** CSS selector of the elements the exception covers (axe `exclude` is per page, this is per rule). */
  selector: string;
  reason: string;
}

/**
 * Exceptions to the axe crawl. Each one says why the finding is not a barrier; keep it empty when possible.
 */
const AXE_EXCEPTIONS: readonly AxeException[] = [];

/** One problem found on one page by one gate, worded so that whoever owns the page can fix it. */
export interface PageProblem {
  /** Site path of the page, without the base. */
  page: string;
  /** Rule or kind of problem: the axe rule id, `csp`, `console`… */
  rule: string;
  message: string;
}

/** Formats a problem as the gates print it: `/page/: rule: message`. */
export function formatPageProblem({ page, rule, message }: PageProblem): string {
  return `${page}: ${rule}: ${message}`;
}

/**
 * Runs axe on the page already loaded in `page`; `path` names it in the problems.
 * Legacy mode runs axe in the page itself (same-origin frames included) instead of opening a blank page per call.
 */
export async function axeProblems(page: Page, path: string): Promise<PageProblem[]> {
  const results = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  const problems: PageProblem[] = [];
  for (const violation of results.violations) {
    const exceptions = AXE_EXCEPTIONS.filter((exception) => exception.rule === violation.id);
    for (const node of violation.nodes) {
      const target = node.target.join(' ');
      const selectors = exceptions.map((exception) => exception.selector);
      const excused =
        selectors.length > 0 &&
        node.target.length === 1 &&
        (await page.evaluate(
          ([element, allowed]) => {
            const found = document.querySelector(element);
            return Boolean(found && allowed.some((selector) => found.closest(selector)));
          },
          [String(node.target[0]), selectors] as const,
        ));
      if (excused) continue;
      problems.push({
        page: path,
        rule: violation.id,
        message: `${violation.help} (${violation.impact ?? 'impact inconnu'}) → ${target} — ${violation.helpUrl}`,
      });
    }
  }
  return problems;
}

/**
 * Watches a page for what the Content-Security-Policy blocks and for console errors.
 * Call before navigating; `problemsOf(path)` returns what happened since the last call.
 */
export async function watchCspAndConsole(page: Page): Promise<(path: string) => Promise<PageProblem[]>> {
  let messages: { rule: string; message: string }[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') messages.push({ rule: 'console', message: message.text() });
  });
  page.on('pageerror', (error) => messages.push({ rule: 'exception', message: error.message }));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const sample = event.sample ? ` « ${event.sample} »` : '';
      const record = `${event.effectiveDirective} refuse ${event.blockedURI || 'inline'}${sample} (${event.sourceFile}:${event.lineNumber})`;
      const store = window as unknown as { __cspViolations?: string[] };
      (store.__cspViolations ??= []).push(record);
    });
  });
  return async (path) => {
    const violations = await page
      .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
      .catch(() => []);
    const problems = [
      ...violations.map((message) => ({ page: path, rule: 'csp', message })),
      ...messages.map(({ rule, message }) => ({ page: path, rule, message })),
    ];
    messages = [];
    return problems;
  };
}
