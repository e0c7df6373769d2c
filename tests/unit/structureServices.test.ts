import { describe, expect, it } from 'vitest';
import { structureSchema } from '../../src/schemas/structure.ts';
import { contentFiles, loadCollection } from '../support/loadContent.ts';

const structures = loadCollection('structures', structureSchema);
const reportIds = contentFiles('reports').map((file) => file.id);

/** Every service that cites the group's reports: « … (point d’étape 2013) », « (points d’étape 2004 et 2006) ». */
const citing = structures.flatMap((structure) =>
  structure.data.services.flatMap((service) => {
    const cited = /\(points? d’étape ([^)]+)\)/.exec(service)?.[1];
    return cited ? [{ file: structure.filePath, service, periods: cited.match(/\d{4}(?:-\d{4})?/g) ?? [] }] : [];
  }),
);

describe('les services des structures', () => {
  it('citent des points d’étape', () => {
    // The seed-backed lines of the Missions Locales, the CAD and the GIP at least.
    expect(citing.length).toBeGreaterThanOrEqual(5);
  });

  it.each(citing.map((entry) => [entry.file, entry.service, entry.periods] as const))(
    '%s : « %s » renvoie à des points d’étape publiés',
    (_file, _service, periods) => {
      expect(periods.length).toBeGreaterThan(0);
      for (const period of periods) expect(reportIds.some((id) => id.startsWith(`${period}-`))).toBe(true);
    },
  );
});
