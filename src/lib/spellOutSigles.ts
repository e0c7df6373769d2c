/**
 * Sigles written out the first time a page uses them: « le CIO (centre d’information et d’orientation) », so that
 * a reader who does not know the network's sigles can follow. Pure text in, text out: templates print the result.
 */

/** A sigle and its meaning, as the glossary (content/sigles/) gives them. */
export interface SigleMeaning {
  sigle: string;
  sens: string;
}

/** The glossary, ready for every page of a build: built once (siglesOf), read by each page. */
export interface Sigles {
  /** Meaning of each sigle, by the sigle as texts write it (and in capitals, as the map's markers write it). */
  readonly meanings: ReadonlyMap<string, string>;
  /** Every sigle as a whole word. */
  readonly pattern: RegExp | undefined;
  /** Each meaning as it is compared with a text (comparable), by sigle. */
  readonly comparableMeanings: ReadonlyMap<string, string>;
}

/** Sigles a page has already explained, or whose meaning it has already written: they are not written out again. */
export type MetSigles = Set<string>;

/** Text as a reader compares two: whatever the case, spaces or kind of apostrophe. */
export function comparable(text: string): string {
  return text.toLocaleLowerCase('fr').replace(/['’]/g, '’').replace(/\s+/g, ' ');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles the glossary once for the whole build. */
export function siglesOf(entries: readonly SigleMeaning[]): Sigles {
  const meanings = new Map<string, string>();
  for (const { sigle, sens } of entries) {
    meanings.set(sigle, sens);
    if (!meanings.has(sigle.toLocaleUpperCase('fr'))) meanings.set(sigle.toLocaleUpperCase('fr'), sens);
  }
  // Longest first, so that « CFAI » is not read as « CFA ».
  const words = [...meanings.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return {
    meanings,
    pattern:
      words.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${words.join('|')})(?![\\p{L}\\p{N}_])`, 'gu') : undefined,
    comparableMeanings: new Map([...meanings].map(([sigle, sens]) => [sigle, comparable(sens)])),
  };
}

/** The key a sigle is remembered by on a page: « Afpa » and « AFPA » are the same. */
const key = (sigle: string) => sigle.toLocaleUpperCase('fr');

/** Remembers the sigles whose meaning `text` writes in words (« Centre d’information et d’orientation de Blois »). */
export function noteMeanings(text: string, sigles: Sigles, met: MetSigles): void {
  let words: string | undefined;
  for (const [sigle, meaning] of sigles.comparableMeanings) {
    if (met.has(key(sigle))) continue;
    words ??= comparable(text);
    if (words.includes(meaning)) met.add(key(sigle));
  }
}

/** The sigles `text` uses, in order, each once. */
export function siglesIn(text: string, sigles: Sigles): string[] {
  if (!sigles.pattern) return [];
  return [...new Set([...text.matchAll(sigles.pattern)].map((match) => match[0]))];
}

/**
 * Whether a sigle at `index` can take its meaning in brackets right after it: not inside brackets (no brackets in
 * brackets), not already followed by brackets, and not part of a longer name (« BIJ 41 », « CFA BTP », « CIO/MGI »).
 */
function canTakeMeaning(text: string, index: number, end: number): boolean {
  const before = text.slice(0, index);
  const open = (before.match(/\(/g) ?? []).length - (before.match(/\)/g) ?? []).length;
  return open <= 0 && !before.endsWith('/') && !/^(?:\s*\(|[/-]|\s+[\p{Lu}\p{N}])/u.test(text.slice(end));
}

/** A first use of a sigle in a text: where it ends, to take its meaning in brackets there. */
interface FirstUse {
  end: number;
  sigle: string;
}

/**
 * The first uses in `text` of the sigles the page has not met yet, and `met` updated. A sigle whose meaning the text
 * or the page already gives is not one; one that cannot take brackets where it stands, or that stands where
 * `writable` says no text may be added (a heading, code), waits for its next use.
 */
function firstUses(
  text: string,
  sigles: Sigles,
  met: MetSigles,
  writable: (index: number, end: number) => boolean = () => true,
): FirstUse[] {
  if (!sigles.pattern) return [];
  noteMeanings(text, sigles, met);
  const uses: FirstUse[] = [];
  for (const { 0: sigle, index } of text.matchAll(sigles.pattern)) {
    const end = index + sigle.length;
    if (met.has(key(sigle)) || !canTakeMeaning(text, index, end) || !writable(index, end)) continue;
    met.add(key(sigle));
    uses.push({ end, sigle });
  }
  return uses;
}

/** « CFA (centre de formation d’apprentis) »: what follows a sigle on its first use. */
const meaningOf = (sigle: string, sigles: Sigles) => ` (${sigles.meanings.get(sigle)!})`;

/**
 * `text` with the first use of each sigle the page has not met yet written out, « CFA (centre de formation
 * d’apprentis) », and `met` updated. A sigle whose meaning the text or the page already gives stays as it is; one
 * that cannot take brackets where it stands waits for its next use.
 */
export function spellOutFirst(text: string, sigles: Sigles, met: MetSigles): string {
  let written = text;
  for (const { end, sigle } of firstUses(text, sigles, met).reverse())
    written = written.slice(0, end) + meaningOf(sigle, sigles) + written.slice(end);
  return written;
}

/**
 * The sigles of a name that the name does not explain (« CFA agricole d’Areines »), with their meanings, for a line
 * under it; every sigle of the name is then met.
 */
export function unexplainedSigles(name: string, sigles: Sigles, met: MetSigles): SigleMeaning[] {
  noteMeanings(name, sigles, met);
  const unexplained = siglesIn(name, sigles).filter((sigle) => !met.has(key(sigle)));
  for (const sigle of unexplained) met.add(key(sigle));
  return unexplained.map((sigle) => ({ sigle, sens: sigles.meanings.get(sigle)! }));
}

/** One page's writer of sigles: its texts and names, given in reading order, share what the page has met. */
export interface PageSigles {
  /** `text` with its first uses written out (spellOutFirst). */
  text(text: string): string;
  /** The sigles a name does not explain, for a line under it (unexplainedSigles). */
  name(name: string): SigleMeaning[];
}

/** A new page's writer of sigles, over the glossary compiled for the build: the page has met no sigle yet. */
export function pageSiglesOf(sigles: Sigles): PageSigles {
  const met: MetSigles = new Set();
  return {
    text: (text) => spellOutFirst(text, sigles, met),
    name: (name) => unexplainedSigles(name, sigles, met),
  };
}
