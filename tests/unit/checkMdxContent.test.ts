import { describe, expect, it } from 'vitest';
import { checkMdxContent, mdxSyntaxProblem } from '../../src/lib/checkMdxContent.ts';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { contentMdxPolicy } from '../../src/lib/contentMdxPolicy.ts';

const policy = { componentsDir: 'src/components/content', componentNames: ['Notice'] };
const file = 'content/pages/essai.mdx';
const page = (body: string) => `---\ntitre: Essai\ndescription: Une page.\n---\n\n${body}\n`;
const problemsOf = (body: string) => checkMdxContent(page(body), file, policy).map(formatProblem);

describe('checkMdxContent', () => {
  it.each([
    ['du Markdown seul', 'Du **texte** et un [lien](https://www.onisep.fr/).'],
    ['un composant du site aux props littérales', '<Notice titre="À savoir">Texte</Notice>'],
    ['des props littérales entre accolades', '<Notice titre={"À savoir"} ordre={2} liste={["a", -1]}>x</Notice>'],
    ['un commentaire', '{/* à relire */}'],
    ['un élément HTML simple', '<abbr title="Centre d’information et d’orientation">CIO</abbr>'],
    ['l’import d’un composant de contenu', "import Notice from '../../src/components/content/Notice.astro';"],
  ])('accepte %s', (_case, body) => {
    expect(problemsOf(body)).toEqual([]);
  });

  it.each([
    [
      'un import de node:fs',
      "import fs from 'node:fs';",
      'content/pages/essai.mdx: ligne 6: importation de « node:fs » interdite',
    ],
    [
      'un import hors des composants de contenu',
      "import X from '../../src/lib/url.ts';",
      'importation de « ../../src/lib/url.ts » interdite',
    ],
    ['un export', 'export const x = 1;', 'seules des importations sont permises'],
    [
      'une expression',
      'Il est {new Date().getFullYear()}.',
      'expression JavaScript « {new Date().getFullYear()} » interdite',
    ],
    ['une prop calculée', '<Notice titre={process.env.HOME}>x</Notice>', 'seules les valeurs littérales sont permises'],
    ['un gabarit à trou', '<Notice titre={`a${1}`}>x</Notice>', 'seules les valeurs littérales sont permises'],
    ['des props étalées', '<Notice {...props}>x</Notice>', 'attributs calculés « {...props} » interdits'],
    ['un gestionnaire d’événement', '<Notice titre="a" onClick="alert(1)">x</Notice>', 'attribut « onClick » interdit'],
    ['un élément script', '<script>alert(1)</script>', 'élément <script> interdit'],
    ['un composant inconnu', '<Carte />', 'composant <Carte> inconnu → utilisez l’un de : Notice'],
  ])('refuse %s en nommant le fichier', (_case, body, message) => {
    const problems = problemsOf(body);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(message);
    expect(problems.every((problem) => problem.startsWith(`${file}: ligne `))).toBe(true);
  });
});

describe('checkMdxContent : les mots que prend une prop (<RepositoryLink vers="…">, comme le site le vérifie)', () => {
  const siteProblems = (body: string) => checkMdxContent(page(body), file, contentMdxPolicy()).map(formatProblem);

  it.each(['signalement', 'guide'])('accepte vers="%s"', (word) => {
    expect(siteProblems(`<RepositoryLink vers="${word}">le lien</RepositoryLink>`)).toEqual([]);
    expect(siteProblems(`<RepositoryLink vers={"${word}"}>le lien</RepositoryLink>`)).toEqual([]);
  });

  it.each([
    [
      'une destination inconnue',
      '<RepositoryLink vers="aide">le lien</RepositoryLink>',
      `${file}: ligne 6, vers: <RepositoryLink> : « aide » n’est pas une valeur connue de « vers » → écrivez vers="signalement" ou vers="question" ou vers="guide"`,
    ],
    [
      'une destination oubliée',
      'Lisez le <RepositoryLink>guide</RepositoryLink>.',
      `${file}: ligne 6, vers: <RepositoryLink> sans « vers » → écrivez vers="signalement" ou vers="question" ou vers="guide"`,
    ],
    [
      'une prop « vers » sans valeur',
      'Lisez le <RepositoryLink vers>guide</RepositoryLink>.',
      `${file}: ligne 6, vers: <RepositoryLink> sans « vers » → écrivez vers="signalement" ou vers="question" ou vers="guide"`,
    ],
  ])('refuse %s en nommant le fichier, la ligne, la prop et la correction', (_case, body, message) => {
    expect(siteProblems(body)).toEqual([message]);
  });
});

describe('checkMdxContent : les props sans lesquelles un composant publierait un bloc faux ou vide', () => {
  const siteProblems = (body: string) => checkMdxContent(page(body), file, contentMdxPolicy()).map(formatProblem);

  it('refuse <LegalNotice partie="éditeur" /> (avec l’accent), qui ferait disparaître la phrase sur l’éditeur', () => {
    expect(siteProblems('<LegalNotice partie="éditeur" />')).toEqual([
      `${file}: ligne 6, partie: <LegalNotice> : « éditeur » n’est pas une valeur connue de « partie » → écrivez partie="editeur" ou partie="hebergeur"`,
    ]);
  });

  it('refuse <AuditExemptions> sans liste, et une liste inconnue', () => {
    expect(siteProblems('<AuditExemptions />')).toEqual([
      `${file}: ligne 6, liste: <AuditExemptions> sans « liste » → écrivez liste="derogations" ou liste="exemptions"`,
    ]);
    expect(siteProblems('<AuditExemptions liste="dérogations" />')).toHaveLength(1);
  });

  it.each([
    ['sans titre', '<Notice>À savoir : le texte.</Notice>'],
    ['avec un titre vide', '<Notice titre="">À savoir : le texte.</Notice>'],
    ['avec un titre fait d’espaces', '<Notice titre="  ">À savoir : le texte.</Notice>'],
  ])('refuse une <Notice> %s, qui afficherait un titre vide', (_case, body) => {
    expect(siteProblems(body)).toEqual([
      `${file}: ligne 6, titre: <Notice> sans « titre » → écrivez titre="…", le titre court de l’encadré, lu en premier`,
    ]);
  });

  it('accepte les composants bien écrits', () => {
    expect(
      siteProblems(
        '<LegalNotice partie="editeur" />\n\n<LegalNotice partie="hebergeur" />\n\n<AuditExemptions liste="exemptions" />\n\n<Notice titre="À savoir">Le texte.</Notice>',
      ),
    ).toEqual([]);
  });
});

