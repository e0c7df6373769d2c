import { describe, expect, it } from 'vitest';
import { checkSheetMentions, textFields } from '../../src/lib/checkSheetMentions.ts';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { crossEntryChecks } from '../../src/lib/crossEntryChecks.ts';
import { diagnosticSchema } from '../../src/schemas/diagnostic.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { contentFiles, loadCollection } from '../support/loadContent.ts';

/**
 * A step of the self-diagnostic that sends the reader to an internship sheet says its rules « à revérifier » exactly
 * while the sheet is not verified, and names a sheet that exists (review revcode20, finding 3).
 */

const sheets = [
  { id: 'apprentissage', data: { nom: 'Périodes en entreprise de l’apprentissage', verifie: false } },
  { id: 'pmsmp', data: { nom: 'Période de mise en situation en milieu professionnel (PMSMP)', verifie: true } },
];
const question = (explication: string, libelle = 'Oui') => ({
  id: 'situation-test',
  data: { type: 'question', question: 'Votre situation ?', explication, options: [{ libelle, suite: 'fin' }] },
});
const result = (message: string, premiers_pas: string[] = []) => ({
  id: 'resultat-test',
  data: { type: 'resultat', titre: 'Essai', message, premiers_pas, stages: ['apprentissage'] },
});
const problems = (step: { id: string; data: unknown }) => checkSheetMentions([step], sheets).map(formatProblem);

