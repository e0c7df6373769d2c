import { describe, expect, it } from 'vitest';
import { decodeEntities, nextPagePath, pagesOfList } from '../support/htmlText.ts';

describe('decodeEntities', () => {
  // The entities of the built pages (Astro's escapes and the hand-written `&nbsp;`), and their numeric forms.
  it.each([
    ['&amp;', 'Emploi &amp; formation', 'Emploi & formation'],
    ['&lt; et &gt;', 'un &lt;th&gt; par colonne', 'un <th> par colonne'],
    ['&quot;', 'le champ &quot;nom&quot;', 'le champ "nom"'],
    ['&#39;', 'l&#39;annuaire', "l'annuaire"],
    ['&#x27;', 'l&#x27;annuaire', "l'annuaire"],
    ['&apos;', 'l&apos;annuaire', "l'annuaire"],
    ['&#38;', '?a=1&#38;b=2', '?a=1&b=2'],
    ['&nbsp;', 'Bassin de Blois&nbsp;(14)', 'Bassin de Blois\u00a0(14)'],
    ['&#8217; et &#x2019;', 'd&#8217;étape, d&#x2019;étape', 'd’étape, d’étape'],
  ])('décode %s', (_entity, html, text) => {
    expect(decodeEntities(html)).toBe(text);
  });

  it('décode une seule fois : &amp;lt; reste le texte &lt;', () => {
    expect(decodeEntities('&amp;lt;p&amp;gt; &amp;amp;')).toBe('&lt;p&gt; &amp;');
  });

  it('laisse tels quels un & seul et une entité qu’il ne connaît pas', () => {
    expect(decodeEntities('A & B &hellip; &#xZZ;')).toBe('A & B &hellip; &#xZZ;');
  });
});

describe('pagesOfList', () => {
  /** A list's page: its name, and a « Page suivante » link when `next` is given. */
  const page = (name: string, next?: string) =>
    `<h1>${name}</h1>${next ? `<a href="${next}" rel="next">Page suivante</a>` : ''}`;
  const site = (pages: Record<string, string>) => (path: string) => {
    const html = pages[path];
    if (html === undefined) throw new Error(`${path} : pas de page`);
    return html;
  };

  it('suit les liens « Page suivante » depuis la première page et rend les pages dans l’ordre', () => {
    const read = site({
      '/liste/': page('un', '/liste/2/'),
      '/liste/2/': page('deux', '/liste/3/'),
      '/liste/3/': page('trois'),
      '/autre/': page('autre'),
    });
    expect(pagesOfList('/liste/', read)).toEqual([page('un', '/liste/2/'), page('deux', '/liste/3/'), page('trois')]);
  });

  it('rend une liste d’une page telle quelle', () => {
    expect(pagesOfList('/liste/', site({ '/liste/': page('seule') }))).toEqual([page('seule')]);
  });

  it('s’arrête, en nommant la page, quand un lien « Page suivante » ramène à une page déjà lue', () => {
    // The first page given without slashes, as pagination.test.ts gives it: the loop back to `/liste/` is seen.
    const read = site({
      liste: page('un', '/liste/2/'),
      '/liste/2/': page('deux', '/liste/'),
      '/liste/': page('un', '/liste/2/'),
    });
    expect(() => pagesOfList('liste', read)).toThrow(
      '/liste/2/ : son lien « Page suivante » ramène à /liste/, une page déjà lue',
    );
  });

  it('laisse passer l’erreur d’une page suivante absente', () => {
    expect(() => pagesOfList('/liste/', site({ '/liste/': page('un', '/liste/2/') }))).toThrow(
      '/liste/2/ : pas de page',
    );
  });
});

describe('nextPagePath', () => {
  it('lit l’adresse du lien « Page suivante », entités décodées', () => {
    expect(nextPagePath('<a href="/liste/?page=2&amp;tri=nom" rel="next">Page suivante</a>')).toBe(
      '/liste/?page=2&tri=nom',
    );
    expect(nextPagePath('<a href="/liste/" rel="prev">Page précédente</a>')).toBeUndefined();
  });
});
