// Content files that tests plant in a copy of the real content: fictitious, with no real place, number or person.
import { afterEach } from 'vitest';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { validateContent } from '../../src/lib/validateContent.ts';
import { contentWith } from './buildSite.ts';

/** What every structure file needs, each value as written in YAML: a fictitious CIO of Blois, not checked. */
const STRUCTURE_FIELDS: Record<string, string> = {
  nom: '"Structure d’essai"',
  type: 'cio',
  bassin: 'blois',
  description: '"Une structure pour les tests."',
  commune: 'Blois',
  latitude: '47.586',
  longitude: '1.336',
  publics: '[tout-public]',
  date_maj: '2026-11-28',
  verifie: 'false',
};

/**
 * The text of a structure file: the fields every structure needs, with `changes` in their place or added after them,
 * each value written as YAML (`'"Blois"'`, `'[jeunes-16-25]'`); an empty value leaves the field out. `lines` come
 * last, as written (a block list), and `comment` first, as a YAML comment saying which test planted the file.
 */
export function structureFile(
  changes: Record<string, string> = {},
  { lines = [], comment }: { lines?: string[]; comment?: string } = {},
): string {
  const fields = Object.entries({ ...STRUCTURE_FIELDS, ...changes })
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`);
  return [...(comment ? [`# ${comment}`] : []), ...fields, ...lines, ''].join('\n');
}

/** Plants files in a copy of the real content (paths from content/) and returns the copy's folder; each test's copies are removed after it. */
export function usePlantedContent(): (files: Record<string, string>) => string {
  const copies: (() => void)[] = [];
  afterEach(() => copies.splice(0).forEach((cleanup) => cleanup()));
  return (files) => {
    const content = contentWith(files);
    copies.push(content.cleanup);
    return content.dir;
  };
}

/** The problem and warning lines `npm run check:content` prints for a content folder. */
export function checkedContent(dir: string): { problems: string[]; warnings: string[] } {
  const { problems, warnings } = validateContent(dir, dir);
  return { problems: problems.map(formatProblem), warnings: warnings.map(formatProblem) };
}
