import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useOfflineBrowser } from '../support/browser.ts';
import { pagesToCheck, sitemapPaths } from '../support/builtPages.ts';
import { contentFiles } from '../support/loadContent.ts';
import { meaningInWords } from '../../src/schemas/glossary.ts';
import { readGlossary } from '../../src/integrations/readGlossary.ts';
import { NOT_SIGLES, allCapsWords, unknownSigles, unknownSiglesReport } from '../../src/lib/checkPageSigles.ts';

/**
 * Sigles a reader who does not know the network can follow: each one the pages use is in the glossary (or is not a
 * sigle a reader needs explained, with the reason), pages write out the first one they use, no brackets sit
 * inside brackets (« (MLDS (ex-MGI) Blois) »), and no sentence runs into the next (« décrite.Télécharger »).
 */

/** The glossary as the build's checks read it, through its schema. */
const glossary = readGlossary('content');
const meaningOf = (sigle: string) => glossary.find((entry) => entry.sigle === sigle)?.sens;

/** Text as a reader compares it: any case, one kind of apostrophe, single spaces. */
const comparable = (text: string) => text.toLocaleLowerCase('fr').replace(/['’]/g, '’').replace(/\s+/g, ' ');

/** Lines (blocks) where a bracket opens inside another: depth is counted anew on each line. */
function nestedBrackets(text: string): string[] {
  return text.split('\n').filter((line) => {
    let depth = 0;
    for (const character of line) {
      if (character === '(' && ++depth > 1) return true;
      if (character === ')') depth = Math.max(0, depth - 1);
    }
    return false;
  });
}

/**
 * Whether the page gives the meaning of the first `sigle` it uses where the reader meets it: before it, or in the
 * 200 characters after it (the same sentence, or the line under a name).
 */
function firstUseExplained(text: string, sigle: string): boolean {
  const first = new RegExp(`(?<![\\p{L}\\p{N}_-])${sigle}(?![\\p{L}\\p{N}_])`, 'u').exec(text);
  if (!first) throw new Error(`la page n’emploie pas « ${sigle} »`);
  // A meaning that says what the sigle names (« sigle qui désigne le … ») is explained by the name written in full.
  return comparable(text.slice(0, first.index + sigle.length + 200)).includes(
    comparable(meaningInWords(meaningOf(sigle)!)),
  );
}

/**
 * Places where a sentence's end touches the next word, « département.Au-delà »: the markup lost the space between a
 * text and an element or an expression on the next line. Dotted names (« aioa41.fr ») have no capital after the dot.
 */
function missingSpaces(text: string): string[] {
  return [...text.matchAll(/\p{Ll}{2}[.;:!?»][\p{Lu}«]/gu)].map((match) =>
    text.slice(Math.max(0, match.index - 30), match.index + 30).replace(/\s+/g, ' '),
  );
}

const session = useOfflineBrowser({ javaScriptEnabled: false });
const withScripts = useOfflineBrowser();
const mainText = async (page: Page) => (await page.locator('main').innerText()).replace(/[ \t\u00a0]+/g, ' ');

// Every page the public reads (not the editors' interface), with the main text a reader sees.
const publicPages = pagesToCheck('dist').filter((path) => !path.startsWith('/admin/'));
const texts = new Map<string, string>();

beforeAll(
  async () => {
    const page = await session.context.newPage();
    for (const path of publicPages) {
      await openPage(page, path);
      texts.set(path, await mainText(page));
    }
    await page.close();
  },
  Math.max(300_000, publicPages.length * 2_000),
);

describe('le glossaire des sigles', () => {
  it('est une page liée du pied de page et du plan du site, qui donne le sens de chaque sigle du contenu', async () => {
    const page = await openPage(session.context, '/plan-du-site/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Sigles du réseau' }).click();
    expect(new URL(page.url()).pathname).toBe('/sigles/');
    await openPage(page, '/plan-du-site/');
    await page.getByRole('main').getByRole('link', { name: 'Sigles du réseau' }).click();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Sigles du réseau');
    const shown = await page.locator('main dl').innerText();
    expect(glossary.length).toBeGreaterThan(20);
    for (const { sigle, sens } of glossary) expect(comparable(shown)).toContain(comparable(`${sigle}\n${sens}`));
    await page.close();
  });

  it('donne chaque sens en texte, et nomme chaque lien d’après la page où il mène, pas d’après le sens (RGAA 6.1)', async () => {
    const page = await openPage(session.context, '/sigles/');
    const entries = await page.locator('main dl.glossary dd').evaluateAll((definitions) =>
      definitions.map((definition) => {
        const links = [...definition.querySelectorAll('a')];
        const beforeLinks = links[0]
          ? definition.textContent.slice(0, definition.textContent.indexOf(links[0].textContent))
          : definition.textContent;
        return {
          sigle: definition.previousElementSibling?.textContent.trim() ?? '',
          beforeLinks: beforeLinks.replace(/\s+/g, ' '),
          links: links.map((link) => ({ text: link.textContent.replace(/\s+/g, ' ').trim(), href: link.pathname })),
        };
      }),
    );
    expect(entries).toHaveLength(glossary.length);
    const linked = contentFiles('glossary').flatMap(({ data }) =>
      typeof data['lien'] === 'string' ? [{ sigle: data['sigle'] as string, lien: data['lien'] }] : [],
    );
    expect(linked.length).toBeGreaterThan(5);
    for (const { sigle, sens } of glossary) {
      const entry = entries.find((shown) => shown.sigle === sigle)!;
      // The meaning is read before any link, and no link is named by it.
      expect(comparable(entry.beforeLinks), sigle).toContain(comparable(sens));
      expect(
        entry.links.map(({ text }) => comparable(text)),
        sigle,
      ).not.toContain(comparable(sens));
    }
    // A linked page is named as it names itself (its heading); the home page, as « la page d’accueil du site ».
    for (const { sigle, lien } of linked) {
      const link = entries.find((shown) => shown.sigle === sigle)!.links.find(({ href }) => href === lien);
      expect(link, sigle).toBeDefined();
      if (lien === '/') {
        expect(link!.text).toBe('la page d’accueil du site');
        continue;
      }
      await openPage(page, lien);
      expect(link!.text, sigle).toBe((await page.getByRole('heading', { level: 1 }).innerText()).trim());
    }
    await page.close();
  });

  it('ne range aucun partenaire parmi les « structures du réseau » (fiche « membre: false »)', async () => {
    const partners = new Set(
      contentFiles('structures')
        .filter(({ data }) => data['membre'] !== true)
        .map(({ id }) => id),
    );
    const page = await openPage(session.context, '/sigles/');
    const entries = await page.locator('main dl.glossary dd').evaluateAll((definitions) =>
      definitions.map((definition) => ({
        text: definition.textContent.replace(/\s+/g, ' '),
        structures: [...definition.querySelectorAll('a')]
          .map((link) => /^\/structures\/([^/]+)\/$/.exec(link.pathname)?.[1])
          .filter((id) => id !== undefined),
      })),
    );
    const naming = entries.filter(({ structures }) => structures.some((id) => partners.has(id)));
    expect(naming.length, 'le glossaire nomme des partenaires (sinon ce test ne prouverait rien)').toBeGreaterThan(0);
    expect(naming.filter(({ text }) => text.includes('du réseau')).map(({ text }) => text)).toEqual([]);
    await page.close();
  });

  it('est dans le plan du site XML et dans la recherche', async () => {
    expect(sitemapPaths('dist')).toContain('/sigles/');
    const page = await openPage(withScripts.context, '/recherche/?q=sigles');
    const found = page.getByRole('list', { name: 'Résultats de la recherche' }).getByRole('link', {
      name: 'Sigles du réseau',
    });
    await expect.poll(() => found.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.close();
  });

  // The build checks the pages' HTML (src/integrations/pageSiglesCheck.ts); this reads them as Chromium shows them.
  it('connaît chaque sigle des pages publiques, ou la liste dit pourquoi ce n’en est pas un à expliquer', () => {
    expect(texts.size).toBeGreaterThan(100);
    const unknown = unknownSigles(
      texts,
      glossary.map(({ sigle }) => sigle),
    );
    expect(unknown, unknownSiglesReport(unknown)).toEqual([]);
  });

  it('ne garde dans la liste des exceptions que des mots que les pages emploient encore', () => {
    const used = new Set([...texts.values()].flatMap(allCapsWords));
    expect(Object.keys(NOT_SIGLES).filter((word) => !used.has(word))).toEqual([]);
  });
});

describe('le premier sigle d’une page est écrit en toutes lettres', () => {
  it.each([
    ['/', 'CFA'],
    ['/structures/cfa-agricole-areines/', 'CFA'],
    ['/structures/cio-blois/', 'CIO'],
    ['/diagnostic/blois/apprentissage-jeune/', 'CFA'],
    ['/diagnostic/blois/apprentissage-jeune/', 'CAD'],
    ['/diagnostic/vendome/decrochage-scolaire/', 'CIO'],
    // A report's body, a theme of the sitothèque, internship pages (their facts and body).
    ['/points-etape/2006-journee-du-reseau/', 'CIO'],
    ['/points-etape/2006-journee-du-reseau/', 'PAIO'],
    ['/points-etape/2009-elargissement/', 'MGI'],
    ['/sitotheque/apprentissage/', 'CFA'],
    ['/stages/apprentissage/', 'CFA'],
    ['/stages/observation-3e/', 'CIO'],
    // The overview of the themes: cards of descriptions, as each theme's page has.
    ['/thematiques/', 'CFA'],
    // Sigles a source of the sitothèque writes out (content/sigles/).
    ['/stages/stage-enseignement-superieur/', 'BUT'],
    ['/stages/apprentissage/', 'SMIC'],
    // The sigles the glossary lacked (rev20 finding 7), where a reader first meets them.
    ['/stages/pfmp-lycee-professionnel/', 'CAP'],
    ['/stages/stage-enseignement-superieur/', 'BTS'],
    ['/diagnostic/vendome/decrochage-scolaire/', 'CPE'],
    ['/points-etape/2009-elargissement/', 'CFAS'],
  ])('%s : « %s »', (path, sigle) => {
    const text = texts.get(path);
    expect(text, `${path} n’a pas été lue`).toBeDefined();
    expect(firstUseExplained(text!, sigle), `${path} : ${text!.slice(0, 600)}`).toBe(true);
  });
});

describe('un sigle n’est pas écrit en toutes lettres où il ne le peut pas', () => {
  it('ni dans un nom plus long : il attend son emploi suivant', () => {
    expect(texts.get('/points-etape/2006-journee-du-reseau/')).toContain('avec l’appui technique du GIP Alfa Centre');
  });

  it('ni quand le titre de la page donne déjà son sens', () => {
    const text = texts.get('/stages/pmsmp/') ?? '';
    expect(text).toContain('Période de mise en situation en milieu professionnel (PMSMP)');
    expect(text).toContain('La PMSMP permet');
  });
});

describe('les parenthèses', () => {
  it('ne s’ouvrent jamais dans d’autres parenthèses, sur aucune page publique', () => {
    const nested = [...texts].flatMap(([path, text]) => nestedBrackets(text).map((line) => `${path} : ${line}`));
    expect(nested).toEqual([]);
  });
});

describe('la ponctuation', () => {
  it('laisse une espace entre une phrase et la suivante, sur toutes les pages publiques', () => {
    const joined = [...texts].flatMap(([path, text]) => missingSpaces(text).map((place) => `${path} : ${place}`));
    expect(joined).toEqual([]);
  });
});
