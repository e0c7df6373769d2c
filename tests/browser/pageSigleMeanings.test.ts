import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pagesToCheck } from '../support/builtPages.ts';
import {
  NAMES_WITH_SIGLES,
  readingText,
  siglesWithoutMeaning,
  siglesWithoutMeaningReport,
} from '../../src/lib/checkPageSigles.ts';
import { readGlossary } from '../../src/integrations/readGlossary.ts';

/**
 * The glossary serves « le premier emploi d’un sigle sur une page » (README): on every page of the site, each sigle of
 * content/sigles/ that the page uses has its meaning on that page. Read from the built pages (dist/, `npm run build`),
 * as the build writes them: no browser. The pages are those every gate covers (pagesToCheck); an editors' page has no
 * `<main>`, hence no text a reader meets.
 */

/** The glossary as the build's checks read it, through its schema. */
const glossary = readGlossary('content');

const texts = pagesToCheck('dist').map(
  (path) => [path, readingText(readFileSync(`dist${path}${path.endsWith('/') ? 'index.html' : ''}`, 'utf8'))] as const,
);

describe('chaque sigle d’une page du site a son sens sur la page', () => {
  it('lit les pages où l’on arrive', () => {
    const paths = texts.map(([path]) => path);
    expect(paths.length).toBeGreaterThan(400);
    // Those of the reader review (rev21, finding 2).
    for (const path of [
      '/diagnostic/vendome/parent-decrochage/',
      '/diagnostic/blois/decrochage/',
      '/diagnostic/blois/classe/',
      '/diagnostic/romorantin/employeur-stage/',
      '/diagnostic/blois/stage-etudiant/',
      '/diagnostic/',
      '/stages/',
      '/stages/pour/employeurs/',
      '/stages/imprimer/',
      '/structures/mgi-blois/',
      // Those the other sections built without writing sigles out (session 22).
      '/',
      '/plan-du-site/',
      '/points-etape/',
      '/points-etape/2009-elargissement/',
      '/thematiques/stages/',
      '/sitotheque/',
      '/outils/',
      '/diagnostic/professionnels/',
      '/accessibilite/grille/',
      '/donnees/',
      '/contribuer/champs/',
      '/carte/integrer/',
    ]) {
      expect(paths).toContain(path);
    }
  });

  it('sur chacune de ces pages', () => {
    const without = siglesWithoutMeaning(texts, glossary);
    expect(without, siglesWithoutMeaningReport(without)).toEqual([]);
  });

  it('ne garde parmi les noms sans sens que des noms que ces pages emploient encore', () => {
    expect(Object.keys(NAMES_WITH_SIGLES).filter((name) => !texts.some(([, text]) => text.includes(name)))).toEqual([]);
  });
});
