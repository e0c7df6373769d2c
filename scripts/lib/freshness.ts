/** Dates in content are calendar dates written AAAA-MM-JJ; they are handled in UTC so that none shifts by a day. */

/** The same day `months` months earlier; the last day of the month when that day does not exist (31 March → 28 February). */
export function monthsBefore(today: Date, months: number): Date {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(today.getUTCDate(), lastDay)));
}

/** A content date as YAML gives it (text or Date), or undefined when absent or unreadable. */
export function readDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  // 2026-02-30 would roll over to 2 March: a date that does not exist is unreadable, not another day.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : undefined;
}

/** True when a check date is a day after `today`'s: a typo the schema refuses, never a fresh check. */
export function isInFuture(checked: Date, today: Date): boolean {
  return checked.toISOString().slice(0, 10) > today.toISOString().slice(0, 10);
}

/**
 * True when an entry must be checked again: never checked, checked before the cut-off (the cut-off day itself is
 * fresh), or dated after today, which would otherwise stay fresh for ever.
 */
export function isStale(checked: Date | undefined, cutoff: Date, today = new Date()): boolean {
  return checked === undefined || checked.getTime() < cutoff.getTime() || isInFuture(checked, today);
}
