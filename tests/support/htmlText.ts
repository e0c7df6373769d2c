/** Reading built pages as a reader sees them: text with its entities decoded, lists followed page after page. */

/** Named entities the site's pages use (Astro escapes & < > " ' ; `&nbsp;` is written by hand), and `&apos;`. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Text or an attribute's value as the browser reads it: `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and
 * numeric entities (`&#39;`, `&#x27;`) decoded in one pass, so that `&amp;lt;` stays the text `&lt;`. An entity it
 * does not know is left as written.
 */
export function decodeEntities(html: string): string {
  return html.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi,
    (entity, decimal?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED_ENTITIES[name] ?? entity;
      const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
      return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    },
  );
}

/** The address a page's « Page suivante » link leads to, `<a href="…" rel="next">`, if it has one. */
export function nextPagePath(page: string): string | undefined {
  const href = /<a href="([^"]+)" rel="next"/.exec(page)?.[1];
  return href === undefined ? undefined : decodeEntities(href);
}

/**
 * Every page of a list, in order, as a reader without JavaScript walks it: from its first page (`first`, such as
 * `/structures/bassin/blois/` or `structures/bassin/blois`) by each page's « Page suivante » link. `readPage` gives a
 * built page's HTML by its path. Throws, naming the page, when a link leads back to a page already read: a loop
 * would otherwise never end.
 */
export function pagesOfList(first: string, readPage: (path: string) => string): string[] {
  /** `/a/b/`, `a/b` and `a/b/` are one page. */
  const key = (path: string) => path.replace(/^\/+|\/+$/g, '');
  const seen = new Set<string>();
  const pages: string[] = [];
  let from: string | undefined;
  for (let path: string | undefined = first; path !== undefined; path = nextPagePath(pages.at(-1)!)) {
    if (seen.has(key(path)))
      throw new Error(`${from} : son lien « Page suivante » ramène à ${path}, une page déjà lue`);
    seen.add(key(path));
    pages.push(readPage(path));
    from = path;
  }
  return pages;
}
