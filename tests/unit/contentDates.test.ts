// A sheet's date is what its page and the open data say of it: « Fiche mise à jour le … », « Mis à jour le … » on
// /donnees/. When a commit changes what a sheet publishes, its date must move with it (review rev24, finding 3: five
// structures and two internship sheets changed after the day they showed). Comments and layout may change without it.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/lib/formatDate.ts';
import { parseContent } from '../../src/lib/readContentFile.ts';
import { dayInFrance } from '../../src/schemas/fields.ts';

const git = (...args: string[]) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 26 });
// A shallow clone's oldest commit has no parent to compare with: what it changed is unknown, not new.
const shallow = git('rev-parse', '--is-shallow-repository').trim() === 'true';

/** The sheets whose date says when they last changed, and the field that holds it. */
const DATED = [
  { folder: 'content/structures', field: 'date_maj' },
  { folder: 'content/stages', field: 'date_verification' },
] as const;

/** A sheet's fields and its Markdown text, read as the build reads them; a file that does not parse, as its error. */
const sheet = (text: string, path: string): Record<string, unknown> => {
  const read = parseContent(text, extname(path).slice(1));
  return 'error' in read ? read : { ...read.data, body: read.body.trim() };
};

/** What a sheet publishes: everything but its date and its comments (the parser drops those). */
const published = (text: string | undefined, path: string, field: string): unknown => {
  if (text === undefined) return undefined;
  const { [field]: _date, ...rest } = sheet(text, path);
  return rest;
};

/** The file at a commit, or undefined where it did not exist. */
const fileAt = (commit: string, path: string): string | undefined => {
  try {
    return git('show', `${commit}:${path}`);
  } catch {
    return undefined;
  }
};

/** The newest commit that changed what the sheet publishes: its day in France, hash and subject; null if unknown. */
function lastPublishedChange(path: string, field: string): { day: string; commit: string } | null {
  const log = git('log', '--format=%H %P%x09%cI%x09%s', '--', path).trim();
  for (const line of log.split('\n').filter(Boolean)) {
    const [hashes = '', when = '', subject = ''] = line.split('\t');
    const [commit = '', parent] = hashes.trim().split(' ');
    if (!parent && shallow) return null;
    const before = parent ? published(fileAt(parent, path), path, field) : undefined;
    if (!isDeepStrictEqual(before, published(fileAt(commit, path), path, field)))
      return { day: dayInFrance(new Date(when)), commit: `${commit.slice(0, 7)} « ${subject.slice(0, 60)}… »` };
  }
  return null;
}

describe('la date d’une fiche suit ce qu’elle publie', () => {
  it.each(DATED)(
    '$folder : $field n’est jamais antérieure au dernier changement des champs publiés',
    ({ folder, field }) => {
      const files = readdirSync(folder).filter((name) => /\.(ya?ml|md)$/.test(name));
      expect(files.length).toBeGreaterThan(5);
      const stale = files.flatMap((name) => {
        const path = `${folder}/${name}`;
        const value = sheet(readFileSync(path, 'utf8'), path)[field];
        const date = value instanceof Date ? isoDate(value) : String(value);
        const change = lastPublishedChange(path, field);
        return change && date < change.day
          ? [
              `${path}: ${field}: ${date}, mais ses champs publiés ont changé le ${change.day} (${change.commit}) → écrivez ${field}: ${change.day}${field === 'date_verification' ? ' (avec verifie: true seulement si le nouveau texte a été comparé aux textes officiels)' : ''}`,
            ]
          : [];
      });
      expect(stale).toEqual([]);
    },
    // Two `git show` per commit of each sheet's history: 2 s on a quiet machine, 17 s seen under a load of 17.
    60_000,
  );
});
