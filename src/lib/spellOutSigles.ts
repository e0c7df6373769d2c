/**
 * Sigles written out the first time a page uses them: « le CIO (centre d’information et d’orientation) », so that
 * a reader who does not know the network's sigles can follow. Pure text in, text out: templates print the result.
 */
import { meaningInWords } from '../schemas/glossary.ts';

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
  /**
   * Each meaning as it is compared with a text (comparable), with the key a page remembers its sigle by: one pair per
   * key and meaning (« Afpa » and « AFPA » share theirs).
   */
  readonly comparableMeanings: readonly { key: string; meaning: string }[];
  /** What each text read so far says (readingOf), by the text: pages repeat texts (cards, notes), read once a build. */
  readonly readings: Map<string, TextReading>;
}

/** What a text says of the sigles, whatever the page has met: the same for every page that prints it. */
interface TextReading {
  /** Keys of the sigles whose meaning the text writes in words (noteMeanings). */
  readonly meaningKeys: readonly string[];
  /** Uses of sigles that can take their meaning in brackets where they stand (canTakeMeaning), in order. */
  readonly uses: readonly {
    readonly index: number;
    readonly end: number;
    readonly sigle: string;
    readonly key: string;
  }[];
}

/** Sigles a page has already explained, or whose meaning it has already written: they are not written out again. */
export type MetSigles = Set<string>;

/** Text as a reader compares two: whatever the case, spaces or kind of apostrophe. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/['’]/g, '’').replace(/\s+/g, ' ');
}

/** The key a sigle is remembered by on a page: « Afpa » and « AFPA » are the same. */
const key = (sigle: string) => sigle.toLocaleUpperCase('fr');

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
    comparableMeanings: [
      ...new Map(
        [...meanings].map(([sigle, sens]) => [
          `${key(sigle)} ${sens}`,
          // A text that names the thing (« le centre national d’information jeunesse ») explains its sigle.
          { key: key(sigle), meaning: comparable(meaningInWords(sens)) },
        ]),
      ).values(),
    ],
    readings: new Map(),
  };
}

/** Remembers the sigles whose meaning `text` writes in words (« Centre d’information et d’orientation de Blois »). */
export function noteMeanings(text: string, sigles: Sigles, met: MetSigles): void {
  for (const sigleKey of readingOf(text, sigles).meaningKeys) met.add(sigleKey);
}

/** Texts kept read (Sigles.readings) at most: past it the memory is let go, and texts are read again. */
const READINGS_KEPT = 100_000;

/**
 * What `text` says of the sigles (TextReading), read once a build: a page reads each paragraph, card and cell, and
 * the sitothèque's lists and the reports repeat theirs from page to page.
 */
