/**
 * The RGAA audit from the text of its files (audit/): the sample, the grid and the vendored criteria, checked
 * and computed. Pure: the caller reads the files (src/content.ts for the site, once per build).
 */
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { gridSchema, sampleSchema, type Grid, type RgaaTheme, type SamplePage } from '../schemas/audit.ts';
import { conformity, criterionResults, gridProblems, type Conformity, type CriterionResult } from './rgaaConformity.ts';

/** The audit's files, by their path in the audit folder. */
export const AUDIT_FILES = {
  sample: 'echantillon.yaml',
  grid: 'grille.yaml',
  criteria: join('rgaa-4.1', 'criteres.json'),
} as const;

/** Gives the text of a file, by its full path. */
type ReadText = (file: string) => string;

export interface Audit {
  sample: SamplePage[];
  grid: Grid;
  themes: RgaaTheme[];
  results: CriterionResult[];
  conformity: Conformity;
}

function parseYaml<T>(file: string, text: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(parse(text));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${file} est invalide :\n${issues.join('\n')}`);
  }
  return parsed.data;
}

/** The pages of the audit's sample in `folder`, in the order of its echantillon.yaml. */
export function parseSample(folder: string, read: ReadText): SamplePage[] {
  const file = join(folder, AUDIT_FILES.sample);
  return parseYaml(file, read(file), sampleSchema).pages;
}

/** Checks and computes the audit in `folder`. Throws, naming the file, when the grid misses a status or evidence. */
export function parseAudit(folder: string, read: ReadText): Audit {
  const sample = parseSample(folder, read);
  const gridFile = join(folder, AUDIT_FILES.grid);
  const grid = parseYaml(gridFile, read(gridFile), gridSchema);
  const themes = (JSON.parse(read(join(folder, AUDIT_FILES.criteria))) as { themes: RgaaTheme[] }).themes;
  const problems = gridProblems(grid, sample, themes);
  if (problems.length > 0) throw new Error(`${gridFile} est incomplète :\n  - ${problems.join('\n  - ')}`);
  const results = criterionResults(grid, sample, themes);
  return { sample, grid, themes, results, conformity: conformity(results, sample) };
}
