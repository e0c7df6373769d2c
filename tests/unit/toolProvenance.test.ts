/**
 * A tool's sheet never says both that a report of the group speaks of it and that no document of the group names it
 * (« Provenance », « Où le trouver », src/lib/toolProvenance.ts), and the schema refuses a sheet that would.
 */
import { describe, expect, it } from 'vitest';
import { provenanceLine, sheetToConfirm, whereToFind } from '../../src/lib/toolProvenance.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { toolSchema, type ToolProvenance } from '../../src/schemas/tool.ts';
import { loadCollection } from '../support/loadContent.ts';

/** The line as a reader reads it, with « [rapport] » where the report's link is. */
function read(provenance: ToolProvenance, hasReport: boolean): string {
  const { before, report, after } = provenanceLine(provenance, hasReport);
  return `${before}${report ? '[rapport]' : ''}${after}`;
}

describe('la ligne « Provenance » d’une fiche', () => {
  it.each<[ToolProvenance, boolean, string]>([
    ['groupe', true, 'Cité dans un point d’étape du groupe : [rapport]'],
    ['structure', false, 'Fiche fournie par la structure qui détient l’outil'],
    [
      'a-confirmer',
      false,
      'Provenance à confirmer : aucun document du groupe ne cite cet outil, et sa fiche n’a pas été vérifiée.',
    ],
    [
      'a-confirmer',
      true,
      'Provenance à confirmer : [rapport] cite une démarche voisine, pas cette fiche, qui n’a pas été vérifiée.',
    ],
  ])('%s, avec un point d’étape : %s', (provenance, hasReport, expected) => {
    expect(read(provenance, hasReport)).toBe(expected);
  });

  it('ne dit jamais « aucun document du groupe » d’une fiche qui nomme un point d’étape', () => {
    for (const provenance of ['groupe', 'structure', 'a-confirmer'] as const) {
      expect(read(provenance, true)).not.toMatch(/aucun document/);
    }
  });
});

describe('la ligne « Où le trouver » d’une fiche', () => {
  it.each<[number, ToolProvenance, boolean, string]>([
    [2, 'a-confirmer', false, 'structures'],
    [0, 'groupe', true, 'report'],
    [0, 'a-confirmer', true, 'unknown'],
    [0, 'structure', false, 'unknown'],
  ])('%i structure(s), %s, point d’étape %s → %s', (holders, provenance, hasReport, expected) => {
    expect(whereToFind(holders, provenance, hasReport)).toBe(expected);
  });
});

describe('les structures qui détiennent un outil', () => {
  it.each<[ToolProvenance, boolean]>([
    ['a-confirmer', true],
    ['structure', false],
    ['groupe', false],
  ])('provenance %s → structures à confirmer : %s', (provenance, expected) => {
    expect(sheetToConfirm(provenance)).toBe(expected);
  });
});

describe('le schéma des outils', () => {
  const schema = toolSchema(referenceStandIn);
  const sheet = {
    nom: 'Portefeuille',
    categorie: 'positionnement',
    description: 'Un dossier.',
    publics: ['adultes'],
    conditions: 'Avec un conseiller.',
    remarques: 'Le point d’étape de 2013 annonce une démarche voisine.',
  };

  it('refuse une fiche qui parle d’un point d’étape sans le nommer, en disant quoi ajouter', () => {
    const result = schema.safeParse(sheet);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [
        'point_etape',
        'la fiche parle d’un point d’étape sans le nommer, et sa provenance dirait qu’aucun document du groupe ne cite l’outil → ajoutez « point_etape: » suivi du nom de ce fichier de content/points-etape/ (sans .md).',
      ],
    ]);
  });

  it('accepte la même fiche avec son point d’étape', () => {
    expect(schema.safeParse({ ...sheet, point_etape: '2013-trois-thematiques' }).success).toBe(true);
  });

  it('les fiches du contenu : une fiche sans structure qui vient d’un point d’étape y renvoie', () => {
    const tools = loadCollection('tools', schema);
    const principles = tools.find(({ id }) => id === 'principes-premier-accueil')!;
    expect(
      whereToFind(principles.data.structure.length, principles.data.provenance, !!principles.data.point_etape),
    ).toBe('report');
    const portfolio = tools.find(({ id }) => id === 'portefeuille-competences')!;
    expect(read(portfolio.data.provenance, !!portfolio.data.point_etape)).not.toMatch(/aucun document/);
  });
});
