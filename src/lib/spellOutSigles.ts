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
  /** Longer names that start with a sigle and take its meaning after them (SigleNames.names), longest first. */
  readonly names: readonly string[];
  /** Names whose sigles are not written out (SigleNames.kept). */
  readonly kept: readonly string[];
}

/**
 * Longer names that hold a sigle, which the pages cannot write out inside the name. `names`: those that take the
 * sigle's meaning after the whole name (« le GIP Alfa Centre (groupement d’intérêt public) »), as the directory
 * writes them; a sigle followed by a number (« BIJ 41 », « RGAA 4.1 ») takes it after the number without being
 * listed. `kept`: names whose sigles a page does not write out at all (NAMES_WITH_SIGLES of checkPageSigles.ts).
 */
export interface SigleNames {
  names?: readonly string[];
  kept?: readonly string[];
}

/** What a text says of the sigles, whatever the page has met: the same for every page that prints it. */
interface TextReading {
  /** Keys of the sigles whose meaning the text writes in words (noteMeanings). */
  readonly meaningKeys: readonly string[];
  /**
   * Uses of sigles that can take their meaning in brackets where they stand (canTakeMeaning), in order: `end` is
   * where the meaning goes, after the name the sigle starts (« BIJ 41 »).
   */
  readonly uses: readonly SigleUse[];
  /**
   * The other uses that could take a meaning after them, in order: inside brackets (« (Chambre de métiers, CCI
   * ou…) »), where it goes in square brackets, or after a slash (« CIO/MGI »). The last resort of spellOutHtml, for
   * a sigle the page explains nowhere else.
   */
  readonly lastResort: readonly LastResortUse[];
}

/** A use of a sigle that takes its meaning only when the page has nowhere else to write it. */
interface LastResortUse extends SigleUse {
  /** Inside brackets: the meaning goes in square brackets. */
  readonly square: boolean;
}

