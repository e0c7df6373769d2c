import { describe, expect, it } from 'vitest';
import { toolProvenanceSummary } from '../../src/lib/toolProvenanceSummary.ts';
import type { ToolProvenance } from '../../src/schemas/tool.ts';

const tools = (group: number, structure: number, unconfirmed: number): ToolProvenance[] => [
  ...Array<ToolProvenance>(group).fill('groupe'),
  ...Array<ToolProvenance>(structure).fill('structure'),
  ...Array<ToolProvenance>(unconfirmed).fill('a-confirmer'),
];

describe('la boîte à outils dit combien de fiches viennent des documents du groupe', () => {
  it.each([
    [
      tools(1, 0, 10),
      '1 outil sur 11 est cité dans un document du groupe (un point d’étape). Pour les 10 autres, la provenance reste à confirmer : aucun document du groupe ne les cite, et leurs fiches n’ont pas été vérifiées, ni les structures qui les détiendraient.',
    ],
    [
      tools(2, 1, 1),
      '2 outils sur 4 sont cités dans un document du groupe (un point d’étape). 1 fiche sur 4 a été fournie par la structure qui détient l’outil. Pour l’autre, la provenance reste à confirmer : aucun document du groupe ne le cite, et sa fiche n’a pas été vérifiée, ni la structure qui le détiendrait.',
    ],
    [
      tools(0, 0, 3),
      'Aucun n’est cité dans un document du groupe. Pour ces 3 outils, la provenance reste à confirmer : aucun document du groupe ne les cite, et leurs fiches n’ont pas été vérifiées, ni les structures qui les détiendraient.',
    ],
    [tools(3, 0, 0), '3 outils sur 3 sont cités dans un document du groupe (un point d’étape).'],
    [[], ''],
  ])('%o', (provenances, expected) => {
    expect(toolProvenanceSummary(provenances)).toBe(expected);
  });

  it.each([
    [
      tools(1, 0, 10),
      1,
      /Pour les 10 autres.*Un point d’étape parle seulement d’une démarche voisine de l’un d’eux, sans citer sa fiche\.$/,
    ],
    [
      tools(1, 0, 1),
      1,
      /Pour l’autre.*Un point d’étape parle seulement d’une démarche voisine de cet outil, sans citer sa fiche\.$/,
    ],
    [
      tools(0, 0, 3),
      2,
      /Un point d’étape parle seulement d’une démarche voisine de 2 d’entre eux, sans citer leurs fiches\.$/,
    ],
  ])('dit qu’un point d’étape parle d’une démarche voisine : %o, %i', (provenances, neighbours, expected) => {
    expect(toolProvenanceSummary(provenances, neighbours)).toMatch(expected);
  });
});
