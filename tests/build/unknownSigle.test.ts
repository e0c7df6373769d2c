import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { validateContent } from '../../src/lib/validateContent.ts';
import { buildWithContent, contentWith, type BuildResult } from '../support/buildSite.ts';

/**
 * The glossary promises to explain each sigle a reader meets (/sigles/): an editor who writes a new one in a page,
 * and no file in content/sigles/, is stopped by the build, told where the word is and which file would explain it.
 */
describe('un sigle qu’aucun fichier de content/sigles/ n’explique arrête la construction', () => {
  let build: BuildResult;
  let dir = '';
  let cleanup = () => {};

  beforeAll(async () => {
    const content = contentWith({
      'pages/sigle-inconnu.md':
        '---\ntitre: Une page de test\ndescription: Une page qui emploie un sigle sans le définir.\n---\n\nLe ZQX accueille les jeunes.\n',
    });
    cleanup = content.cleanup;
    dir = content.dir;
    build = await buildWithContent(content.dir, { SEARCH_INDEX: 'off' });
  });
  afterAll(() => cleanup());

  it('nomme le mot, la page qui l’emploie et le fichier à ajouter', () => {
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(
      'Des pages emploient des sigles que le glossaire (/sigles/) n’explique pas, alors qu’il promet d’expliquer chacun :',
    );
    expect(build.output).toContain('  - « ZQX » (page /sigle-inconnu/) → ajoutez content/sigles/zqx.yaml');
    // Only the planted word: the real content uses no sigle the glossary lacks.
    expect(build.output).not.toMatch(/ {2}- « (?!ZQX)/);
  });

  it('npm run check:content, par la même règle, l’a dit avant : le fichier, la ligne et le fichier à ajouter', () => {
    expect(validateContent(dir, dir).problems.map(formatProblem)).toEqual([
      'pages/sigle-inconnu.md: texte, ligne 6: « ZQX » : sigle que le glossaire du site (/sigles/) n’explique pas → ajoutez sigles/zqx.yaml avec son sens et sa source, ou écrivez le nom en entier.',
    ]);
  });
});
