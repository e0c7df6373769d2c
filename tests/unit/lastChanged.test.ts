import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/formatDate.ts';
import { gitDates, ownDate } from '../../src/lib/lastChanged.ts';

let work = '';
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      GIT_COMMITTER_DATE: process.env['COMMIT_DATE'],
    },
  });

/** Commits `file` with `text` at a given date. */
function commit(repo: string, file: string, text: string, date: string) {
  mkdirSync(join(repo, file, '..'), { recursive: true });
  writeFileSync(join(repo, file), text);
  process.env['COMMIT_DATE'] = date;
  git(repo, 'add', file);
  git(repo, 'commit', '-q', '-m', `edit ${file}`, '--date', date);
}

const structure = (date: string) => `nom: Essai\ndate_maj: ${date}\n`;

describe('date de dernière modification d’une page', { timeout: 30_000 }, () => {
  let repo = '';
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'aioa41-git-'));
    repo = join(work, 'repo');
    mkdirSync(repo);
    git(repo, 'init', '-q');
    commit(repo, 'content/structures/a.yaml', structure('2020-01-01'), '2024-05-02T10:00:00Z');
    commit(repo, 'content/structures/b.yaml', structure('2020-01-01'), '2024-06-03T10:00:00Z');
    commit(repo, 'content/structures/a.yaml', structure('2020-01-02'), '2025-01-15T10:00:00Z');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('vient du dernier commit de chaque fichier quand l’historique est complet', () => {
    const dates = gitDates(join(repo, 'content'));
    expect(dates?.get(join(repo, 'content/structures/a.yaml'))?.toISOString()).toBe('2025-01-15T00:00:00.000Z');
    expect(dates?.get(join(repo, 'content/structures/b.yaml'))?.toISOString()).toBe('2024-06-03T00:00:00.000Z');
  });

  it.each([
    ['à 00 h 30 à Paris en hiver', '2026-11-29T00:30:00+01:00', '2026-11-29', '29 novembre 2026'],
    ['à 01 h 30 à Paris en été', '2026-07-01T01:30:00+02:00', '2026-07-01', '1er juillet 2026'],
    ['à 23 h 30 à Paris', '2026-11-28T23:30:00+01:00', '2026-11-28', '28 novembre 2026'],
  ])('compte le jour de France pour un commit fait %s', (_, instant, iso, shown) => {
    commit(repo, 'content/structures/nuit.yaml', `${structure('2020-01-01')}# ${instant}\n`, instant);
    const date = gitDates(join(repo, 'content'))?.get(join(repo, 'content/structures/nuit.yaml'));
    expect([date && isoDate(date), date && formatDate(date)]).toEqual([iso, shown]);
  });

  it('n’est pas lue dans un clone superficiel, qui daterait tout du même commit', () => {
    const shallow = join(work, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], { stdio: 'ignore' });
    expect(gitDates(join(shallow, 'content'))).toBeNull();
  });

  it('n’est pas lue hors d’un dépôt (archive du site), sans faire échouer la construction', () => {
    const plain = join(work, 'archive');
    mkdirSync(plain);
    expect(gitDates(plain)).toBeNull();
  });

  it.each([
    ['date_maj: 2024-03-15\n', '2024-03-15'],
    ['date_verification: 2023-01-02\nautre: 2020-01-01\n', '2023-01-02'],
    ['---\ntitre: Point\ndate: 2013-04-10\n---\nTexte', '2013-04-10'],
    ['titre: sans date\n', undefined],
    ['titre: : invalide\n', undefined],
  ])('se rabat sur le champ de date de la fiche : %j', (text, expected) => {
    const file = join(work, text.startsWith('---') ? 'fiche.md' : 'fiche.yaml');
    writeFileSync(file, text);
    expect(ownDate(file)?.toISOString().slice(0, 10)).toBe(expected);
  });
});
