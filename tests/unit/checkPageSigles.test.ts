import { describe, expect, it } from 'vitest';
import {
  NAMES_WITH_SIGLES,
  NOT_SIGLES,
  allCapsWords,
  readingText,
  siglesWithoutMeaning,
  siglesWithoutMeaningReport,
  unknownSigles,
  unknownSiglesReport,
} from '../../src/lib/checkPageSigles.ts';

/** A built page around `main`, with what the layout puts outside it. */
const page = (main: string) =>
  `<!doctype html><html><head><title>TITRE</title><script>const ABC = 1;</script></head><body><header>MENU</header>` +
  `<main id="contenu" tabindex="-1">${main}</main><footer>RGPD</footer></body></html>`;

describe('readingText : le texte de <main> tel qu’on le lit', () => {
  it.each([
    ['ce qui est hors de <main>', page('<p>Le CIO.</p>'), ['CIO']],
    [
      'scripts, styles et dessins',
      page('<p>Le CIO</p><script>X = "BEP";</script><style>.BEP{}</style><svg><text>BEP</text></svg>'),
      ['CIO'],
    ],
    ['un attribut', page('<p title="BEP" data-x=\'a > BEP\'>Le <a href="/BEP/">CIO</a></p>'), ['CIO']],
    ['un commentaire', page('<!-- BEP --><p>Le CIO</p>'), ['CIO']],
    // An inline element is inside the word: « XXe siècle » is not « XX ».
    ['un exposant collé au mot', page('<p>Au XX<sup>e</sup> siècle, le CIO</p>'), ['CIO']],
    // A block element ends a word: « CIO » then « CFA » in two cells, not « CIOCFA ».
    ['des cellules voisines', page('<table><tr><td>CIO</td><td>CFA</td></tr></table>'), ['CIO', 'CFA']],
    // Text a page shows at some point (a message, a panel, a JS-less fallback) is read too.
    ['une partie cachée ou sans JavaScript', page('<p hidden>Le BEP</p><noscript>Le CAP</noscript>'), ['BEP', 'CAP']],
    ['les entités', page('<p>l&#39;AFPA&nbsp;et&#x2019;CIO &amp; CFA</p>'), ['AFPA', 'CIO', 'CFA']],
  ])('laisse de côté %s', (_, html, words) => {
    expect(allCapsWords(readingText(html))).toEqual(words);
  });

  it('ne lit rien d’une page sans <main> (l’interface des éditeurs)', () => {
    expect(readingText('<html><body><p>Le CIO</p></body></html>')).toBe('');
  });
});

describe('allCapsWords : les mots en capitales de 2 à 6 lettres', () => {
  it.each([
    ['Le CIO de Blois', ['CIO']],
    ['La PMSMP, le CAP et le BTS.', ['PMSMP', 'CAP', 'BTS']],
    ['Un mot trop long : ACCUEILLIR', []],
    ['Une lettre : A, ou un nombre : 41', []],
    // Part of a longer word or name: « WAI-ARIA » gives « WAI », not « ARIA »; « CIO41 » is no word.
    ['WAI-ARIA, CIO41, Afpa', ['WAI']],
    ['Le CIO, puis le CIO', ['CIO']],
  ])('« %s » → %j', (text, words) => {
    expect(allCapsWords(text)).toEqual(words);
  });
});

describe('unknownSigles : les mots que le glossaire n’explique pas', () => {
  const texts = [
    ['/', 'Le CIO, la MLDS et le BEP.'],
    ['/stages/', 'Le BEP et le CAP, un fichier CSV, l’AFPA.'],
  ] as const;

  it('nomme chaque mot inconnu avec les pages qui l’emploient, dans l’ordre', () => {
    expect(unknownSigles(texts, ['CIO', 'MLDS', 'Afpa'])).toEqual([
      { word: 'BEP', pages: ['/', '/stages/'] },
      { word: 'CAP', pages: ['/stages/'] },
    ]);
  });

  it('accepte un sigle du glossaire et un terme de la liste d’exceptions', () => {
    expect(unknownSigles(texts, ['CIO', 'MLDS', 'Afpa', 'BEP', 'CAP'])).toEqual([]);
    expect(unknownSigles(texts, ['CIO', 'MLDS', 'Afpa', 'BEP', 'CAP'], {})).toEqual([
      { word: 'CSV', pages: ['/stages/'] },
    ]);
  });

  it('donne une raison à chaque exception, et n’y garde aucun sigle du glossaire', () => {
    for (const [word, reason] of Object.entries(NOT_SIGLES)) {
      expect(word).toMatch(/^\p{Lu}{2,6}$/u);
      expect(reason.length, word).toBeGreaterThan(10);
    }
    expect(
      Object.keys(NOT_SIGLES).length,
      'une liste courte : un sigle à expliquer va dans content/sigles/',
    ).toBeLessThan(30);
  });
});

describe('unknownSiglesReport : ce que la construction dit à l’éditeur', () => {
  it('nomme chaque mot, ses pages et le fichier qui l’expliquerait, puis comment corriger', () => {
    const report = unknownSiglesReport([
      { word: 'BEP', pages: ['/stages/'] },
      { word: 'CAP', pages: ['/a/', '/b/'] },
    ]).split('\n');
    expect(report).toEqual([
      'Des pages emploient des sigles que le glossaire (/sigles/) n’explique pas, alors qu’il promet d’expliquer chacun :',
      '  - « BEP » (page /stages/) → ajoutez content/sigles/bep.yaml',
      '  - « CAP » (pages /a/, /b/) → ajoutez content/sigles/cap.yaml',
      expect.stringMatching(
        /^Un fichier de content\/sigles\/ donne le sigle, son sens et la source de ce sens .* dans NOT_SIGLES de src\/lib\/checkPageSigles\.ts\.$/,
      ),
    ]);
  });

  it.each([
    [['/a/', '/b/', '/c/', '/d/'], '(pages /a/, /b/, /c/ et 1 autre page)'],
    [['/a/', '/b/', '/c/', '/d/', '/e/'], '(pages /a/, /b/, /c/ et 2 autres pages)'],
  ])('nomme au plus trois pages : %j', (pages, where) => {
    expect(unknownSiglesReport([{ word: 'BEP', pages }])).toContain(`« BEP » ${where} →`);
  });
});

