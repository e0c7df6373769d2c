import { describe, expect, it } from 'vitest';
import { recapLines, type GivenAnswer, type RecapVocabulary } from '../../src/lib/diagnosticRecap.ts';
import { EMPLOYER_ANSWER } from '../../src/lib/employerWayIn.ts';
import { AGE_BANDS } from '../../src/schemas/structureAudiences.ts';

const vocabulary: RecapVocabulary = {
  ageBands: Object.keys(AGE_BANDS),
  employerAnswer: EMPLOYER_ANSWER,
  employerAreaQuestion: 'Près de quelle ville se trouve votre entreprise ?',
};
const area: GivenAnswer = {
  profil: 'bassin',
  question: 'Près de quelle ville habitez-vous ?',
  key: 'blois',
  libelle: 'Blois ou ses environs',
};
const age = (key: string, libelle: string): GivenAnswer => ({
  profil: 'age',
  question: 'Quel âge avez-vous ?',
  key,
  libelle,
});
/** The lines as a person reads them. */
const read = (answers: GivenAnswer[], words = vocabulary) =>
  recapLines(answers, words).map(({ question, answer }) => (question ? `${question} ${answer}` : answer));

describe('recapLines', () => {
  it.each([
    [
      'un âge répond à la question de l’âge',
      [area, age('16-25', 'De 16 à 25 ans')],
      ['Près de quelle ville habitez-vous ? Blois ou ses environs', 'Quel âge avez-vous ? De 16 à 25 ans'],
    ],
    [
      'le parent dit pour qui il cherche, sans la question de l’âge, puis l’âge de son enfant',
      [
        area,
        age('parent', 'Je cherche pour mon enfant'),
        { profil: 'age', question: 'Quel âge a votre enfant ?', key: '16-25', libelle: 'De 16 à 25 ans' },
      ],
      [
        'Près de quelle ville habitez-vous ? Blois ou ses environs',
        'Je cherche pour mon enfant',
        'Quel âge a votre enfant ? De 16 à 25 ans',
      ],
    ],
    [
      'l’employeur : la question du bassin parle de son entreprise',
      [
        area,
        age('employeur', 'Je suis employeur : j’accueille un stagiaire'),
        {
          profil: undefined,
          question: 'Qui souhaitez-vous accueillir ?',
          key: 'apprentissage',
          libelle: 'Un apprenti',
        },
      ],
      [
        'Près de quelle ville se trouve votre entreprise ? Blois ou ses environs',
        'Je suis employeur : j’accueille un stagiaire',
        'Qui souhaitez-vous accueillir ? Un apprenti',
      ],
    ],
  ])('%s', (_case, answers, lines) => {
    expect(read(answers)).toEqual(lines);
  });

  it('sans entrée des employeurs, garde la question telle qu’elle a été posée', () => {
    const answers = [area, age('employeur', 'Je suis employeur')];
    expect(read(answers, { ...vocabulary, employerAreaQuestion: undefined })[0]).toBe(
      'Près de quelle ville habitez-vous ? Blois ou ses environs',
    );
  });
});
