import { beforeAll, describe, expect, it } from 'vitest';
import { openPage, useOfflineBrowser } from '../support/browser.ts';
import { pagesToCheck } from '../support/builtPages.ts';

const pages = pagesToCheck('dist');
// Titles, headings and language are in the HTML as served: no need to run the pages' scripts.
const session = useOfflineBrowser({ javaScriptEnabled: false });

/** What RGAA 8.3, 8.5, 8.6 and 8.7 look at on one page. */
interface PageFacts {
  path: string;
  title: string;
  h1: string;
  lang: string;
  /** The main content's text, compared as `words` compares. */
  text: string;
  /** Passages that read as English but are not marked `lang="en"`. */
  unmarked: string[];
  /** A word glued to a link, a code or a count: « sont|téléchargeables », « Blois|(14) ». */
  glued: string[];
  /** Links to a GitHub issue form that do not say, nor have said next to them, that GitHub asks for an account. */
  unwarned: string[];
}

const facts: PageFacts[] = [];

beforeAll(async () => {
  const page = await session.context.newPage();
  for (const path of pages) {
    await openPage(page, path);
    const found = await page.evaluate(() => {
      // Frequent English words that are not French words too: three in one block make an English passage.
      const english = /\b(the|and|of|with|your|you|this|that|from|for|are|is|to|be|have|will|which|about|more)\b/gi;
      const french = /\b(le|la|les|des|du|et|est|un|une|pour|dans|sur|avec|vous|qui|que|au|aux|en|par)\b/gi;
      const unmarked = [
        ...document.querySelectorAll<HTMLElement>(
          'body p, body li, body h1, body h2, body h3, body td, body th, body dd, body dt, body a, body figcaption, body blockquote',
        ),
      ]
        .filter((element) => !element.closest('[lang]:not([lang^="fr"])'))
        .map((element) => element.innerText.replace(/\s+/g, ' ').trim())
        .filter(
          (text) =>
            (text.match(english)?.length ?? 0) >= 3 &&
            (text.match(english)?.length ?? 0) > (text.match(french)?.length ?? 0),
        );
      // Astro's HTML compression drops the space between a line's last word and an element opening the next line.
      const word = /[\p{L}\p{N}]$/u;
      const glued = [
        ...document.querySelectorAll('body a, body code, body strong, body em, body abbr, body [data-count]'),
      ]
        .flatMap((element) => {
          const [before, after, text] = [element.previousSibling, element.nextSibling, element.textContent];
          return [
            before?.nodeType === Node.TEXT_NODE && word.test(before.textContent ?? '') && /^[\p{L}\p{N}(]/u.test(text)
              ? `${(before.textContent ?? '').slice(-20)}|${text.slice(0, 20)}`
              : '',
            after?.nodeType === Node.TEXT_NODE &&
            /[\p{L}\p{N})]$/u.test(text) &&
            /^[\p{L}\p{N}]/u.test(after.textContent ?? '')
              ? `${text.slice(-20)}|${(after.textContent ?? '').slice(0, 20)}`
              : '',
          ];
        })
        .filter(Boolean);
      // A link to a GitHub issue form says it needs an account in its text, its paragraph or list item, or the page's
      // lead says it once for all (a page of site cards, each with « Signaler un lien mort »).
      const account = /compte (?:gratuit|GitHub)/i;
      const lead = document.querySelector('main .lead')?.textContent ?? '';
      const unwarned = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="https://github.com/"]')]
        .filter((link) => /\/issues\/new(?:\/choose)?\/?$/.test(new URL(link.href).pathname))
        .filter(
          (link) =>
            !account.test(link.textContent) &&
            !account.test(link.closest('p, li')?.textContent ?? '') &&
            !account.test(lead),
        )
        .map((link) => link.textContent.replace(/\s+/g, ' ').trim());
      return {
        glued,
        unwarned,
        title: document.title.trim(),
        h1: document.querySelector('h1')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
        lang: document.documentElement.lang,
        text: document.querySelector('main')?.innerText ?? '',
        unmarked,
      };
    });
    facts.push({ path, ...found, text: words(found.text) });
  }
  await page.close();
}, 600_000);

/** Lower case, plain apostrophes, no punctuation but letters and digits: how a title and a heading compare. */
const words = (text: string) =>
  text
    .toLocaleLowerCase('fr')
    .replace(/[’']/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe(`RGAA 8.5 et 8.6 : les titres des ${pages.length} pages`, () => {
  it('chaque page a un titre que son titre principal (h1) ou son texte reprend', () => {
    const irrelevant = facts
      .filter((fact) => fact.h1 !== '')
      .filter((fact) => {
        // The page's own part of the title: before « | AIOA 41 », « — » and a final precision in brackets.
        const own = words(fact.title.split(/ \| | — /)[0]!.replace(/ \([^)]*\)$/, ''));
        const ownWords = own.split(' ').filter((word) => word.length >= 3);
        const heading = words(fact.h1);
        const shared = ownWords.filter((word) => heading.split(' ').includes(word)).length;
        return !(own !== '' && (heading.includes(own) || shared >= 0.75 * ownWords.length || fact.text.includes(own)));
      })
      .map((fact) => `${fact.path}: titre « ${fact.title} », h1 « ${fact.h1} »`);
    expect(facts.filter((fact) => fact.title === '').map((fact) => fact.path)).toEqual([]);
    expect(irrelevant).toEqual([]);
  });

  it('deux pages différentes n’ont jamais le même titre', () => {
    const byTitle = Map.groupBy(facts, (fact) => fact.title);
    const shared = [...byTitle]
      .filter(([, group]) => group.length > 1)
      .map(([title, group]) => `« ${title} » : ${group.map((fact) => fact.path).join(', ')}`);
    expect(shared).toEqual([]);
  });
});

describe('RGAA 8.3, 8.4 et 8.7 : la langue', () => {
  it('chaque page déclare le français comme langue principale', () => {
    expect(facts.filter((fact) => fact.lang !== 'fr').map((fact) => `${fact.path}: lang="${fact.lang}"`)).toEqual([]);
  });

  it('aucun passage en anglais n’est laissé sans attribut lang', () => {
    expect(facts.flatMap((fact) => fact.unmarked.map((text) => `${fact.path}: « ${text.slice(0, 80)} »`))).toEqual([]);
  });
});

// Review rev22r, finding 3: « Signaler un lien mort » and « Proposer un site par un formulaire simple » opened a
// GitHub sign-in nobody had mentioned, while other pages said « compte gratuit nécessaire ».
describe('les liens vers un formulaire GitHub', () => {
  it('disent qu’il faut un compte, dans leur texte, leur paragraphe ou l’introduction de la page', () => {
    expect(facts.flatMap((fact) => fact.unwarned.map((link) => `${fact.path}: « ${link} »`))).toEqual([]);
  });
});

describe('La lecture du texte', () => {
  it('aucun mot n’est collé à un lien, un code ou un compte qui le suit ou le précède', () => {
    expect(facts.flatMap((fact) => fact.glued.map((pair) => `${fact.path}: « ${pair} »`))).toEqual([]);
  });
});
