import type { APIRoute } from 'astro';
import { structureRecords } from '../../content.ts';
import { pickFields, STRUCTURE_FIELDS } from '../../lib/openDataRegistry.ts';
import { jsonResponse } from '../../lib/structures/openData.ts';

/** The structures as a plain JSON list of flat records, with the registry's fields. */
export const GET: APIRoute = async ({ site }) =>
  jsonResponse((await structureRecords(site)).map((record) => pickFields(record, STRUCTURE_FIELDS)));
