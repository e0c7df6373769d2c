import { describe, expect, it } from 'vitest';
import {
  answersLeadingTo,
  decodeAnswers,
  answersOnEveryWayIn,
  distinctStepTitles,
  encodeAnswers,
  followAnswers,
  nextSteps,
  optionKey,
  questionsLeft,
  stepsByAreaKnowledge,
  stepsWithoutJavaScript,
  type DiagnosticStep,
} from '../../src/lib/diagnosticTree.ts';
import { areaPagesOf, optionPath } from '../../src/lib/diagnosticPaths.ts';
import type { DiagnosticQuestion } from '../../src/schemas/diagnostic.ts';

describe('réponses dans l’adresse', () => {
  it.each([
    [[], ''],
    [['blois'], '?parcours=blois'],
    [
      ['romorantin', 'accompagnement', '16-25', 'sorti-ecole', 'emploi-jeune'],
      '?parcours=romorantin.accompagnement.16-25.sorti-ecole.emploi-jeune',
    ],
  ])('encode %j en « %s » et le relit à l’identique', (keys, search) => {
    expect(encodeAnswers(keys)).toBe(search);
    expect(decodeAnswers(search)).toEqual(keys);
  });

  it.each([
    ['', []],
    ['?autre=1', []],
    ['?parcours=', []],
    ['?utm=x&parcours=blois.en-ligne', ['blois', 'en-ligne']],
  ])('lit « %s » comme %j', (search, keys) => {
    expect(decodeAnswers(search)).toEqual(keys);
  });
});

const graph: Record<string, Record<string, string>> = {
  bassin: { nord: 'age', sud: 'age' },
  age: { jeune: 'emploi', adulte: 'besoin' },
  besoin: { emploi: 'emploi' },
};
const next = (step: string, key: string) => graph[step]?.[key];

describe('followAnswers', () => {
  it.each([
    ['suit un chemin complet jusqu’au résultat', ['sud', 'adulte', 'emploi'], 3, 'emploi'],
    ['s’arrête sur la question en cours', ['nord'], 1, 'age'],
    ['s’arrête à la dernière étape valide d’un lien altéré', ['nord', 'inconnu', 'emploi'], 1, 'age'],
    ['ignore des réponses en trop après un résultat', ['nord', 'jeune', 'encore'], 2, 'emploi'],
    ['commence à la première question sans réponse', [], 0, 'bassin'],
  ])('%s', (_case, keys, answered, current) => {
    const walk = followAnswers('bassin', keys, next);
    expect(walk.answers).toHaveLength(answered);
    expect(walk.current).toBe(current);
  });
});

const steps = [
  {
    id: 'bassin',
    data: {
      type: 'question',
      debut: true,
      profil: 'bassin',
      question: '?',
      options: [{ libelle: 'N', valeur: 'nord', suite: 'age' }],
    },
  },
  {
    id: 'age',
    data: {
      type: 'question',
      debut: false,
      question: '?',
      options: [
        { libelle: 'J', suite: 'emploi' },
        { libelle: 'A', suite: 'besoin' },
      ],
    },
  },
  {
    id: 'besoin',
    data: { type: 'question', debut: false, question: '?', options: [{ libelle: 'E', suite: 'emploi' }] },
  },
  { id: 'emploi', data: { type: 'resultat' } },
] as unknown as DiagnosticStep[];

describe('questionsLeft', () => {
  it.each([
    ['bassin', 3],
    ['age', 2],
    ['besoin', 1],
    ['emploi', 0],
  ])('compte au plus %s → %i questions', (id, left) => {
    expect(questionsLeft(steps).get(id)).toBe(left);
  });
});

describe('stepsByAreaKnowledge', () => {
  it('place avant le bassin la seule première question, et tout le reste après', () => {
    const { before, after } = stepsByAreaKnowledge(steps);
    expect([...before]).toEqual(['bassin']);
    expect([...after].sort()).toEqual(['age', 'besoin', 'emploi']);
  });
});

describe('answersLeadingTo', () => {
  it('liste pour chaque étape les réponses qui y mènent', () => {
    const incoming = answersLeadingTo(steps);
    expect(incoming.get('emploi')).toEqual([
      { stepId: 'age', libelle: 'J' },
      { stepId: 'besoin', libelle: 'E' },
    ]);
    expect(incoming.get('bassin')).toBeUndefined();
  });
});

