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
