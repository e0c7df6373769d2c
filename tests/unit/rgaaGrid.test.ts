import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { namesTest, readAudit } from '../support/audit.ts';
import { conformity, criterionResults, formatRate, gridProblems } from '../../src/lib/rgaaConformity.ts';
import type { Grid, RgaaTheme, SamplePage } from '../../src/schemas/audit.ts';

describe('la grille d’audit RGAA du site (audit/grille.yaml)', () => {
  const audit = readAudit();

  it('couvre les 106 critères du RGAA 4.1, chacun avec un statut et sa preuve sur chaque page de l’échantillon', () => {
    expect(audit.results).toHaveLength(106);
    expect(gridProblems(audit.grid, audit.sample, audit.themes)).toEqual([]);
    for (const result of audit.results) expect(result.cells.size).toBe(audit.sample.length);
  });

  it('ne nomme que des tests qui existent : « fichier › intitulé » se trouve dans le fichier', () => {
    const missing = Object.entries(audit.grid.criteres).flatMap(([numero, entries]) =>
      entries.flatMap((entry) =>
        (entry.tests ?? []).flatMap((reference) => {
          const [file = '', title = ''] = reference.split(' › ');
          if (!existsSync(file)) return [`${numero}: fichier absent ${file}`];
          return namesTest(readFileSync(file, 'utf8'), title)
            ? []
            : [`${numero}: test absent « ${title} » dans ${file}`];
        }),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('a un échantillon dont chaque page a un identifiant et un chemin uniques', () => {
    expect(new Set(audit.sample.map((page) => page.id)).size).toBe(audit.sample.length);
    expect(new Set(audit.sample.map((page) => page.chemin)).size).toBe(audit.sample.length);
  });
});

describe('namesTest : la grille ne cite que des tests écrits dans le fichier', () => {
  const source = [
    "it('garde le focus visible', () => {});",
    "it.each([['le fond de carte', 1], ['le code de la carte', 2]])('dit quand %s ne se charge pas', () => {});",
    "it.each([['a'], ['b']])('%s', () => {});",
  ].join('\n');

  it.each([
    ['un test écrit tel quel', 'garde le focus visible', true],
    ['une ligne d’un test en tableau', 'dit quand le fond de carte ne se charge pas', true],
    ['une ligne que le tableau n’a pas', 'dit quand la police ne se charge pas', false],
    ['un intitulé qu’aucun test n’a', 'garde le focus invisible', false],
    ['un modèle sans texte, qui accepterait tout', 'n’importe quel intitulé', false],
  ])('%s', (_case, title, expected) => {
    expect(namesTest(source, title)).toBe(expected);
  });
});

describe('gridProblems et conformity sur une grille réduite', () => {
  const themes: RgaaTheme[] = [
    {
      numero: 1,
      titre: 'Images',
      criteres: [
        { numero: '1.1', titre: 'a', tests: [] },
        { numero: '1.2', titre: 'b', tests: [] },
        { numero: '1.3', titre: 'c', tests: [] },
      ],
    },
  ];
  const sample = [
    { id: 'accueil', chemin: '/', titre: 'Accueil', represente: 'l’accueil' },
    { id: 'carte', chemin: '/carte/', titre: 'Carte', represente: 'la carte' },
  ] satisfies SamplePage[];
  const grid = (criteres: Grid['criteres']): Grid => ({
    audit: { date: '2026-11-29', par: 'x', referentiel: 'x', outils: ['x'], environnement: ['x'], technologies: ['x'] },
    derogations: [],
    exemptions: [],
    criteres,
  });
  const complete = {
    '1.1': [{ pages: 'toutes' as const, statut: 'C' as const, manuel: 'vu' }],
    '1.2': [
      { pages: ['carte'], statut: 'NC' as const, manuel: 'défaut', correction: 'plan' },
      { pages: 'autres' as const, statut: 'C' as const, tests: ['t › x'] },
    ],
    '1.3': [{ pages: 'toutes' as const, statut: 'NA' as const, manuel: 'sans objet' }],
  };

  it.each([
    ['un critère absent', { '1.1': complete['1.1'], '1.2': complete['1.2'] }, /critère 1\.3 : absent/],
    [
      'un C sans preuve',
      { ...complete, '1.1': [{ pages: 'toutes' as const, statut: 'C' as const }] },
      /conforme sans preuve/,
    ],
    [
      'un NC sans plan',
      { ...complete, '1.3': [{ pages: 'toutes' as const, statut: 'NC' as const, manuel: 'x' }] },
      /plan de correction/,
    ],
    ['un NA sans raison', { ...complete, '1.3': [{ pages: 'toutes' as const, statut: 'NA' as const }] }, /sans raison/],
    [
      'une page sans statut',
      { ...complete, '1.3': [{ pages: ['accueil'], statut: 'NA' as const, manuel: 'x' }] },
      /pas de statut sur carte/,
    ],
    [
      'une page inconnue',
      { ...complete, '1.3': [{ pages: ['nulle', 'accueil', 'carte'], statut: 'NA' as const, manuel: 'x' }] },
      /page « nulle » inconnue/,
    ],
    [
      'une page notée deux fois',
      { ...complete, '1.3': [...complete['1.3'], { pages: ['carte'], statut: 'NA' as const, manuel: 'x' }] },
      /a déjà un statut/,
    ],
    ['un critère inventé', { ...complete, '1.99': complete['1.1'] }, /1\.99 : n’existe pas/],
  ])('signale %s', (_case, criteres, expected) => {
    expect(gridProblems(grid(criteres), sample, themes).join('\n')).toMatch(expected);
  });

  it('ne signale rien sur une grille complète, et calcule le taux comme le RGAA : C ÷ (C + NC) sur l’échantillon', () => {
    expect(gridProblems(grid(complete), sample, themes)).toEqual([]);
    const results = criterionResults(grid(complete), sample, themes);
    expect(results.map((result) => result.statut)).toEqual(['C', 'NC', 'NA']);
    const rate = conformity(results, sample);
    expect(rate).toMatchObject({
      conformes: 1,
      nonConformes: 1,
      nonApplicables: 1,
      taux: 50,
      statut: 'partiellement conforme',
    });
    // Accueil: 2 C of 2 applicable; carte: 1 C of 2.
    expect(rate.tauxMoyen).toBe(75);
  });

  it.each([
    [100, 'totalement conforme', '100 %'],
    [99.96, 'partiellement conforme', '99,9 %'],
    [50, 'partiellement conforme', '50 %'],
    [49.9, 'non conforme', '49,9 %'],
  ])('un taux de %d % vaut « %s » et s’écrit %s', (taux, statut, shown) => {
    const c = Math.round(taux * 100);
    const results = [
      ...Array.from({ length: c }, () => ({ statut: 'C' as const })),
      ...Array.from({ length: 10_000 - c }, () => ({ statut: 'NC' as const })),
    ].map((result, index) => ({ ...result, numero: String(index), titre: '', theme: '', cells: new Map() }));
    expect(conformity(results, []).statut).toBe(statut);
    expect(formatRate(taux)).toBe(shown);
  });
});
