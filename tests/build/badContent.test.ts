import { describe, expect, it } from 'vitest';
import { buildWithContent } from '../support/buildSite.ts';
import { structureFile, usePlantedContent } from '../support/contentFixtures.ts';

describe('un fichier de contenu invalide arrête la construction', () => {
  const plant = usePlantedContent();

  /** Builds the real content with `files` added, expects the build to fail, and gives what it printed. */
  async function failedBuild(files: Record<string, string>): Promise<string> {
    const { code, output } = await buildWithContent(plant(files));
    expect(code).not.toBe(0);
    return output;
  }

  it('nomme le fichier et le champ d’une structure mal placée', async () => {
    const output = await failedBuild({
      'structures/structure-a-paris.yaml': [
        'nom: "Structure mal placée"',
        'type: cio',
        'bassin: blois',
        'description: "Une structure dont les coordonnées sont à Paris."',
        'commune: Blois',
        'latitude: 48.8566',
        'longitude: 1.336',
        'publics: [tout-public]',
        'date_maj: 2026-11-28',
        'verifie: false',
      ].join('\n'),
    });
    expect(output).toContain('structure-a-paris');
    expect(output).toMatch(/latitude.*latitude hors du Loir-et-Cher/);
  });

  // Session 22's note, §7: the schema's French message came inside Astro's English header, hint and stack trace.
  it('dit d’abord, en français, le fichier, le champ et la correction d’une fiche que le schéma refuse', async () => {
    const output = await failedBuild({
      'structures/bassin-mal-ecrit.yaml': structureFile({
        bassin: 'bloi',
        description: '"Une structure dont le bassin est mal écrit."',
      }),
    });
    expect(output).toContain(
      'structures/bassin-mal-ecrit.yaml: bassin: valeur inconnue → choisissez le bassin d’emploi parmi : blois, romorantin, vendome.',
    );
    expect(output).toContain('npm run check:content');
    expect(output).not.toContain('does not match collection schema');
    expect(output).not.toContain('Stack trace');
  });

  it('refuse un jour qui n’existe pas au lieu de le publier comme un autre jour', async () => {
    const output = await failedBuild({
      'structures/structure-au-30-fevrier.yaml': structureFile({
        nom: '"Structure datée du 30 février"',
        description: '"Une structure dont la date de mise à jour n’existe pas."',
        date_maj: '2026-02-30',
      }),
    });
    expect(output).toContain('structure-au-30-fevrier');
    expect(output).toMatch(/date_maj.*date invalide → écrivez/);
  });

  it('nomme le fichier et le champ d’un sigle qui lie une page que le glossaire ne sait pas nommer', async () => {
    const output = await failedBuild({
      'sigles/zz-test-lien.yaml': [
        'sigle: "ZZT"',
        'sens: "sigle de test"',
        'source: "tests/build/badContent.test.ts"',
        'lien: "/pas-de-page/"',
      ].join('\n'),
    });
    expect(output).toContain(
      'sigles/zz-test-lien.yaml: lien: le site ne sait pas nommer la page « /pas-de-page/ » → liez la page d’une structure',
    );
  });

  it('nomme le fichier et le champ d’un point d’étape qui cite un thème inconnu', async () => {
    const output = await failedBuild({
      'points-etape/theme-inconnu.md': [
        '---',
        'titre: Un point d’étape',
        'date: 2020-01-01',
        'periode: Année 2020',
        'auteurs: [Groupe AIOA 41]',
        'thematiques: [apprentisage]',
        'resume: Un résumé.',
        '---',
        'Texte.',
      ].join('\n'),
    });
    expect(output).toContain(
      'points-etape/theme-inconnu.md: thematiques[0]: « apprentisage » n’existe pas dans content/thematiques/',
    );
  });

  // The page would read « Publié le 1er janvier 2020 sur » : the origin is written in full, or its line removed.
  it('nomme le fichier et le champ d’un point d’étape au lieu de première publication laissé vide', async () => {
    const output = await failedBuild({
      'points-etape/publie-sur-vide.md': [
        '---',
        'titre: Un point d’étape',
        'date: 2020-01-01',
        'publie_sur: ""',
        'periode: Année 2020',
        'auteurs: [Groupe AIOA 41]',
        'thematiques: [apprentissage]',
        'resume: Un résumé.',
        '---',
        'Texte.',
      ].join('\n'),
    });
    expect(output).toContain(
      'points-etape/publie-sur-vide.md: publie_sur: ce champ est vide → écrivez où le point d’étape a d’abord été publié, par exemple « le site régional Etoile », ou supprimez la ligne.',
    );
  });

  it('nomme la ligne de services d’une structure qui cite un point d’étape sans le marquer comme action passée', async () => {
    const output = await failedBuild({
      'structures/action-mal-marquee.yaml': [
        'nom: "Structure de test"',
        'type: autre',
        'bassin: blois',
        'description: "Une structure dont une action passée est mal marquée."',
        'commune: Blois',
        'latitude: 47.59',
        'longitude: 1.33',
        'publics: [tout-public]',
        'services:',
        '  - "Accueil"',
        '  - "Médiation d’été, point d’étape 2013"',
        'date_maj: 2026-11-28',
        'verifie: false',
      ].join('\n'),
    });
    expect(output).toMatch(
      /structures\/action-mal-marquee\.yaml: services\[1\]: « Médiation d’été, point d’étape 2013 » cite un point d’étape sans finir par lui entre parenthèses/,
    );
  });

  // The national directory takes a name of 150 characters at most: the export used to cut this one with « … ».
  it('nomme le fichier et le champ d’une structure au nom trop long pour data·inclusion', async () => {
    const name = `Accueil, information et orientation des jeunes et des adultes ${'du département '.repeat(7)}de Loir-et-Cher.`;
    const output = await failedBuild({
      'structures/nom-trop-long.yaml': [
        `nom: "${name}"`,
        'type: autre',
        'bassin: blois',
        'description: "Oui"',
        'commune: Blois',
        'latitude: 47.59',
        'longitude: 1.33',
        'publics: [tout-public]',
        'date_maj: 2026-11-28',
        'verifie: false',
      ].join('\n'),
    });
    expect(output).toContain('nom-trop-long');
    expect(output).toMatch(/nom: nom trop long pour l’annuaire national data·inclusion : 183 caractères, 150 au plus/);
    expect(output).toMatch(/description: description trop courte .*: 3 caractères, 5 au moins/);
  });
});
