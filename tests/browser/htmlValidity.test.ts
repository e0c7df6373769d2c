import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pathOfFile } from '../support/builtPages.ts';
import { htmlFiles } from '../support/crawlLinks.ts';
import { formatHtmlError, validateBuiltHtml } from '../support/validateHtml.ts';

describe('html-validate sur chaque fichier HTML construit', () => {
  it('ne trouve aucune erreur (préréglage recommandé, exceptions justifiées dans .htmlvalidate.mjs)', async () => {
    const { files, errors } = await validateBuiltHtml('dist');
    expect(files).toBeGreaterThan(20);
    expect(errors.map(formatHtmlError)).toEqual([]);
  });
});

describe('le texte de chaque page construite', () => {
  it('ne colle aucun lien à la lettre ou à la ponctuation qui le précède (« Pour cela,écrivez au réseau »)', () => {
    // An apostrophe may: « l’annuaire » is one word. A line break before a component is dropped by Astro: {' '}.
    const glued = htmlFiles('dist').flatMap((file) => {
      const html = readFileSync(file, 'utf8');
      return [...html.matchAll(/[\p{L}\d,;:.!?]<a\b/gu)].map(
        ({ index }) => `${pathOfFile('dist', file)} : ${html.slice(Math.max(0, index - 30), index + 3)}`,
      );
    });
    expect(glued).toEqual([]);
  });
});
