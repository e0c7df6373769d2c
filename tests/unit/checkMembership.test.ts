import { describe, expect, it } from 'vitest';
import { checkMembership, membersReport } from '../../src/lib/checkMembership.ts';

const structure = (id: string, membre: boolean) => ({ id, data: { membre } });
const report = (id: string, date: string, membres: string[], unnamed?: string[]) => ({
  id,
  data: {
    date: new Date(date),
    membres: membres.map((member) => ({ id: member, collection: 'structures' })),
    ...(unnamed && { membres_non_identifies: unnamed }),
  },
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

describe('les membres que le point d’étape compte sans les nommer (membres_non_identifies)', () => {
  const named = (id: string, nom: string, sigle?: string) => ({ id, data: { membre: false, nom, sigle } });
  const structures = [
    { id: 'ml', data: { membre: true, nom: 'Mission Locale du Blaisois' } },
    {
      id: 'cio-blois',
      data: { membre: true, nom: 'Centre d’information et d’orientation de Blois', sigle: 'CIO de Blois' },
    },
    named('cfa-agricole-blois', 'CFA agricole de Loir-et-Cher'),
    named('cfa-agricole-areines', 'CFA agricole d’Areines'),
    named('cio-vendome', 'Centre d’information et d’orientation de Vendôme', 'CIO'),
    named('cio-romorantin', 'Centre d’information et d’orientation de Romorantin', 'CIO'),
  ];
  const withUnnamed = (unnamed: string[]) => [report('2013-bilan', '2013-04-10', ['ml', 'cio-blois'], unnamed)];

  it('accepte un membre que rien ne désigne, ni nom ni sigle ni fichier (« un CFA agricole »)', () => {
    expect(checkMembership(structures, withUnnamed(['un CFA agricole']))).toEqual([]);
  });

  it('accepte un sigle que plusieurs structures partagent : il ne dit pas laquelle', () => {
    expect(checkMembership(structures, withUnnamed(['CIO']))).toEqual([]);
  });

  it('refuse un membre écrit deux fois, que l’accueil compterait deux fois, une seule fois et sur le point d’étape', () => {
    const problems = checkMembership(
      structures,
      withUnnamed(['un CFA agricole', 'Un CFA  agricole', 'un CFA agricole']),
    );
    expect(problems).toEqual([
      {
        file: 'content/points-etape/2013-bilan.md',
        field: 'membres_non_identifies',
        message:
          '« Un CFA  agricole » est écrit deux fois dans la liste → gardez-le une seule fois : l’accueil compte chaque ligne comme un membre.',
      },
    ]);
  });

  it.each([
    ['son sigle', 'CIO de Blois'],
    ['son nom', 'Centre d’information et d’orientation de Blois'],
    ['son fichier', 'cio-blois'],
  ])('refuse un membre déjà nommé dans membres, désigné par %s', (_how, name) => {
    const [problem, ...others] = checkMembership(structures, withUnnamed([name]));
    expect(others).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/points-etape/2013-bilan.md', field: 'membres_non_identifies' });
    expect(problem?.message).toBe(
      `« ${name} » désigne la structure content/structures/cio-blois.yaml, déjà dans la liste membres (« cio-blois ») → retirez « ${name} » de membres_non_identifies : l’accueil compterait ce membre deux fois.`,
    );
  });

  it('refuse un membre que son nom désigne : il est nommé, et sa place est dans membres', () => {
    const [problem, ...others] = checkMembership(structures, withUnnamed(['CFA agricole d’Areines']));
    expect(others).toEqual([]);
    expect(problem).toEqual({
      file: 'content/points-etape/2013-bilan.md',
      field: 'membres_non_identifies',
      message:
        '« CFA agricole d’Areines » désigne la structure content/structures/cfa-agricole-areines.yaml : ce membre est donc nommé → retirez-le de membres_non_identifies, ajoutez « cfa-agricole-areines » à la liste membres et écrivez membre: true dans sa fiche.',
    });
  });

  it('ne lit que le point d’étape qui fait foi : un plus ancien peut compter les membres de son temps', () => {
    const older = report('2009-elargissement', '2009-06-01', ['ml'], ['ml', 'ml']);
    expect(checkMembership(structures, [...withUnnamed([]), older])).toEqual([]);
  });
});
