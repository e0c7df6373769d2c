/**
 * The glossary's promise (/sigles/: « ce que désigne chaque sigle que vous rencontrez sur ce site »), checked on the
 * built pages: every all-caps word a reader meets in a page's main text is a sigle of content/sigles/, or a word the
 * site does not explain, on a short list with the reason. Pure: the build hands it each page's HTML.
 */
import { countOf } from './french.ts';
import { comparable, siglesIn, siglesOf, wordsBeforeSayIt, type SigleMeaning } from './spellOutSigles.ts';
import { meaningInWords } from '../schemas/glossary.ts';

/**
 * All-caps words a page may use without a glossary entry, each with why: file formats, standards and marks the pages
 * for reusers, auditors and the legal notice cite, and abbreviations that a legend beside them writes out. A sigle a
 * reader needs explained goes in content/sigles/, with the source of its meaning, never here.
 */
export const NOT_SIGLES: Readonly<Record<string, string>> = {
  // Placeholders of a date or time format, on the contributors' field reference.
  AAAA: 'format de date (année) de la référence des champs',
  MM: 'format de date ou d’heure (mois, minutes) de la référence des champs',
  HH: 'format d’heure de la référence des champs',
  // Abbreviations of the map's markers: the legend beside them writes each one out.
  ML: 'abréviation d’un repère de la carte, expliquée par sa légende',
  FT: 'abréviation d’un repère de la carte, expliquée par sa légende',
  CC: 'abréviation d’un repère de la carte, expliquée par sa légende',
  // Names of file formats and techniques, on the pages for those who reuse the data or audit the site.
  JSON: 'format de fichier (données ouvertes)',
  CSV: 'format de fichier (données ouvertes)',
  PDF: 'format de fichier',
  SVG: 'format d’image (grille d’audit)',
  HTML: 'langage du web (déclaration d’accessibilité)',
  CSS: 'langage du web (déclaration d’accessibilité)',
  RSS: 'format du flux des points d’étape',
  UTF: 'codage des caractères d’un fichier (« UTF-8 »)',
  WGS: 'système de coordonnées (« WGS 84 ») des données ouvertes',
  RFC: 'norme d’un format de fichier (« RFC 7946 »)',
  QGIS: 'nom d’un logiciel de cartographie',
  IP: 'adresse d’un appareil sur internet (mentions légales)',
  SIRET: 'identifiant administratif d’un établissement, champ des données ouvertes et de la référence des champs',
  ASCII: 'mot d’un critère du RGAA, cité tel quel',
  CMS: 'mot du nom d’un logiciel (« Decap CMS »)',
  WAI: 'mot du nom d’une norme (« WAI-ARIA »)',
  WCAG: 'nom d’une norme internationale, citée par la grille d’audit',
  AA: 'niveau de la norme WCAG, cité par la grille d’audit',
  NC: 'statut « non conforme » de la grille d’audit',
  CEDEX: 'mention postale de l’adresse du Défenseur des droits',
};

/** Every all-caps word of 2 to 6 letters, as a person reading the page sees one (« CIO », not « CIO-MGI »’s tail). */
const ALL_CAPS = /(?<![\p{L}\p{N}_-])\p{Lu}{2,6}(?![\p{L}\p{N}_])/gu;

/** Elements whose content no one reads: skipped whole. */
const UNREAD = new Set(['script', 'style', 'svg']);
/** Elements inside a line of text: the others (a paragraph, an item, a cell) start a new one. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'data', 'del', 'em', 'i', 'ins', 'kbd', 'mark', 'q']);
for (const name of ['s', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr']) INLINE.add(name);
/** A tag (quoted attributes may hold « > ») or a comment. */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)(?:[^"'>]|"[^"]*"|'[^']*')*>/g;
/** The entities a page may hold: named ones stand for punctuation or a space here, none for a capital. */
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|[a-z]+);/gi;

/**
 * The text of a built page's `<main>` as a person reads it: tags dropped (a block starts a new line, an inline
 * element does not, so « XX<sup>e</sup> siècle » stays « XXe »), scripts, styles and drawings left out, entities
 * decoded (a named one as a space). Hidden parts are kept: the page shows them at some point (a message, a script's
 * panel), and a sigle there is met too. A page without `<main>` (an editors' page) gives no text.
 */
export function readingText(html: string): string {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < start) return '';
  const main = html.slice(start, end);
  let text = '';
  let from = 0;
  const tags = new RegExp(TAG.source, 'g');
  for (let match = tags.exec(main); match; match = tags.exec(main)) {
    text += main.slice(from, match.index);
    from = tags.lastIndex;
    const name = match[2]?.toLowerCase();
    if (name === undefined) continue;
    if (!INLINE.has(name)) text += '\n';
    if (UNREAD.has(name) && !match[1]) {
      const close = main.indexOf(`</${name}`, from);
      from = tags.lastIndex = close < 0 ? main.length : close;
    }
  }
  text += main.slice(from);
  return text.replace(ENTITY, (_, decimal?: string, hex?: string) =>
    decimal === undefined && hex === undefined ? ' ' : String.fromCodePoint(Number(decimal ?? `0x${hex!}`)),
  );
}