describe('checkSheetMentions', () => {
  it.each([
    [
      'une fiche non vérifiée, dite à revérifier',
      result('Voyez la fiche « Périodes en entreprise de l’apprentissage », plus bas (règles à revérifier).'),
    ],
    [
      'la mention entre parenthèses avec la fiche',
      question(
        'L’âge (voir la fiche « Périodes en entreprise de l’apprentissage », à revérifier) : le CFA suit l’apprenti.',
      ),
    ],
    [
      'une fiche vérifiée, sans la mention',
      result('Sa durée est sur la fiche « Période de mise en situation en milieu professionnel (PMSMP) », plus bas.'),
    ],
    [
      'le nom écrit avec une apostrophe droite',
      result("Voyez la fiche « Périodes en entreprise de l'apprentissage » (règles à revérifier)."),
    ],
    [
      'un texte qui ne nomme aucune fiche',
      result('Les CFA accompagnent la recherche d’employeur ; leurs fiches ne nomment pas les élèves.'),
    ],
    // « affiche » ends with « fiche »: what a page shows is no sheet (review revcode21, finding 2).
    ['ce qu’une page affiche, entre guillemets', result('Le portail affiche « Mes démarches » en haut de la page.')],
    [
      'une phrase qui commence par « Fiche »',
      result('Fiche « Périodes en entreprise de l’apprentissage » : règles à revérifier.'),
    ],
    [
      '« fiches » au pluriel',
      result(
        'Les conditions d’âge sont sur les fiches « Périodes en entreprise de l’apprentissage » (règles à revérifier).',
      ),
    ],
  ])('accepte %s', (_case, step) => {
    expect(problems(step)).toEqual([]);
  });

  it.each([
    [
      'l’explication d’une question qui dit à revérifier une fiche vérifiée',
      question(
        'La durée est sur la fiche « Période de mise en situation en milieu professionnel (PMSMP) », à revérifier.',
      ),
      'content/diagnostic/situation-test.yaml: explication: ',
      'comme « à revérifier », mais cette fiche est vérifiée (verifie: true dans content/stages/pmsmp.md) → retirez « à revérifier » de la phrase.',
    ],
    [
      'un résultat qui renvoie à une fiche non vérifiée sans le dire',
      result('Les conditions d’âge sont sur la fiche « Périodes en entreprise de l’apprentissage », plus bas.'),
      'content/diagnostic/resultat-test.yaml: message: ',
      'sans dire que ses règles sont à revérifier, alors que cette fiche n’est pas vérifiée (verifie: false dans content/stages/apprentissage.md) → ajoutez « (règles à revérifier) »',
    ],
    [
      'la mention dans une autre phrase que la fiche',
      result('Bienvenue.', [
        'Lisez la fiche « Périodes en entreprise de l’apprentissage ». Ses règles sont à revérifier.',
      ]),
      'content/diagnostic/resultat-test.yaml: premiers_pas[0]: ',
      'sans dire que ses règles sont à revérifier',
      'dit « à revérifier » sans nommer de fiche dans la même phrase',
    ],
    [
      'un nom qui n’est celui d’aucune fiche',
      result('Bienvenue.', ['Voyez la fiche « Apprentissage » (règles à revérifier).']),
      'content/diagnostic/resultat-test.yaml: premiers_pas[0]: ',
      '« Apprentissage » suit le mot « fiche », mais aucune fiche de stage (content/stages/) ne porte ce nom → si c’est une fiche de stage, écrivez son nom tel que son champ nom le donne (« Périodes en entreprise de l’apprentissage », « Période de mise en situation en milieu professionnel (PMSMP) »)',
    ],
    [
      // The message does not take the page named for an internship sheet: it may be a structure's.
      'une page de l’annuaire nommée « fiche »',
      result('Bienvenue.', ['Appelez le numéro de la fiche « Mission Locale du Blaisois » de l’annuaire.']),
      'content/diagnostic/resultat-test.yaml: premiers_pas[0]: ',
      'si c’est une autre page du site (une structure de l’annuaire, un site de la sitothèque), ne l’appelez pas « fiche » devant son nom entre guillemets',
    ],
    [
      'une fiche non vérifiée nommée au pluriel, sans dire ses règles à revérifier',
      result(
        'Voyez les fiches « Période de mise en situation en milieu professionnel (PMSMP) » et « Périodes en entreprise de l’apprentissage », plus bas.',
      ),
      'content/diagnostic/resultat-test.yaml: message: ',
      'renvoie à la fiche « Périodes en entreprise de l’apprentissage » sans dire que ses règles sont à revérifier',
    ],
    [
      'une phrase qui commence par « Fiche », une fiche vérifiée dite à revérifier',
      result('Fiche « Période de mise en situation en milieu professionnel (PMSMP) » : règles à revérifier.'),
      'content/diagnostic/resultat-test.yaml: message: ',
      'comme « à revérifier », mais cette fiche est vérifiée',
    ],
    [
      'une réponse qui dit à revérifier sans nommer la fiche',
      question('Pourquoi.', 'J’ai lu sa fiche (règles à revérifier)'),
      'content/diagnostic/situation-test.yaml: options[0].libelle: ',
      'dit « à revérifier » sans nommer de fiche dans la même phrase',
    ],
  ])('refuse %s, en nommant le fichier, le champ et la correction', (_case, step, where, ...said) => {
    const found = problems(step);
    expect(found).toHaveLength(said.length);
    found.forEach((problem, index) => {
      expect(problem).toContain(where);
      expect(problem).toContain(said[index]);
    });
  });

  describe('sur le contenu réel', () => {
    // Parsed as the build does: a result's « informer » left out of its file is an empty list.
    const steps = loadCollection('diagnostic', diagnosticSchema(referenceStandIn));
    const internships = contentFiles('internships').map(({ id, file, data }) => ({ id, filePath: file, data }));

    it('ne signale rien', () => {
      expect(checkSheetMentions(steps, internships).map(formatProblem)).toEqual([]);
    });

    it('une fois la fiche de l’apprentissage vérifiée, la construction et check:content signalent chaque texte qui la dit à revérifier, explications des questions comprises', () => {
      const verified = internships.map((sheet) =>
        sheet.id === 'apprentissage' ? { ...sheet, data: { ...(sheet.data as object), verifie: true } } : sheet,
      );
      const flagged = crossEntryChecks({ diagnostic: steps, internships: verified })
        .filter((problem) => problem.message.includes('cette fiche est vérifiée'))
        .map(({ file, field }) => `${file}: ${field}`);
      const naming = steps.flatMap((step) =>
        textFields(step.data)
          .filter(([, text]) => text.includes('fiche « Périodes en entreprise de l’apprentissage »'))
          .map(([field]) => `${step.filePath}: ${field}`),
      );
      expect(naming.length).toBeGreaterThan(0);
      expect(flagged.sort()).toEqual(naming.sort());
    });
  });
});
