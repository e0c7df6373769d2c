import { describe, expect, it } from 'vitest';
import { reportSpanInWords } from '../../src/lib/reportSpan.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('les années et le nombre des points d’étape, en mots', () => {
  it.each([
    [['2013-04-10', '2004-05-14', '2008-03-17'], 'de 2004 à 2013, en 3 points d’étape'],
    [['2004-05-14'], 'en 2004, en 1 point d’étape'],
    [['2027-01-02', '2027-12-31'], 'en 2027, en 2 points d’étape'],
  ])('%j → « %s »', (dates, words) => {
    expect(reportSpanInWords(dates.map(day))).toBe(words);
  });
});
