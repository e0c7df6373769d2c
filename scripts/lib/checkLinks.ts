/**
 * Checks web addresses the way a careful person would: follows redirections, gives each
 * address a time limit, retries once what failed, and never hammers (bounded concurrency).
 */

/** What became of an address. */
export type LinkStatus =
  /** Answered 2xx at its own address. */
  | 'ok'
  /** Answered 2xx after one or more redirections: the content should carry the final address. */
  | 'redirected'
  /** Did not answer, answered an error (4xx, 5xx), or redirected in a loop. */
  | 'dead'
  /** Answered 401, 403 or 429: the site refuses automated visits; a person must open it. */
  | 'unverifiable';

export interface LinkResult {
  url: string;
  status: LinkStatus;
  /** HTTP status of the last answer, when there was one. */
  httpStatus?: number | undefined;
  /** Address after redirections, when it differs. */
  finalUrl?: string | undefined;
  /** Why the address is dead, in French. */
  error?: string | undefined;
  /** Time of the last attempt, redirections included. */
  durationMs: number;
  /** Answered, but slower than the `slowMs` threshold. */
  slow: boolean;
  attempts: number;
}

export interface CheckOptions {
  /** Time limit of one attempt, redirections included. */
  timeoutMs: number;
  /** Addresses checked at the same time. */
  concurrency: number;
  /** Answers slower than this are reported as slow. */
  slowMs: number;
  /** Pause before the single retry of a failed address. */
  retryDelayMs: number;
  /** Redirections followed before giving up. */
  maxRedirects: number;
  userAgent: string;
}

export const DEFAULT_OPTIONS: CheckOptions = {
  timeoutMs: 10_000,
  concurrency: 8,
  slowMs: 5_000,
  retryDelayMs: 1_000,
  maxRedirects: 10,
  userAgent: 'Mozilla/5.0 (compatible; verificateur-de-liens-aioa41/1.0)',
};

const REFUSES_ROBOTS = new Set([401, 403, 429]);

/** Names the failure of a request in French, for the report. */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `pas de réponse en ${(timeoutMs / 1000).toLocaleString('fr-FR')} s`;
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? `connexion impossible (${code})` : `connexion impossible (${String(cause)})`;
}

/** One attempt: follows redirections by hand, to know where the address really leads. */
async function attempt(url: string, options: CheckOptions): Promise<Omit<LinkResult, 'attempts' | 'slow'>> {
  const started = performance.now();
  const signal = AbortSignal.timeout(options.timeoutMs);
  const elapsed = () => Math.round(performance.now() - started);
  let current = url;
  try {
    for (let hop = 0; hop <= options.maxRedirects; hop++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal,
        headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      });
      await response.body?.cancel(); // Only the status matters: don't download the page.
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).href;
        continue;
      }
      const finalUrl = current === url ? undefined : current;
      const base = { url, httpStatus: response.status, finalUrl, durationMs: elapsed() };
      if (response.ok) return { ...base, status: finalUrl ? 'redirected' : 'ok' };
      if (REFUSES_ROBOTS.has(response.status)) return { ...base, status: 'unverifiable' };
      return { ...base, status: 'dead', error: `erreur HTTP ${response.status}` };
    }
    return { url, status: 'dead', error: 'trop de redirections (boucle ?)', durationMs: elapsed() };
  } catch (error) {
    return { url, status: 'dead', error: describeFailure(error, options.timeoutMs), durationMs: elapsed() };
  }
}

/** Checks one address, with one retry when it looks dead (a server can hiccup). */
export async function checkLink(url: string, options: CheckOptions = DEFAULT_OPTIONS): Promise<LinkResult> {
  let result = await attempt(url, options);
  let attempts = 1;
  if (result.status === 'dead') {
    await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs));
    result = await attempt(url, options);
    attempts = 2;
  }
  return { ...result, attempts, slow: result.status !== 'dead' && result.durationMs > options.slowMs };
}

/** Checks every address, at most `concurrency` at a time; results come back in the order of `urls`. */
export async function checkLinks(
  urls: readonly string[],
  options: CheckOptions = DEFAULT_OPTIONS,
  onResult: (result: LinkResult) => void = () => {},
): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array<LinkResult>(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      results[index] = await checkLink(urls[index]!, options);
      onResult(results[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, urls.length)) }, worker));
  return results;
}
