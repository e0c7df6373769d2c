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
        '    suite: orientation-apres-3e',
        '  - libelle: "En seconde"',
        '    suite: orientation-seconde',
        '  - libelle: "En terminale"',
        '    suite: orientation-apres-bac',
      ].join('\n'),
    });
    cleanup = content.cleanup;
    const { code, output } = await buildWithContent(content.dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /diagnostic\/classe\.yaml: options\[1\]\.suite: l’étape « orientation-seconde » n’existe pas dans content\/diagnostic\//,
    );
    // The result no answer reaches any more (only the class question led to it) is named too.
    expect(output).toMatch(/diagnostic\/orientation-lycee\.yaml: type: aucune réponse ne mène à cette étape/);
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
    expect(output).toMatch(/options\[3\]\.suite: cette réponse ne mène nulle part → ajoutez « suite »/);
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
    expect(output).toMatch(/diagnostic\/emploi-adulte\.yaml/);
    expect(output).toMatch(
      /diagnostic\/emploi-adulte\.yaml: informer: ce résultat ne propose aucun lieu pour se renseigner, et ne dit pas au lecteur pourquoi → ajoutez au moins un type de structure qui informe sur ce sujet ; ou, [^→]*écrivez dans « informer_absent » la phrase/,
    );
  });

  it('nomme le fichier, le niveau et le chemin d’un résultat qui envoie un moins de 16 ans à la Mission Locale', async () => {
    // The pupils' internship result, reached from the under-16 branch, now also offers the Mission Locale (16–25).
    const content = contentWith({
      'diagnostic/stage-eleve.yaml': [
        'type: resultat',
        'titre: "Trouver un stage quand on est élève"',
        'message: "Chercher un stage, c’est découvrir un métier de l’intérieur."',
        'sites:',
        '  - onisep',
        'informer:',
        '  - bij',
        'accompagner:',
        '  - cio',
        '  - mission-locale',
      ].join('\n'),
    });
    cleanup = content.cleanup;
    const { code, output } = await buildWithContent(content.dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /diagnostic\/stage-eleve\.yaml: accompagner\[1\]: le type « mission-locale » n’accueille pas la personne qui arrive ici par le chemin « [^»]+ » › « [^»]+ » › « Moins de 16 ans » › « Je suis au collège » › « Je cherche un stage » \(\?parcours=[a-z]+\.[a-z-]+\.moins-16\.college\.stage-eleve\)[^:]*: ce type reçoit de 16 à 25 ans, la personne a moins de 16 ans → retirez « mission-locale » de ce niveau/,
    );
    // Pupils of 16 to 25 are named too: the Mission Locale receives young people who have left school.
    expect(output).toMatch(
      /stage-eleve\.yaml: accompagner\[1\]: .*« De 16 à 25 ans » › « Je suis au collège ou au lycée ».*la personne relève de « Collégiens et lycéens »/,
    );
  });
});