describe('distinctStepTitles', () => {
  const question = (id: string, text: string, options: [string, string][]) => ({
    id,
    data: { type: 'question', question: text, options: options.map(([libelle, suite]) => ({ libelle, suite })) },
  });
  const result = (id: string, titre: string) => ({ id, data: { type: 'resultat', titre } });
  const tree = [
    question('age', 'Quel âge avez-vous ?', [
      ['De 16 à 25 ans', 'situation-jeune'],
      ['26 ans ou plus', 'situation-adulte'],
    ]),
    question('situation-jeune', 'Quelle est votre situation ?', [
      ['Je suis apprenti', 'besoin-apprenti'],
      ['Je travaille', 'besoin-jeune'],
      ['J’ai quitté l’école', 'besoin-jeune'],
      ['Je fais des études', 'besoin-etudiant'],
    ]),
    question('situation-adulte', 'Quelle est votre situation ?', [
      ['Je cherche un emploi', 'besoin-adulte'],
      ['Je travaille', 'besoin-adulte'],
      ['Je fais des études', 'besoin-etudiant'],
    ]),
    question('besoin-apprenti', 'Quelle est votre question ?', [['Autre chose', 'autre-jeune']]),
    question('besoin-jeune', 'Quelle est votre question ?', [
      ['Je cherche un emploi', 'emploi-jeune'],
      ['Autre chose', 'autre-jeune'],
    ]),
    question('besoin-adulte', 'Quelle est votre question ?', [
      ['Je cherche un emploi', 'emploi-adulte'],
      ['Autre chose', 'autre-adulte'],
    ]),
    question('besoin-etudiant', 'Quelle est votre question ?', [['Je cherche un emploi', 'emploi-etudiant']]),
    result('emploi-jeune', 'Trouver un emploi'),
    result('emploi-adulte', 'Trouver un emploi'),
    result('emploi-etudiant', 'Trouver un job'),
    result('autre-jeune', 'Faire le point'),
    result('autre-adulte', 'Faire le point'),
  ] as unknown as DiagnosticStep[];

  it('ne garde que les réponses données sur chaque chemin vers une étape, la plus proche d’abord', () => {
    const common = answersOnEveryWayIn(tree);
    expect(common.get('besoin-adulte')).toEqual(['26 ans ou plus']);
    expect(common.get('emploi-adulte')).toEqual(['Je cherche un emploi', '26 ans ou plus']);
    // « Autre chose » is said on both ways in, to two different questions: it holds for the step.
    expect(common.get('autre-jeune')).toEqual(['Autre chose', 'De 16 à 25 ans']);
    expect(common.get('besoin-etudiant')).toEqual(['Je fais des études']);
    expect(common.get('age')).toEqual([]);
  });

  it('distingue les étapes de même texte par une réponse vraie pour chaque chemin qui y mène, jamais par l’une d’elles', () => {
    expect(Object.fromEntries(distinctStepTitles(tree))).toMatchObject({
      age: 'Quel âge avez-vous ?',
      'situation-jeune': 'Quelle est votre situation ? (de 16 à 25 ans)',
      'situation-adulte': 'Quelle est votre situation ? (26 ans ou plus)',
      // Reached by « Je cherche un emploi » and by « Je travaille »: named by the age, common to both.
      'besoin-adulte': 'Quelle est votre question ? (26 ans ou plus)',
      // Reached by « Je travaille » and « J’ai quitté l’école »; the apprentice's page is 16-25 too but says more.
      'besoin-jeune': 'Quelle est votre question ? (de 16 à 25 ans)',
      'besoin-apprenti': 'Quelle est votre question ? (je suis apprenti)',
      // Reached at any age: the only answer on both ways in tells it apart.
      'besoin-etudiant': 'Quelle est votre question ? (je fais des études)',
      'emploi-jeune': 'Trouver un emploi (de 16 à 25 ans)',
      'emploi-adulte': 'Trouver un emploi (26 ans ou plus)',
      'emploi-etudiant': 'Trouver un job',
      // Reached from the apprentice's and the young person's questions: neither situation is named.
      'autre-jeune': 'Faire le point (de 16 à 25 ans)',
      'autre-adulte': 'Faire le point (26 ans ou plus)',
    });
  });

  it('ne nomme pas un résultat par la réponse qui y mène, qui répéterait son titre, mais une question si', () => {
    const repeated = [
      question('age', 'Quel âge ?', [
        ['Jeune', 'besoin-jeune'],
        ['Élève', 'besoin-eleve'],
      ]),
      question('besoin-jeune', 'Votre question ?', [['Je cherche un apprentissage', 'apprentissage-jeune']]),
      question('besoin-eleve', 'Votre question ?', [
        ['Je cherche un apprentissage', 'apprentissage-eleve'],
        ['Je cherche une alternance', 'apprentissage-eleve'],
      ]),
      result('apprentissage-jeune', 'Trouver un apprentissage'),
      result('apprentissage-eleve', 'Trouver un apprentissage'),
    ] as unknown as DiagnosticStep[];
    const titles = distinctStepTitles(repeated);
    expect(titles.get('apprentissage-jeune')).toBe('Trouver un apprentissage (Jeune)');
    expect(titles.get('apprentissage-eleve')).toBe('Trouver un apprentissage (Élève)');
    expect(titles.get('besoin-jeune')).toBe('Votre question ? (Jeune)');
  });

  it('garde sa majuscule au nom de lieu d’une réponse de bassin qui distingue deux étapes', () => {
    const area = question('bassin', 'Où habitez-vous ?', [
      ['Blois ou ses environs', 'besoin-blois'],
      ['Ailleurs', 'besoin-ailleurs'],
    ]);
    const byArea = [
      { ...area, data: { ...area.data, profil: 'bassin' } },
      question('besoin-blois', 'Votre question ?', [['Un emploi', 'emploi']]),
      question('besoin-ailleurs', 'Votre question ?', [['Un emploi', 'emploi']]),
      result('emploi', 'Emploi'),
    ];
    const titles = distinctStepTitles(byArea as unknown as DiagnosticStep[]);
    expect(titles.get('besoin-blois')).toBe('Votre question ? (Blois ou ses environs)');
    expect(titles.get('besoin-ailleurs')).toBe('Votre question ? (Ailleurs)');
  });

  it('laisse son texte seul à une étape qu’aucune réponse commune à ses chemins ne distingue', () => {
    const shared = [
      question('age', 'Quel âge ?', [
        ['Jeune', 'eleve'],
        ['Adulte', 'etudiant'],
      ]),
      question('eleve', 'Votre question ?', [['Lycée', 'besoin-lycee']]),
      question('etudiant', 'Vos études ?', [
        ['Licence', 'besoin-lycee'],
        ['Master', 'besoin-sup'],
      ]),
      question('besoin-lycee', 'Votre question ?', [['Stage', 'stage']]),
      question('besoin-sup', 'Autre question ?', [['Stage', 'stage']]),
      result('stage', 'Stage'),
    ] as unknown as DiagnosticStep[];
    const titles = distinctStepTitles(shared);
    expect(titles.get('besoin-lycee')).toBe('Votre question ?');
    expect(titles.get('eleve')).toBe('Votre question ? (Jeune)');
  });
});

