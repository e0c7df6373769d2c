import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { gridSchema, sampleSchema, type Grid, type RgaaTheme, type SamplePage } from '../schemas/audit.ts';
import {
  conformity,
  criterionResults,
  gridProblems,
  type Conformity,
  type ConformityStatus,
  type CriterionResult,
} from './rgaaConformity.ts';

/** Folder of the audit files: the sample, the grid and the vendored RGAA criteria. */
function auditRoot(): string {
  return resolve(process.env['AUDIT_DIR'] ?? 'audit');
}

export interface Audit {
  sample: SamplePage[];
  grid: Grid;
  themes: RgaaTheme[];
  results: CriterionResult[];
  conformity: Conformity;
}

function readYaml<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`${file} est invalide :\n${issues.join('\n')}`);
  }
  return parsed.data;
}

/** The pages of the audit's sample, in the order of audit/echantillon.yaml. */
export function readSample(root = auditRoot()): SamplePage[] {
  return readYaml(join(root, 'echantillon.yaml'), sampleSchema).pages;
}

/** Reads, checks and computes the audit. Throws, naming the file, when the grid misses a status or evidence. */
export function readAudit(root = auditRoot()): Audit {
  const sample = readSample(root);
  const grid = readYaml(join(root, 'grille.yaml'), gridSchema);
  const themes = (JSON.parse(readFileSync(join(root, 'rgaa-4.1', 'criteres.json'), 'utf8')) as { themes: RgaaTheme[] })
    .themes;
  const problems = gridProblems(grid, sample, themes);
  if (problems.length > 0)
    throw new Error(`${join(root, 'grille.yaml')} est incomplète :\n  - ${problems.join('\n  - ')}`);
  const results = criterionResults(grid, sample, themes);
  return { sample, grid, themes, results, conformity: conformity(results, sample) };
}

let cached: { audit: Audit | undefined } | undefined;

/**
 * The site's audit, read once per build; undefined for a project that has no audit folder yet (another
 * territory's site before its first audit), which the RGAA declares « non conforme ».
 */
export function siteAudit(): Audit | undefined {
  cached ??= { audit: existsSync(join(auditRoot(), 'grille.yaml')) ? readAudit() : undefined };
  return cached.audit;
}

/** The status the footer, the home page and the statement declare. */
export function accessibilityStatus(): ConformityStatus {
  return siteAudit()?.conformity.statut ?? 'non conforme';
}
