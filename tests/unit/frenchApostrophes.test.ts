/**
 * The French of the site's texts and of its commands' messages is written with the typographic apostrophe (« l’API »,
 * « n’a »), like the rest: a straight one (« l'API ») in a help text or a message reads as a slip. Every text of the
 * code of scripts/ and src/ is read (comments are not texts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** A French elision written with a straight apostrophe: « l'API », « n'a », « qu'elles », « d'étape ». */
const STRAIGHT_ELISION = /(?<![\p{L}\p{N}_])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=\p{L})/iu;

function codeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|mts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The texts (string and template literals) of a file that hold a straight elision, as « file:line « text » ». */
function straightElisions(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      const match = STRAIGHT_ELISION.exec(node.text);
      if (match) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push(`${file}:${line} « ${node.text.slice(Math.max(0, match.index - 20), match.index + 20)} »`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('l’apostrophe des textes en français', () => {
  it.each(['scripts', 'src'])("aucun texte du code de %s/ n’écrit « l'… » avec une apostrophe droite", (folder) => {
    const files = codeFiles(folder);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(straightElisions)).toEqual([]);
  });

  it('reconnaît une apostrophe droite, et laisse la typographique et le code', () => {
    expect(STRAIGHT_ELISION.test("rien n'est écrit")).toBe(true);
    expect(STRAIGHT_ELISION.test("téléchargés de l'API")).toBe(true);
    expect(STRAIGHT_ELISION.test('rien n’est écrit')).toBe(false);
    expect(STRAIGHT_ELISION.test("['’]")).toBe(false);
  });
});