/** The all-caps words of `text`, each once, in order. */
export function allCapsWords(text: string): string[] {
  return [...new Set(text.match(ALL_CAPS))];
}

/** A word the pages use that the glossary does not explain, and the pages (site paths) that use it. */
export interface UnknownSigle {
  word: string;
  pages: string[];
}

/**
 * The all-caps words of the pages (`texts`: reading text by site path) that are neither a sigle of the glossary
 * (`sigles`, as written; « Afpa » covers « AFPA ») nor on `allowed`, in the order first met.
 */
export function unknownSigles(
  texts: Iterable<readonly [path: string, text: string]>,
  sigles: Iterable<string>,
  allowed: Readonly<Record<string, string>> = NOT_SIGLES,
): UnknownSigle[] {
  const known = new Set([...sigles].flatMap((sigle) => [sigle, sigle.toLocaleUpperCase('fr')]));
  const unknown = new Map<string, string[]>();
  for (const [path, text] of texts) {
    for (const word of allCapsWords(text)) {
      if (known.has(word) || Object.hasOwn(allowed, word)) continue;
      const pages = unknown.get(word);
      if (pages) pages.push(path);
      else unknown.set(word, [path]);
    }
  }
  return [...unknown].map(([word, pages]) => ({ word, pages }));
}

/** Pages a line names at most: a word used everywhere is fixed in one place, its glossary entry. */
const PAGES_NAMED = 3;

/**
 * What the build says of the unknown sigles: each word, where a reader meets it and the file that would explain it,
 * then how an editor keeps the glossary's promise.
 */
export function unknownSiglesReport(unknown: readonly UnknownSigle[]): string {
  const line = ({ word, pages }: UnknownSigle) => {
    const others = pages.length - PAGES_NAMED;
    const named = pages.slice(0, PAGES_NAMED).join(', ');
    const where = others > 0 ? `${named} et ${countOf(others, 'autre page', 'autres pages')}` : named;
    return `  - « ${word} » (${pages.length > 1 ? 'pages' : 'page'} ${where}) → ajoutez content/sigles/${word.toLowerCase()}.yaml`;
  };
  return [
    'Des pages emploient des sigles que le glossaire (/sigles/) n’explique pas, alors qu’il promet d’expliquer chacun :',
    ...unknown.map(line),
    'Un fichier de content/sigles/ donne le sigle, son sens et la source de ce sens (voyez les autres fichiers du ' +
      'dossier). Un mot qui n’est pas un sigle s’écrit en toutes lettres ou en minuscules ; un terme technique qui ' +
      'n’est pas à expliquer (un format de fichier) va, avec sa raison, dans NOT_SIGLES de src/lib/checkPageSigles.ts.',
  ].join('\n');
}

/**
 * Longer names a page may use without the meaning of the sigle in them: proper names, whose sigle no source of the
 * group writes out in them, and which a page cannot write out without changing the name. Each with why. A name that
 * does not explain itself is said in words beside it (its card's type and description, a line under its title).
 * The pages' writing-out (spellOutSigles.ts) leaves these names as they are.
 */
export const NAMES_WITH_SIGLES: Readonly<Record<string, string>> = {
  'AIOA 41':
    'nom du réseau et du site, dont le bandeau de chaque page écrit le nom long (territory.networkLongName), hors de <main>',
  'CFA BTP':
    'nom usuel du CFA du bâtiment de Loir-et-Cher, écrit entre parenthèses après ce nom ; sa fiche dit les métiers qu’il prépare',
};

