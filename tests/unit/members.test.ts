import { describe, expect, it } from 'vitest';
import { contentFiles } from '../support/loadContent.ts';

/**
 * The group's composition in its last report (« Point d’étape du groupe AIOA 41 au 30 mars 2013 », in the seed):
 * « Le groupe AIOA 41 se compose actuellement du BIJ 41, du CAD de la CMA 41, des CIO et MGI de Blois, Romorantin
 * et Vendôme, du GIP Alfa centre (en la personne de son Webmaster), des Missions Locales du Blaisois, du
 * Romorantinais et du Vendômois, d’une chargée de mission et, pour intervenir sur la thématique de
 * l’apprentissage, de quatre des CFA du territoire (Agricole, Bâtiment, Interprofessionnel et Industrie). »
 * Written once here, as data: each member as the report names it, with the file that describes it
 * (the « chargée de mission » is a person, not a structure).
 */
// « Agricole » names no structure: the département has several agricultural CFA, and the report does not say which.
const MEMBERS_2013: Record<string, string> = {
  'BIJ 41': 'bij-41',
  'CAD de la CMA 41': 'cad-cma-41',
  'CIO de Blois': 'cio-blois',
  'CIO de Romorantin': 'cio-romorantin',
  'CIO de Vendôme': 'cio-vendome',
  'MGI de Blois': 'mgi-blois',
  'MGI de Romorantin': 'mgi-romorantin',
  'MGI de Vendôme': 'mgi-vendome',
  'GIP Alfa centre': 'gip-alfa-centre',
  'Mission Locale du Blaisois': 'mission-locale-blaisois',
  'Mission Locale du Romorantinais': 'mission-locale-romorantinais',
  'Mission Locale du Vendômois': 'mission-locale-vendomois',
  'CFA Bâtiment': 'cfa-batiment-blois',
  'CFA Interprofessionnel': 'cfa-interprofessionnel-blois',
  'CFA Industrie': 'cfa-industrie',
};

// As the schema reads a file: without a « membre » line, a partner.
const structures = contentFiles('structures').map(({ id, data }) => ({ id, membre: data['membre'] === true }));

describe('les membres du réseau sont ceux du point d’étape de 2013', () => {
  it.each(Object.entries(MEMBERS_2013))('%s a sa fiche (%s), marquée membre', (_name, id) => {
    expect(structures.find((structure) => structure.id === id)).toEqual({ id, membre: true });
  });

  it('aucun CFA agricole ne se dit membre, et le point d’étape compte à part celui qu’il ne désigne pas', () => {
    const agricultural = structures.filter((structure) => structure.id.startsWith('cfa-agricole-'));
    expect(agricultural.length).toBeGreaterThan(1);
    expect(agricultural.filter((structure) => structure.membre)).toEqual([]);
    const report = contentFiles('reports').find(({ id }) => id === '2013-trois-thematiques')!;
    expect(report.data['membres_non_identifies']).toEqual(['un centre de formation d’apprentis (CFA) agricole']);
    expect((report.data['membres'] as string[]).length + 1).toBe(16);
  });

  it('aucune autre structure ne se dit membre (l’Afpa et l’ANPE ne le sont plus depuis 2009)', () => {
    const members = structures.filter((structure) => structure.membre).map((structure) => structure.id);
    expect(members.sort()).toEqual(Object.values(MEMBERS_2013).sort());
  });
});
