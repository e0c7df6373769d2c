const longDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "30 mars 2013": dates in content are calendar dates, so they are read in UTC to never shift by a day. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

/** "2013-03-30", for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
