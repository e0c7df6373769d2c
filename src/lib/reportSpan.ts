import { countOf } from './french.ts';

/**
 * The years and the number of the reports, from their dates: « de 2004 à 2013, en 6 points d’étape », « en 2004,
 * en 1 point d’étape ». The list's intro says it in the past, from the content, so that a reader sees the newest
 * report's year before reading « rend compte » as today's work.
 */
export function reportSpanInWords(dates: readonly Date[]): string {
  const years = dates.map((date) => date.getUTCFullYear());
  const first = Math.min(...years);
  const last = Math.max(...years);
  const span = first === last ? `en ${first}` : `de ${first} à ${last}`;
  return `${span}, en ${countOf(dates.length, 'point d’étape', 'points d’étape')}`;
}
