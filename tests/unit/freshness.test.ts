import { describe, expect, it } from 'vitest';
import { isStale, monthsBefore, readDate } from '../../scripts/lib/freshness.ts';
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

describe('une fiche est à revoir', () => {
  const cutoff = day('2025-11-28');
  it.each([
    ['jamais vérifiée', undefined, true],
    ['vérifiée la veille de la limite', day('2025-11-27'), true],
    ['vérifiée le jour de la limite', day('2025-11-28'), false],
    ['vérifiée après la limite', day('2026-06-01'), false],
    ['vérifiée le jour même', day('2026-11-28'), false],
    ['datée du lendemain', day('2026-11-29'), true],
    ['datée de 2062 (faute de frappe)', day('2062-11-28'), true],
  ] as const)('%s', (_, checked, stale) => {
    expect(isStale(checked, cutoff, new Date('2026-11-28T15:00:00Z'))).toBe(stale);
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

describe('npm run check:freshness', () => {
  const run = (...args: string[]) => runScript('check-freshness', args, { CONTENT_DIR: 'tests/fixtures/check-links' });

  it('liste les fiches jamais vérifiées ou trop anciennes, les plus anciennes d’abord, et sort en 1', () => {
    const { code, stdout } = run('--months', '12');
    expect(code).toBe(1);
    const lines = stdout.split('\n').filter((line) => line.startsWith('  '));
    expect(lines.at(-2)).toMatch(/site-demenage\.yaml : date_verification = 2020-01-15$/);
    expect(stdout).toMatch(/site-valide\.yaml : date_verification absente \(jamais vérifiée\)/);
    expect(stdout).toMatch(/structure-en-panne\.yaml : date_maj absente/);
  });

  it('suit l’âge demandé', () => {
    const { stdout } = run('--months', '1200', '--json');
    const { stale } = JSON.parse(stdout) as { stale: { file: string; checked: string | null }[] };
    expect(stale.every((entry) => entry.checked === null)).toBe(true);
    expect(stale.map((entry) => entry.file)).toHaveLength(3);
  });

  it('refuse un âge invalide avec le code 2', () => {
    expect(run('--months', 'douze').code).toBe(2);
  });
});
