/**
 * The national site of each type of structure (site.networkSites in src/site.config.ts): checked against the
 * sitothèque as the build checks it, and shown only while the site gives no confirmed way to reach a structure.
 */
import { describe, expect, it } from 'vitest';
import { checkNetworkSites } from '../../src/lib/checkNetworkSites.ts';
import { crossEntryChecks } from '../../src/lib/crossEntryChecks.ts';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { networkSiteOf, toMapStructure } from '../../src/lib/structures/mapData.ts';
import { canBeReached, confirmedContacts } from '../../src/lib/structures/provenance.ts';
import { PUBLICS } from '../../src/schemas/fields.ts';
import { structureTypeIds } from '../../src/schemas/structure.ts';
import { site } from '../../src/site.config.ts';
import { contentFiles } from '../support/loadContent.ts';

const sites = new Set(['unml', 'cidj']);

describe('checkNetworkSites', () => {
  it('accepte un type connu lié à un site de la sitothèque', () => {
    expect(
      checkNetworkSites(
        { 'mission-locale': { site: 'unml', texte: 'le site national des Missions Locales' } },
        structureTypeIds,
        sites,
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'un site absent de la sitothèque',
      { 'mission-locale': { site: 'unml-fr', texte: 'le site national des Missions Locales' } },
      'src/site.config.ts: site.networkSites.mission-locale.site: « unml-fr » n’est pas un site de la sitothèque → si vous avez renommé ou supprimé content/sitotheque/unml-fr.yaml, rendez-lui ce nom ou recréez-le, car src/site.config.ts le cite ; sinon, écrivez le nom d’un fichier de content/sitotheque/, sans .yaml, ou retirez la ligne « mission-locale » : ce type n’aura pas de lien.',
    ],
    [
      'un type de structure inconnu',
      { 'missions-locales': { site: 'unml', texte: 'le site national des Missions Locales' } },
      `src/site.config.ts: site.networkSites.missions-locales: « missions-locales » n’est pas un type de structure → écrivez l’un des types : ${structureTypeIds.join(', ')}.`,
    ],
    [
      'un texte de lien vide',
      { bij: { site: 'cidj', texte: ' ' } },
      'src/site.config.ts: site.networkSites.bij.texte: le texte du lien est vide → écrivez ce qu’est le site, par exemple « le site national des Missions Locales ».',
    ],
  ])('refuse %s en nommant le fichier, le champ et la correction', (_, networkSites, message) => {
    expect(checkNetworkSites(networkSites, structureTypeIds, sites).map(formatProblem)).toEqual([message]);
  });

  it('est vérifié avec le contenu, à la construction comme par npm run check:content', () => {
    const problems = crossEntryChecks({ sites: [{ id: 'autre-site', data: {} }] }).map(formatProblem);
    for (const [type, { site: id }] of Object.entries(site.networkSites)) {
      expect(problems).toContain(
        `src/site.config.ts: site.networkSites.${type}.site: « ${id} » n’est pas un site de la sitothèque → si vous avez renommé ou supprimé content/sitotheque/${id}.yaml, rendez-lui ce nom ou recréez-le, car src/site.config.ts le cite ; sinon, écrivez le nom d’un fichier de content/sitotheque/, sans .yaml, ou retirez la ligne « ${type} » : ce type n’aura pas de lien.`,
      );
    }
  });

  it('lie les types du réseau à des sites de la sitothèque réelle, sans erreur', () => {
    const siteIds = new Set(contentFiles('sites').map((file) => file.id));
    expect(Object.keys(site.networkSites).length).toBeGreaterThan(0);
    expect(checkNetworkSites(site.networkSites, structureTypeIds, siteIds)).toEqual([]);
  });

  it('ne lie un type qu’à un site que la sitothèque décrit comme celui de son réseau', () => {
    // What backs each link's text: the words of the site's description (or its title) in the sitothèque.
    const backing: Record<string, RegExp> = {
      'mission-locale': /réseau national des Missions Locales/,
      'france-travail': /^France Travail$/,
      bij: /centre national d’information jeunesse/,
      'cad-cma': /site des chambres de métiers et de l’artisanat/,
    };
    const byId = new Map(
      contentFiles('sites').map(({ id, data }) => [id, data as { titre: string; description: string }]),
    );
    expect(Object.keys(site.networkSites).sort()).toEqual(Object.keys(backing).sort());
    for (const [type, { site: id }] of Object.entries(site.networkSites)) {
      const entry = byId.get(id)!;
      expect(`${entry.titre}\n${entry.description}`, type).toMatch(new RegExp(backing[type]!.source, 'm'));
    }
  });
});

describe('ce que la page publie des coordonnées', () => {
  const given = { telephone: '02 54 00 00 00', courriel: 'accueil@exemple.invalid', adresse: '1 rue de l’Exemple' };

  it.each([
    ['vérifiées par une personne', { ...given, verifie: true }, given, true],
    ['non vérifiées et sans source', { ...given, verifie: false }, {}, false],
    [
      'dont seul le téléphone a une source',
      {
        ...given,
        verifie: false,
        sources: { telephone: { source: 'data·inclusion', id: undefined, date: new Date('2026-10-01') } },
      },
      { telephone: given.telephone },
      true,
    ],
    [
      'vérifiées mais sans moyen de joindre la structure',
      { adresse: given.adresse, verifie: true },
      { adresse: given.adresse },
      false,
    ],
  ])('coordonnées %s', (_, data, shown, reachable) => {
    const published = Object.fromEntries(Object.entries(confirmedContacts(data)).filter(([, value]) => value));
    expect(published).toEqual(shown);
    expect(canBeReached(data)).toBe(reachable);
  });

  // The lists (directory, map, embed) read the map's data file: its record says whether to link the network's site.
  const unml = { href: 'https://www.unml.info/', texte: 'le site national des Missions Locales', domaine: 'unml.info' };
  const located = {
    nom: 'Mission Locale d’Exemple',
    sigle: undefined,
    commune: 'Blois',
    bassin: 'blois' as const,
    publics: ['jeunes-16-25' as const],
    publics_a_confirmer: [],
    latitude: 47.59,
    longitude: 1.33,
    membre: true,
    commune_inconnue: false,
  };
  it.each([
    ['une Mission Locale à confirmer', 'mission-locale' as const, { verifie: false }, unml],
    ['une Mission Locale au téléphone vérifié', 'mission-locale' as const, { ...given, verifie: true }, undefined],
    ['une Mission Locale vérifiée sans téléphone', 'mission-locale' as const, { verifie: true }, unml],
    ['un CIO à confirmer (aucun site national)', 'cio' as const, { verifie: false }, undefined],
  ])('les listes lient, pour %s, le site national de son réseau ou rien', (_, type, data, expected) => {
    const record = toMapStructure(
      'exemple',
      { ...located, ...data, type, sources: undefined },
      '/structures/exemple/',
      PUBLICS,
    );
    expect(record.reachable ?? false).toBe(canBeReached(data));
    expect(networkSiteOf(record, { 'mission-locale': unml })).toEqual(expected);
  });
});
