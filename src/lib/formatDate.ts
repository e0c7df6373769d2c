const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Each date's text, formatted once per build: the same dates come back on thousands of pages, and Intl is slow. */
const formatted = new Map<number, string>();

/**
 * "30 mars 2013", "1er décembre 2026" (French writes the first of the month as an ordinal, which Intl does not):
 * dates in content are calendar dates, and so are the days of commits (France's day, src/lib/lastChanged.ts), all at
 * 00:00 UTC: they are read in UTC to never shift by a day.
 */
export function formatDate(date: Date): string {
  const time = date.getTime();
  let text = formatted.get(time);
  if (text === undefined) formatted.set(time, (text = longDate.format(date).replace(/^1 /, '1er ')));
  return text;
}

/** "2013-03-30", for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
