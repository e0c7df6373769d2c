import type { z } from 'astro/zod';
import { readContent, type ContentFile } from '../../src/lib/readContentFile.ts';
import type { CollectionName } from '../../src/schemas/folders.ts';
import { stepsWithoutJavaScript, type DiagnosticStep } from '../../src/lib/diagnosticTree.ts';
import { retiredSteps, type RetiredStep } from '../../src/lib/retiredSteps.ts';
import { diagnosticSchema } from '../../src/schemas/diagnostic.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';

/** The files of a collection that the site reads, as every tool reads them (`src/lib/readContentFile.ts`). */
export function contentFiles(collection: CollectionName, root = 'content'): ContentFile[] {
  return readContent(root, [collection]);
}

/** Every entry of a collection parsed through its schema, as the build does (ids are file names). */
export function loadCollection<S extends z.ZodType>(
  collection: CollectionName,
  schema: S,
  root = 'content',
): { id: string; filePath: string; data: z.output<S> }[] {
  return contentFiles(collection, root).map(({ id, file, data }) => ({ id, filePath: file, data: schema.parse(data) }));
}

/**
 * The self-diagnostic's steps as written in content/, the tree the pages without JavaScript walk (`linked`), and
 * the steps whose page those pages no longer have (`retired`).
 */
export function diagnosticSteps(root = 'content'): {
  steps: DiagnosticStep[];
  linked: DiagnosticStep[];
  retired: RetiredStep<DiagnosticStep>[];
} {
  // Parsed as the build does: a result's « informer » left out of its file is an empty list (schema default).
  const steps: DiagnosticStep[] = loadCollection('diagnostic', diagnosticSchema(referenceStandIn), root).map(
    ({ id, data }) => ({ id, data }),
  );
  const linked = stepsWithoutJavaScript(steps);
  return { steps, linked, retired: retiredSteps(steps, linked) };
}
