/**
 * A list of sites grouped by theme, where a site of several themes is presented once: by a card in the first of its
 * themes (in the list's order), and named in each later theme by a plain line, « présenté dans « Emploi » ». The
 * cards are what the list counts and cuts into pages: a reader scrolls through each site once (review rev22r,
 * finding 2: a public's page showed 29 sites 51 times, and its page 2 held one site already shown). Pure.
 */

/** A site named in a theme whose card is in an earlier theme. */
export interface Mention<Site, Theme> {
  site: Site;
  /** The theme where the site's card is. */
  presentedIn: Theme;
}

/** One theme of the list: the cards of the sites it presents first, then the sites presented in an earlier theme. */
export interface ThemeSection<Site, Theme> {
  theme: Theme;
  cards: Site[];
  mentions: Mention<Site, Theme>[];
  /**
   * The cards' places in the whole list, from 0: the first card's and the last's. A theme of mentions alone stands
   * after the card before it, whose place it takes for both (the first theme always has cards).
   */
  first: number;
  last: number;
}

/**
 * The sections of `groups` (themes in order, each with its sites), each site's card in its first theme. `idOf` tells
 * two sites apart.
 */
export function sectionsOnce<Site, Theme>(
  groups: readonly { theme: Theme; sites: readonly Site[] }[],
  idOf: (site: Site) => string,
): ThemeSection<Site, Theme>[] {
  const presentedIn = new Map<string, Theme>();
  let placed = 0;
  return groups.map(({ theme, sites }) => {
    const cards: Site[] = [];
    const mentions: Mention<Site, Theme>[] = [];
    for (const site of sites) {
      const earlier = presentedIn.get(idOf(site));
      if (earlier === undefined) {
        presentedIn.set(idOf(site), theme);
        cards.push(site);
      } else mentions.push({ site, presentedIn: earlier });
    }
    const first = cards.length > 0 ? placed : Math.max(placed - 1, 0);
    placed += cards.length;
    return { theme, cards, mentions, first, last: Math.max(placed - 1, first) };
  });
}

/** Every card of the sections, in order: the rows a paginated list cuts into pages. */
export function cardsOf<Site, Theme>(sections: readonly ThemeSection<Site, Theme>[]): { site: Site; theme: Theme }[] {
  return sections.flatMap(({ theme, cards }) => cards.map((site) => ({ site, theme })));
}

/** One theme on one page of the list; `continued` when its cards began on the page before. */
export interface SectionOnPage<Site, Theme> {
  theme: Theme;
  cards: Site[];
  mentions: Mention<Site, Theme>[];
  continued: boolean;
}

/**
 * The sections on the page that holds the cards `start` to `end` (from 0, `end` included, as Astro's `paginate`
 * gives them): each theme's cards of that range, and its mentions on the page of its last card, after them.
 */
export function sectionsOnPage<Site, Theme>(
  sections: readonly ThemeSection<Site, Theme>[],
  start: number,
  end: number,
): SectionOnPage<Site, Theme>[] {
  return sections
    .filter(({ first, last }) => last >= start && first <= end)
    .map(({ theme, cards, mentions, first, last }) => ({
      theme,
      cards: cards.filter((_, index) => first + index >= start && first + index <= end),
      mentions: last <= end ? mentions : [],
      continued: first < start,
    }));
}