describe('checkMdxContent : une page MDX illisible dit où, et pourquoi, en français', () => {
  // The body starts on line 6, after the front matter of `page`.
  const syntax = (body: string) => {
    const found = checkMdxContent(page(body), file, contentMdxPolicy());
    expect(found).toHaveLength(1);
    return formatProblem(found[0]!);
  };

  it.each([
    [
      'une balise jamais fermée dans son paragraphe',
      'Lisez le <RepositoryLink vers="guide">guide des contributions.\n\nSuite.',
      'ligne 6, colonne 10: MDX illisible : la balise <RepositoryLink> n’est pas fermée avant la fin de son paragraphe → ajoutez </RepositoryLink> à la fin de son texte, sans ligne vide entre les deux, ou écrivez <RepositoryLink … /> si elle n’entoure aucun texte',
    ],
    [
      'un encadré jamais fermé',
      'Avant.\n\n<Notice titre="À savoir">\n\nLe texte.',
      'ligne 8, colonne 1: MDX illisible : la balise <Notice> n’est pas fermée avant la fin de la page → ajoutez </Notice>',
    ],
    [
      'une fermeture mal écrite',
      '<Notice titre="À savoir">Le texte.</Notic>',
      'ligne 6, colonne 35: MDX illisible : la fermeture </Notic> ne correspond pas à la balise <Notice> ouverte ligne 6, colonne 1 → fermez-la par </Notice>',
    ],
    [
      'une fermeture sans ouverture',
      'Le texte. </Notice>',
      'ligne 6, colonne 11: MDX illisible : la fermeture </Notice> ne ferme aucune balise ouverte → retirez-la, ou ouvrez <Notice> avant elle',
    ],
    [
      'un commentaire HTML',
      '<!-- à relire -->',
      'ligne 6, colonne 2: MDX illisible : « <!-- … --> » n’est pas un commentaire en MDX → écrivez {/* votre note */}',
    ],
    [
      'une adresse entre chevrons',
      'Voir <https://www.onisep.fr/>.',
      'ligne 6, colonne 13: MDX illisible : une adresse entre « < » et « > » n’est pas un lien en MDX → écrivez [texte du lien](https://…)',
    ],
    [
      'un signe « < » dans le texte',
      'Pour les moins de <16 ans.',
      'ligne 6, colonne 20: MDX illisible : le signe « < » ouvre une balise en MDX, et « 1 » ne peut pas le suivre → pour écrire le signe « < » lui-même, écrivez \\<',
    ],
    [
      'des guillemets typographiques autour d’une valeur',
      '<Notice titre=« À savoir »>Le texte.</Notice>',
      'ligne 6, colonne 15: MDX illisible : la valeur d’un attribut s’écrit entre guillemets droits, pas « « » → écrivez titre="…"',
    ],
    [
      'un guillemet jamais fermé',
      '<Notice titre="À savoir>Le texte.</Notice>',
      'ligne 6, colonne 15: MDX illisible : ce guillemet n’est jamais fermé → fermez la valeur de l’attribut par le même guillemet (")',
    ],
    [
      'une accolade jamais fermée',
      'Tarif {à vérifier sur le site.',
      'ligne 6, colonne 7: MDX illisible : l’accolade « { » n’est pas fermée → en MDX, les accolades entourent du code : pour écrire une accolade dans le texte, écrivez \\{',
    ],
    [
      'un texte entre accolades',
      'Horaires {voir le site} du lundi au vendredi.',
      'ligne 6, colonne 10: MDX illisible : le texte entre accolades n’est pas du code → en MDX, les accolades entourent du code : pour écrire une accolade dans le texte, écrivez \\{',
    ],
    [
      'un paragraphe qui commence par « export »',
      'export des fiches vers data·inclusion, chaque nuit.',
      'ligne 6, colonne 1: MDX illisible : un paragraphe qui commence par « import » ou « export » est lu comme du code → commencez-le par un autre mot',
    ],
  ])('%s', (_case, body, said) => {
    const problem = syntax(body);
    expect(problem).toContain(`content/pages/essai.mdx: ${said}`);
    expect(problem).not.toMatch(/\b(?:Expected|Unexpected|Could not|before|after)\b/);
  });

  it('une erreur que le site ne connaît pas garde la ligne, la colonne et un conseil en français', () => {
    expect(mdxSyntaxProblem({ reason: 'Something new happened', line: 12, column: 4 }, '')).toEqual({
      field: 'ligne 12, colonne 4',
      message:
        'MDX illisible : la syntaxe n’est pas reconnue à cet endroit → vérifiez les balises <…>, les accolades { } et les guillemets de cette ligne, ou écrivez la page en Markdown (.md)',
    });
  });
});
