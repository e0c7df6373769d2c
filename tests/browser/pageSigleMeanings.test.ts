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
 * The glossary serves « le premier emploi d’un sigle sur une page » (README): on the pages where a person lands from
 * the self-diagnostic, the internships and the directory, each sigle of content/sigles/ that the page uses has its
 * meaning on that page. Read from the built pages (dist/, `npm run build`), as the build writes them: no browser.
 */

/** The glossary as the build's checks read it, through its schema. */
const glossary = readGlossary('content');

/**
 * The pages that keep the promise: every step of the self-diagnostic a person walks (its questions and results, with
 * or without JavaScript), every page on internships, every page of the directory. The professionals' overview of the
 * self-diagnostic (/diagnostic/professionnels/) and the other sections do not yet.
 */
const KEPT = [/^\/diagnostic\/(?!professionnels\/)/, /^\/stages\//, /^\/structures\//];

const texts = pagesToCheck('dist')
  .filter((path) => KEPT.some((pattern) => pattern.test(path)))
  .map(
    (path) =>
      [path, readingText(readFileSync(`dist${path}${path.endsWith('/') ? 'index.html' : ''}`, 'utf8'))] as const,
  );

describe('chaque sigle d’une page de l’autodiagnostic, des stages ou de l’annuaire a son sens sur la page', () => {
  it('lit les pages où l’on arrive', () => {
    const paths = texts.map(([path]) => path);
    expect(paths.length).toBeGreaterThan(250);
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
