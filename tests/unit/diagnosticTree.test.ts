import { describe, expect, it } from 'vitest';
import {
  answersLeadingTo,
  decodeAnswers,
  distinctStepTitles,
  encodeAnswers,
  followAnswers,
  nextSteps,
  optionKey,
  questionsLeft,
  stepsByAreaKnowledge,
  type DiagnosticStep,
} from '../../src/lib/diagnosticTree.ts';
import { optionPath } from '../../src/lib/diagnosticPaths.ts';
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
      ['De 16 à 25 ans', 'besoin-jeune'],
      ['26 ans ou plus', 'besoin-adulte'],
    ]),
    question('besoin-jeune', 'Quelle est votre question ?', [['Je cherche un emploi', 'emploi-jeune']]),
    question('besoin-adulte', 'Quelle est votre question ?', [['Je cherche un emploi', 'emploi-adulte']]),
    result('emploi-jeune', 'Trouver un emploi'),
    result('emploi-adulte', 'Trouver un emploi'),
  ] as unknown as DiagnosticStep[];

  it('garde le texte d’une étape unique, et distingue les étapes de même texte par la réponse qui les sépare', () => {
    expect(Object.fromEntries(distinctStepTitles(tree))).toEqual({
      age: 'Quel âge avez-vous ?',
      'besoin-jeune': 'Quelle est votre question ? (De 16 à 25 ans)',
      'besoin-adulte': 'Quelle est votre question ? (26 ans ou plus)',
      'emploi-jeune': 'Trouver un emploi (De 16 à 25 ans)',
      'emploi-adulte': 'Trouver un emploi (26 ans ou plus)',
    });
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
