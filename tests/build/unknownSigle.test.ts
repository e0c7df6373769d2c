import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWithContent, contentWith, type BuildResult } from '../support/buildSite.ts';

/**
 * The glossary promises to explain each sigle a reader meets (/sigles/): an editor who writes a new one in a page,
 * and no file in content/sigles/, is stopped by the build, told where the word is and which file would explain it.
 */
describe('un sigle qu’aucun fichier de content/sigles/ n’explique arrête la construction', () => {
  let build: BuildResult;
  let cleanup = () => {};

  beforeAll(async () => {
    const content = contentWith({
      'pages/sigle-inconnu.md':
        '---\ntitre: Une page de test\ndescription: Une page qui emploie un sigle sans le définir.\n---\n\nLe ZQX accueille les jeunes.\n',
    });
    cleanup = content.cleanup;
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
});
