import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../src/lib/checkGlossary.ts';
import { crossEntryChecks } from '../../src/lib/crossEntryChecks.ts';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { siglesOf, spellOutFirst, unexplainedSigles } from '../../src/lib/spellOutSigles.ts';
import { nameWithSigle } from '../../src/lib/structures/record.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
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

  it('sans glossaire (un autre territoire qui n’en a pas encore), laisse le texte tel quel', () => {
    expect(spellOutFirst('Le CIO.', siglesOf([]), new Set())).toBe('Le CIO.');
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
  ])('%s + %s → %s', (nom, sigle, expected) => {
    expect(nameWithSigle(nom, sigle)).toBe(expected);
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
