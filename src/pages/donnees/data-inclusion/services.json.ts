import type { APIRoute } from 'astro';
import { structureRecords } from '../../../content.ts';
import { DATA_SOURCE, jsonResponse } from '../../../lib/structures/openData.ts';
import { toDataInclusionServices } from '../../../lib/structures/dataInclusion.ts';
import { publishableForDataInclusion } from '../../../lib/structures/validateDataInclusion.ts';

/**
 * The services of the structures a person checked with them (publishesServices), in the data·inclusion v1 schema; the
 * build stops, naming the file, on a record the national schema would refuse.
 */
export const GET: APIRoute = async ({ site }) =>
  jsonResponse(
    publishableForDataInclusion(
      'service',
      (await structureRecords(site)).flatMap((record) => toDataInclusionServices(record, DATA_SOURCE)),
    ),
  );
