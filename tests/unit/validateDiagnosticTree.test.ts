import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import type { DiagnosticStep } from '../../src/lib/diagnosticTree.ts';
import type { StructureLike } from '../../src/lib/resolveResultStructures.ts';
import { validateDiagnosticTree } from '../../src/lib/validateDiagnosticTree.ts';
import { question, result } from '../support/diagnosticSteps.ts';

const areas = [
  { id: 'nord', nom: 'Nord' },
  { id: 'sud', nom: 'Sud' },
];
const structures: StructureLike[] = [
  { id: 'ml-nord', data: { type: 'mission-locale', bassin: 'nord', nom: 'Mission Locale du Nord' } },
  { id: 'ml-sud', data: { type: 'mission-locale', bassin: 'sud', nom: 'Mission Locale du Sud' } },
  { id: 'bij', data: { type: 'bij', bassin: 'nord', nom: 'BIJ' } },
];
const siteIds = new Set(['onisep']);

/** A small sound tree: area, then a need, then two results. */
function goodTree(): DiagnosticStep[] {
  return [
    question('bassin', {
      debut: true,
      profil: 'bassin',
      options: [
        { libelle: 'Nord', valeur: 'nord', suite: 'besoin' },
        { libelle: 'Sud', valeur: 'sud', suite: 'besoin' },
      ],
    }),
    question('besoin', {
      options: [
        { libelle: 'Emploi', suite: 'emploi' },
        { libelle: 'Étranger', suite: 'etranger' },
      ],
    }),
    result('emploi'),
    result('etranger'),
  ];
}

/** Applies a change to a copy of the good tree. */
function treeWith(change: (steps: DiagnosticStep[]) => void): DiagnosticStep[] {
  const steps = structuredClone(goodTree());
  change(steps);
  return steps;
}
/** The fields the cases change, loosely typed so that a case can break them. */
interface Editable {
  debut: boolean;
  options: { libelle: string; valeur?: string; suite?: string; page?: string }[];
  sites: { id: string; collection: string }[];
  informer: string[];
  informer_absent?: string;
  accompagner: string[];
}
const step = (steps: DiagnosticStep[], id: string) =>
  steps.find((candidate) => candidate.id === id) as unknown as { data: Editable };

const problemsOf = (steps: DiagnosticStep[]) =>
  validateDiagnosticTree({ steps, structures, siteIds, areas }).map(formatProblem);

