// Byte budgets of bench/budgets.json on every page of the real build (dist/, which the browser tests serve).
// Byte counts are deterministic, so they are checked here; timings only by `npm run bench`.
import { describe, expect, it } from 'vitest';
import {
  formatBudgetProblem,
  jsRuleFor,
  loadBudgets,
  pageBudgetProblems,
  rulesWithoutPages,
} from '../../bench/lib/budgets.ts';
import { SiteWeigher } from '../../bench/lib/pageWeight.ts';

const budgets = loadBudgets();
const site = new SiteWeigher('dist');
const weights = site.pages().map((path) => site.page(path));

describe('budgets d’octets du site construit (bench/budgets.json)', () => {
  it('pèse vraiment les pages : l’accueil a son HTML et sa feuille de style', () => {
    const home = weights.find((weight) => weight.path === '/');
    expect(home?.html.gzip).toBeGreaterThan(500);
    expect(home?.css.gzip).toBeGreaterThan(500);
  });

  it('chaque règle de JavaScript s’applique à au moins une page (sinon elle ne vérifie rien)', () => {
    expect(rulesWithoutPages(site.pages(), budgets)).toEqual([]);
  });

  it(`chaque page charge au plus ${budgets.bytes.cssGzipPerPage / 1000} Ko de CSS compressé`, () => {
    const problems = weights
      .flatMap((weight) => pageBudgetProblems(weight, budgets))
      .filter((problem) => problem.kind === 'css');
    expect(problems.map(formatBudgetProblem)).toEqual([]);
  });

  it.each(budgets.bytes.js.filter((rule) => rule.maxJsGzip !== null))(
    'les pages « $name » chargent au plus $maxJsGzip octets de JavaScript compressé ($counts)',
    (rule) => {
      const pages = weights.filter((weight) => jsRuleFor(weight.path, budgets) === rule);
      expect(pages.length, `aucune page n’est soumise au budget « ${rule.name} »`).toBeGreaterThan(0);
      const problems = pages
        .flatMap((weight) => pageBudgetProblems(weight, budgets))
        .filter((problem) => problem.kind === 'js');
      expect(problems.map(formatBudgetProblem)).toEqual([]);
    },
  );
});
