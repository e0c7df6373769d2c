import { describe, expect, it } from 'vitest';
import { offeringsIndex } from '../../src/lib/structureOfferings.ts';
import { toolSchema } from '../../src/schemas/tool.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';

const ref = (id: string) => ({ id, collection: 'structures' });
const internships = [
  { id: 'pmsmp', data: { structures: [ref('france-travail-blois'), ref('mission-locale-blaisois')] } },
  { id: 'apprentissage', data: { structures: [ref('cfa-btp'), ref('mission-locale-blaisois')] } },
  { id: 'superieur', data: { structures: [] } },
];
const tools = [
  { id: 'inventaire', data: { structure: [ref('cio-blois'), ref('cio-vendome')] } },
  { id: 'portefeuille', data: { structure: [ref('mission-locale-blaisois')] } },
  { id: 'grille', data: { structure: [] } },
];

describe('offeringsIndex', () => {
  it.each([
    ['mission-locale-blaisois', ['pmsmp', 'apprentissage'], ['portefeuille']],
    ['cio-vendome', [], ['inventaire']],
    ['france-travail-blois', ['pmsmp'], []],
    ['bij-41', [], []],
  ])('« %s » organise %j et détient %j', (structureId, expectedInternships, expectedTools) => {
    const offerings = offeringsIndex(internships, tools)(structureId);
    expect(offerings.internships.map((entry) => entry.id)).toEqual(expectedInternships);
    expect(offerings.tools.map((entry) => entry.id)).toEqual(expectedTools);
  });

  it('liste une fois une forme de stage qui nomme deux fois la même structure', () => {
    const twice = [{ id: 'pmsmp', data: { structures: [ref('cio-blois'), ref('cio-blois')] } }];
    expect(offeringsIndex(twice, [])('cio-blois').internships.map((entry) => entry.id)).toEqual(['pmsmp']);
  });
});

describe('le champ structure d’un outil', () => {
  const valid = {
    nom: 'Inventaire d’intérêts',
    categorie: 'orientation',
    description: 'Un questionnaire.',
    publics: ['collegiens-lyceens'],
    conditions: 'Avec un conseiller.',
  };
  const schema = toolSchema(referenceStandIn);

  it.each([
    ['une structure', 'cio-blois', ['cio-blois']],
    ['une liste', ['cio-blois', 'cio-vendome'], ['cio-blois', 'cio-vendome']],
    ['rien (outil commun du réseau)', undefined, []],
  ])('se lit toujours comme une liste : %s', (_case, structure, expected) => {
    const data = schema.parse({ ...valid, structure });
    expect(data.structure.map((entry) => entry.id)).toEqual(expected);
  });

  it('explique en français une valeur qui n’est ni un nom ni une liste', () => {
    const result = schema.safeParse({ ...valid, structure: 12 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/content\/structures\/.*→|→.*content\/structures\//);
  });
});
