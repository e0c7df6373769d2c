import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDateState, freshnessFix, readDate } from '../../scripts/lib/freshness.ts';
import { REVIEW_AFTER_MONTHS, isPastReview, monthsBefore, pastReviewInWords } from '../../src/lib/checkAge.ts';
import { runScript } from '../support/runScript.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('la date limite de fraîcheur', () => {
  it.each([
    ['2026-11-28', 12, '2025-11-28'],
    ['2026-11-28', 1, '2026-10-28'],
    ['2026-03-31', 1, '2026-02-28'],
    ['2024-03-31', 1, '2024-02-29'],
    ['2026-01-15', 2, '2025-11-15'],
    ['2026-11-28', 24, '2024-11-28'],
  ])('%s moins %i mois → %s', (today, months, cutoff) => {
    expect(monthsBefore(day(today), months).toISOString().slice(0, 10)).toBe(cutoff);
  });
});

// A site's card (SiteCheckDate.astro) warns « il y a plus d’un an » exactly when check:freshness lists the site.
describe('l’âge d’un lien, sur le site et pour les éditeurs', () => {
  const today = new Date('2026-11-28T15:00:00Z');
  it.each([
    ['2019-03-04', true],
    ['2025-11-27', true],
    ['2025-11-28', false],
    ['2026-06-01', false],
    ['2026-11-28', false],
  ])('vérifié le %s → ancien : %s, comme pour check:freshness', (iso, old) => {
    expect(isPastReview(day(iso), today)).toBe(old);
    const cutoff = monthsBefore(today, REVIEW_AFTER_MONTHS);
    expect(checkDateState(iso, cutoff, today) === 'ancienne').toBe(old);
  });

  it.each([
    [12, 'plus d’un an'],
    [24, 'plus de 2 ans'],
    [18, 'plus de 18 mois'],
  ])('au-delà de %i mois : « %s »', (months, words) => {
    expect(pastReviewInWords(months)).toBe(words);
  });
});

describe('les dates lues dans le contenu', () => {
  it.each([
    ['texte AAAA-MM-JJ', '2026-11-28', '2026-11-28'],
    ['date YAML', new Date('2026-11-28'), '2026-11-28'],
    ['format français', '28/11/2026', undefined],
    ['jour qui n’existe pas', '2026-02-30', undefined],
    ['absente', undefined, undefined],
  ])('%s', (_, value, expected) => {
    const date = readDate(value);
    expect(date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : undefined).toBe(expected);
  });
});