/** A sigle of the glossary that pages use without giving its meaning, and those pages (site paths). */
export interface SigleWithoutMeaning {
  sigle: string;
  pages: string[];
}

/**
 * Whether the page's `text` gives the meaning of `sigle`: the glossary's meaning in words (« CPE (conseiller principal
 * d’éducation) », or the name written in full), or the page's own words for it just before the sigle in brackets
 * (« vos droits à la formation (CPF) »), which share a word that carries sense with the glossary's meaning. Any
 * word before the brackets is not enough: « Voir le plan (CIO) » does not say what a CIO is.
 */
function givesMeaning(text: string, { sigle, sens }: SigleMeaning): boolean {
  const meaning = meaningInWords(sens);
  if (comparable(text).includes(comparable(meaning))) return true;
  const forms = [...new Set([sigle, sigle.toLocaleUpperCase('fr')])].join('|');
  return [...text.matchAll(new RegExp(`\\((?:${forms})\\)`, 'gu'))].some(({ index }) =>
    wordsBeforeSayIt(text.slice(0, index), meaning),
  );
}

/**
 * The glossary's sigles (`glossary`) that pages (`texts`: reading text by site path) use without giving their meaning
 * anywhere on the page, in the glossary's order: the glossary promises a reader each sigle's meaning on the page where
 * they meet it (« le premier emploi d’un sigle sur une page »). The names of `names` are read as if absent.
 */
export function siglesWithoutMeaning(
  texts: Iterable<readonly [path: string, text: string]>,
  glossary: readonly SigleMeaning[],
  names: Readonly<Record<string, string>> = NAMES_WITH_SIGLES,
): SigleWithoutMeaning[] {
  // The sigles a page uses, as the pages' writing-out finds them (siglesIn): whole words, as written or in capitals
  // (« Afpa », « AFPA »), not inside « ex-MGI » or « CIO41 ».
  const sigles = siglesOf(glossary);
  const entryOf = (form: string) =>
    glossary.find(({ sigle }) => sigle === form) ??
    glossary.find(({ sigle }) => sigle.toLocaleUpperCase('fr') === form)!;
  const without = new Map<string, string[]>();
  for (const [path, pageText] of texts) {
    const text = Object.keys(names).reduce((read, name) => read.split(name).join(' '), pageText);
    const used = new Set(siglesIn(text, sigles).map(entryOf));
    for (const entry of used) {
      if (givesMeaning(text, entry)) continue;
      const pages = without.get(entry.sigle);
      if (pages) pages.push(path);
      else without.set(entry.sigle, [path]);
    }
  }
  return glossary.flatMap(({ sigle }) => {
    const pages = without.get(sigle);
    return pages ? [{ sigle, pages }] : [];
  });
}

/** What a check says of the sigles used without their meaning: each sigle, its pages, then how to fix the page. */
export function siglesWithoutMeaningReport(without: readonly SigleWithoutMeaning[]): string {
  const line = ({ sigle, pages }: SigleWithoutMeaning) => {
    const others = pages.length - PAGES_NAMED;
    const named = pages.slice(0, PAGES_NAMED).join(', ');
    const where = others > 0 ? `${named} et ${countOf(others, 'autre page', 'autres pages')}` : named;
    return `  - « ${sigle} » (${pages.length > 1 ? 'pages' : 'page'} ${where})`;
  };
  return [
    'Des pages emploient un sigle du glossaire sans en donner le sens, alors que le glossaire sert au premier emploi ' +
      'de chaque sigle sur une page :',
    ...without.map(line),
    'Le gabarit de la page fait passer son texte par SiglesWrittenOut (src/components/SiglesWrittenOut.astro), qui ' +
      'écrit le sens au premier emploi qui peut le prendre (après un nom comme « BIJ 41 »), ou, à défaut, entre ' +
      'crochets dans des parenthèses, après une barre oblique ou dans un titre. Un nom propre dont le groupe ne donne ' +
      'pas le sens du sigle va, avec sa raison, dans NAMES_WITH_SIGLES de src/lib/checkPageSigles.ts.',
  ].join('\n');
}
