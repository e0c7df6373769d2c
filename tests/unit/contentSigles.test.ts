import { describe, expect, it } from 'vitest';
import { checkedContent, structureFile, usePlantedContent } from '../support/contentFixtures.ts';

/**
 * The build stops on a page that uses a capitalised sigle that content/sigles/ does not explain
 * (checkPageSigles.ts); `npm run check:content` says it before the build, with the file, the field or the line of
 * the text, and the fix (review of session 22, note §7).
 */
const structure = (description: string, lines: string[] = []) =>
  structureFile({ description: `"${description}"` }, { lines });

const page = (body: string, description = 'Une page pour les tests.') =>
  `---\ntitre: Une page d’essai\ndescription: ${description}\n---\n\n${body}\n`;

const FIX = 'ajoutez sigles/zqx.yaml avec son sens et sa source, ou écrivez le nom en entier.';

const plant = usePlantedContent();
/** The problems check:content finds in a copy of the real content with `files` added (paths from the copy). */
const problemsWith = (files: Record<string, string>) => checkedContent(plant(files)).problems;

describe('npm run check:content signale un sigle que le glossaire n’explique pas', { timeout: 30_000 }, () => {
  it('dans un champ de texte : le fichier, le champ, le sigle et la correction', () => {
    expect(problemsWith({ 'structures/essai.yaml': structure('Le ZQX accueille les jeunes.') })).toEqual([
      `structures/essai.yaml: description: « ZQX » : sigle que le glossaire du site (/sigles/) n’explique pas → ${FIX}`,
    ]);
  });

  it('dans le texte d’une page : la ligne du fichier', () => {
    expect(problemsWith({ 'pages/essai.md': page('Un premier paragraphe.\n\nLe ZQX accueille les jeunes.') })).toEqual([
      `pages/essai.md: texte, ligne 8: « ZQX » : sigle que le glossaire du site (/sigles/) n’explique pas → ${FIX}`,
    ]);
  });

  it('dans une liste : l’élément de la liste', () => {
    expect(
      problemsWith({
        'structures/essai.yaml': structure('Une structure.', ['services:', '  - "Accueil"', '  - "Ateliers du ZQX"']),
      }),
    ).toEqual([
      `structures/essai.yaml: services[1]: « ZQX » : sigle que le glossaire du site (/sigles/) n’explique pas → ${FIX}`,
    ]);
  });

  it('un sigle employé à plusieurs endroits d’un fichier : un seul message, qui les nomme', () => {
    expect(
      problemsWith({
        'pages/essai.md': page('Le ZQX accueille.\n\nLe ZQX oriente.\n\nLe ZQX et le QWZ informent.', 'Le ZQX.'),
      }),
    ).toEqual([
      `pages/essai.md: description ; texte, lignes 6, 8 et 10: « ZQX » : sigle que le glossaire du site (/sigles/) n’explique pas → ${FIX}`,
      'pages/essai.md: texte, ligne 10: « QWZ » : sigle que le glossaire du site (/sigles/) n’explique pas → ajoutez sigles/qwz.yaml avec son sens et sa source, ou écrivez le nom en entier.',
    ]);
  });

  it('plus rien une fois le sigle ajouté au glossaire, avec son sens et sa source', () => {
    expect(
      problemsWith({
        'structures/essai.yaml': structure('Le ZQX accueille les jeunes.'),
        'sigles/zqx.yaml': 'sigle: "ZQX"\nsens: "sigle de test"\nsource: "tests/unit/contentSigles.test.ts"\n',
      }),
    ).toEqual([]);
  });

  it.each([
    ['un sigle du glossaire, écrit comme lui ou en capitales', 'Le CIO et l’AFPA accueillent les jeunes.'],
    ['un terme technique que le site n’explique pas, avec sa raison (NOT_SIGLES)', 'Les données en CSV et en JSON.'],
    ['un mot qui n’est pas en capitales', 'Le Zqx et le zqx accueillent.'],
    ['un mot plus long que six lettres', 'Le ZQXWVUT accueille.'],
    ['un mot collé à un autre', 'La fiche ex-ZQX et le ZQX41.'],
  ])('rien à redire : %s', (_, description) => {
    expect(problemsWith({ 'structures/essai.yaml': structure(description) })).toEqual([]);
  });

  it('rien à redire de ce que la page ne montre pas : adresse d’un lien, image, commentaire', () => {
    const body = [
      'Voyez [la page du réseau](https://exemple.fr/ZQX/) ou <https://exemple.fr/aide>.',
      '',
      '![Un dessin](/images/ZQX.png)',
      '',
      '<!-- Le ZQX : à vérifier avec le groupe. -->',
      '',
      '[Le site]: https://exemple.fr/QWZ',
    ].join('\n');
    expect(problemsWith({ 'pages/essai.md': page(body) })).toEqual([]);
  });

  it('rien à redire de la source d’un sigle, que les pages ne montrent pas', () => {
    expect(
      problemsWith({
        'sigles/zqx.yaml': 'sigle: "ZQX"\nsens: "sigle de test"\nsource: "le compte rendu du QWZ de 2006"\n',
      }),
    ).toEqual([]);
  });

  it('un mot en italique (_ZQX_, comme l’écrit l’interface d’édition) est lu comme sur la page', () => {
    expect(problemsWith({ 'pages/essai.md': page('Le _ZQX_ accueille.') })).toEqual([
      `pages/essai.md: texte, ligne 6: « ZQX » : sigle que le glossaire du site (/sigles/) n’explique pas → ${FIX}`,
    ]);
  });

  it('rien à redire du contenu réel', () => {
    expect(checkedContent('content').problems).toEqual([]);
  });
});