describe('pourquoi une fiche est à revoir, et quoi faire', () => {
  const cutoff = day('2025-11-28');
  const today = new Date('2026-11-28T15:00:00Z');
  it.each([
    ['absente', undefined, 'absente'],
    ['vide', null, 'absente'],
    ['au format français', '28/11/2026', 'illisible'],
    ['d’un jour qui n’existe pas', '2026-02-30', 'illisible'],
    ['de 2062 (faute de frappe)', '2062-11-28', 'future'],
    ['du lendemain', '2026-11-29', 'future'],
    ['YAML du lendemain', new Date('2026-11-29'), 'future'],
    ['de la veille de la limite', '2025-11-27', 'ancienne'],
    ['du jour de la limite', '2025-11-28', undefined],
    ['d’après la limite', '2026-06-01', undefined],
    ['récente', '2026-11-01', undefined],
    ['du jour même', '2026-11-28', undefined],
  ])('une date %s → %s', (_, value, state) => {
    expect(checkDateState(value, cutoff, today)).toBe(state);
  });

  it.each([
    ['récente, verifie: false', '2026-11-28', { verified: false }, 'non-vérifiée'],
    ['récente, sans verifie', '2026-11-28', { verified: undefined }, 'non-vérifiée'],
    ['absente, verifie: false', undefined, { verified: false }, 'non-vérifiée'],
    ['récente, verifie: "true" (du texte)', '2026-11-28', { verified: 'true' }, 'non-vérifiée'],
    ['récente, verifie: true', '2026-11-28', { verified: true }, undefined],
    ['ancienne, verifie: true', '2025-11-27', { verified: true }, 'ancienne'],
    ['absente, verifie: true', undefined, { verified: true }, 'absente'],
  ])('une fiche vérifiable, date %s → %s', (_, value, verification, state) => {
    expect(checkDateState(value, cutoff, today, verification)).toBe(state);
  });

  // At 23:30Z on 1 December it is already 2 December in Paris: the day an editor writes, and the schema accepts.
  it.each([
    ['du jour en France, la veille en UTC', '2026-12-02', undefined],
    ['du lendemain en France', '2026-12-03', 'future'],
  ])('à 23 h 30 UTC, une date %s → %s', (_, value, state) => {
    expect(checkDateState(value, cutoff, new Date('2026-12-01T23:30:00Z'))).toBe(state);
  });

  it.each([
    [
      'sites',
      'date_verification',
      'absente',
      /^ouvrez le lien .*écrivez date_verification: 2026-11-28 ; sinon corrigez url ou supprimez la fiche$/,
    ],
    [
      'structures',
      'date_maj',
      'ancienne',
      /^vérifiez la fiche auprès de la structure .*puis écrivez date_maj: 2026-11-28$/,
    ],
    ['internships', 'date_verification', 'ancienne', /^relisez les règles .*écrivez date_verification: 2026-11-28$/],
    [
      'sites',
      'date_verification',
      'illisible',
      /^écrivez date_verification: au format AAAA-MM-JJ, par exemple date_verification: 2026-11-28$/,
    ],
    ['structures', 'date_maj', 'future', /^écrivez le jour de la vérification, au plus tard date_maj: 2026-11-28$/],
    [
      'structures',
      'date_maj',
      'non-vérifiée',
      /^vérifiez auprès de la structure son adresse, .*puis écrivez verifie: true et date_maj: 2026-11-28$/,
    ],
    [
      'internships',
      'date_verification',
      'non-vérifiée',
      /^comparez les règles aux textes officiels, puis écrivez verifie: true et date_verification: 2026-11-28$/,
    ],
  ] as const)('%s, %s %s → la correction', (collection, field, state, fix) => {
    expect(freshnessFix(collection, field, state, '2026-11-28')).toMatch(fix);
  });
});

const cleanups: (() => void)[] = [];
afterAll(() => {
  for (const cleanup of cleanups) cleanup();
});

