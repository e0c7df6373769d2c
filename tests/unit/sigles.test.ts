import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/lib/checkGlossary.ts';
import { crossEntryChecks } from '../../src/lib/crossEntryChecks.ts';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import {
  noteMeanings,
  pageSiglesOf,
  siglesOf,
  spellOutFirst,
  spellOutHtml,
  unexplainedSigles,
} from '../../src/lib/spellOutSigles.ts';
import { nameWithSigle } from '../../src/lib/structures/nameWithSigle.ts';
import { DESCRIBED_SIGLE, glossarySchema } from '../../src/schemas/glossary.ts';
import { contentFiles } from '../support/loadContent.ts';

const sigles = siglesOf([
  { sigle: 'CIO', sens: 'centre d’information et d’orientation' },
  { sigle: 'CFA', sens: 'centre de formation d’apprentis' },
  { sigle: 'CFAI', sens: 'centre de formation d’apprentis de l’industrie' },
  { sigle: 'CAD', sens: 'centre d’aide à la décision' },
  { sigle: 'MGI', sens: 'mission générale d’insertion' },
  { sigle: 'Afpa', sens: 'organisme national de formation professionnelle des adultes' },
]);

describe('spellOutFirst : le premier sigle d’une page écrit en toutes lettres', () => {
  it.each([
    ['Repérez les CFA qui y préparent.', 'Repérez les CFA (centre de formation d’apprentis) qui y préparent.'],
    ['Le CIO, puis le CIO.', 'Le CIO (centre d’information et d’orientation), puis le CIO.'],
    ['Le CAD de la Chambre de métiers.', 'Le CAD (centre d’aide à la décision) de la Chambre de métiers.'],
    // A longer sigle is not read as a shorter one.
    ['Le CFAI forme.', 'Le CFAI (centre de formation d’apprentis de l’industrie) forme.'],
    // The text already gives the meaning: nothing to add.
    ['Centre d’information et d’orientation (CIO) de Blois.', 'Centre d’information et d’orientation (CIO) de Blois.'],
    // No brackets in brackets; part of a longer name; already followed by brackets: the sigle waits for its next use.
    ['Dispositif (ex-MGI) ; la MGI aide.', 'Dispositif (ex-MGI) ; la MGI (mission générale d’insertion) aide.'],
    ['Les CIO/MGI et le CFA BTP.', 'Les CIO/MGI et le CFA BTP.'],
    ['La MGI (depuis 2009) aide.', 'La MGI (depuis 2009) aide.'],
    // Not a sigle of the glossary, or part of a word.
    ['Le BTS et le CIOS.', 'Le BTS et le CIOS.'],
    [
      'L’Afpa forme les adultes.',
      'L’Afpa (organisme national de formation professionnelle des adultes) forme les adultes.',
    ],
  ])('%s', (text, expected) => {
    expect(spellOutFirst(text, sigles, new Set())).toBe(expected);
  });

  it('n’écrit qu’une fois sur la page un sigle déjà rencontré dans un texte précédent', () => {
    const met = new Set<string>();
    expect(spellOutFirst('Le CFA vous forme.', sigles, met)).toBe(
      'Le CFA (centre de formation d’apprentis) vous forme.',
    );
    expect(spellOutFirst('Un autre CFA.', sigles, met)).toBe('Un autre CFA.');
  });

  it('un sens qui dit ce que le sigle désigne : écrit tel quel, et la chose nommée en toutes lettres suffit', () => {
    const described = siglesOf([
      { sigle: 'CIDJ', sens: 'sigle qui désigne le centre national d’information jeunesse' },
    ]);
    expect(spellOutFirst('Le CIDJ informe.', described, new Set())).toBe(
      'Le CIDJ (sigle qui désigne le centre national d’information jeunesse) informe.',
    );
    const met = new Set<string>();
    noteMeanings('Le site du centre national d’information jeunesse.', described, met);
    expect(spellOutFirst('Le CIDJ informe.', described, met)).toBe('Le CIDJ informe.');
  });

  it('sans glossaire (un autre territoire qui n’en a pas encore), laisse le texte tel quel', () => {
    expect(spellOutFirst('Le CIO.', siglesOf([]), new Set())).toBe('Le CIO.');
  });
});

