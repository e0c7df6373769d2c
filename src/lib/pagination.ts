/** Pages of a long list: which page numbers to link, and each page's path. Pure. */

/** Site path of page `n` of a list whose first page is `firstPath` (`/sitotheque/emploi/` → `/sitotheque/emploi/2/`). */
export function pagePath(firstPath: string, n: number): string {
  const base = firstPath.endsWith('/') ? firstPath : `${firstPath}/`;
  return n <= 1 ? base : `${base}${n}/`;
}

/**
 * Page numbers to link from page `current` of `last`: every page when there are few, otherwise
 * the first, the last and the neighbours of the current one, `null` standing for a gap.
 */
export function pageNumbers(current: number, last: number, around = 2): (number | null)[] {
  if (last <= 2 * around + 5) return Array.from({ length: last }, (_, index) => index + 1);
  const numbers: (number | null)[] = [1];
  const from = Math.max(2, current - around);
  const to = Math.min(last - 1, current + around);
  if (from > 2) numbers.push(null);
  for (let n = from; n <= to; n++) numbers.push(n);
  if (to < last - 1) numbers.push(null);
  numbers.push(last);
  return numbers;
}

/** Page (from 1) holding the item at `index` (from 0) of a list cut into pages of `size`. */
export function pageOfIndex(index: number, size: number): number {
  return Math.floor(index / size) + 1;
}

/**
 * What the <title> of a list's page adds past the first page, « , page 2 », so that tabs and bookmarks tell the pages
 * apart; nothing on the first page. Its h1 says `headingRange` instead.
 */
export function pageSuffix(current: number): string {
  return current > 1 ? `, page ${current}` : '';
}

/** What the site map says after the link to a list's first page, « , en 3 pages »; nothing when the list fits on one. */
export function pageCountNote(lastPage: number | undefined): string {
  return lastPage !== undefined && lastPage > 1 ? `, en ${lastPage} pages` : '';
}

/**
 * Which entries of a list a page or a table shows, after a space: « (21 à 40 sur 120) », from 1; one entry alone
 * says its rank, « (51e sur 51) », rather than « (51 à 51 sur 51) ». A first entry alone keeps the range: « 1er » or
 * « 1re » would need the entries' gender, and only a test build, of pages of one entry, shows it alone.
 */
export function shownRange(first: number, last: number, total: number): string {
  if (first === last && first > 1) return ` (${first}e sur ${total})`;
  return ` (${first} à ${last} sur ${total})`;
}

/**
 * How the h1 of every page of a cut list ends, `shownRange` of the entries it shows (Astro's `page` gives `start` and
 * `end` from 0, `end` included) and the list's total; empty when the list fits on one page.
 */
export function headingRange({
  start,
  end,
  lastPage,
  total,
}: {
  start: number;
  end: number;
  lastPage: number;
  total: number;
}): string {
  return lastPage > 1 ? shownRange(start + 1, end + 1, total) : '';
}