// Each case runs the script one to three times, seconds apiece on a busy machine.
describe('npm run check:freshness', { timeout: 30_000 }, () => {
  const run = (...args: string[]) => runScript('check-freshness', args, { CONTENT_DIR: 'tests/fixtures/check-links' });

  it('liste les fiches jamais vérifiées ou trop anciennes, les plus anciennes d’abord, et sort en 1', () => {
    const { code, stdout } = run('--months', '12');
    expect(code).toBe(1);
    const lines = stdout.split('\n').filter((line) => line.startsWith('  '));
    expect(lines.at(-2)).toMatch(/site-demenage\.yaml : date_verification = 2020-01-15 → ouvrez le lien /);
    expect(stdout).toMatch(/site-valide\.yaml : date_verification absente \(jamais vérifiée\)/);
    expect(stdout).toMatch(/structure-en-panne\.yaml : verifie absent \(personne n’a vérifié la fiche\)/);
  });

  it('liste d’abord les structures et les stages que personne n’a vérifiés, même datés du jour', () => {
    const root = mkdtempSync(join(tmpdir(), 'fraicheur-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(join(root, 'structures'));
    mkdirSync(join(root, 'stages'));
    mkdirSync(join(root, 'sitotheque'));
    const recent = new Date().toISOString().slice(0, 10);
    const structure = (verified: boolean) => `nom: "Structure"\ndate_maj: ${recent}\nverifie: ${verified}\n`;
    writeFileSync(join(root, 'structures', 'importee.yaml'), structure(false));
    writeFileSync(join(root, 'structures', 'verifiee.yaml'), structure(true));
    writeFileSync(
      join(root, 'stages', 'redige.md'),
      `---\nnom: "Stage"\ndate_verification: ${recent}\nverifie: false\n---\n`,
    );
    writeFileSync(
      join(root, 'sitotheque', 'vieux.yaml'),
      'titre: "Site"\nurl: https://exemple.invalid/\ndate_verification: 2001-01-01\n',
    );
    const { code, stdout } = runScript('check-freshness', ['--months', '12'], { CONTENT_DIR: root });
    expect(code).toBe(1);
    const lines = stdout.split('\n').filter((line) => line.startsWith('  '));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /redige\.md : verifie = false \(personne n’a vérifié la fiche\) → comparez les règles aux textes officiels, puis écrivez verifie: true et date_verification: \d{4}-\d{2}-\d{2}$/,
    );
    expect(lines[1]).toMatch(
      /importee\.yaml : verifie = false \(personne n’a vérifié la fiche\) → vérifiez auprès de la structure .* puis écrivez verifie: true et date_maj: \d{4}-\d{2}-\d{2}$/,
    );
    expect(lines[2]).toMatch(/vieux\.yaml : date_verification = 2001-01-01/);
    expect(stdout).not.toMatch(/verifiee\.yaml/);
  });

  it('suit l’âge demandé', () => {
    const { stdout } = run('--months', '1200', '--json');
    const { stale } = JSON.parse(stdout) as { stale: { file: string; checked: string | null }[] };
    expect(stale.every((entry) => entry.checked === null)).toBe(true);
    expect(stale.map((entry) => entry.file)).toHaveLength(3);
  });

  it('donne après « → » la correction de chaque fiche, distingue une date illisible d’une absente, et accorde « fiche »', () => {
    const { stdout } = run('--months', '12');
    expect(stdout).toMatch(
      /^5 fiches à revoir \(non vérifiées, ou date de vérification à écrire, à corriger ou d’avant le \d{4}-\d{2}-\d{2}, soit 12 mois\) :$/m,
    );
    expect(stdout).toMatch(
      /site-valide\.yaml : date_verification absente \(jamais vérifiée\) → ouvrez le lien .* sinon corrigez url ou supprimez la fiche$/m,
    );
    expect(stdout).toMatch(
      /structure-en-panne\.yaml : verifie absent \(personne n’a vérifié la fiche\) → vérifiez auprès de la structure/,
    );
    const lines = stdout.split('\n').filter((line) => line.startsWith('  '));
    expect(lines.every((line) => line.includes(' → '))).toBe(true);

    const root = mkdtempSync(join(tmpdir(), 'fraicheur-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    mkdirSync(join(root, 'sitotheque'));
    const site = (date: string) =>
      `titre: "Site"\nurl: https://exemple.invalid/\ndescription: "Un site."\nthematiques:\n  - emploi\npublics:\n  - tout-public\ndate_verification: ${date}\n`;
    writeFileSync(join(root, 'sitotheque', 'francaise.yaml'), site('28/11/2026'));
    const alone = runScript('check-freshness', ['--months', '12'], { CONTENT_DIR: root });
    expect(alone.code).toBe(1);
    expect(alone.stdout).toMatch(
      /^1 fiche à revoir \(non vérifiées, ou date de vérification à écrire, à corriger ou d’avant le /m,
    );
    expect(alone.stdout).toMatch(
      /francaise\.yaml : date_verification illisible \(« 28\/11\/2026 »\) → écrivez date_verification: au format AAAA-MM-JJ/,
    );
    expect(alone.stdout).not.toMatch(/absente/);
    writeFileSync(join(root, 'sitotheque', 'futur.yaml'), site('2062-12-01'));
    const two = runScript('check-freshness', ['--months', '12', '--json'], { CONTENT_DIR: root });
    const { stale } = JSON.parse(two.stdout) as { stale: { file: string; state: string; fix: string }[] };
    expect(stale.map((entry) => entry.state).sort()).toEqual(['future', 'illisible']);
    expect(stale.find((entry) => entry.state === 'future')?.fix).toMatch(
      /^écrivez le jour de la vérification, au plus tard date_verification: \d{4}-\d{2}-\d{2}$/,
    );
  });

  it('refuse un âge invalide avec le code 2', () => {
    expect(run('--months', 'douze').code).toBe(2);
  });
});