describe('siglesWithoutMeaning : les sigles qu’une page emploie sans en donner le sens', () => {
  const glossary = [
    { sigle: 'CPE', sens: 'conseiller principal d’éducation' },
    { sigle: 'CIDJ', sens: 'sigle qui désigne le centre national d’information jeunesse' },
    { sigle: 'CPF', sens: 'sigle qui désigne les droits à la formation, à consulter sur Mon Compte Formation' },
    { sigle: 'BTP', sens: 'bâtiment et travaux publics' },
    { sigle: 'Afpa', sens: 'Agence nationale pour la formation professionnelle des adultes' },
    { sigle: 'CIO', sens: 'centre d’information et d’orientation' },
    { sigle: 'PMSMP', sens: 'période de mise en situation en milieu professionnel' },
    { sigle: 'CFAI', sens: 'centre de formation d’apprentis de l’industrie' },
  ];
  const check = (text: string, names: Record<string, string> = {}) =>
    siglesWithoutMeaning([['/page/', text]], glossary, names).map(({ sigle }) => sigle);

  it.each([
    ['demandez au CPE ou au professeur principal', ['CPE']],
    // Its first use inside brackets, its meaning nowhere: what the reader review found on the parent's result.
    ['Prenez rendez-vous (CPE, professeur principal). Demandez au CPE.', ['CPE']],
    ['« AFPA » en capitales', ['Afpa']],
    // Words before the brackets that do not say what it is: a place, a name, a word of the sentence.
    ['Voir le plan (CIO). Demandez au CIO.', ['CIO']],
    ['Le bureau (CPE) vous reçoit.', ['CPE']],
    ['Afpa de Blois (Afpa)', ['Afpa']],
    // The meaning's words, but in another sentence than the brackets.
    ['Un droit à se former. Le plan (CPF).', ['CPF']],
  ])('relève « %s »', (text, sigles) => {
    expect(check(text)).toEqual(sigles);
  });

  it.each([
    ['le sens écrit après le sigle', 'demandez au CPE (conseiller principal d’éducation), puis au CPE'],
    ['le sens écrit plus loin sur la page', 'le CPE.\nUn conseiller principal d’éducation vous reçoit.'],
    [
      'le nom écrit en entier, pour un sens qui dit ce que le sigle désigne',
      'le Centre national d’information jeunesse (CIDJ)',
    ],
    ['les mots de la page avant le sigle entre parenthèses', 'Consultez vos droits (CPF) sur Mon Compte Formation.'],
    ['un sens au pluriel, ou en partie', 'Des périodes de mise en situation (PMSMP) ; le CFA de l’industrie (CFAI).'],
    ['un sigle dans un mot plus long', 'la MLDS (ex-CPE), le CPE41'],
    ['une page qui n’emploie aucun sigle', 'Le conseiller vous reçoit.'],
  ])('accepte %s', (_, text) => {
    expect(check(text)).toEqual([]);
  });

  it('lit la page sans les noms propres de la liste, et relève le sigle employé ailleurs', () => {
    expect(check('Le CFA BTP vous reçoit.', { 'CFA BTP': 'nom propre' })).toEqual([]);
    expect(check('Le CFA BTP vous reçoit.')).toEqual(['BTP']);
    expect(check('Le CFA BTP forme aux métiers du BTP.', { 'CFA BTP': 'nom propre' })).toEqual(['BTP']);
  });

  it('nomme chaque sigle avec ses pages, dans l’ordre du glossaire', () => {
    const texts = [
      ['/a/', 'Le CPF et le CPE.'],
      ['/b/', 'Le CPE.'],
    ] as const;
    expect(siglesWithoutMeaning(texts, glossary)).toEqual([
      { sigle: 'CPE', pages: ['/a/', '/b/'] },
      { sigle: 'CPF', pages: ['/a/'] },
    ]);
  });

  it('donne une raison à chaque nom de la liste, qui contient un sigle', () => {
    for (const [name, reason] of Object.entries(NAMES_WITH_SIGLES)) {
      expect(name).toMatch(/\p{Lu}{2,6}/u);
      expect(reason.length, name).toBeGreaterThan(10);
    }
  });

  it('dit à l’éditeur quels sigles, sur quelles pages, et comment corriger', () => {
    const report = siglesWithoutMeaningReport([
      { sigle: 'CPE', pages: ['/a/', '/b/', '/c/', '/d/'] },
      { sigle: 'CAP', pages: ['/e/'] },
    ]).split('\n');
    expect(report.slice(0, 3)).toEqual([
      'Des pages emploient un sigle du glossaire sans en donner le sens, alors que le glossaire sert au premier emploi de chaque sigle sur une page :',
      '  - « CPE » (pages /a/, /b/, /c/ et 1 autre page)',
      '  - « CAP » (page /e/)',
    ]);
    expect(report[3]).toMatch(/SiglesWrittenOut .* NAMES_WITH_SIGLES de src\/lib\/checkPageSigles\.ts\.$/);
  });
});
