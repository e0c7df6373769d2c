import { describe, expect, it } from 'vitest';
import { wayBackLabels, waysBack } from '../../src/lib/diagnosticPaths.ts';
import { employerAreaQuestion } from '../../src/lib/employerWayIn.ts';
import { startStep, stepsWithoutJavaScript, type DiagnosticStep } from '../../src/lib/diagnosticTree.ts';
import { diagnosticSchema } from '../../src/schemas/diagnostic.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { loadCollection } from '../support/loadContent.ts';

const question = (id: string, question: string, options: object[], extra: object = {}) => ({
  id,
  data: { type: 'question', debut: false, question, options, ...extra },
});
/** Two areas; two questions lead to « emploi », one of them by two answers. */
const steps = [
  question(
    'bassin',
    'Où ?',
    [
      { libelle: 'Nord', valeur: 'nord', suite: 'age' },
      { libelle: 'Sud', valeur: 'sud', suite: 'age' },
    ],
    { debut: true, profil: 'bassin' },
  ),
  question('age', 'Quel âge ?', [
    { libelle: 'Jeune', suite: 'jeune' },
    { libelle: 'Adulte', suite: 'emploi' },
  ]),
  question('jeune', 'Votre question ?', [
    { libelle: 'Un emploi', valeur: 'emploi', suite: 'emploi' },
    { libelle: 'Un petit boulot', valeur: 'job', suite: 'emploi' },
  ]),
  { id: 'emploi', data: { type: 'resultat', titre: 'Emploi' } },
] as unknown as DiagnosticStep[];

describe('waysBack', () => {
  it.each([
    [
      'la première question après le bassin ramène à la première page, par la réponse de ce bassin',
      'age',
      'nord',
      [{ stepId: 'bassin', question: 'Où ?', path: '/diagnostic/', answers: ['Nord'], after: [] }],
    ],
    [
      'une question atteinte par une seule réponse y ramène, dans le même bassin',
      'jeune',
      'sud',
      [{ stepId: 'age', question: 'Quel âge ?', path: '/diagnostic/sud/age/', answers: ['Jeune'], after: ['Sud'] }],
    ],
    [
      'un résultat atteint de deux questions les donne toutes deux, chacune avec ses réponses',
      'emploi',
      'nord',
      [
        { stepId: 'age', question: 'Quel âge ?', path: '/diagnostic/nord/age/', answers: ['Adulte'], after: ['Nord'] },
        {
          stepId: 'jeune',
          question: 'Votre question ?',
          path: '/diagnostic/nord/jeune/',
          answers: ['Un emploi', 'Un petit boulot'],
          after: ['Jeune'],
        },
      ],
    ],
    ['la première question n’a pas de question précédente', 'bassin', undefined, []],
  ])('%s', (_case, stepId, area, expected) => {
    expect(waysBack(steps, stepId, 'bassin', area)).toEqual(expected);
  });

  it('compte une question d’entrée (celle des employeurs) parmi les chemins, par la réponse du bassin', () => {
    const entry = {
      path: '/diagnostic/employeurs/',
      question: {
        ...(steps[0]!.data as never as { options: object[] }),
        question: 'Votre entreprise ?',
        options: [
          { libelle: 'Nord', valeur: 'nord', suite: 'jeune' },
          { libelle: 'Sud', valeur: 'sud', suite: 'jeune' },
        ],
      },
    } as never;
    expect(waysBack(steps, 'jeune', 'bassin', 'sud', [entry]).map((way) => [way.path, way.answers])).toEqual([
      ['/diagnostic/sud/age/', ['Jeune']],
      ['/diagnostic/employeurs/', ['Sud']],
    ]);
  });
});

