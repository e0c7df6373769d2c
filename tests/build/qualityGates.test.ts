import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, offlineContext } from '../../scripts/lib/browser.ts';
import { openPage } from '../support/browser.ts';
import { buildWithContent, contentWith, type BuildResult } from '../support/buildSite.ts';
import { findBrokenLinks } from '../support/crawlLinks.ts';
import { keyboardProblems } from '../support/keyboardWalk.ts';
import { axeProblems, formatPageProblem, watchCspAndConsole, type PageProblem } from '../support/pageAudit.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer.ts';
import { formatHtmlError, validateBuiltHtml } from '../support/validateHtml.ts';

const HOSTILE_TITLE = '<script>alert("titre hostile")</script> Piège';
const HOSTILE_SUMMARY = '"><img src=x onerror=alert("résumé hostile")>';

/**
 * One throwaway site with one planted violation of each kind, each on a page of its own,
 * so that every gate is seen failing and naming the page.
 */
const planted = {
  'pages/sans-alt.md': '---\ntitre: Image sans alternative\ndescription: Piège.\n---\n\n<img src="../favicon.svg">\n',
  'pages/imbrication.md':
    '---\ntitre: Imbrication invalide\ndescription: Piège.\n---\n\n<ul><div>Un bloc dans une liste</div></ul>\n',
  'pages/lien-casse.md': '---\ntitre: Lien cassé\ndescription: Piège.\n---\n\n[Une page absente](/nulle-part/)\n',
  'pages/script-en-ligne.md':
    '---\ntitre: Script en ligne\ndescription: Piège.\n---\n\n<script>document.title = "pris";</script>\n\nTexte.\n',
  'pages/hostile.md': `---\ntitre: '${HOSTILE_TITLE}'\ndescription: '${HOSTILE_SUMMARY}'\n---\n\nTexte.\n`,
  'points-etape/hostile.md': [
    '---',
    `titre: '${HOSTILE_TITLE}'`,
    'date: 2030-01-01',
    'periode: Année 2029',
    'auteurs: [Groupe AIOA 41]',
    'thematiques: [orientation]',
    `resume: '${HOSTILE_SUMMARY}'`,
    '---',
    'Texte.',
  ].join('\n'),
  'pages/piege-clavier.md':
    '---\ntitre: Ordre de tabulation\ndescription: Piège.\n---\n\n<a href="../">premier</a> <a href="../" tabindex="1">second</a>\n',
};

describe('chaque barrière de qualité échoue sur une violation plantée et nomme la page', () => {
  let build: BuildResult;
  let cleanup = () => {};
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let problemsSince: (path: string) => Promise<PageProblem[]>;
  const dialogs: string[] = [];

  beforeAll(async () => {
    const content = contentWith(planted);
    cleanup = content.cleanup;
    build = await buildWithContent(content.dir);
    expect(build.code, build.output).toBe(0);
    server = await startStaticServer(build.outDir);
    browser = await launchBrowser();
    page = await (await offlineContext(browser)).context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    problemsSince = await watchCspAndConsole(page);
  });
  afterAll(async () => {
    await browser.close();
    await server.close();
    cleanup();
  });

  const visit = (path: string) => openPage(page, path, { base: server.url });

  it('axe : une image sans alternative', async () => {
    await visit('/sans-alt/');
    expect((await axeProblems(page, '/sans-alt/')).map(formatPageProblem).join('\n')).toMatch(
      /^\/sans-alt\/: image-alt: /m,
    );
  });

  it('html-validate : une imbrication invalide', async () => {
    const { errors } = await validateBuiltHtml(build.outDir);
    expect(errors.map(formatHtmlError).join('\n')).toMatch(
      /^imbrication\/index\.html:\d+: element-permitted-content: /m,
    );
  });

  it('liens internes : un lien vers une page absente', () => {
    expect(findBrokenLinks(build.outDir)).toContainEqual({
      page: 'lien-casse/index.html',
      link: '/nulle-part/',
      reason: 'cible introuvable',
    });
  });

  it('CSP : un script en ligne est bloqué et signalé', async () => {
    await visit('/script-en-ligne/');
    expect(await page.title()).not.toBe('pris');
    const problems = (await problemsSince('/script-en-ligne/')).map(formatPageProblem).join('\n');
    expect(problems).toMatch(/^\/script-en-ligne\/: csp: script-src-elem refuse inline/m);
    expect(problems).toMatch(/^\/script-en-ligne\/: console: .*Content Security Policy/m);
  });

  it('clavier : un tabindex positif casse l’ordre', async () => {
    await visit('/piege-clavier/');
    expect((await keyboardProblems(page, '/piege-clavier/')).map(formatPageProblem).join('\n')).toMatch(
      /^\/piege-clavier\/: clavier-ordre: tabindex positif/m,
    );
  });

  it.each([
    ['/hostile/', true],
    ['/points-etape/hostile/', true],
    ['/points-etape/', false],
  ])('contenu hostile : %s montre titre et résumé comme du texte, sans rien exécuter', async (path, inTitle) => {
    await visit(path);
    expect(await page.getByText(HOSTILE_TITLE).first().isVisible()).toBe(true);
    if (inTitle) expect(await page.title()).toContain(HOSTILE_TITLE);
    expect(await page.locator('main img[src="x"], main script').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(await problemsSince(path)).toEqual([]);
    // Inside a quoted attribute value (og:title, meta description) the text is inert; anywhere else it must be escaped.
    const htmlOutsideAttributes = readFileSync(join(build.outDir, path, 'index.html'), 'utf8').replace(
      /="[^"]*"/g,
      '=""',
    );
    expect(htmlOutsideAttributes).not.toContain('<script>alert(');
    expect(htmlOutsideAttributes).not.toContain('<img src=x');
  });
});

describe('la politique MDX', () => {
  it('refuse un fichier de contenu MDX qui importe node:fs, en nommant le fichier', async () => {
    const content = contentWith({
      'pages/lecture.mdx': [
        '---',
        'titre: Lecture de fichiers',
        'description: Piège.',
        '---',
        "import fs from 'node:fs';",
        '',
        "{fs.readFileSync('/etc/hostname', 'utf8')}",
      ].join('\n'),
    });
    try {
      const { code, output } = await buildWithContent(content.dir);
      expect(code).not.toBe(0);
      expect(output).toMatch(/pages\/lecture\.mdx: ligne 5: importation de « node:fs » interdite/);
      expect(output).toMatch(/pages\/lecture\.mdx: ligne 7: expression JavaScript/);
    } finally {
      content.cleanup();
    }
  });
});