describe('validateDiagnosticTree', () => {
  it('accepte un arbre sain', () => {
    expect(problemsOf(goodTree())).toEqual([]);
  });

  it('accepte, sur la question du bassin, une réponse qui ouvre une page au lieu d’un bassin', () => {
    const steps = treeWith((s) =>
      step(s, 'bassin').data.options.push({
        libelle: 'Je suis professionnel',
        valeur: 'professionnel',
        page: '/diagnostic/professionnels/',
      }),
    );
    expect(problemsOf(steps)).toEqual([]);
  });

  it('accepte un résultat sans lieu pour se renseigner quand il dit au lecteur pourquoi', () => {
    const steps = treeWith((s) =>
      Object.assign(step(s, 'emploi').data, {
        informer: [],
        informer_absent: 'L’annuaire du réseau ne connaît pas de lieu qui renseigne sur ce sujet.',
      }),
    );
    expect(problemsOf(steps)).toEqual([]);
  });

  it.each([
    [
      'un résultat sans lieu pour se renseigner, qui ne dit pas pourquoi',
      treeWith((s) => (step(s, 'emploi').data.informer = [])),
      /emploi\.yaml: informer: ce résultat ne propose aucun lieu pour se renseigner, et ne dit pas au lecteur pourquoi → ajoutez au moins un type de structure qui informe sur ce sujet ; ou, si aucune structure de l’annuaire n’en informe, écrivez dans « informer_absent » la phrase/,
    ],
    [
      'une phrase qui dit qu’aucun lieu ne renseigne, sur un résultat qui en cite',
      treeWith((s) => (step(s, 'emploi').data.informer_absent = 'Aucun lieu ne renseigne sur ce sujet.')),
      /emploi\.yaml: informer_absent: ce résultat cite des structures qui informent \(bij\), que « informer_absent » dit absentes .*→ supprimez « informer_absent », ou videz « informer »/,
    ],
    [
      'aucune première question',
      treeWith((s) => (step(s, 'bassin').data.debut = false)),
      /content\/diagnostic\/: debut: aucune question ne porte « debut: true »/,
    ],
    [
      'deux premières questions',
      treeWith((s) => (step(s, 'besoin').data.debut = true)),
      /besoin\.yaml: debut: le diagnostic a déjà une première question \(bassin\)/,
    ],
    [
      'une réponse qui mène à une étape inexistante',
      treeWith((s) => (step(s, 'besoin').data.options[1]!.suite = 'etrangr')),
      /besoin\.yaml: options\[1\]\.suite: l’étape « etrangr » n’existe pas dans content\/diagnostic\//,
    ],
    [
      'une question sans réponse (un chemin qui ne finit pas)',
      treeWith((s) => (step(s, 'besoin').data.options = [])),
      /besoin\.yaml: options: cette question n’a aucune réponse/,
    ],
    [
      'une boucle',
      treeWith((s) => (step(s, 'besoin').data.options[1]!.suite = 'bassin')),
      /besoin\.yaml: options\[1\]\.suite: cette réponse ramène à une étape déjà passée \(boucle bassin → besoin → bassin\)/,
    ],
    [
      'une étape inaccessible',
      treeWith((s) => s.push(result('oubliee'))),
      /oubliee\.yaml: type: aucune réponse ne mène à cette étape/,
    ],
    [
      'un résultat sans ressource',
      treeWith((s) => Object.assign(step(s, 'emploi').data, { sites: [], informer: [], accompagner: [] })),
      /emploi\.yaml: sites: ce résultat ne propose aucune ressource/,
    ],
    [
      'un site inconnu',
      treeWith((s) => (step(s, 'emploi').data.sites = [{ id: 'onisepp', collection: 'sites' }])),
      /emploi\.yaml: sites\[0\]: « onisepp » n’existe pas dans content\/sitotheque\//,
    ],
    [
      'un type de structure sans aucune structure',
      treeWith((s) => (step(s, 'emploi').data.informer = ['gip'])),
      /emploi\.yaml: informer\[0\]: aucune structure de type « gip » dans content\/structures\//,
    ],
    [
      'un bassin sans structure pour un résultat',
      treeWith((s) => Object.assign(step(s, 'emploi').data, { informer: ['bij'], accompagner: [] })),
      /emploi\.yaml: accompagner: dans le bassin de Sud, aucune structure des types cités \(bij\) → ajoutez un type présent dans ce bassin \(mission-locale\)/,
    ],
    [
      'deux réponses de même valeur',
      treeWith((s) => (step(s, 'besoin').data.options[1]!.suite = 'emploi')),
      /besoin\.yaml: options\[1\]\.valeur: deux réponses de cette question ont la même valeur « emploi »/,
    ],
    [
      'un bassin inconnu dans la question du bassin',
      treeWith((s) => (step(s, 'bassin').data.options[1]!.valeur = 'ouest')),
      /bassin\.yaml: options\[1\]\.valeur: une réponse à la question « bassin » doit avoir une valeur parmi : nord, sud/,
    ],
    [
      'un résultat atteint sans connaître le bassin',
      treeWith((s) => {
        step(s, 'bassin').data.debut = false;
        s.push(
          question('accueil', {
            debut: true,
            options: [
              { libelle: 'Commencer', suite: 'bassin' },
              { libelle: 'Aller vite', suite: 'emploi' },
            ],
          }),
        );
      }),
      /emploi\.yaml: type: on peut arriver à ce résultat sans avoir répondu à la question du bassin/,
    ],
    [
      'une question dont toutes les réponses ouvrent une page',
      treeWith((s) =>
        step(s, 'besoin').data.options.forEach((option) => {
          delete option.suite;
          option.page = '/diagnostic/professionnels/';
        }),
      ),
      /besoin\.yaml: options: toutes les réponses de cette question ouvrent une page du site .* → faites mener au moins une réponse à une étape \(suite\)/,
    ],
    [
      'une valeur de la question de l’âge qui ne dit rien de la personne',
      treeWith((s) => {
        step(s, 'bassin').data.options.forEach((option) => (option.suite = 'age'));
        s.push(
          question('age', { profil: 'age', options: [{ libelle: 'Vingt ans', valeur: 'vingt', suite: 'besoin' }] }),
        );
      }),
      /\/age\.yaml: options\[0\]\.valeur: la valeur « vingt » ne dit pas qui est la personne.*moins-16, 16-25, 26-plus.*src\/schemas\/structureAudiences\.ts/,
    ],
  ])('signale %s en nommant le fichier et l’étape', (_rule, steps, expected) => {
    const problems = problemsOf(steps);
    expect(
      problems.some((problem) => expected.test(problem)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('nomme un bassin qu’aucune réponse ne propose avec « d’ » devant une voyelle', () => {
    const withOuest = [...areas, { id: 'ouest', nom: 'Ouest' }];
    const problems = validateDiagnosticTree({ steps: goodTree(), structures, siteIds, areas: withOuest }).map(
      formatProblem,
    );
    expect(problems.join('\n')).toMatch(/bassin\.yaml: options: le bassin d’Ouest n’est proposé par aucune réponse/);
  });

  describe('une structure qui n’accueille pas la personne du chemin', () => {
    /** The good tree with an age question after the area: under 16 or 16–25, then the need. */
    const withAge = () =>
      treeWith((s) => {
        step(s, 'bassin').data.options.forEach((option) => (option.suite = 'age'));
        s.push(
          question('age', {
            profil: 'age',
            options: [
              { libelle: 'Moins de 16 ans', valeur: 'moins-16', suite: 'besoin' },
              { libelle: 'De 16 à 25 ans', valeur: '16-25', suite: 'besoin' },
            ],
          }),
        );
      });

    it('arrête la construction en nommant le fichier, le niveau, le chemin et la correction', () => {
      const all = problemsOf(withAge());
      // The Mission Locale (16–25) is offered to the under-16 in both results, each on 2 routes (one per area).
      const problems = all.filter((problem) => problem.includes('n’accueille pas la personne'));
      expect(problems).toHaveLength(2);
      // With the Mission Locale left out for the under-16, the Sud area, which has no BIJ, has no one for them.
      expect(all.filter((problem) => !problems.includes(problem))).toEqual([
        'content/diagnostic/emploi.yaml: accompagner: dans le bassin de Sud, aucune structure des types cités (bij, mission-locale) ne reçoit chacune des personnes qui arrivent ici → aucune structure de ce bassin ne les reçoit toutes : faites mener certaines réponses à une variante de ce résultat.',
        'content/diagnostic/etranger.yaml: accompagner: dans le bassin de Sud, aucune structure des types cités (bij, mission-locale) ne reçoit chacune des personnes qui arrivent ici → aucune structure de ce bassin ne les reçoit toutes : faites mener certaines réponses à une variante de ce résultat.',
      ]);
      expect(problems[0]).toBe(
        'content/diagnostic/emploi.yaml: accompagner[0]: le type « mission-locale » n’accueille pas la personne qui arrive ici par le chemin ' +
          '« Nord » › « Moins de 16 ans » › « Emploi » (?parcours=nord.moins-16.emploi) (et 1 autre chemin où la personne est la même) : ' +
          'ce type reçoit de 16 à 25 ans, la personne a moins de 16 ans → retirez « mission-locale » de ce niveau, ou faites mener la réponse ' +
          '« Emploi » (content/diagnostic/besoin.yaml) à un résultat qui ne le propose pas (par exemple une variante « -scolaire » de ce résultat) ; ' +
          'si c’est ce que reçoit ce type qui est faux, corrigez src/schemas/structureAudiences.ts.',
      );
      expect(problems[1]).toMatch(
        /^content\/diagnostic\/etranger\.yaml: accompagner\[0\]: .*\(\?parcours=nord\.moins-16\.etranger\)/,
      );
    });

    it('accepte l’arbre quand les moins de 16 ans vont vers un résultat sans Mission Locale', () => {
      const steps = withAge();
      step(steps, 'age').data.options[0]!.suite = 'scolaire';
      steps.push(result('scolaire', { accompagner: ['cio'] }));
      const withCio = [...structures, { id: 'cio', data: { type: 'cio', bassin: 'sud', nom: 'CIO' } }];
      const problems = validateDiagnosticTree({ steps, structures: withCio, siteIds, areas }).map(formatProblem);
      expect(problems).toEqual([]);
    });
  });
});