describe('spellOutHtml : le premier sigle d’un corps Markdown ou d’une liste rendus, écrit en toutes lettres', () => {
  it.each([
    [
      '<p>Le <strong>CFA</strong> forme.</p>',
      '<p>Le <strong>CFA (centre de formation d’apprentis)</strong> forme.</p>',
    ],
    // A paragraph is one text across its links: the brackets opened before the link hold the sigle.
    [
      '<p>(voir le <a href="/cio/">CIO</a>) puis le CIO.</p>',
      '<p>(voir le <a href="/cio/">CIO</a>) puis le CIO (centre d’information et d’orientation).</p>',
    ],
    // Brackets after the link are the sigle's own: nothing to add.
    ['<p><a href="/x">CIO</a> (Blois)</p>', '<p><a href="/x">CIO</a> (Blois)</p>'],
    // A heading, code and attributes take no meaning: the paragraph below gets it.
    [
      '<h2 id="CIO">Le CIO</h2><p title="CIO">Au CIO, <code>CAD</code>.</p>',
      '<h2 id="CIO">Le CIO</h2><p title="CIO">Au CIO (centre d’information et d’orientation), <code>CAD</code>.</p>',
    ],
    // Each item is its own text: a bracket left open in one does not hold the next.
    [
      '<ul><li>Voir (page 2</li><li>le CAD.</li></ul>',
      '<ul><li>Voir (page 2</li><li>le CAD (centre d’aide à la décision).</li></ul>',
    ],
    // Scripts and styles are no text.
    [
      '<script>const CIO = "a<b";</script><p>CIO</p>',
      '<script>const CIO = "a<b";</script><p>CIO (centre d’information et d’orientation)</p>',
    ],
    // Written meaning in an earlier paragraph: explained already.
    [
      '<p>Centre d’information et d’orientation de Blois.</p><p>Le CIO.</p>',
      '<p>Centre d’information et d’orientation de Blois.</p><p>Le CIO.</p>',
    ],
  ])('%s', (html, expected) => {
    expect(spellOutHtml(html, sigles, new Set())).toBe(expected);
  });

  it('partage avec les textes de la page ce qu’elle a déjà expliqué', () => {
    const page = pageSiglesOf(sigles);
    expect(page.text('Le CFA forme.')).toBe('Le CFA (centre de formation d’apprentis) forme.');
    expect(page.html('<p>Le CFA et le CIO.</p>')).toBe(
      '<p>Le CFA et le CIO (centre d’information et d’orientation).</p>',
    );
    expect(pageSiglesOf(sigles).html('<p>Le CFA.</p>')).toBe('<p>Le CFA (centre de formation d’apprentis).</p>');
    // A title gives a meaning without taking one: the text below does not repeat it.
    const titled = pageSiglesOf(sigles);
    titled.note('Centre d’aide à la décision (CAD)');
    expect(titled.html('<p>Le CAD et le CFA.</p>')).toBe('<p>Le CAD et le CFA (centre de formation d’apprentis).</p>');
  });
});

