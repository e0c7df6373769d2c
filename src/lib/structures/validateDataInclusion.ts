/**
 * Validates records against the national data·inclusion schema v1.0.8 (JSON Schema draft 7, vendored in
 * `standards/`), with the rules the hub's reference validator adds in words: no `date_maj` after today,
 * `tous-publics` alone. Used by the export's tests and by `npm run import:data-inclusion`.
 */
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import localizeFrench from 'ajv-i18n/localize/fr/index.js';
import structureSchema from '../../../standards/data-inclusion-v1.0.8/schemas/v1/structure.json' with { type: 'json' };
import serviceSchema from '../../../standards/data-inclusion-v1.0.8/schemas/v1/service.json' with { type: 'json' };
import { characters, count, todayInFrance } from '../../schemas/fields.ts';

/** The two record models of the schema. */
export type DataInclusionModel = 'structure' | 'service';

/** One thing wrong with one record. */
export interface RecordProblem {
  /** Position of the record in its file, from 1. */
  record: number;
  /** The record's `id`, when it has one. */
  id: string | undefined;
  /** Path of the field in the record, e.g. `reseaux_porteurs/0`, or `(fiche)` for the record itself. */
  field: string;
  /** What is wrong, in French. */
  message: string;
}

// `verbose` keeps the refused value, so that a message can quote it.
const ajv = new Ajv({ allErrors: true, verbose: true });
addFormats(ajv);
const validators = { structure: ajv.compile(structureSchema), service: ajv.compile(serviceSchema) };

/** ajv's errors, minus the `anyOf` echoes of a nullable field ("doit être null"), in French. */
function schemaMessages(errors: ErrorObject[]): { field: string; message: string }[] {
  localizeFrench(errors);
  const real = errors.filter(
    (error) => error.keyword !== 'anyOf' && !(error.keyword === 'type' && error.params['type'] === 'null'),
  );
  return real.map((error) => {
    const allowed = error.keyword === 'enum' ? ` (valeur « ${String(error.data)} »)` : '';
    // A missing field is named as the field, not as the record that lacks it.
    const missing = error.keyword === 'required' ? `/${String(error.params['missingProperty'])}` : '';
    const field = `${error.instancePath}${missing}`.slice(1) || '(fiche)';
    // A text out of bounds: its length beside the limit, which ajv's words leave out.
    if ((error.keyword === 'maxLength' || error.keyword === 'minLength') && typeof error.data === 'string') {
      const length = characters(error.data);
      const limit = `${count(Number(error.params['limit']))} ${error.keyword === 'maxLength' ? 'au plus' : 'au moins'}`;
      return { field, message: `${count(length)} caractère${length > 1 ? 's' : ''}, ${limit}` };
    }
    return { field, message: `${error.message ?? 'valeur refusée'}${allowed}` };
  });
}

/** The hub's rules that the JSON Schema states only in its descriptions. */
function referenceRules(record: Record<string, unknown>, today: string): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const date = record['date_maj'];
  if (typeof date === 'string' && date > today) {
    problems.push({ field: 'date_maj', message: `date dans le futur (${date}), refusée par data·inclusion` });
  }
  const publics = record['publics'];
  if (Array.isArray(publics) && publics.includes('tous-publics') && publics.length > 1) {
    problems.push({ field: 'publics', message: '« tous-publics » doit être la seule valeur de la liste' });
  }
  return problems;
}

/** Every problem of every record (an empty list when all are valid). `today` is AAAA-MM-JJ. */
export function validateDataInclusion(
  model: DataInclusionModel,
  records: readonly unknown[],
  today = todayInFrance(),
): RecordProblem[] {
  const validate = validators[model];
  return records.flatMap((record, index) => {
    const id =
      record && typeof record === 'object' && typeof (record as { id?: unknown }).id === 'string'
        ? (record as { id: string }).id
        : undefined;
    const problems = validate(record) ? [] : schemaMessages(validate.errors ?? []);
    if (record && typeof record === 'object')
      problems.push(...referenceRules(record as Record<string, unknown>, today));
    return problems.map((problem) => ({ record: index + 1, id, ...problem }));
  });
}

/** "fiche 3 (aioa41--cio-blois), champ reseaux_porteurs/0 : doit être égal à une des valeurs prédéfinies". */
export function formatRecordProblem(problem: RecordProblem): string {
  const which = problem.id ? `fiche ${problem.record} (${problem.id})` : `fiche ${problem.record}`;
  return `${which}, champ ${problem.field} : ${problem.message}`;
}

/**
 * The records of one of the two files, when the national schema takes every one; otherwise the build stops with each
 * problem and the structure's file to fix (a record's id is « <source>--<structure>[--<service>] »). The check bounds
 * what editors write, so this only happens when the check or the export changed: nothing reaches the hub cut or made
 * up to fit.
 */
export function publishableForDataInclusion<T>(model: DataInclusionModel, records: readonly T[]): readonly T[] {
  const problems = validateDataInclusion(model, records);
  if (problems.length === 0) return records;
  const lines = problems.map((problem) => {
    const structure = problem.id?.split('--')[1];
    const where = structure ? `fiche « ${structure} » de content/structures/` : `fiche ${problem.record}`;
    return `  - ${where} : ${problem.field} : ${problem.message}`;
  });
  throw new Error(
    [
      `Le fichier ${model === 'structure' ? 'structures' : 'services'}.json de data·inclusion serait refusé par le schéma national, et le site ne coupe ni ne complète une valeur pour le faire entrer :`,
      ...lines,
      '→ corrigez ces fiches ; npm run check:content dit quoi y écrire.',
    ].join('\n'),
  );
}
