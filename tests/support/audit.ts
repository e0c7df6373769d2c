import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseAudit, parseSample, type Audit } from '../../src/lib/parseAudit.ts';
import type { SamplePage } from '../../src/schemas/audit.ts';

/** The repository's audit folder, which the build reads (src/content.ts). */
const AUDIT_FOLDER = resolve('audit');
const read = (file: string) => readFileSync(file, 'utf8');

/** The repository's RGAA audit, read, checked and computed as the build does. */
export const readAudit = (): Audit => parseAudit(AUDIT_FOLDER, read);

/** The pages of the audit's sample, in the order of audit/echantillon.yaml. */
export const readSample = (): SamplePage[] => parseSample(AUDIT_FOLDER, read);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a test file holds a test of this title: written as it stands, or as one row of a table-driven test
 * (`it.each([['le fond de carte', …]])('dit quand %s ne se charge pas…')`), whose title the grid gives as Vitest
 * prints it. A row counts only when each value put in for `%s` is written in the file as a quoted string, and a
 * template with no text of its own (`'%s'`) names nothing.
 */
export function namesTest(source: string, title: string): boolean {
  if (source.includes(`'${title}'`)) return true;
  return [...source.matchAll(/'([^'\n]*%s[^'\n]*)'/g)].some(([, template = '']) => {
    const parts = template.split('%s');
    if (parts.join('').trim() === '') return false;
    const values = new RegExp(`^${parts.map(escapeRegExp).join('(.+?)')}$`).exec(title)?.slice(1);
    return values !== undefined && values.every((value) => source.includes(`'${value}'`));
  });
}
