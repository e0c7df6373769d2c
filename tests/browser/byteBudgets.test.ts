// Byte budgets of bench/budgets.json on every page of the real build (dist/, which the browser tests serve).
// Byte counts are deterministic, so they are checked here; timings only by `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatBudgetProblem,
  jsRuleFor,
  loadBudgets,
  pageBudgetProblems,
  rulesWithoutPages,
  scriptsToWeighApart,
} from '../../bench/lib/budgets.ts';
import { SiteWeigher } from '../../bench/lib/pageWeight.ts';

const budgets = loadBudgets();
const site = new SiteWeigher('dist', '/', scriptsToWeighApart(budgets));
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
        .filter((problem) => problem.rule === rule.name);
      expect(problems.map(formatBudgetProblem)).toEqual([]);
    },
  );

  const search = budgets.bytes.siteSearch;
  it(`la recherche du bandeau importe au plus ${search.maxJsGzip} octets de JavaScript compressé, sur chaque page`, () => {
    // Weighed for real: were the launcher's script renamed, nothing would be weighed apart and its imports would
    // count again under each page's rule.
    const home = weights.find((weight) => weight.path === '/');
    expect(home?.searchJs.gzip, `aucun script « ${search.launchers.join(', ')} » trouvé sur l’accueil`).toBeGreaterThan(
      3_000,
    );
    const problems = weights
      .flatMap((weight) => pageBudgetProblems(weight, budgets))
      .filter((problem) => problem.rule === search.name);
    expect(problems.map(formatBudgetProblem)).toEqual([]);
  });

  it('aucune page de lecture ne charge l’interface d’édition (/admin/, hors budget)', () => {
    const admin = weights.find((weight) => weight.path === '/admin/');
    expect(jsRuleFor('/admin/', budgets)?.maxJsGzip, '/admin/ doit avoir sa règle sans plafond').toBeNull();
    // The rule above exempts a real weight: Decap CMS itself.
    expect(admin?.js.gzip).toBeGreaterThan(1_000_000);
    const loaders = weights
      .filter((weight) => weight.path !== '/admin/')
      .filter((weight) =>
        /<script\b[^>]*\bsrc="[^"]*\/admin\//.test(
          readFileSync(join('dist', weight.path.endsWith('/') ? `${weight.path}index.html` : weight.path), 'utf8'),
        ),
      );
    expect(loaders.map((weight) => weight.path)).toEqual([]);
    const bundled = readdirSync(join('dist', '_astro')).filter(
      (file) => file.endsWith('.js') && readFileSync(join('dist', '_astro', file), 'utf8').includes('decap-cms'),
    );
    expect(bundled, 'du code de Decap dans les scripts des pages de lecture').toEqual([]);
  });

  it('aucune page ne transporte les commentaires du code source : les lecteurs ne les téléchargent pas', () => {
    // Comments in a template are written `{/* … */}`, which Astro drops; `<!-- … -->` goes out with every page.
    const pages = site.pages().filter((path) => path.endsWith('/') || path.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const withComments = pages.filter((path) => site.htmlOf(path).includes('<!--'));
    expect(withComments).toEqual([]);
  });
});