/** A use of a sigle in a text: where it starts, and where its meaning would go. */
interface SigleUse {
  readonly index: number;
  readonly end: number;
  readonly sigle: string;
  readonly key: string;
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

/** Compiles the glossary once for the whole build, with the names that hold its sigles (SigleNames). */
export function siglesOf(entries: readonly SigleMeaning[], { names = [], kept = [] }: SigleNames = {}): Sigles {
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
    names: [...new Set(names)].filter((name) => !kept.includes(name)).sort((a, b) => b.length - a.length),
    kept,
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
  const uses: SigleUse[] = [];
  const lastResort: LastResortUse[] = [];
  if (sigles.pattern) {
    // Where the names that keep their sigles stand (« CFA BTP »): no sigle there takes its meaning in square brackets.
    const keptAt = sigles.kept.flatMap((name) =>
      [...text.matchAll(new RegExp(escapeRegExp(name), 'g'))].map(({ index }) => [index, index + name.length]),
    );
    let nameUntil = 0;
    for (const { 0: sigle, index } of text.matchAll(sigles.pattern)) {
      // A sigle inside the name another starts (« GIP Alfa Centre ») is that name's.
      if (index < nameUntil || sigles.kept.some((name) => text.startsWith(name, index))) continue;
      const use = { index, end: nameEnd(text, index, index + sigle.length, sigles), sigle, key: key(sigle) };
      nameUntil = use.end;
      // A sigle quoted as a word (« par exemple « Afpa » ») is not the quote's to explain: after it, as a last resort.
      const quote = /«\s*$/.test(text.slice(0, index)) ? /^\s*»/.exec(text.slice(use.end)) : null;
      if (quote) {
        const end = use.end + quote[0].length;
        if (canTakeLastResort(text, end)) lastResort.push({ ...use, end, square: openBrackets(text, index) });
      } else if (canTakeMeaning(text, index, use.end)) uses.push(use);
      else if (
        canTakeLastResort(text, use.end) &&
        !keptAt.some(([from, to]) => from! <= index && use.end <= to!) &&
        !definedInBrackets(text, index, use.end, sigles.meanings.get(sigle))
      )
        lastResort.push({ ...use, square: openBrackets(text, index) });
    }
  }
  const reading: TextReading = {
    meaningKeys: sigles.comparableMeanings.filter(({ meaning }) => words.includes(meaning)).map(({ key }) => key),
    uses,
    lastResort,
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

/** A number after a sigle, which makes a name of it (« BIJ 41 », « RGAA 4.1 »). */
const NUMBER_AFTER = /^\s+\p{N}+(?:[.,]\p{N}+)*(?![\p{L}\p{N}_])/u;

/**
 * Where the name that a sigle at `index` (ending at `end`) starts ends: after a listed name (« GIP Alfa Centre ») or
 * a number (« BIJ 41 »), the sigle's meaning goes there; otherwise right after the sigle.
 */
function nameEnd(text: string, index: number, end: number, sigles: Sigles): number {
  const name = sigles.names.find(
    (candidate) => text.startsWith(candidate, index) && !/^[\p{L}\p{N}_]/u.test(text.slice(index + candidate.length)),
  );
  if (name) return index + name.length;
  return end + (NUMBER_AFTER.exec(text.slice(end))?.[0].length ?? 0);
}

/** Whether `index` is inside brackets that `text` opened before it. */
function openBrackets(text: string, index: number): boolean {
  const before = text.slice(0, index);
  return (before.match(/\(/g) ?? []).length - (before.match(/\)/g) ?? []).length > 0;
}

/** What, after a sigle, says it takes no meaning there: brackets already, or more of a longer name. */
const NAME_GOES_ON = /^(?:\s*[([]|[/-]|\s+[\p{Lu}\p{N}])/u;

/**
 * Whether a sigle at `index` can take its meaning in brackets at `end` (right after it, or after the name it
 * starts): not inside brackets (no brackets in brackets), not already followed by brackets, and not part of a
 * longer name (« CFA BTP », « CIO/MGI »).
 */
function canTakeMeaning(text: string, index: number, end: number): boolean {
  return !openBrackets(text, index) && !text.slice(0, index).endsWith('/') && canTakeLastResort(text, end);
}

/** Whether a sigle inside brackets or after a slash could still take its meaning at `end`, as a last resort. */
function canTakeLastResort(text: string, end: number): boolean {
  return !NAME_GOES_ON.test(text.slice(end));
}

/** Short words and words of every sentence, which tie no page's words to a sigle's meaning. */
const COMMON_WORDS = new Set(
  'avec chez dans entre leur mais nous notre pour sans sous tout toute vers votre vous'.split(' '),
);

/**
 * The words that carry a text's sense, as they are compared: four letters or more, in lower case, without a final
 * « s » or « x » (« droits » is « droit »), the common ones aside.
 */
function significantWords(text: string): Set<string> {
  const words = comparable(text).match(/\p{L}{4,}/gu) ?? [];
  return new Set(words.map((word) => word.replace(/[sx]$/, '')).filter((word) => !COMMON_WORDS.has(word)));
}

/** How many words before « (SIGLE) » may be what it stands for: the end of the clause, not the whole page. */
const WORDS_BEFORE = 8;

/**
 * Whether the words just before a sigle in brackets (`before`, the text up to its opening bracket) say what it
 * stands for (`meaning`, in words): « vos droits à la formation (CPF) » does, sharing « droit » and « formation » with
 * the glossary's meaning; « Voir le plan (CIO) » or « Afpa de Blois (Afpa) » do not. The same rule for the pages'
 * writing-out and for the check of the built pages (checkPageSigles.ts).
 */
export function wordsBeforeSayIt(before: string, meaning: string): boolean {
  // The clause before the brackets: back to the last sentence or line break, bracket or colon, at most 8 words.
  const clause = before
    .slice(-300)
    .replace(/\(\s*$/, '')
    .split(/[.!?;:()\n]/)
    .pop()!;
  const words = clause.trim().split(/\s+/).slice(-WORDS_BEFORE).join(' ');
  const meaningWords = significantWords(meaning);
  return [...significantWords(words)].some((word) => meaningWords.has(word));
}

/**
 * Whether a sigle at `index` (its glossary `meaning`) is alone in brackets right after words that say what it stands for (« droits à la
 * formation (CPF) »): those words give its meaning, as checkPageSigles reads a page.
 */
function definedInBrackets(text: string, index: number, end: number, meaning: string | undefined): boolean {
  return (
    meaning !== undefined &&
    /[\p{L}’'»]\s*\(\s*$/u.test(text.slice(0, index)) &&
    /^\s*\)/.test(text.slice(end)) &&
    wordsBeforeSayIt(text.slice(0, index), meaningInWords(meaning))
  );
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
/** Of those, the ones whose text never takes one: a heading does, when the page has nowhere else to write it. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'abbr', 'textarea']);
/** Elements whose content is not text a person reads: skipped whole. */
const RAW = new Set(['script', 'style', 'svg', 'template']);
/** Elements inside a sentence: the others start a new one (a paragraph, an item, a cell). */
const INLINE = new Set(['a', 'b', 'br', 'cite', 'code', 'em', 'i', 'img', 'kbd', 'mark', 'q', 's', 'samp', 'small']);
for (const name of ['span', 'strong', 'sub', 'sup', 'time', 'u', 'abbr', 'del', 'ins', 'wbr', 'data']) INLINE.add(name);
/** A tag (quoted attributes may hold « > ») or a comment. */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)(?:[^"'>]|"[^"]*"|'[^']*')*>/g;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Where a sentence of rendered HTML may take text: `heading` says whether a heading counts. */
type Writable = (index: number, end: number, heading: boolean) => boolean;

/** What to add to a sentence: `text` at `end`. */
interface Addition {
  end: number;
  text: string;
}

/**
 * Rendered HTML with what `add` says added to each sentence (a paragraph, an item, a cell, read as one text across
 * its links and emphasis), in its text only: tags, attributes, scripts and styles are left as they are.
 */
function addToSentences(html: string, add: (sentence: string, writable: Writable) => Addition[]): string {
  const pieces: string[] = [];
  /** The current sentence's text pieces: index in `pieces`, offset in the sentence's text, what it may take. */
  let segments: { piece: number; start: number; writable: boolean; heading: boolean }[] = [];
  let sentence = '';
  let unwritable = 0;
  let verbatim = 0;
  const closeSentence = () => {
    if (!/\p{L}/u.test(sentence)) {
      segments = [];
      sentence = '';
      return;
    }
    const writable: Writable = (index, end, heading) =>
      segments.some((segment) => {
        const segmentEnd = segment.start + pieces[segment.piece]!.length;
        return (segment.writable || (heading && segment.heading)) && segment.start <= index && end <= segmentEnd;
      });
    for (const { end, text: added } of add(sentence, writable).sort((a, b) => b.end - a.end)) {
      const segment = segments.filter((candidate) => candidate.start < end).at(-1)!;
      const text = pieces[segment.piece]!;
      const at = end - segment.start;
      pieces[segment.piece] = text.slice(0, at) + escapeHtml(added) + text.slice(at);
    }
    segments = [];
    sentence = '';
  };
  const addText = (text: string) => {
    if (text === '') return;
    segments.push({
      piece: pieces.length,
      start: sentence.length,
      writable: unwritable === 0,
      heading: verbatim === 0,
    });
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
    if (UNWRITABLE.has(name) && !tag.endsWith('/>')) {
      unwritable = Math.max(0, unwritable + (closing ? -1 : 1));
      if (VERBATIM.has(name)) verbatim = Math.max(0, verbatim + (closing ? -1 : 1));
    }
    pieces.push(tag);
  }
  addText(html.slice(from));
  closeSentence();
  return pieces.join('');
}

/**
 * Rendered HTML (a Markdown body, a list of cards) with the first use of each sigle the page has not met yet written
 * out in its text, as spellOutFirst does for a text: each paragraph, item or cell is read as one text across its
 * links and emphasis, so that « (voir le <a>CIO</a>) » counts as inside brackets. Headings, code and `abbr` take no
 * meaning (the sigle waits for its next use); tags, attributes, scripts and styles are left as they are.
 *
 * A sigle that never gets a use able to take its meaning (it stands only in brackets, after a slash or in headings)
 * would leave the page without its meaning: as a last resort, its first use takes it all the same, in square
 * brackets inside brackets (« (Chambre de métiers, CCI [chambre de commerce et d’industrie] ou…) »).
 */
export function spellOutHtml(html: string, sigles: Sigles, met: MetSigles): string {
  if (!sigles.pattern) return html;
  const written = addToSentences(html, (sentence, writable) =>
    firstUses(sentence, sigles, met, (index, end) => writable(index, end, false)).map(({ end, sigle }) => ({
      end,
      text: meaningOf(sigle, sigles),
    })),
  );
  // Most regions leave no sigle without its meaning: read once.
  if (siglesIn(written, sigles).every((sigle) => met.has(key(sigle)))) return written;
  return addToSentences(written, (sentence, writable) => {
    const reading = readingOf(sentence, sigles);
    const additions: Addition[] = [];
    const candidates = [...reading.uses, ...reading.lastResort].sort((a, b) => a.index - b.index);
    for (const use of candidates) {
      if (met.has(use.key) || !writable(use.index, use.end, true)) continue;
      met.add(use.key);
      const meaning = sigles.meanings.get(use.sigle)!;
      additions.push({ end: use.end, text: 'square' in use && use.square ? ` [${meaning}]` : ` (${meaning})` });
    }
    return additions;
  });
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
