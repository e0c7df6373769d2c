import type { APIRoute } from 'astro';
import { structureRecords } from '../../../content.ts';
import { DATA_SOURCE, jsonResponse } from '../../../lib/structures/openData.ts';
import { toDataInclusionStructure } from '../../../lib/structures/dataInclusion.ts';

/** The structures in the data·inclusion v1 schema. */
export const GET: APIRoute = async ({ site }) =>
  jsonResponse((await structureRecords(site)).map((record) => toDataInclusionStructure(record, DATA_SOURCE)));