describe('un sigle dans un nom plus long, entre parenthèses, après une barre ou dans un titre', () => {
  const named = siglesOf(
    [
      { sigle: 'BIJ', sens: 'bureau information jeunesse' },
      { sigle: 'GIP', sens: 'groupement d’intérêt public' },
      { sigle: 'RGAA', sens: 'référentiel général d’amélioration de l’accessibilité' },
      { sigle: 'AIOA', sens: 'accueil, information, orientation et accompagnement' },
      { sigle: 'CIO', sens: 'centre d’information et d’orientation' },
      { sigle: 'MGI', sens: 'mission générale d’insertion' },
      { sigle: 'CCI', sens: 'chambre de commerce et d’industrie' },
      { sigle: 'CPF', sens: 'sigle qui désigne les droits à la formation' },
      { sigle: 'Afpa', sens: 'sigle qui désigne l’organisme national de formation professionnelle des adultes' },
    ],
    { names: ['GIP Alfa Centre'], kept: ['AIOA 41'] },
  );

  it.each([
    // A number or a listed name after the sigle makes a name of it: the meaning goes after the whole name.
    ['Le BIJ 41 informe.', 'Le BIJ 41 (bureau information jeunesse) informe.'],
    ['Grille d’audit RGAA 4.1.', 'Grille d’audit RGAA 4.1 (référentiel général d’amélioration de l’accessibilité).'],
    ['Le webmestre du GIP Alfa Centre.', 'Le webmestre du GIP Alfa Centre (groupement d’intérêt public).'],
    // A name that keeps its sigle (NAMES_WITH_SIGLES) is left as it is.
    ['Le groupe AIOA 41 se réunit.', 'Le groupe AIOA 41 se réunit.'],
  ])('%s', (text, expected) => {
    expect(spellOutFirst(text, named, new Set())).toBe(expected);
  });

  it.each([
    // Only in brackets: the meaning in square brackets, as French writes brackets in brackets.
    [
      '<p>Voyez votre chambre (Chambre de métiers, CCI ou Chambre d’agriculture).</p>',
      '<p>Voyez votre chambre (Chambre de métiers, CCI [chambre de commerce et d’industrie] ou Chambre d’agriculture).</p>',
    ],
    // Only after a slash.
    [
      '<p>Le CIO et les CIO/MGI.</p>',
      '<p>Le CIO (centre d’information et d’orientation) et les CIO/MGI (mission générale d’insertion).</p>',
    ],
    // Only in a heading.
    [
      '<h3><a href="/p/">Le groupe du CIO</a></h3><p>Publié en 2004.</p>',
      '<h3><a href="/p/">Le groupe du CIO (centre d’information et d’orientation)</a></h3><p>Publié en 2004.</p>',
    ],
    // Quoted as a word: after the quote.
    [
      '<p>Par exemple « Afpa ».</p>',
      '<p>Par exemple « Afpa » (sigle qui désigne l’organisme national de formation professionnelle des adultes).</p>',
    ],
    // A later use that can take it comes first: the brackets and the heading stay as they are.
    [
      '<h2>Le CIO</h2><p>(CCI, CIO) puis la CCI et le CIO.</p>',
      '<h2>Le CIO</h2><p>(CCI, CIO) puis la CCI (chambre de commerce et d’industrie) et le CIO (centre d’information et d’orientation).</p>',
    ],
    // Alone in brackets after words: those words give its meaning. In a name that keeps its sigle: left as it is.
    ['<p>Vos droits à la formation (CPF).</p>', '<p>Vos droits à la formation (CPF).</p>'],
    ['<p>Le réseau (AIOA 41).</p>', '<p>Le réseau (AIOA 41).</p>'],
    // Alone in brackets after words that do not say what it is (a place, a name): the meaning in square brackets.
    ['<p>Voir le plan (CIO).</p>', '<p>Voir le plan (CIO [centre d’information et d’orientation]).</p>'],
    [
      '<p>Renseignez-vous à Blois (Afpa).</p>',
      '<p>Renseignez-vous à Blois (Afpa [sigle qui désigne l’organisme national de formation professionnelle des adultes]).</p>',
    ],
    // Code says what it says, even as a last resort.
    ['<p><code>CIO</code></p>', '<p><code>CIO</code></p>'],
  ])('%s', (html, expected) => {
    expect(spellOutHtml(html, named, new Set())).toBe(expected);
  });
});

/**
 * A build reads each distinct text once and keeps what it says of the sigles: a page must get what a first reading
 * would give it, whatever the build read before (other pages, other texts).
 */
