import { afterEach, describe, expect, it } from 'vitest';
import { buildWithContent, contentWith } from '../support/buildSite.ts';

describe('un autodiagnostic mal construit arrête la construction', () => {
  let cleanup = () => {};
  afterEach(() => cleanup());

  it('nomme le fichier, l’étape et la réponse qui mène nulle part', async () => {
    const content = contentWith({
      'diagnostic/classe.yaml': [
        'type: question',
        'question: "En quelle classe êtes-vous ?"',
        'options:',
        '  - libelle: "En 3e"',
        '    suite: orientation-apres-3eme',
        '  - libelle: "En seconde"',
        '    suite: orientation-lycee',
        '  - libelle: "En terminale"',
        '    suite: orientation-apres-bac',
      ].join('\n'),
    });
    cleanup = content.cleanup;
    const { code, output } = await buildWithContent(content.dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /diagnostic\/classe\.yaml: options\[0\]\.suite: l’étape « orientation-apres-3eme » n’existe pas dans content\/diagnostic\//,
    );
    // The result no answer reaches any more is named too.
    expect(output).toMatch(/diagnostic\/orientation-apres-3e\.yaml: type: aucune réponse ne mène à cette étape/);
  });

  it('nomme le fichier et la réponse qui n’a ni étape suivante ni page', async () => {
    const content = contentWith({
      'diagnostic/bassin.yaml': [
        'type: question',
        'debut: true',
        'profil: bassin',
        'question: "Près de quelle ville habitez-vous ?"',
        'options:',
        '  - libelle: "Blois ou ses environs"',
        '    valeur: blois',
        '    suite: preference',
        '  - libelle: "Romorantin-Lanthenay ou ses environs"',
        '    valeur: romorantin',
        '    suite: preference',
        '  - libelle: "Vendôme ou ses environs"',
        '    valeur: vendome',
        '    suite: preference',
        '  - libelle: "Je suis professionnel : voir tout l’autodiagnostic"',
        '    valeur: professionnel',
      ].join('\n'),
    });
    cleanup = content.cleanup;
    const { code, output } = await buildWithContent(content.dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/diagnostic\/bassin\.yaml/);
    expect(output).toMatch(/options\.3\.suite: cette réponse ne mène nulle part → ajoutez « suite »/);
  });

  it('nomme le fichier et le niveau vide d’un résultat qui ne propose pas les trois niveaux', async () => {
    const content = contentWith({
      'diagnostic/emploi-adulte.yaml': [
        'type: resultat',
        'titre: "Trouver un emploi"',
        'message: "Chercher un emploi est une démarche qui se prépare : vous n’êtes pas seul."',
        'sites:',
        '  - france-travail',
        'accompagner:',
        '  - france-travail',
      ].join('\n'),
    });
    cleanup = content.cleanup;
    const { code, output } = await buildWithContent(content.dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/diagnostic\/emploi-adulte\.yaml: informer: le niveau « informer » de ce résultat est vide/);
  });
});
