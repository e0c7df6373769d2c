import { describe, expect, it } from 'vitest';
import { checkMembership, membersReport } from '../../src/lib/checkMembership.ts';

const structure = (id: string, membre: boolean) => ({ id, data: { membre } });
const report = (id: string, date: string, membres: string[]) => ({
  id,
  data: { date: new Date(date), membres: membres.map((member) => ({ id: member, collection: 'structures' })) },
});

describe('les membres du groupe, d’après ses points d’étape', () => {
  const reports = [
    report('2009-elargissement', '2009-06-01', ['ml', 'cio']),
    report('2013-bilan', '2013-04-10', ['ml', 'bij']),
    report('2014-sans-liste', '2014-01-01', []),
  ];

  it('suit le point d’étape le plus récent qui nomme les membres', () => {
    expect(membersReport(reports)?.id).toBe('2013-bilan');
    expect(membersReport([report('2014-sans-liste', '2014-01-01', [])])).toBeUndefined();
  });

  it('accepte des fiches qui disent membre exactement celles que ce point d’étape nomme', () => {
    expect(checkMembership([structure('ml', true), structure('bij', true), structure('cio', false)], reports)).toEqual(
      [],
    );
  });

  it('refuse une structure membre que ce point d’étape ne nomme pas, en disant quoi corriger', () => {
    const [problem, ...others] = checkMembership(
      [structure('ml', true), structure('bij', true), structure('cio', true)],
      reports,
    );
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/structures/cio.yaml', field: 'membre' });
    expect(problem?.message).toMatch(/content\/points-etape\/2013-bilan\.md\) ne la nomme pas → écrivez membre: false/);
  });

  it('refuse un membre nommé dont la fiche dit partenaire, sur le point d’étape', () => {
    const [problem, ...others] = checkMembership([structure('ml', true), structure('bij', false)], reports);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/points-etape/2013-bilan.md', field: 'membres' });
    expect(problem?.message).toMatch(
      /« bij » .* membre: false → écrivez membre: true dans content\/structures\/bij\.yaml/,
    );
  });

  it('refuse une structure nommée deux fois, que l’accueil compterait deux fois', () => {
    const twice = [report('2013-bilan', '2013-04-10', ['ml', 'bij', 'ml'])];
    const [problem, ...others] = checkMembership([structure('ml', true), structure('bij', true)], twice);
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/points-etape/2013-bilan.md', field: 'membres' });
    expect(problem?.message).toMatch(/« ml » est nommée deux fois dans la liste → gardez-la une seule fois/);
  });

  it('ne vérifie rien tant qu’aucun point d’étape ne nomme les membres', () => {
    expect(checkMembership([structure('ml', true)], [report('2014-sans-liste', '2014-01-01', [])])).toEqual([]);
  });
});
