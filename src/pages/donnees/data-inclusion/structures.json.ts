import type { APIRoute } from 'astro';
import { structureRecords } from '../../../content.ts';
import { DATA_SOURCE, jsonResponse } from '../../../lib/structures/openData.ts';
import { toDataInclusionStructure } from '../../../lib/structures/dataInclusion.ts';
import { publishableForDataInclusion } from '../../../lib/structures/validateDataInclusion.ts';

/** The structures in the data·inclusion v1 schema; the build stops, naming the file, on a record it would refuse. */
export const GET: APIRoute = async ({ site }) =>
  jsonResponse(
    publishableForDataInclusion(
      'structure',
      (await structureRecords(site)).map((record) => toDataInclusionStructure(record, DATA_SOURCE)),
    ),
  );
