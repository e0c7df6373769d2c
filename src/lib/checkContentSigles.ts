/**
 * The glossary's promise (/sigles/ explains each sigle a reader meets), said to an editor before the build: the
 * capitalised words of a content file's text that content/sigles/ does not explain, by the rule the build applies to
 * the built pages (unknownSigles of checkPageSigles.ts), with the file, the field or the line, and the fix.
 * Pure: `npm run check:content` (validateContent.ts) hands it each file's texts.
 */
import { unknownSigles } from './checkPageSigles.ts';
import type { ContentProblem } from './contentProblem.ts';
import { joinFrench } from './french.ts';

/**
 * Text fields no page shows, by collection, each with why: a capitalised word there is met by no reader. Every other
 * text field of a schema is read (a list's items and an object's fields too).
 */
export const FIELDS_NOT_SHOWN: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  glossary: { source: 'où le sens du sigle est écrit, pour les éditeurs : la page /sigles/ ne le montre pas' },
  structures: { 'sources.*.id': 'identifiant de la fiche dans sa source, gardé pour la mise à jour, jamais affiché' },
  reports: { 'documents[].fichier': 'nom du fichier déposé, lu seulement dans l’adresse du lien' },
};

/** A field's path as FIELDS_NOT_SHOWN names it: `documents[].fichier`, `sources.*.id`. */
export function isFieldShown(collection: string, field: string): boolean {
  const general = field.replace(/\[\d+\]/g, '[]');
  return !Object.keys(FIELDS_NOT_SHOWN[collection] ?? {}).some((pattern) => {
    const parts = pattern.split('.');
    const actual = general.split('.');
    return parts.length === actual.length && parts.every((part, index) => part === '*' || part === actual[index]);
  });
}

/**
 * Markdown as a reader of the page reads it, line for line (so that a line number stays the file's): the address
 * of a link and an image, comments and, in MDX, imports are left out; the underscores of emphasis (`_ZQX_`, as the
 * editing interface writes italics) become spaces. A bare address stays: the page shows it.
 */
export function shownMarkdown(text: string, mdx = false): string {
  const blank = (part: string) => part.replace(/[^\n]/g, '');
  return (
    text
      .replace(/<!--[\s\S]*?-->/g, blank)
      .replace(mdx ? /^(?:import|export)\s[^\n]*$/gm : /(?!)/g, '')
      // An image is a picture, its text an attribute; a link's address is not read either, its words are.
      .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, '')
      .replace(/\]\([^)\n]*\)/g, ']')
      .replace(/^\s{0,3}\[[^\]\n]+\]:\s*\S+.*$/gm, '')
      .replace(/<(?:https?|mailto):[^>\s]*>/g, (link) => link.slice(1, -1))
      .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, ' ')
  );
}

/** One text of a content file: a field's value (`field`), or a line of its Markdown body (`line`, in the file). */
export type ContentText = { file: string; text: string } & ({ field: string } | { line: number });

/** Where a file's texts use a word: its fields, then « texte, lignes 6, 8 et 10 ». */
function placesOf(texts: readonly ContentText[]): string {
  const fields = [...new Set(texts.flatMap((text) => ('field' in text ? [text.field] : [])))];
  const lines = [...new Set(texts.flatMap((text) => ('line' in text ? [String(text.line)] : [])))];
  const body = lines.length === 0 ? [] : [`texte, ${lines.length > 1 ? 'lignes' : 'ligne'} ${joinFrench(lines)}`];
  return [...fields, ...body].join(' ; ');
}

/**
 * The capitalised words of `texts` that the glossary (`sigles`, as written) does not explain, one problem per file
 * and word, in the order met: where the file uses it, and the fix (`folder`: content/sigles/ as the editor sees it).
 * The build does not check a territory whose glossary is still empty (pageSiglesCheck), nor does this.
 */
export function contentSiglesProblems(
  texts: readonly ContentText[],
  sigles: readonly string[],
  folder: string,
): ContentProblem[] {
  if (sigles.length === 0) return [];
  const unknown = unknownSigles(
    texts.map((text, index) => [String(index), text.text] as const),
    sigles,
  );
  return unknown.flatMap(({ word, pages }) => {
    const byFile = new Map<string, ContentText[]>();
    for (const index of pages) {
      const text = texts[Number(index)]!;
      byFile.set(text.file, [...(byFile.get(text.file) ?? []), text]);
    }
    return [...byFile].map(([file, used]) => ({
      file,
      field: placesOf(used),
      message: `« ${word} » : sigle que le glossaire du site (/sigles/) n’explique pas → ajoutez ${folder}/${word.toLowerCase()}.yaml avec son sens et sa source, ou écrivez le nom en entier.`,
    }));
  });
}
