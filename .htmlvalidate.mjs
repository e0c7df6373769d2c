// @ts-check
/**
 * html-validate configuration for every built page (tests/browser/htmlValidity.test.ts).
 * Recommended preset; each exception below says why it does not hurt readers.
 * @type {import('html-validate').ConfigData}
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The home page's title spells out the network's full name ("Accueil, Information, Orientation et
    // Accompagnement en Loir-et-Cher"), 78 characters: clearer for screen-reader users than a cut-off acronym.
    // The self-diagnostic's steps without JavaScript say the step, the answer that tells apart two steps of the
    // same text and the employment area (RGAA 8.6, titles unique), up to 110 characters; the step comes first, so
    // a cut-off tab still shows it.
    'long-title': ['error', { maxlength: 110 }],
  },
};
