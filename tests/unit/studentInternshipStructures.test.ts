// Review rev27, finding 8: /stages/stage-enseignement-superieur/ listed only the BIJ of Blois under « Pour
// s’informer », while the self-diagnostic's result for a student looking for an internship sends them to the CIO of
// their area too. The sheet and the result name the same places: every structure of the result's types whose file
// counts students among its publics.
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../support/loadContent.ts';

const SHEET = 'stage-enseignement-superieur';
const RESULT = 'stage-etudiant';

describe('le stage des étudiants : la fiche et l’autodiagnostic nomment les mêmes lieux', () => {
  it(`la fiche ${SHEET} liste chaque structure des types du résultat ${RESULT} qui reçoit les étudiants`, () => {
    const result = contentFiles('diagnostic').find(({ id }) => id === RESULT)?.data;
    const sheet = contentFiles('internships').find(({ id }) => id === SHEET)?.data;
    expect(result?.['stages']).toContain(SHEET);
    const types = [
      ...((result?.['informer'] as string[] | undefined) ?? []),
      ...((result?.['accompagner'] as string[] | undefined) ?? []),
    ];
    const expected = contentFiles('structures')
      .filter(({ data }) => types.includes(data['type'] as string))
      .filter(({ data }) => (data['publics'] as string[]).includes('etudiants'))
      .map(({ id }) => id);
    // The CIO of each area and the BIJ: more than one area, else the test would prove little.
    expect(expected.length).toBeGreaterThan(2);
    expect([...((sheet?.['structures'] as string[] | undefined) ?? [])].sort()).toEqual(expected.sort());
  });
});
