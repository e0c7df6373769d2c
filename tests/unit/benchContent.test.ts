import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import {
  copyId,
  generateContent,
  nearestArea,
  SCALED_FOLDERS,
  type ContentCounts,
} from '../../bench/lib/generateContent.ts';
import { checkReferences } from '../../src/lib/checkReferences.ts';
import { employmentAreaOf } from '../../src/lib/employmentAreaOf.ts';
import type { EntryLike } from '../../src/lib/contentProblem.ts';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { COLLECTION_FOLDERS, type CollectionName } from '../../src/schemas/folders.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { territory } from '../../src/site.config.ts';
import { contentFiles } from '../support/loadContent.ts';

const SCHEMAS = collectionSchemas(referenceStandIn) as Record<CollectionName, z.ZodType>;
const COLLECTIONS = Object.keys(COLLECTION_FOLDERS) as CollectionName[];

const FACTOR = 3;
let outDir: string;
let counts: ContentCounts;

beforeAll(() => {
  outDir = mkdtempSync(join(tmpdir(), 'aioa41-bench-content-'));
  counts = generateContent('content', join(outDir, 'content'), FACTOR);
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe(`synthetic content ×${FACTOR}`, () => {
  it('multiplies the scaled collections and copies the others', () => {
    for (const collection of COLLECTIONS) {
      const folder = COLLECTION_FOLDERS[collection];
      const real = contentFiles(collection).length;
      const scaled = (SCALED_FOLDERS as readonly string[]).includes(folder);
      expect([folder, counts[folder]]).toEqual([folder, scaled ? real * FACTOR : real]);
    }
  });

  it('passes every schema, with every reference pointing to an existing entry', () => {
    const collections: Partial<Record<CollectionName, EntryLike[]>> = {};
    const problems: string[] = [];
    for (const name of COLLECTIONS) {
      collections[name] = contentFiles(name, join(outDir, 'content')).map(({ id, file, data }) => {
        const parsed = SCHEMAS[name].safeParse(data);
        if (!parsed.success) problems.push(`${file}: ${parsed.error.message}`);
        return { id, filePath: file, data: parsed.data };
      });
    }
    expect(problems).toEqual([]);
    expect(checkReferences(collections)).toEqual([]);
  });

  it('spreads the copied structures over the département, each in the area of its listed town, else of its nearest main town', () => {
    const structures = contentFiles('structures', join(outDir, 'content'));
    const copies = structures.filter((entry) => /-x\d+$/.test(entry.id));
    const { south, west, north, east } = territory.bounds;
    for (const { data } of copies) {
      const { latitude, longitude, bassin, commune } = data as {
        latitude: number;
        longitude: number;
        bassin: string;
        commune: string;
      };
      expect(latitude).toBeGreaterThan(south);
      expect(latitude).toBeLessThan(north);
      expect(longitude).toBeGreaterThan(west);
      expect(longitude).toBeLessThan(east);
      // check:content refuses a structure whose town src/site.config.ts lists in another area.
      expect(bassin).toBe(employmentAreaOf({ commune })?.id ?? nearestArea(latitude, longitude));
    }
    const areas = new Set(copies.map(({ data }) => (data as { bassin: string }).bassin));
    expect(areas.size).toBe(territory.employmentAreas.length);
  });

  it('points the copies of internships and tools to the copies of their structures, so reverse lists keep their length', () => {
    const copies = (['internships', 'tools'] as const).flatMap((collection) =>
      contentFiles(collection, join(outDir, 'content')).filter((entry) => entry.id.endsWith('-x2')),
    );
    const refs = copies.flatMap(({ data }) => {
      const { structures = [], structure = [] } = data as { structures?: string[]; structure?: string | string[] };
      return [...structures, ...[structure].flat()];
    });
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => !ref.endsWith('-x2'))).toEqual([]);
  });

  it('is the same from one run to the next', () => {
    const again = join(outDir, 'again');
    generateContent('content', again, FACTOR);
    const read = (root: string) => contentFiles('structures', root).map((entry) => JSON.stringify(entry.data));
    expect(read(again)).toEqual(read(join(outDir, 'content')));
  });

  it.each([
    ['mission-locale-blaisois', 0, 'mission-locale-blaisois'],
    ['mission-locale-blaisois', 2, 'mission-locale-blaisois-x2'],
  ])('copy of %s number %i is %s', (id, k, expected) => {
    expect(copyId(id, k)).toBe(expected);
  });
});