describe('un texte lu une fois par construction : chaque page reçoit ce qu’une première lecture lui donnerait', () => {
  const glossary = [
    { sigle: 'CIO', sens: 'centre d’information et d’orientation' },
    { sigle: 'CFA', sens: 'centre de formation d’apprentis' },
  ];
  /** The result on a page of its own, with a glossary that has read nothing yet. */
  const firstReading = (text: string) => spellOutFirst(text, siglesOf(glossary), new Set());

  it('le même texte, sur deux pages, y est écrit pareil les deux fois', () => {
    const build = siglesOf(glossary);
    const text = 'Le CIO et le CFA vous reçoivent.';
    const once = spellOutFirst(text, build, new Set());
    expect(once).toBe(
      'Le CIO (centre d’information et d’orientation) et le CFA (centre de formation d’apprentis) vous reçoivent.',
    );
    expect(spellOutFirst(text, build, new Set())).toBe(once);
    expect(spellOutHtml(`<p>${text}</p>`, build, new Set())).toBe(`<p>${once}</p>`);
    expect(spellOutHtml(`<p>${text}</p>`, build, new Set())).toBe(`<p>${once}</p>`);
  });

  it('le même texte suit ce que chaque page a déjà expliqué, pas ce qu’avait expliqué la page qui l’a lu d’abord', () => {
    const build = siglesOf(glossary);
    const text = 'Le CFA vous forme.';
    const pageThatMetIt = new Set<string>();
    spellOutFirst('Un CFA.', build, pageThatMetIt);
    expect(spellOutFirst(text, build, pageThatMetIt)).toBe(text);
    expect(spellOutFirst(text, build, new Set())).toBe(firstReading(text));
    expect(firstReading(text)).toBe('Le CFA (centre de formation d’apprentis) vous forme.');
  });

  it.each([
    // Another sigle.
    ['Le CIO aide.', 'Le CFA aide.'],
    // The same sigle, one place able to take brackets, the other not.
    ['Le CIO aide.', 'Le CIO (Blois) aide.'],
    // One text writes the meaning in words, the other does not.
    ['Centre de formation d’apprentis : le CFA.', 'Centre de formation : le CFA.'],
    // Only the case differs: sigles are read case by case.
    ['Le CIO aide.', 'Le cio aide.'],
  ])('deux textes différents ne partagent pas leur résultat : « %s » puis « %s »', (first, second) => {
    const build = siglesOf(glossary);
    expect(spellOutFirst(first, build, new Set())).toBe(firstReading(first));
    expect(spellOutFirst(second, build, new Set())).toBe(firstReading(second));
    expect(spellOutHtml(`<p>${second}</p>`, build, new Set())).toBe(`<p>${firstReading(second)}</p>`);
  });

  it('deux glossaires (deux constructions) ne partagent pas leurs lectures d’un même texte', () => {
    const text = 'Le CIO aide.';
    expect(spellOutFirst(text, siglesOf(glossary), new Set())).toBe(
      'Le CIO (centre d’information et d’orientation) aide.',
    );
    const other = siglesOf([{ sigle: 'CIO', sens: 'centre d’information' }]);
    expect(spellOutFirst(text, other, new Set())).toBe('Le CIO (centre d’information) aide.');
  });
});

describe('unexplainedSigles : les sigles d’un nom que le nom n’explique pas', () => {
  it.each([
    ['CFA agricole d’Areines', ['CFA : centre de formation d’apprentis']],
    ['Centre d’information et d’orientation de Blois', []],
    ['CFA de l’industrie', ['CFA : centre de formation d’apprentis']],
  ])('%s', (name, expected) => {
    const met = new Set<string>();
    expect(unexplainedSigles(name, sigles, met).map(({ sigle, sens }) => `${sigle} : ${sens}`)).toEqual(expected);
    // Met once under the name: the page's texts do not write them out again.
    expect(spellOutFirst(name, sigles, met)).toBe(name);
  });
});

describe('nameWithSigle', () => {
  it.each([
    ['Bureau information jeunesse', 'BIJ 41', 'Bureau information jeunesse (BIJ 41)'],
    ['Mission de lutte', 'MLDS Blois (ex-MGI)', 'Mission de lutte — MLDS Blois (ex-MGI)'],
    ['GIP Alfa Centre', undefined, 'GIP Alfa Centre'],
    // A name that already holds its sigle is not followed by it again: « Afpa de Blois (Afpa) » read twice.
    ['Afpa de Blois', 'Afpa', 'Afpa de Blois'],
    ['GIP Alfa Centre', 'GIP Alfa Centre', 'GIP Alfa Centre'],
    ['Relais Afparis', 'Afpa', 'Relais Afparis (Afpa)'],
  ])('%s + %s → %s', (nom, sigle, expected) => {
    expect(nameWithSigle(nom, sigle)).toBe(expected);
  });
});

/** Words that give no letter to a sigle: « centre d’information et d’orientation » is C, I, O. */
const LINKING_WORDS = new Set([
  'a',
  'au',
  'aux',
  'contre',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'par',
  'pour',
  'sur',
]);

/**
 * Whether `sens` writes out the letters of `sigle`: every other word than the linking ones gives, in order, the next
 * letters of the sigle from its start (« OPCO » : « opérateur de compétences »). A `sens` may go on after a comma
 * (« mission générale d’insertion, devenue… »): some part of it up to a comma must cover the sigle.
 */
function coversLetters(sigle: string, sens: string): boolean {
  const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const letters = plain(sigle);
  const covers = (part: string) => {
    const words = plain(part)
      .split(/[^a-z0-9]+/)
      .filter((word) => word !== '' && !LINKING_WORDS.has(word));
    const from = (letter: number, word: number): boolean => {
      if (word === words.length) return letter === letters.length;
      const text = words[word]!;
      for (let taken = 1; taken <= text.length && text[taken - 1] === letters[letter + taken - 1]; taken++) {
        if (from(letter + taken, word + 1)) return true;
      }
      return false;
    };
    return from(0, 0);
  };
  const parts = sens.split(',');
  return parts.some((_, index) => covers(parts.slice(0, index + 1).join(',')));
}

