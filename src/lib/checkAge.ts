/**
 * How old a check date may get. Dates in content are calendar dates written AAAA-MM-JJ; they are handled in UTC so
 * that none shifts by a day.
 */

/**
 * Months after which a check date is old: `npm run check:freshness` lists the entry for the editors by default, and a
 * site's « Lien vérifié le … » warns the reader (SiteCheckDate.astro).
 */
export const REVIEW_AFTER_MONTHS = 12;

/** The same day `months` months earlier; the last day of the month when that day does not exist (31 March → 28 February). */
export function monthsBefore(today: Date, months: number): Date {
  const year = today.getUTCFullYear();
  const month = today.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(today.getUTCDate(), lastDay)));
}

/** Whether `checked` comes before the cut-off REVIEW_AFTER_MONTHS before `today`, as `check:freshness` counts it. */
export function isPastReview(checked: Date, today = new Date()): boolean {
  return checked.getTime() < monthsBefore(today, REVIEW_AFTER_MONTHS).getTime();
}

/** « plus d’un an », « plus de 2 ans », « plus de 18 mois »: past REVIEW_AFTER_MONTHS, in words. */
export function pastReviewInWords(months = REVIEW_AFTER_MONTHS): string {
  if (months === 12) return 'plus d’un an';
  return months % 12 === 0 ? `plus de ${months / 12} ans` : `plus de ${months} mois`;
}