function readingOf(text: string, sigles: Sigles): TextReading {
  const known = sigles.readings.get(text);
  if (known) return known;
  const words = comparable(text);
  const uses = [];
  if (sigles.pattern) {
    for (const { 0: sigle, index } of text.matchAll(sigles.pattern)) {
      const end = index + sigle.length;
      if (canTakeMeaning(text, index, end)) uses.push({ index, end, sigle, key: key(sigle) });
    }
  }
  const reading: TextReading = {
    meaningKeys: sigles.comparableMeanings.filter(({ meaning }) => words.includes(meaning)).map(({ key }) => key),
    uses,
  };
  if (sigles.readings.size >= READINGS_KEPT) sigles.readings.clear();
  // Kept under a copy of its own: `text` may be a slice of a page's whole HTML, which it would keep in memory.
  sigles.readings.set(JSON.parse(JSON.stringify(text)) as string, reading);
  return reading;
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
  const reading = readingOf(text, sigles);
  for (const sigleKey of reading.meaningKeys) met.add(sigleKey);
  const uses: FirstUse[] = [];
  for (const { index, end, sigle, key: sigleKey } of reading.uses) {
    if (met.has(sigleKey) || !writable(index, end)) continue;
    met.add(sigleKey);
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

/** Elements whose text takes no meaning: a heading stays short, code and an `abbr` say what they say. */
const UNWRITABLE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'abbr', 'textarea']);
/** Elements whose content is not text a person reads: skipped whole. */
const RAW = new Set(['script', 'style', 'svg', 'template']);
/** Elements inside a sentence: the others start a new one (a paragraph, an item, a cell). */
const INLINE = new Set(['a', 'b', 'br', 'cite', 'code', 'em', 'i', 'img', 'kbd', 'mark', 'q', 's', 'samp', 'small']);
for (const name of ['span', 'strong', 'sub', 'sup', 'time', 'u', 'abbr', 'del', 'ins', 'wbr', 'data']) INLINE.add(name);
/** A tag (quoted attributes may hold « > ») or a comment. */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)(?:[^"'>]|"[^"]*"|'[^']*')*>/g;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Rendered HTML (a Markdown body, a list of cards) with the first use of each sigle the page has not met yet written
 * out in its text, as spellOutFirst does for a text: each paragraph, item or cell is read as one text across its
 * links and emphasis, so that « (voir le <a>CIO</a>) » counts as inside brackets. Headings, code and `abbr` take no
 * meaning (the sigle waits for its next use); tags, attributes, scripts and styles are left as they are.
 */
export function spellOutHtml(html: string, sigles: Sigles, met: MetSigles): string {
  if (!sigles.pattern) return html;
  const pieces: string[] = [];
  /** The current sentence's text pieces: index in `pieces`, offset in the sentence's text, whether it takes text. */
  let segments: { piece: number; start: number; writable: boolean }[] = [];
  let sentence = '';
  let unwritable = 0;
  const closeSentence = () => {
    if (!/\p{L}/u.test(sentence)) {
      segments = [];
      sentence = '';
      return;
    }
    const writable = (index: number, end: number) =>
      segments.some((segment) => {
        const segmentEnd = segment.start + pieces[segment.piece]!.length;
        return segment.writable && segment.start <= index && end <= segmentEnd;
      });
    for (const { end, sigle } of firstUses(sentence, sigles, met, writable).reverse()) {
      const segment = segments.filter((candidate) => candidate.start < end).at(-1)!;
      const text = pieces[segment.piece]!;
      const at = end - segment.start;
      pieces[segment.piece] = text.slice(0, at) + escapeHtml(meaningOf(sigle, sigles)) + text.slice(at);
    }
    segments = [];
    sentence = '';
  };
  const addText = (text: string) => {
    if (text === '') return;
    segments.push({ piece: pieces.length, start: sentence.length, writable: unwritable === 0 });
    sentence += text;
    pieces.push(text);
  };
  const tags = new RegExp(TAG.source, 'g');
  let from = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    addText(html.slice(from, match.index));
    from = tags.lastIndex;
    const [tag, closing, rawName] = match;
    const name = rawName?.toLowerCase();
    if (name === undefined) {
      pieces.push(tag);
      continue;
    }
    if (!INLINE.has(name)) closeSentence();
    if (RAW.has(name) && !closing) {
      // Its content is no text to read: copied as it is up to its closing tag.
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = from;
      const until = close.exec(html)?.index ?? html.length;
      pieces.push(tag + html.slice(from, until));
      from = tags.lastIndex = until;
      continue;
    }
    if (UNWRITABLE.has(name) && !tag.endsWith('/>')) unwritable = Math.max(0, unwritable + (closing ? -1 : 1));
    pieces.push(tag);
  }
  addText(html.slice(from));
  closeSentence();
  return pieces.join('');
}

/** One page's writer of sigles: its texts, names and HTML, given in reading order, share what the page has met. */
export interface PageSigles {
  /** Remembers the meanings a text gives (a title, which takes none): the texts after it do not repeat them. */
  note(text: string): void;
  /** `text` with its first uses written out (spellOutFirst). */
  text(text: string): string;
  /** The sigles a name does not explain, for a line under it (unexplainedSigles). */
  name(name: string): SigleMeaning[];
  /** Rendered HTML with its first uses written out (spellOutHtml). */
  html(html: string): string;
}

/** A new page's writer of sigles, over the glossary compiled for the build: the page has met no sigle yet. */
export function pageSiglesOf(sigles: Sigles): PageSigles {
  const met: MetSigles = new Set();
  return {
    note: (text) => noteMeanings(text, sigles, met),
    text: (text) => spellOutFirst(text, sigles, met),
    name: (name) => unexplainedSigles(name, sigles, met),
    html: (html) => spellOutHtml(html, sigles, met),
  };
}
