import type { AuditStatus, Grid, GridEntry, RgaaTheme, SamplePage } from '../schemas/audit.ts';

/** The status of one criterion on one page, with the grid entry that gives it. */
export interface AuditCell {
  statut: AuditStatus;
  entry: GridEntry;
}

/** One criterion across the sample: its status on each page and its status for the whole site. */
export interface CriterionResult {
  numero: string;
  titre: string;
  theme: string;
  cells: Map<string, AuditCell>;
  /** NC when NC on one page at least; C when C on one page at least and NC on none; NA otherwise. */
  statut: AuditStatus;
}

export type ConformityStatus = 'totalement conforme' | 'partiellement conforme' | 'non conforme';

export interface Conformity {
  conformes: number;
  nonConformes: number;
  nonApplicables: number;
  /** Conformant criteria over applicable ones (C ÷ (C + NC)), in percent, 100 when none applies. */
  taux: number;
  /** Mean over the pages of each page's own rate, in percent. */
  tauxMoyen: number;
  statut: ConformityStatus;
}

/** Every criterion number of the referential, in order: `1.1`, `1.2`… `13.12`. */
function criterionNumbers(themes: readonly RgaaTheme[]): string[] {
  return themes.flatMap((theme) => theme.criteres.map((criterion) => criterion.numero));
}

/** Ids of the pages an entry covers, given those earlier entries of the same criterion took. */
function pagesOf(entry: GridEntry, sample: readonly SamplePage[], taken: ReadonlySet<string>): string[] {
  if (entry.pages === 'toutes') return sample.map((page) => page.id);
  if (entry.pages === 'autres') return sample.map((page) => page.id).filter((id) => !taken.has(id));
  return entry.pages;
}

/**
 * Checks that the grid gives every criterion of the referential exactly one status on every page of the
 * sample, with its evidence: a C names a test or a manual check, an NC says what is wrong and how it will be
 * fixed, an NA says why. Returns the problems, in French, each naming the criterion and the fix.
 */
export function gridProblems(grid: Grid, sample: readonly SamplePage[], themes: readonly RgaaTheme[]): string[] {
  const problems: string[] = [];
  const numbers = criterionNumbers(themes);
  const ids = new Set(sample.map((page) => page.id));
  for (const numero of numbers) {
    const entries = grid.criteres[numero];
    if (!entries) {
      problems.push(`critère ${numero} : absent de la grille → donnez-lui un statut (C, NC ou NA) sur chaque page`);
      continue;
    }
    const taken = new Set<string>();
    for (const entry of entries) {
      const where = `critère ${numero} (${entry.statut})`;
      for (const id of pagesOf(entry, sample, taken)) {
        if (!ids.has(id))
          problems.push(`${where} : page « ${id} » inconnue → utilisez un id de audit/echantillon.yaml`);
        else if (taken.has(id)) problems.push(`${where} : page « ${id} » a déjà un statut → gardez-en un seul`);
        taken.add(id);
      }
      const evidence = (entry.tests?.length ?? 0) > 0 || Boolean(entry.manuel);
      if (entry.statut === 'C' && !evidence)
        problems.push(`${where} : conforme sans preuve → nommez un test (tests) ou décrivez la vérification (manuel)`);
      if (entry.statut === 'NA' && !entry.manuel)
        problems.push(`${where} : non applicable sans raison → dites pourquoi dans « manuel »`);
      if (entry.statut === 'NC' && !(entry.manuel && entry.correction))
        problems.push(`${where} : non conforme → décrivez le défaut (manuel) et le plan de correction (correction)`);
    }
    const missing = [...ids].filter((id) => !taken.has(id));
    if (missing.length > 0)
      problems.push(`critère ${numero} : pas de statut sur ${missing.join(', ')} → ajoutez ces pages à une entrée`);
  }
  for (const numero of Object.keys(grid.criteres)) {
    if (!numbers.includes(numero)) problems.push(`critère ${numero} : n’existe pas dans le RGAA 4.1 → retirez-le`);
  }
  return problems;
}

/** Each criterion's status on each page and for the whole sample. Assumes `gridProblems` found nothing. */
export function criterionResults(
  grid: Grid,
  sample: readonly SamplePage[],
  themes: readonly RgaaTheme[],
): CriterionResult[] {
  return themes.flatMap((theme) =>
    theme.criteres.map((criterion) => {
      const cells = new Map<string, AuditCell>();
      for (const entry of grid.criteres[criterion.numero] ?? []) {
        for (const id of pagesOf(entry, sample, new Set(cells.keys()))) cells.set(id, { statut: entry.statut, entry });
      }
      const statuses = [...cells.values()].map((cell) => cell.statut);
      const statut: AuditStatus = statuses.includes('NC') ? 'NC' : statuses.includes('C') ? 'C' : 'NA';
      return { numero: criterion.numero, titre: criterion.titre, theme: theme.titre, cells, statut };
    }),
  );
}

const percent = (part: number, whole: number) => (whole === 0 ? 100 : (100 * part) / whole);

/**
 * The conformity rate as the RGAA computes it: conformant criteria over applicable criteria, a criterion
 * being non-conformant on the site as soon as it is on one page. 100 % is « totalement conforme », 50 % and
 * more « partiellement conforme », less « non conforme ».
 */
export function conformity(results: readonly CriterionResult[], sample: readonly SamplePage[]): Conformity {
  const count = (statut: AuditStatus) => results.filter((result) => result.statut === statut).length;
  const conformes = count('C');
  const nonConformes = count('NC');
  const taux = percent(conformes, conformes + nonConformes);
  const pageRates = sample.map((page) => {
    const statuses = results.map((result) => result.cells.get(page.id)?.statut);
    const c = statuses.filter((statut) => statut === 'C').length;
    return percent(c, c + statuses.filter((statut) => statut === 'NC').length);
  });
  const tauxMoyen = pageRates.reduce((sum, rate) => sum + rate, 0) / Math.max(pageRates.length, 1);
  const statut: ConformityStatus =
    taux === 100 ? 'totalement conforme' : taux >= 50 ? 'partiellement conforme' : 'non conforme';
  return { conformes, nonConformes, nonApplicables: count('NA'), taux, tauxMoyen, statut };
}

/** A rate as the statement prints it: `85,7 %`, never rounded up to 100. */
export function formatRate(rate: number): string {
  const shown = Math.floor(rate * 10) / 10;
  return `${shown.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %`;
}

/** One line of the downloadable grid: one criterion on one page. */
export interface GridRow {
  critere: string;
  theme: string;
  intitule: string;
  page: string;
  chemin: string;
  statut: AuditStatus;
  tests: string;
  verification: string;
  correction: string;
}

/** The grid flattened, criterion by criterion and page by page, in the order of the referential and the sample. */
export function gridRows(results: readonly CriterionResult[], sample: readonly SamplePage[]): GridRow[] {
  return results.flatMap((result) =>
    sample.map((page) => {
      const cell = result.cells.get(page.id);
      return {
        critere: result.numero,
        theme: result.theme,
        intitule: result.titre,
        page: page.titre,
        chemin: page.chemin,
        statut: cell?.statut ?? 'NA',
        tests: (cell?.entry.tests ?? []).join(' ; '),
        verification: cell?.entry.manuel ?? '',
        correction: cell?.entry.correction ?? '',
      };
    }),
  );
}
