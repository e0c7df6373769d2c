import { isAfterToday } from '../../src/schemas/fields.ts';

/** Dates in content are calendar dates written AAAA-MM-JJ; they are handled in UTC so that none shifts by a day. */

/** A content date as YAML gives it (text or Date), or undefined when absent or unreadable. */
export function readDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  // 2026-02-30 would roll over to 2 March: a date that does not exist is unreadable, not another day.
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? date : undefined;
}

/**
 * Why an entry is to review: nobody has verified it (`verifie` is not true), no date, a date nobody can read, a date
 * after today in France, or one before the cut-off.
 */
export type CheckDateState = 'non-vérifiée' | 'absente' | 'illisible' | 'future' | 'ancienne';

/**
 * Collections whose entries say with `verifie` whether a person checked them. Their date is also written by imports
 * and by the person who wrote the entry, so a recent date alone does not mean anyone checked it.
 */
export const VERIFIED_BY_A_PERSON: readonly string[] = ['structures', 'internships'];

/**
 * The state of an entry's check date as written (`value`, from YAML), or undefined when it is fresh. `verified` is the
 * entry's `verifie` for a collection that has one: anything but true makes it « non-vérifiée », whatever the date.
 */
export function checkDateState(
  value: unknown,
  cutoff: Date,
  today = new Date(),
  verification?: { verified: unknown },
): CheckDateState | undefined {
  if (verification && verification.verified !== true) return 'non-vérifiée';
  if (value === undefined || value === null || value === '') return 'absente';
  const date = readDate(value);
  if (date === undefined) return 'illisible';
  if (isAfterToday(date.toISOString().slice(0, 10), today)) return 'future';
  return date.getTime() < cutoff.getTime() ? 'ancienne' : undefined;
}

/** What a person checks before dating each kind of entry again, by its date field's collection. */
const WHAT_TO_CHECK: Record<string, string> = {
  sites: 'ouvrez le lien (ou lancez npm run check:links -- --update-dates) ; s’il répond, écrivez',
  structures: 'vérifiez la fiche auprès de la structure (adresse, téléphone, horaires, services), puis écrivez',
  internships: 'relisez les règles avec les textes officiels, puis écrivez',
};

/** What a person checks before writing `verifie: true`, by collection. */
const WHAT_TO_VERIFY: Record<string, string> = {
  structures: 'vérifiez auprès de la structure son adresse, son téléphone, ses horaires et ses services',
  internships: 'comparez les règles aux textes officiels',
};

/**
 * The next step for an entry to review, after « → »: for an entry nobody verified, what to verify, then `verifie: true`
 * and the field to date; for a date nobody can read or one after today, how to write it;
 * otherwise what to check, then the field to date with `today` (AAAA-MM-JJ). A site whose link no longer answers
 * gets its url corrected, or its file removed.
 */
export function freshnessFix(collection: string, field: string, state: CheckDateState, today: string): string {
  if (state === 'non-vérifiée')
    return `${WHAT_TO_VERIFY[collection] ?? 'vérifiez la fiche'}, puis écrivez verifie: true et ${field}: ${today}`;
  if (state === 'illisible') return `écrivez ${field}: au format AAAA-MM-JJ, par exemple ${field}: ${today}`;
  if (state === 'future') return `écrivez le jour de la vérification, au plus tard ${field}: ${today}`;
  const check = WHAT_TO_CHECK[collection] ?? 'vérifiez la fiche, puis écrivez';
  const site = collection === 'sites' ? ' ; sinon corrigez url ou supprimez la fiche' : '';
  return `${check} ${field}: ${today}${site}`;
}