describe('wayBackLabels', () => {
  const way = (question: string, answers: string[], after: string[]) =>
    ({ stepId: question, question, path: '/', answers, after }) as const;

  it('nomme dans chaque lien la réponse qu’il permet de changer, et la question où elle a été donnée', () => {
    expect(
      wayBackLabels([way('Quel âge ?', ['Adulte'], ['Nord']), way('Votre question ?', ['A', 'B'], ['Jeune'])]),
    ).toEqual([
      'Changer votre réponse « Adulte » à « Quel âge ? »',
      'Changer votre réponse « A » ou « B » à « Votre question ? »',
    ]);
  });

  it('distingue deux questions de même texte par les réponses qui mènent à chacune', () => {
    expect(
      wayBackLabels([
        way('Votre question ?', ['Un stage'], ['Au collège']),
        way('Votre question ?', ['Un stage'], ['Au lycée', 'En 2de']),
      ]),
    ).toEqual([
      'Changer votre réponse « Un stage » à la question « Votre question ? » posée après la réponse « Au collège »',
      'Changer votre réponse « Un stage » à la question « Votre question ? » posée après la réponse « Au lycée » ou « En 2de »',
    ]);
  });
});

describe('waysBack sur l’autodiagnostic publié', () => {
  const published = loadCollection('diagnostic', diagnosticSchema(referenceStandIn));
  const linked = stepsWithoutJavaScript(published);
  const startId = startStep(published).id;
  const employers = employerAreaQuestion(published);

  it('chaque page d’étape, sauf la première, a au moins un chemin de retour vers une page qui y mène', () => {
    for (const step of linked.filter((entry) => entry.id !== startId)) {
      const ways = waysBack(linked, step.id, startId, 'blois');
      expect(ways.length, step.id).toBeGreaterThan(0);
      for (const way of ways) expect(way.path, step.id).toMatch(/^\/diagnostic\/(blois\/[a-z0-9-]+\/)?$/);
    }
  });

  it('/diagnostic/blois/stage-eleve/ : chaque lien de retour dit quelle réponse il change, et après quoi', () => {
    expect(wayBackLabels(waysBack(linked, 'stage-eleve', startId, 'blois'))).toEqual([
      'Changer votre réponse « Je cherche un stage » à la question « Quelle est votre question ? » posée après la réponse « Je suis au collège »',
      'Changer votre réponse « Je cherche un stage » à la question « Quelle est votre question ? » posée après la réponse « Je suis au collège ou au lycée » ou « Je suis au lycée »',
    ]);
  });

  it('dans chaque bassin, les liens de retour d’une même page ne se lisent jamais pareil et nomment leur réponse', () => {
    for (const area of ['blois', 'romorantin', 'vendome']) {
      for (const step of linked) {
        const ways = waysBack(
          linked,
          step.id,
          startId,
          area,
          employers ? [{ path: '/diagnostic/employeurs/', question: employers }] : [],
        );
        if (ways.length < 2) continue;
        const labels = wayBackLabels(ways);
        expect(new Set(labels).size, `${area}/${step.id} : ${labels.join(' | ')}`).toBe(labels.length);
        ways.forEach((way, index) => {
          for (const answer of way.answers) expect(labels[index], `${area}/${step.id}`).toContain(`« ${answer} »`);
        });
      }
    }
  });

  it('la question de l’âge ramène à la première question (la préférence n’a pas de page sans JavaScript)', () => {
    expect(waysBack(linked, 'age', startId, 'vendome')).toEqual([
      expect.objectContaining({ path: '/diagnostic/', answers: ['Vendôme ou ses environs'] }),
    ]);
  });

  it('la première question des employeurs ramène à l’âge et à la page des employeurs, qui demande où est l’entreprise', () => {
    const ways = waysBack(linked, 'employeur-besoin', startId, 'blois', [
      { path: '/diagnostic/employeurs/', question: employers! },
    ]);
    expect(ways.map((way) => way.path)).toEqual(['/diagnostic/blois/age/', '/diagnostic/employeurs/']);
    expect(ways[1]!.question).toMatch(/entreprise/);
  });
});
