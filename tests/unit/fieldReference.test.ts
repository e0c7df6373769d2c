import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collectionSchemas } from '../../src/schemas/collections.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { allowedValueLabels, allowedValues, typeLabel } from '../../src/lib/describeFields.ts';
import { PUBLICS } from '../../src/schemas/fields.ts';
import { STRUCTURE_TYPES } from '../../src/schemas/structure.ts';
import { fieldReference } from '../../src/lib/fieldReference.ts';
import { PREFERENCES } from '../../src/schemas/diagnostic.ts';
import { AGE_BANDS, PERSON_ANSWERS } from '../../src/schemas/structureAudiences.ts';
import { territory } from '../../src/site.config.ts';

const schemas = collectionSchemas(referenceStandIn) as Record<string, z.ZodType>;

/** Every top-level field of a schema, read with zod's public API (independently of describeFields). */
function shapesOf(schema: z.ZodType): Record<string, z.ZodType>[] {
  if (schema instanceof z.ZodObject) return [schema.shape];
  if (schema instanceof z.ZodDiscriminatedUnion || schema instanceof z.ZodUnion) {
    return (schema.options as z.ZodType[]).flatMap(shapesOf);
  }
  throw new Error('schéma de collection inattendu');
}

/** The enum inside wrappers, if the field (or its list's element) is one. */
function enumValues(field: z.ZodType): string[] | undefined {
  let current: z.ZodType = field;
  for (;;) {
    if (current instanceof z.ZodEnum) return current.options.map(String);
    if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodOptional || current instanceof z.ZodDefault)
      current = current.unwrap() as z.ZodType;
    else return undefined;
  }
}

const reference = fieldReference();
const cases = Object.entries(schemas).flatMap(([collection, schema]) =>
  shapesOf(schema).flatMap((shape, variantIndex) =>
    Object.entries(shape).map(([name, field]) => ({ collection, variantIndex, name, field })),
  ),
);

describe('la référence des champs (/contribuer/champs/)', () => {
  it.each([
    ['sites', 'Sites utiles (sitothèque)'],
    ['reports', 'Travaux du réseau (points d’étape)'],
    ['structures', 'Structures'],
  ])('appelle %s « %s », le nom du menu du site puis celui du réseau', (collection, label) => {
    expect(reference.find((entry) => entry.collection === collection)?.label).toBe(label);
  });

  it.each([
    ['sites', 'publics', PUBLICS],
    ['structures', 'type', STRUCTURE_TYPES],
  ])('donne pour %s.%s le libellé que le site affiche pour chaque code', (collection, name, labels) => {
    const row = reference
      .find((entry) => entry.collection === collection)!
      .variants[0]!.rows.find((candidate) => candidate.path.join('.') === name)!;
    expect(allowedValueLabels(row.field)).toEqual(labels);
  });

  it('couvre chaque collection déclarée', () => {
    expect(reference.map((entry) => entry.collection).sort()).toEqual(Object.keys(schemas).sort());
  });

  it.each(cases)(
    'décrit $collection › $name : description, type, obligation, valeurs',
    ({ collection, variantIndex, name, field }) => {
      const variant = reference.find((entry) => entry.collection === collection)?.variants[variantIndex];
      const row = variant?.rows.find((candidate) => candidate.path.length === 1 && candidate.field.name === name);
      expect(row, `${collection}.${name} absent de la référence`).toBeDefined();
      expect(row!.field.description.length).toBeGreaterThan(5);
      expect(typeLabel(row!.field)).not.toBe('valeur');
      expect(row!.field.required).toBe(!field.safeParse(undefined).success);
      const values = enumValues(field);
      if (values) expect(allowedValues(row!.field)).toEqual(values);
    },
  );

  it.each([
    ['reports', ['documents', 'titre'], true],
    ['reports', ['documents', 'fichier'], false],
    ['internships', ['liens', 'url'], true],
    // An answer leads to a step (suite) or opens a page (page): neither is required alone.
    ['diagnostic', ['options', 'suite'], false],
    ['diagnostic', ['options', 'page'], false],
  ])('décrit aussi les sous-champs : %s %j', (collection, path, required) => {
    const rows = reference.find((entry) => entry.collection === collection)!.variants.flatMap((v) => v.rows);
    const row = rows.find((candidate) => candidate.path.join('.') === path.join('.'));
    expect(row?.field.description).toBeTruthy();
    expect(row?.field.required).toBe(required);
  });

  it('dit à qui remplit une question de l’autodiagnostic les valeurs que chaque profil permet à ses réponses', () => {
    const rows = reference.find((entry) => entry.collection === 'diagnostic')!.variants.flatMap((v) => v.rows);
    const described = (path: string) => rows.find((row) => row.path.join('.') === path)?.field.description ?? '';
    const profil = described('profil');
    const allowed = {
      age: Object.keys(AGE_BANDS),
      situation: Object.keys(PERSON_ANSWERS),
      bassin: territory.employmentAreas.map((area) => area.id),
      preference: Object.keys(PREFERENCES),
    };
    for (const [field, values] of Object.entries(allowed)) {
      expect(profil).toContain(`${field} :`);
      for (const value of values) expect(profil).toMatch(new RegExp(`[ (]${value}[,)]`));
    }
    expect(described('options.valeur')).toMatch(/Obligatoire quand deux réponses mènent à la même étape/);
    expect(described('options.valeur')).toMatch(/valeurs que ce profil permet/);
  });

  it.each([
    ['structures', 'latitude', /nombre décimal/, 'entre 47.15 et 48.17'],
    ['structures', 'date_maj', /date AAAA-MM-JJ/, ''],
    ['sites', 'thematiques', /liste .* content\/thematiques\//, ''],
    ['themes', 'ordre', /nombre entier/, ''],
  ])('dit le type de %s.%s en français', (collection, name, type, bounds) => {
    const row = reference
      .find((entry) => entry.collection === collection)!
      .variants[0]!.rows.find((candidate) => candidate.field.name === name)!;
    expect(typeLabel(row.field)).toMatch(type);
    if (bounds) expect(`entre ${row.field.minimum} et ${row.field.maximum}`).toBe(bounds);
  });
});
