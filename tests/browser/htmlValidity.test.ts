import { describe, expect, it } from 'vitest';
import { formatHtmlError, validateBuiltHtml } from '../support/validateHtml.ts';

describe('html-validate sur chaque fichier HTML construit', () => {
  it('ne trouve aucune erreur (préréglage recommandé, exceptions justifiées dans .htmlvalidate.mjs)', async () => {
    const { files, errors } = await validateBuiltHtml('dist');
    expect(files).toBeGreaterThan(20);
    expect(errors.map(formatHtmlError)).toEqual([]);
  });
});
