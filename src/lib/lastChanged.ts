/**
 * When a content file last changed: the date of the last commit that touched it, read once
 * per build from `git log`; without usable history (a tarball, a shallow clone, a file not yet
 * committed) the file's own date field (`date_maj`, `date_verification`, `date`…). Never throws.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { dayInFrance } from '../schemas/fields.ts';
import { readContentFile } from './readContentFile.ts';

/** Last change of a file, and where the date comes from. */
export interface LastChange {
  /** A calendar day at 00:00 UTC, as content dates are, so that formatDate shows it unshifted. */
  date: Date;
  source: 'git' | 'fiche';
}

const git = (cwd: string, args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });

/**
 * Day of the newest commit of every file under `folder` (France's day: a commit at 00:30 in Paris is of that day,
 * not of the day before in UTC), by absolute path, as a calendar date like the content's. Null when git is
 * missing or the history is shallow: a shallow clone dates every file to its one commit, which would be wrong.
 */
export function gitDates(folder: string): Map<string, Date> | null {
  try {
    // One process answers both questions, a line each (each process costs a fork of the whole build).
    const [shallow, top = ''] = git(folder, ['rev-parse', '--is-shallow-repository', '--show-toplevel']).split('\n');
    if (shallow !== 'false') return null;
    const log = git(folder, ['log', '--format=%x00%cI', '--name-only', '--no-renames', '--', '.']);
    const dates = new Map<string, Date>();
    for (const commit of log.split('\u0000').slice(1)) {
      const [when = '', ...files] = commit.trim().split('\n');
      const date = new Date(`${dayInFrance(new Date(when))}T00:00:00Z`);
      for (const file of files) {
        const path = join(top, file.trim());
        if (file.trim() && !dates.has(path)) dates.set(path, date); // newest first
      }
    }
    return dates;
  } catch {
    return null;
  }
}

/** The first calendar date among an entry's own fields, in the order editors fill them in. */
function ownDateOf(data: Readonly<Record<string, unknown>>): Date | undefined {
  const preferred = ['date_maj', 'date_verification', 'date'].map((name) => data[name]);
  return [...preferred, ...Object.values(data)].find((value): value is Date => value instanceof Date);
}

/** The first calendar date among a file's own fields, read from the file. */
export function ownDate(path: string): Date | undefined {
  try {
    const read = readContentFile(path);
    return 'error' in read ? undefined : ownDateOf(read.data);
  } catch {
    return undefined;
  }
}

const cache = new Map<string, Map<string, Date> | null>();

/**
 * When `filePath` (relative to the working directory, as `entry.filePath`) last changed, if anyone can tell.
 * `data`, the entry's parsed fields, saves reading the file again when git cannot tell.
 */
export function lastChanged(filePath: string, data?: Readonly<Record<string, unknown>>): LastChange | undefined {
  const path = resolve(filePath);
  const folder = dirname(dirname(path)); // the content root, so one `git log` serves every collection
  if (!cache.has(folder)) cache.set(folder, gitDates(folder));
  const fromGit = cache.get(folder)?.get(path);
  if (fromGit) return { date: fromGit, source: 'git' };
  const own = data ? ownDateOf(data) : ownDate(path);
  return own ? { date: own, source: 'fiche' } : undefined;
}
