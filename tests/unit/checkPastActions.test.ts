import { describe, expect, it } from 'vitest';
import { checkPastActions } from '../../src/lib/checkPastActions.ts';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { crossEntryChecks } from '../../src/lib/crossEntryChecks.ts';
import { CITES_A_REPORT } from '../../src/schemas/structure.ts';
import { contentFiles } from '../support/loadContent.ts';

/** A past action is a services line ending with its report in brackets; any other way of citing a report is refused. */

const reports = [
  { id: '2010-2011-apprentissage', data: { date: new Date('2012-02-17') } },
  { id: '2013-trois-thematiques', data: { date: new Date('2013-04-10') } },
];
const structure = (services: string[]) => ({
  id: 'ml-test',
  filePath: 'content/structures/ml-test.yaml',
  data: { services },
});
const problems = (line: string) => checkPastActions([structure(['Accueil', line])], reports).map(formatProblem);

describe('checkPastActions', () => {
  it.each([
    'Médiation d’été (point d’étape 2013)',
    'Médiation d’été (point d’étape 2013).',
    'Accompagnement expérimenté (point d’étape 2010-2011)',
    'Assistance technique (points d’étape 2012 et 2013)',
    'Aide à la recherche d’emploi',
  ])('accepte « %s »', (line) => {
    expect(problems(line)).toEqual([]);
  });

  // A keyboard without accents or curly quotes is common: a line the check sees citing a report and that ends with
  // it in brackets must pass, not be told to end with the bracket it already ends with.
  it.each([
    "Atelier CV (point d'etape 2013)",
    'Atelier CV (points  d’étape 2013)',
    'Atelier CV (point d ’étape 2013)',
    'Atelier CV (POINT D’ETAPE 2013)',
    'Atelier CV ( point d’étape 2013)',
  ])('« %s » : cite un point d’étape, finit par lui entre parenthèses, accepté', (line) => {
    expect(CITES_A_REPORT.test(line)).toBe(true);
    expect(problems(line)).toEqual([]);
  });

  it.each([
    ['Médiation d’été (point d’étape 2013), avec le CFA', 'cite un point d’étape sans finir par lui entre parenthèses'],
    ['Médiation d’été, point d’étape 2013', 'cite un point d’étape sans finir par lui entre parenthèses'],
    ['Médiation d’été (point d’étape de 2013 (été))', 'cite un point d’étape sans finir par lui entre parenthèses'],
    ['Médiation d’été (point d’étape 2031)', '« (point d’étape 2031) » ne nomme aucun point d’étape de 2031'],
    ['Médiation d’été (point d’étape)', '« (point d’étape) » ne nomme aucune année'],
  ])('refuse « %s » en nommant le fichier, la ligne et la correction', (line, said) => {
    const [problem, ...others] = problems(line);
    expect(others).toEqual([]);
    expect(problem).toContain(`content/structures/ml-test.yaml: services[1]: `);
    expect(problem).toContain(said);
    expect(problem).toMatch(/→ (finissez la ligne par « \(point d’étape AAAA\) »|écrivez l’année d’un point d’étape)/);
  });

  it('dit les années des points d’étape, tirées de leur nom de fichier et de leur date', () => {
    expect(problems('Médiation d’été (point d’étape 2031)')[0]).toContain('(2010, 2011, 2012, 2013)');
  });

  it('passe sur le contenu réel, et la construction comme check:content le lancent', () => {
    const files = (collection: 'structures' | 'reports') =>
      contentFiles(collection).map(({ id, file, data }) => ({ id, filePath: file, data }));
    expect(checkPastActions(files('structures'), files('reports'))).toEqual([]);
    const planted = crossEntryChecks({ structures: [structure(['Médiation, point d’étape 2013'])], reports });
    expect(planted.map((problem) => problem.field)).toContain('services[0]');
  });
});
