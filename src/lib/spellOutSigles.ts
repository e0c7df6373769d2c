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
  const words = comparable(text);
  for (const [sigle, meaning] of sigles.comparableMeanings) if (words.includes(meaning)) met.add(key(sigle));
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

/**
 * `text` with the first use of each sigle the page has not met yet written out, « CFA (centre de formation
 * d’apprentis) », and `met` updated. A sigle whose meaning the text or the page already gives stays as it is; one
 * that cannot take brackets where it stands waits for its next use.
 */
export function spellOutFirst(text: string, sigles: Sigles, met: MetSigles): string {
  if (!sigles.pattern) return text;
  noteMeanings(text, sigles, met);
  return text.replace(sigles.pattern, (sigle: string, index: number) => {
    const end = index + sigle.length;
    if (met.has(key(sigle)) || !canTakeMeaning(text, index, end)) return sigle;
    met.add(key(sigle));
    return `${sigle} (${sigles.meanings.get(sigle)!})`;
  });
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