describe('une réponse qui ouvre une page du site', () => {
  const bassin = {
    profil: 'bassin' as const,
    options: [
      { libelle: 'Nord', valeur: 'nord', suite: 'besoin' },
      { libelle: 'Je suis professionnel', page: '/diagnostic/professionnels/' as const },
    ],
  };
  const steps = [
    { id: 'bassin', data: { type: 'question', debut: true, question: 'Où ?', ...bassin } },
    {
      id: 'besoin',
      data: { type: 'question', debut: false, question: 'Quoi ?', options: [{ libelle: 'Emploi', suite: 'emploi' }] },
    },
    { id: 'emploi', data: { type: 'resultat', titre: 'Emploi' } },
  ] as unknown as DiagnosticStep[];

  it('mène à cette page, sans étape ni bassin', () => {
    expect(optionPath(bassin, bassin.options[1]!, 'bassin')).toBe('/diagnostic/professionnels/');
    expect(optionPath(bassin, bassin.options[0]!, 'bassin')).toBe('/diagnostic/nord/besoin/');
    expect(optionKey(bassin.options[1]!)).toBe('diagnostic-professionnels');
  });

  it('ne compte ni comme une étape suivante ni dans les questions restantes', () => {
    expect(nextSteps(bassin as unknown as DiagnosticQuestion)).toEqual(['besoin']);
    expect(questionsLeft(steps).get('bassin')).toBe(2);
    expect([...answersLeadingTo(steps).keys()]).toEqual(['besoin', 'emploi']);
    expect([...stepsByAreaKnowledge(steps).after]).toEqual(['besoin', 'emploi']);
  });
});

