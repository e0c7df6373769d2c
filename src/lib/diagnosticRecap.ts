/**
 * The summary of answers under a result of the self-diagnostic (« Vos réponses »): each line reads as the person's
 * answer to the question they were asked. Pure and without imports: the island's script bundles it, and the page
 * gives it the values it needs (AGE_BANDS, EMPLOYER_ANSWER, the employers' area question) as data.
 */

/** One answer given, as the island reads it from its question's template. */
export interface GivenAnswer {
  /** Profile field the question fills (`profil`), if any. */
  profil: string | undefined;
  question: string;
  /** The answer's key in the address. */
  key: string;
  /** The answer's text. */
  libelle: string;
}

/** What the summary needs to know of the tree's values. */
export interface RecapVocabulary {
  /** Values of the age question that are ages (keys of AGE_BANDS); its other answers say who asks. */
  ageBands: readonly string[];
  /** Value of the employers' answer to the age question (EMPLOYER_ANSWER). */
  employerAnswer: string;
  /** The area question as the employers' way in asks it, if the self-diagnostic has one. */
  employerAreaQuestion?: string | undefined;
}

/** One line of the summary: the question it answers, if the answer answers it, then the answer. */
export interface RecapLine {
  question: string | undefined;
  answer: string;
}

/**
 * The lines of the summary. An answer that does not answer its question, « Je cherche pour mon enfant » or « Je suis
 * employeur… » to « Quel âge avez-vous ? », is a sentence of its own, not paired with the question. Once the person
 * has said they are an employer, the area question reads as the employers' way in asks it (« Près de quelle ville se
 * trouve votre entreprise ? »), not « Près de quelle ville habitez-vous ? ».
 */
export function recapLines(answers: readonly GivenAnswer[], vocabulary: RecapVocabulary): RecapLine[] {
  const { ageBands, employerAnswer, employerAreaQuestion } = vocabulary;
  const employer = answers.some((answer) => answer.profil === 'age' && answer.key === employerAnswer);
  return answers.map((answer) => ({
    question:
      answer.profil === 'age' && !ageBands.includes(answer.key)
        ? undefined
        : answer.profil === 'bassin' && employer && employerAreaQuestion
          ? employerAreaQuestion
          : answer.question,
    answer: answer.libelle,
  }));
}