describe('un sens donné comme le développement du sigle en suit les lettres', () => {
  it.each([
    ['CIO', 'centre d’information et d’orientation', true],
    ['OPCO', 'opérateur de compétences', true],
    ['OFAJ', 'Office franco-allemand pour la Jeunesse', true],
    ['MGI', 'mission générale d’insertion, devenue la mission de lutte contre le décrochage scolaire', true],
    ['AIO', 'accueil, information et orientation', true],
    ['RGAA', 'référentiel général d’amélioration de l’accessibilité', true],
    // The review's four (rev19, finding 7): a description is not what the letters stand for.
    ['CIDJ', 'centre national d’information jeunesse', false],
    ['INRS', 'institut de référence sur la santé et la sécurité au travail', false],
    ['RNCP', 'répertoire national des certifications', false],
    ['CPF', 'droits à la formation, à consulter sur Mon Compte Formation', false],
  ])('%s : « %s » → %s', (sigle, sens, covers) => {
    expect(coversLetters(sigle, sens)).toBe(covers);
  });

  it('chaque sens du glossaire suit les lettres de son sigle, ou dit seulement ce que le sigle désigne', () => {
    const entries = contentFiles('glossary').map(({ id, data }) => ({
      id,
      sigle: data['sigle'] as string,
      sens: data['sens'] as string,
    }));
    expect(
      entries
        .filter(({ sigle, sens }) => !DESCRIBED_SIGLE.test(sens) && !coversLetters(sigle, sens))
        .map(({ id, sigle, sens }) => `${id}.yaml : « ${sigle} » n’est pas « ${sens} »`),
    ).toEqual([]);
  });
});

describe('le glossaire du contenu (content/sigles/)', () => {
  const entry = (id: string, sigle: string, sens: string) => ({
    id,
    filePath: `content/sigles/${id}.yaml`,
    data: { sigle, sens },
  });

  it('est valide et ne définit aucun sigle deux fois', () => {
    const files = contentFiles('glossary');
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(glossarySchema.safeParse(file.data).error, file.id).toBeUndefined();
    expect(checkGlossary(files).map(formatProblem)).toEqual([]);
    expect(crossEntryChecks({ glossary: files }).filter((problem) => problem.file.includes('sigles'))).toEqual([]);
  });

  it('refuse un sigle défini deux fois avec des sens différents, en nommant chaque fichier et le champ', () => {
    const problems = checkGlossary([
      entry('cio', 'CIO', 'centre d’information et d’orientation'),
      entry('cio-2', 'cio', 'conseil des initiatives ouvertes'),
    ]).map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/sigles\/cio\.yaml: sens: « CIO » est défini deux fois avec des sens différents .*content\/sigles\/cio-2\.yaml.*→ gardez un seul fichier/,
      ),
      expect.stringMatching(/^content\/sigles\/cio-2\.yaml: sens: « CIO » est défini deux fois/),
    ]);
  });

  it('signale une copie du même sens (casse et apostrophe comprises) sur le second fichier seulement', () => {
    const problems = checkGlossary([
      entry('cio', 'CIO', 'centre d’information et d’orientation'),
      entry('cio-bis', 'CIO', "Centre d'information et d'orientation"),
    ]).map(formatProblem);
    expect(problems).toEqual([
      'content/sigles/cio-bis.yaml: sigle: « CIO » est déjà défini, avec le même sens, dans content/sigles/cio.yaml → supprimez l’un des deux fichiers.',
    ]);
  });

  it.each([
    [{ sigle: 'C.I.O.', sens: 'x', source: 'y' }, 'sigle'],
    [{ sigle: 'CIO', sens: 'centre (public)', source: 'y' }, 'sens'],
    [{ sigle: 'CIO', sens: 'centre', source: 'y', lien: 'https://exemple.fr/' }, 'lien'],
    [{ sigle: 'CIO', sens: 'centre' }, 'source'],
  ])('refuse %o (champ %s) avec un message en français', (data, field) => {
    const issues = glossarySchema.safeParse(data).error?.issues ?? [];
    expect(issues.map((issue) => issue.path.join('.'))).toEqual([field]);
    expect(issues[0]!.message).toMatch(/→/);
  });
});