describe('stepsWithoutJavaScript', () => {
  const tree = (preferenceOptions: { libelle: string; valeur: string; suite: string }[]) =>
    [
      {
        id: 'bassin',
        data: {
          type: 'question',
          debut: true,
          profil: 'bassin',
          question: 'Où ?',
          options: [{ libelle: 'Nord', valeur: 'nord', suite: 'preference' }],
        },
      },
      {
        id: 'preference',
        data: { type: 'question', profil: 'preference', question: 'Comment ?', options: preferenceOptions },
      },
      { id: 'age', data: { type: 'question', question: 'Âge ?', options: [{ libelle: 'Jeune', suite: 'emploi' }] } },
      {
        id: 'autre',
        data: { type: 'question', question: 'Autre ?', options: [{ libelle: 'Jeune', suite: 'emploi' }] },
      },
      { id: 'emploi', data: { type: 'resultat', titre: 'Emploi' } },
    ] as unknown as DiagnosticStep[];

  it('saute la question qui ne fait qu’ordonner le résultat : ses réponses mènent toutes à la même étape', () => {
    const steps = stepsWithoutJavaScript(
      tree([
        { libelle: 'En ligne', valeur: 'en-ligne', suite: 'age' },
        { libelle: 'Accompagné', valeur: 'accompagnement', suite: 'age' },
      ]),
    );
    expect(steps.map((step) => step.id)).toEqual(['bassin', 'age', 'autre', 'emploi']);
    const bassin = steps[0]!.data as DiagnosticQuestion;
    expect(bassin.options.map((option) => option.suite)).toEqual(['age']);
    expect(questionsLeft(steps).get('bassin')).toBe(2);
  });

  it('garde une question de préférence dont les réponses mènent à des étapes différentes', () => {
    const steps = stepsWithoutJavaScript(
      tree([
        { libelle: 'En ligne', valeur: 'en-ligne', suite: 'age' },
        { libelle: 'Accompagné', valeur: 'accompagnement', suite: 'autre' },
      ]),
    );
    expect(steps.map((step) => step.id)).toContain('preference');
    expect((steps[0]!.data as DiagnosticQuestion).options[0]!.suite).toBe('preference');
  });
});

describe('areaPagesOf', () => {
  const areas = [
    { id: 'blois', nom: 'Blois' },
    { id: 'romorantin', nom: 'Romorantin-Lanthenay' },
    { id: 'vendome', nom: 'Vendôme' },
  ];

  it.each([
    [
      '/diagnostic/blois/decrochage/',
      undefined,
      'Blois',
      '/diagnostic/blois/decrochage/',
      [
        { name: 'Romorantin-Lanthenay', href: '/diagnostic/romorantin/decrochage/' },
        { name: 'Vendôme', href: '/diagnostic/vendome/decrochage/' },
      ],
    ],
    [
      '/aioa41/diagnostic/vendome/handicap-scolaire/',
      undefined,
      'Vendôme',
      '/aioa41/diagnostic/vendome/handicap-scolaire/',
      [
        { name: 'Blois', href: '/aioa41/diagnostic/blois/handicap-scolaire/' },
        { name: 'Romorantin-Lanthenay', href: '/aioa41/diagnostic/romorantin/handicap-scolaire/' },
      ],
    ],
    // The person ticked Vendôme: its page, not the indexed Blois one.
    [
      '/aioa41/diagnostic/blois/decrochage/',
      'vendome',
      'Vendôme',
      '/aioa41/diagnostic/vendome/decrochage/',
      [
        { name: 'Blois', href: '/aioa41/diagnostic/blois/decrochage/' },
        { name: 'Romorantin-Lanthenay', href: '/aioa41/diagnostic/romorantin/decrochage/' },
      ],
    ],
    // An area the territory does not have (typed in the address) changes nothing.
    [
      '/diagnostic/blois/decrochage/',
      'tours',
      'Blois',
      '/diagnostic/blois/decrochage/',
      [
        { name: 'Romorantin-Lanthenay', href: '/diagnostic/romorantin/decrochage/' },
        { name: 'Vendôme', href: '/diagnostic/vendome/decrochage/' },
      ],
    ],
  ])('%s, bassin choisi %s : page du bassin de %s (%s), et les autres bassins', (url, shown, area, href, others) => {
    expect(areaPagesOf(url, areas, shown)).toEqual({ area, href, others });
  });

  it.each(['/diagnostic/', '/diagnostic/professionnels/decrochage/', '/structures/cio-blois/', '/diagnostic/etape/x/'])(
    '%s n’est pas la page d’un bassin',
    (url) => {
      expect(areaPagesOf(url, areas)).toBeUndefined();
    },
  );
});
