import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readGlossary } from '../../src/integrations/readGlossary.ts';
import { siglesWithoutMeaning, unknownSigles } from '../../src/lib/checkPageSigles.ts';

/**
 * The build's sigle check and the search's sigle filter read the glossary outside Astro (readGlossary): they must read
 * each sigle as the pages do, through the glossary's schema, which accepts « CIO » written with a stray space.
 */
describe('readGlossary : le glossaire tel que les pages le lisent', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'aioa41-glossary-'));
    mkdirSync(join(root, 'sigles'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const write = (name: string, text: string) => writeFileSync(join(root, 'sigles', name), text);

  it('lit « CIO », écrit avec une espace en trop, comme les pages le lisent', () => {
    write('cio.yaml', 'sigle: "CIO "\nsens: " centre d’information et d’orientation"\nsource: "une fiche"\n');
    const glossary = readGlossary(root);
    expect(glossary).toEqual([{ sigle: 'CIO', sens: 'centre d’information et d’orientation' }]);
    // What an editor would see: the build's check knows the word, and the page that explains it passes.
    expect(
      unknownSigles(
        [['/', 'Le CIO de Blois.']],
        glossary.map(({ sigle }) => sigle),
      ),
    ).toEqual([]);
    expect(siglesWithoutMeaning([['/', 'Le CIO (centre d’information et d’orientation) de Blois.']], glossary)).toEqual(
      [],
    );
  });

  it('refuse un fichier que le schéma refuse, en nommant le fichier', () => {
    write('cio.yaml', 'sigle: "C.I.O."\nsens: "centre d’information et d’orientation"\nsource: "une fiche"\n');
    expect(() => readGlossary(root)).toThrow(/cio\.yaml : un sigle s’écrit d’un seul mot/);
  });
});
