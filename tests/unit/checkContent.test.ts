import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkedContent, structureFile, usePlantedContent } from '../support/contentFixtures.ts';
import { runScript } from '../support/runScript.ts';

const structure = (changes: Record<string, string> = {}) => structureFile(changes);

const plant = usePlantedContent();
/** The problem lines check:content prints for a copy of the real content with `files` added. */
const problemsWith = (files: Record<string, string>) => checkedContent(plant(files)).problems;

// Some cases run the command itself (a Node process that loads every schema): seconds on a loaded machine.
describe(
  'npm run check:content : un message par erreur, avec fichier, champ et correction',
  { timeout: 30_000 },
  () => {
    it('ne trouve rien à redire au contenu réel', () => {
      expect(checkedContent('content').problems).toEqual([]);
    });

    it.each([
      [
        'un champ obligatoire manquant',
        { 'structures/essai.yaml': structure({ commune: '' }) },
        'structures/essai.yaml: commune: champ obligatoire manquant → ajoutez la commune',
      ],
      [
        'une valeur hors liste',
        { 'structures/essai.yaml': structure({ bassin: 'orleans' }) },
        'structures/essai.yaml: bassin: valeur inconnue → choisissez le bassin d’emploi parmi : blois, romorantin, vendome.',
      ],
      [
        'un point hors du département',
        { 'structures/essai.yaml': structure({ latitude: '48.85' }) },
        'structures/essai.yaml: latitude: latitude hors du Loir-et-Cher',
      ],
      [
        'un champ mal orthographié',
        { 'structures/essai.yaml': structure({ telphone: '"02 54 00 00 00"' }) },
        'structures/essai.yaml: telphone: champ inconnu, ignoré par le site → vérifiez son orthographe',
      ],
      [
        'une erreur de syntaxe YAML',
        { 'structures/essai.yaml': structure({ description: 'Accueil : jeunes' }) },
        'structures/essai.yaml: (fichier): syntaxe invalide à la ligne 4 : un texte contient « : » → mettez ce texte entre guillemets.',
      ],
      [
        'un nom de fichier avec espaces et majuscules',
        { 'structures/Mon Essai.yaml': structure() },
        'structures/Mon Essai.yaml: (nom du fichier): nom de fichier invalide → renommez-le en minuscules sans accent ni espace, les mots séparés par des tirets (par exemple mon-essai.yaml).',
      ],
      [
        'une extension que le site ignore',
        { 'stages/essai.yaml': 'nom: x' },
        'stages/essai.yaml: (nom du fichier): le site ignore les fichiers .yaml de ce dossier → enregistrez la fiche en .md.',
      ],
      [
        'deux fichiers de même nom',
        { 'structures/cio-blois.yml': structure() },
        'structures/cio-blois.yml: (nom du fichier): même nom que structures/cio-blois.yaml → gardez un seul de ces deux fichiers.',
      ],
      [
        'un public à confirmer que la structure ne liste pas',
        { 'structures/essai.yaml': structure({ publics: '[etudiants]', publics_a_confirmer: '[apprentis]' }) },
        'structures/essai.yaml: publics_a_confirmer[0]: « apprentis » n’est pas dans publics → ajoutez-le à la liste publics, ou retirez-le de publics_a_confirmer',
      ],
      [
        'un thème inexistant',
        {
          'sitotheque/essai.yaml':
            'titre: Essai\nurl: https://www.onisep.fr/\ndescription: Essai.\nthematiques: [apprentisage]\npublics: [tout-public]\ndate_verification: 2026-11-01',
        },
        'sitotheque/essai.yaml: thematiques[0]: « apprentisage » n’existe pas dans content/thematiques/ → écrivez le nom d’un fichier de ce dossier, sans extension',
      ],
      [
        'une durée dans la description d’un site de la sitothèque, qui n’a pas de champ pour en citer la source',
        {
          'sitotheque/essai.yaml':
            'titre: Essai\nurl: https://www.onisep.fr/\ndescription: Des missions de 6 à 24 mois.\nthematiques: [emploi]\npublics: [tout-public]\ndate_verification: 2026-11-01',
        },
        'sitotheque/essai.yaml: description: « 6 à 24 mois » : une durée qu’aucune source ne tient',
      ],
      [
        'un nom trop long pour l’annuaire national (l’export le coupait avec « … »)',
        {
          'structures/essai.yaml': structure({ nom: `"${'Accueil des jeunes et des adultes '.repeat(5)}du Blaisois"` }),
        },
        'structures/essai.yaml: nom: nom trop long pour l’annuaire national data·inclusion : 181 caractères, 150 au plus → raccourcissez-le',
      ],
      [
        'une description qui ne dit rien',
        { 'structures/essai.yaml': structure({ description: '"Oui"' }) },
        'structures/essai.yaml: description: description trop courte pour l’annuaire national data·inclusion : 3 caractères, 5 au moins → écrivez une ou deux phrases',
      ],
      [
        'une ligne de services trop courte pour nommer un service',
        { 'structures/essai.yaml': structure({ services: '["ok"]' }) },
        'structures/essai.yaml: services[0]: ligne trop courte pour nommer un service dans l’annuaire national data·inclusion : 2 caractères, 3 au moins →',
      ],
      [
        'une adresse en http://',
        {
          'sitotheque/essai.yaml':
            'titre: Essai\nurl: http://www.onisep.fr/\ndescription: Essai.\nthematiques: [emploi]\npublics: [tout-public]\ndate_verification: 2026-11-01',
        },
        'sitotheque/essai.yaml: url: adresse web invalide → écrivez l’adresse du site en entier, en commençant par https://',
      ],
      [
        'un modèle pas rempli',
        { 'structures/essai.yaml': structure({ description: '"À compléter"' }) },
        'structures/essai.yaml: description: valeur à compléter (« À compléter »',
      ],
      [
        'un en-tête Markdown manquant',
        { 'pages/essai.md': 'titre: Essai\n' },
        'pages/essai.md: (fichier): en-tête manquant → commencez le fichier par une ligne « --- »',
      ],
      [
        'un sigle lié à une page que le site n’a pas (le build s’arrêtait dessus, check:content non)',
        { 'sigles/essai.yaml': 'sigle: XYZ\nsens: "essai"\nsource: "un essai"\nlien: /nexiste-pas/\n' },
        'sigles/essai.yaml: lien: le site ne sait pas nommer la page « /nexiste-pas/ » → liez la page d’une structure',
      ],
      [
        'une page éditoriale nommée comme une rubrique du site',
        { 'pages/stages.md': '---\ntitre: Stages\ndescription: Essai.\n---\nTexte.\n' },
        'pages/stages.md: (nom du fichier): « stages » est déjà l’adresse d’une page du site (/stages/) : cette fiche ne serait jamais publiée → renommez le fichier',
      ],
      [
        'une page MDX au composant mal réglé (le build s’arrêtait dessus, check:content non)',
        {
          'pages/essai.mdx':
            '---\ntitre: Essai\ndescription: Essai.\n---\nLisez le <RepositoryLink vers="aide">guide</RepositoryLink>.\n',
        },
        'pages/essai.mdx: ligne 5, vers: <RepositoryLink> : « aide » n’est pas une valeur connue de « vers » → écrivez',
      ],
      [
        'un âge que les pages du groupe ne donnent pas, dans un résultat de l’autodiagnostic',
        {
          'diagnostic/essai.yaml':
            'type: resultat\ntitre: Essai\nmessage: "L’apprentissage est ouvert jusqu’à 29 ans."\nsites: [onisep]\ninformer: [cio]\naccompagner: [cfa]\n',
        },
        'diagnostic/essai.yaml: message: « 29 ans » : un âge ou une durée que les pages du groupe ne donnent pas',
      ],
      [
        'ce que le réseau n’aurait pas, écrit autrement que « le réseau n’a pas », dans un résultat de l’autodiagnostic',
        {
          'diagnostic/essai.yaml':
            'type: resultat\ntitre: Essai\nmessage: "Le réseau ne propose pas de service réservé aux salariés."\nsites: [onisep]\ninformer: [cio]\naccompagner: [cfa]\n',
        },
        'diagnostic/essai.yaml: message: « Le réseau ne propose pas » : le site ne peut pas dire ce que le réseau n’a pas, seulement ce que son annuaire connaît → écrivez « l’annuaire ne connaît pas de … »',
      ],
      [
        'une étape du diagnostic sans type',
        { 'diagnostic/essai.yaml': 'question: Quel âge avez-vous ?\n' },
        'diagnostic/essai.yaml: type: le champ « type » doit valoir question ou resultat',
      ],
    ])('%s', (_case, files, expected) => {
      const problems = problemsWith(files);
      expect(problems.filter((line) => line.startsWith(expected))).toHaveLength(1);
      expect(problems.every((line) => / → /.test(line))).toBe(true);
    });

    it('avertit, sans refuser, qu’un téléphone, une adresse ou des horaires ni vérifiés ni sourcés ne seront pas publiés', () => {
      const dir = plant({
        'structures/essai.yaml': structure({
          telephone: '"02 54 00 00 00"',
          adresse: '"1 rue d’essai"',
          horaires_accueil: '"Mo-Fr 09:00-12:00"',
        }),
      });
      const { problems, warnings } = checkedContent(dir);
      expect(problems).toEqual([]);
      expect(warnings).toEqual([
        expect.stringMatching(
          /^structures\/essai\.yaml: adresse: renseigné mais ni vérifié ni sourcé : le site ne le publie pas/,
        ),
        expect.stringMatching(
          /^structures\/essai\.yaml: telephone: renseigné mais ni vérifié ni sourcé .*« Coordonnées à confirmer »/,
        ),
        // The page says it of the hours in their own words.
        expect.stringMatching(
          /^structures\/essai\.yaml: horaires_accueil: renseigné mais ni vérifié ni sourcé .*« Horaires à confirmer »/,
        ),
      ]);
      const run = runScript('check-content', [], { CONTENT_DIR: dir });
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(
        /Avertissement : .*essai\.yaml: telephone: .*verifie: true, ou indiquez sa source \(sources\.telephone\)/,
      );
    });

    it.each(['/stages/pmsmp/', '/structures/cio-blois/', '/contribuer/', '/'])(
      'accepte un sigle lié à une page que le site sait nommer (%s)',
      (lien) => {
        const problems = problemsWith({
          'sigles/essai.yaml': `sigle: XYZ\nsens: "essai"\nsource: "un essai"\nlien: ${lien}\n`,
        });
        expect(problems).toEqual([]);
      },
    );

    it('une structure qui ne reçoit plus les personnes que le diagnostic lui envoie : le message porte aussi sur sa fiche', () => {
      // The review's example: the Mission Locale of Vendôme's publics, jeunes-16-25 replaced with adultes.
      const file = 'structures/mission-locale-vendomois.yaml';
      const edited = readFileSync(`content/${file}`, 'utf8').replace('  - jeunes-16-25\n', '  - adultes\n');
      const problems = problemsWith({ [file]: edited });
      const results = ['autre-jeune', 'difficultes-travail-jeune', 'vie-quotidienne-jeune'];
      // The diagnostic's messages stay, one by result…
      expect(problems.filter((line) => line.startsWith('diagnostic/'))).toEqual(
        results.map(
          (id) =>
            `diagnostic/${id}.yaml: accompagner: dans le bassin de Vendôme, aucune structure des types cités (bij, mission-locale) ne reçoit chacune des personnes qui arrivent ici → ajoutez un type dont une structure de ce bassin les reçoit (cfa, cio, france-travail, mgi).`,
        ),
      );
      // …and the edited file, the one in the pull request, says what it no longer does and how to undo it.
      expect(problems.filter((line) => line.startsWith('structures/'))).toEqual([
        `${file}: publics: « Mission Locale du Vendômois » reçoit « Adultes », « Employeurs », la personne relève de « Apprentis », « Salariés », « Jeunes de 16 à 25 ans sortis de l’école » : ${results.map((id) => `diagnostic/${id}.yaml`).join(', ')} lui envoient cette personne, et dans le bassin de Vendôme aucune structure des types cités ne reçoit chacune des personnes qui y arrivent → si la structure reçoit bien cette personne, ajoutez à publics l’un des publics dont elle relève ; sinon, corrigez ces fiches du diagnostic (leur message dit comment).`,
      ]);
      expect(problems).toHaveLength(4);
    });

    it('une faute dans une structure ne fait accuser qu’elle : pas de « n’existe pas » dans les fiches qui la citent', () => {
      // The review's example: one typo in the bassin of cio-blois, which outils, stages and a point d’étape cite.
      const file = 'structures/cio-blois.yaml';
      const edited = readFileSync(`content/${file}`, 'utf8').replace('bassin: blois', 'bassin: bloi');
      expect(problemsWith({ [file]: edited })).toEqual([
        `${file}: bassin: valeur inconnue → choisissez le bassin d’emploi parmi : blois, romorantin, vendome.`,
      ]);
    });

    it.each([
      [
        'une adresse en http:// dans un site que le diagnostic cite : pas de « n’existe pas » dans ses fiches',
        'sitotheque/1jeune1solution.yaml',
        ['url: https://', 'url: http://'],
        'sitotheque/1jeune1solution.yaml: url: adresse web invalide → écrivez l’adresse du site en entier, en commençant par https://',
      ],
      [
        'une faute de bassin dans la seule structure d’un type : pas de « aucune structure de type » dans le diagnostic',
        'structures/bij-41.yaml',
        ['bassin: blois', 'bassin: bloi'],
        'structures/bij-41.yaml: bassin: valeur inconnue → choisissez le bassin d’emploi parmi : blois, romorantin, vendome.',
      ],
      [
        'une faute de type dans la seule structure de ce type : rien dans le diagnostic ni dans les sigles',
        'structures/cad-cma-41.yaml',
        ['type: cad-cma', 'type: cadcma'],
        'structures/cad-cma-41.yaml: type: valeur inconnue → choisissez le type de structure parmi : ',
      ],
    ])('%s', (_case, file, [before, after], expected) => {
      const edited = readFileSync(`content/${file}`, 'utf8').replace(before!, after!);
      expect(edited).toContain(after);
      expect(problemsWith({ [file]: edited })).toEqual([expect.stringContaining(expected)]);
    });

    it.each([
      [
        'la question de l’âge, par où passent presque tous les chemins (101 problèmes avant)',
        'age',
        'question',
        'écrivez la question.',
      ],
      [
        'un résultat où deux questions mènent (3 problèmes avant)',
        'apprentissage-eleve',
        'titre',
        'écrivez le titre du résultat.',
      ],
    ])(
      'une étape du diagnostic refusée, %s : un seul problème, pas d’étape « inexistante » ni « que rien n’atteint »',
      (_case, id, field, fix) => {
        const file = `diagnostic/${id}.yaml`;
        const edited = readFileSync(`content/${file}`, 'utf8').replace(
          new RegExp(`^${field}: .*$`, 'm'),
          `${field}: ""`,
        );
        expect(problemsWith({ [file]: edited })).toEqual([`${file}: ${field}: ce champ est vide → ${fix}`]);
      },
    );

    it('un nom de thème encore à compléter (npm run nouveau) est signalé une fois, pas aussi comme fichier absent', () => {
      const site = [
        'titre: Essai',
        'url: https://www.onisep.fr/',
        'description: "Un site d’essai."',
        'thematiques:',
        '  - a-completer',
        'publics: [tout-public]',
        '',
      ].join('\n');
      expect(problemsWith({ 'sitotheque/essai.yaml': site })).toEqual([
        expect.stringMatching(
          /^sitotheque\/essai\.yaml: thematiques\[0\]: valeur à compléter : « a-completer » n’existe pas dans content\/thematiques\/ → écrivez le nom d’un fichier de ce dossier, sans extension \(apprentissage, /,
        ),
      ]);
    });

    it('une fiche invalide reçoit aussi le contrôle de ses renvois, dès le premier passage', () => {
      const problems = problemsWith({
        'sitotheque/essai.yaml':
          'titre: Essai\nurl: https://www.onisep.fr/\ndescription: Essai.\nthematiques: [emplois]\npublics: [jeunes]\ndate_verification: 2026-11-01',
        'outils/essai.yaml':
          'nom: Essai\ncategorie: inconnue\ndescription: "Un outil d’essai."\npublics: [tout-public]\nstructure: bij41\n',
      });
      expect(problems.map((line) => line.split(':').slice(0, 2).join(':'))).toEqual([
        'outils/essai.yaml: categorie',
        'outils/essai.yaml: structure',
        'sitotheque/essai.yaml: publics[0]',
        'sitotheque/essai.yaml: thematiques[0]',
      ]);
      expect(problems[1]).toMatch(/« bij41 » n’existe pas dans content\/structures\//);
      expect(problems[3]).toMatch(/« emplois » n’existe pas dans content\/thematiques\//);
    });

    it('nomme le champ tel qu’il est écrit : structure, pas structure[0], pour une seule valeur', () => {
      const tool = 'nom: Essai\ncategorie: orientation\ndescription: "Un outil d’essai."\npublics: [tout-public]\n';
      expect(problemsWith({ 'outils/essai.yaml': `${tool}structure: bij41\n` })).toEqual([
        expect.stringMatching(/^outils\/essai\.yaml: structure: « bij41 » n’existe pas dans content\/structures\//),
      ]);
      expect(problemsWith({ 'outils/essai.yaml': `${tool}structure: [cio-blois, bij41]\n` })).toEqual([
        expect.stringMatching(/^outils\/essai\.yaml: structure\[1\]: « bij41 » n’existe pas/),
      ]);
    });

    it('refuse une structure dont la commune est listée dans un autre bassin (la carte et les filtres la rangeraient ailleurs)', () => {
      const vendome = { commune: '"Vendôme"', latitude: '47.793', longitude: '1.066' };
      expect(problemsWith({ 'structures/essai.yaml': structure({ ...vendome, bassin: 'blois' }) })).toEqual([
        'structures/essai.yaml: bassin: la commune Vendôme est dans le bassin de Vendôme (liste des communes de src/site.config.ts), pas dans celui de Blois → écrivez bassin: vendome, ou corrigez la commune.',
      ]);
      expect(problemsWith({ 'structures/essai.yaml': structure({ ...vendome, bassin: 'vendome' }) })).toEqual([]);
      // A town the config does not list: nothing to compare with.
      expect(problemsWith({ 'structures/essai.yaml': structure({ commune: '"Mer"', bassin: 'blois' }) })).toEqual([]);
    });

    it('signale chaque problème une seule fois', () => {
      const problems = problemsWith({ 'structures/essai.yaml': structure({ latitude: '48.85', type: 'mairie' }) });
      expect(problems).toHaveLength(new Set(problems).size);
      expect(problems).toHaveLength(2);
    });
  },
);

describe('npm run check:content (la commande)', { timeout: 30_000 }, () => {
  it.each([
    ['du contenu valide', {}, 0, /Contenu valide : \d+ fichiers vérifiés/],
    [
      'une erreur',
      { 'structures/essai.yaml': structure({ bassin: 'orleans' }) },
      1,
      // One problem: « Corrigez-le », not « Corrigez-les ».
      /\n1 problème dans \d+ fichiers vérifiés \([\d.]+ s\)\. Corrigez-le puis relancez npm run check:content\./,
    ],
    [
      'deux erreurs',
      { 'structures/essai.yaml': structure({ bassin: 'orleans', latitude: '48.85' }) },
      1,
      /\n2 problèmes dans \d+ fichiers vérifiés \([\d.]+ s\)\. Corrigez-les puis relancez npm run check:content\./,
    ],
  ])('sort avec le bon code pour %s', (_case, files, code, summary) => {
    const run = runScript('check-content', [], { CONTENT_DIR: plant(files) });
    expect(run.code).toBe(code);
    expect(run.stdout + run.stderr).toMatch(summary);
  });
});
