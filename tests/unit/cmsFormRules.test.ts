/**
 * What the editing form (/admin/) lets through must pass the build: the form's required fields, patterns and hints
 * against the schemas of src/schemas, on the values an editor may type.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { buildCmsConfig, type CmsField } from '../../src/lib/cmsConfig.ts';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import type { CollectionName } from '../../src/schemas/folders.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';

const config = buildCmsConfig({ siteUrl: 'https://exemple.fr/' });
const schemas = collectionSchemas(referenceStandIn) as Record<CollectionName, z.ZodType>;

const field = (collectionName: string, name: string): CmsField => {
  const found = config.collections
    .find((candidate) => candidate.name === collectionName)
    ?.fields.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${collectionName}.${name} absent`);
  return found;
};

const read = (file: string) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

/** The schema's messages for `data`, by field path (`informer`, `options.0.suite`). */
function messages(collection: CollectionName, data: Record<string, unknown>): Record<string, string> {
  const result = schemas[collection].safeParse(data);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('autodiagnostic : chaque résultat propose des sites, des structures qui informent et qui accompagnent', () => {
  const result = read('content/diagnostic/apprenti-moins-16.yaml');

  it.each(['sites', 'informer', 'accompagner'])('le formulaire demande au moins un élément dans « %s »', (name) => {
    expect(field('diagnostic-resultat', name)).toMatchObject({ required: true, min: 1 });
  });

  it('l’aide des types de structures dit les règles que le formulaire ne vérifie pas', () => {
    for (const name of ['informer', 'accompagner']) {
      expect(field('diagnostic-resultat', name).hint).toMatch(/^Au moins un\./);
      expect(field('diagnostic-resultat', name).hint).toMatch(/une des deux listes/);
      expect(field('diagnostic-resultat', name).hint).toMatch(/une structure dans l’annuaire/);
    }
  });

  it('la vérification refuse un niveau vide ou absent, en français, avec le champ et la correction', () => {
    expect(messages('diagnostic', result)).toEqual({});
    const { accompagner: _, ...withoutSupport } = result;
    const said = messages('diagnostic', { ...withoutSupport, sites: [], informer: [] });
    expect(Object.keys(said).sort()).toEqual(['accompagner', 'informer', 'sites']);
    expect(said['sites']).toBe(
      'liste vide → indiquez au moins un site de la sitothèque (nom d’un fichier de content/sitotheque/).',
    );
    expect(said['informer']).toBe('liste vide → indiquez au moins un type de structure qui informe.');
    expect(said['accompagner']).toMatch(
      /^champ obligatoire manquant → ajoutez un type de structure qui accompagne sous forme de liste/,
    );
  });
});
