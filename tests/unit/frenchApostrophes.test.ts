/**
 * The French of the site's texts and of its commands' messages is written with the typographic apostrophe (« l’API »,
 * « n’a »), like the rest: a straight one (« l'API ») in a help text or a message reads as a slip. Every text of the
 * code of scripts/ and src/ is read (comments are not texts). Decap's phrases, as the editing interface registers
 * them, are also read for the rest of French punctuation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fr from 'decap-cms-locales/dist/esm/fr/index.js';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { frenchLocale, type LocalePhrases } from '../../src/lib/cmsLocale.ts';

/** A French elision written with a straight apostrophe: « l'API », « n'a », « qu'elles », « d'étape ». */
const STRAIGHT_ELISION = /(?<![\p{L}\p{N}_])(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)'(?=\p{L})/iu;

function codeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|mts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The texts (string and template literals) of a file that hold a straight elision, as « file:line « text » ». */
function straightElisions(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      const match = STRAIGHT_ELISION.exec(node.text);
      if (match) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push(`${file}:${line} « ${node.text.slice(Math.max(0, match.index - 20), match.index + 20)} »`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Each phrase of `phrases` as [dotted key, text]. */
function phraseEntries(phrases: LocalePhrases, prefix = ''): [string, string][] {
  return Object.entries(phrases).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' ? phraseEntries(value, path) : [[path, value]];
  });
}

/**
 * Phrases of Decap's French the editing interface never shows with this site's configuration (src/lib/cmsConfig.ts),
 * left as Decap writes them.
 */
const NOT_SHOWN = new Set([
  // Log-in forms of Netlify Identity and git-gateway: the site logs in with GitHub.
  'auth.errors.email',
  'auth.errors.identitySettings',
  // The path of an entry of a nested collection: no collection is nested.
  'editor.editorControlPane.widget.invalidPath',
  'editor.editorControlPane.widget.pathExists',
  // Deleting or unpublishing a published entry: every collection has delete: false.
  'editor.editorToolbar.deletePublishedEntry',
  'editor.editorToolbar.deleteEntry',
  'ui.toast.onFailToDelete',
  'ui.toast.onFailToUnpublishEntry',
  // Deploy previews: nothing posts the commit status Decap looks for on a pull request.
  'editor.editorToolbar.deployPreviewPendingButtonLabel',
  'editor.editorToolbar.deployPreviewButtonLabel',
  'ui.toast.onFailToLoadDeployPreview',
  // A widget the site did not register: it uses Decap's own.
  'editor.editorWidgets.unknownControl.noControl',
  'editor.editorWidgets.unknownPreview.noPreview',
  // A media file's web address (public_folder is empty: a document is named by its file name), and a size limit
  // the media library does not set.
  'mediaLibrary.mediaLibraryCard.copyUrl',
  'mediaLibrary.mediaLibrary.fileTooLarge',
]);

describe('l’apostrophe des textes en français', () => {
  it("aucune phrase de Decap que l’interface d’édition montre n’écrit « l'… » avec une apostrophe droite", () => {
    const phrases = phraseEntries(frenchLocale(fr));
    expect(phrases.length).toBeGreaterThan(200);
    const straight = phrases.filter(([key, text]) => !NOT_SHOWN.has(key) && STRAIGHT_ELISION.test(text));
    expect(straight.map(([key, text]) => `${key} « ${text} »`)).toEqual([]);
    // Each phrase left as Decap writes it is still one of its own, with its straight apostrophe: otherwise the list
    // above hides nothing, or Decap changed it and it needs a look.
    expect([...NOT_SHOWN].filter((key) => !phrases.some(([own, text]) => own === key && /'/.test(text)))).toEqual([]);
  });

  it.each(['scripts', 'src'])("aucun texte du code de %s/ n’écrit « l'… » avec une apostrophe droite", (folder) => {
    const files = codeFiles(folder);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap(straightElisions)).toEqual([]);
  });

  it('reconnaît une apostrophe droite, et laisse la typographique et le code', () => {
    expect(STRAIGHT_ELISION.test("rien n'est écrit")).toBe(true);
    expect(STRAIGHT_ELISION.test("téléchargés de l'API")).toBe(true);
    expect(STRAIGHT_ELISION.test('rien n’est écrit')).toBe(false);
    expect(STRAIGHT_ELISION.test("['’]")).toBe(false);
  });
});

/**
 * The rest of French typography Decap's French misses: three dots for « … », « hors-service » for « hors service »,
 * no space before « ! ? : ; » (« ailleurs! », « Statut: »); a web address's « :// » is no punctuation. Straight double
 * quotes for « » (« le statut "Prêt" »); a feminine noun's past participle left in the masculine (« la ressource
 * sélectionné »); a message of several sentences whose last one has no full stop (a phrase ending on a value, one Decap
 * fills in, « : %{details} », or a web address, ends as that value does).
 */
const TYPOGRAPHY_SLIPS: readonly [string, RegExp][] = [
  ['trois points pour « … »', /\.\.\./],
  ['« hors-service » pour « hors service »', /\bhors-service\b/i],
  ['pas d’espace avant « ! ? : ; »', /[\p{L}\p{N}»)}][!?:;](?!\/\/)/u],
  ['guillemets droits pour « »', /"/],
  ['participe au masculin après un nom féminin', /\b(?:la|une|cette|sa|votre) \p{L}+ \p{L}+é(?!\p{L})/u],
  [
    'pas de point final après plusieurs phrases',
    /^(?=[\s\S]*[.!?…]\s+\p{Lu})(?![\s\S]*(?:%\{\w+\}|https?:\/\/\S+)\s*$)[\s\S]*[^.!?…»)\s]\s*$/u,
  ],
];

/** The slips of one text, named. */
const slipsOf = (text: string) => TYPOGRAPHY_SLIPS.filter(([, slip]) => slip.test(text)).map(([name]) => name);

describe('la ponctuation des phrases de Decap', () => {
  it('aucune phrase que l’interface d’édition montre n’écrit « ... », « hors-service », « ailleurs! », « "Prêt" », « la ressource sélectionné » ni ne finit sans point', () => {
    const slips = phraseEntries(frenchLocale(fr))
      .filter(([key]) => !NOT_SHOWN.has(key))
      .flatMap(([key, text]) => slipsOf(text).map((slip) => `${key} « ${text} » : ${slip}`));
    expect(slips).toEqual([]);
  });

  it('reconnaît chaque faute dans le français de Decap seul, et laisse la ponctuation française et les adresses', () => {
    const own = Object.fromEntries(phraseEntries(fr));
    expect(slipsOf(own['auth.loggingIn']!)).toEqual(['trois points pour « … »']);
    expect(slipsOf(own['ui.toast.onBackendDown']!)).toEqual(['« hors-service » pour « hors service »']);
    expect(slipsOf(own['ui.errorBoundary.recoveredEntry.warning']!)).toEqual(['pas d’espace avant « ! ? : ; »']);
    expect(slipsOf(own['editor.editorToolbar.status']!)).toEqual(['pas d’espace avant « ! ? : ; »']);
    expect(slipsOf(own['editor.editor.onPublishingNotReady']!)).toEqual(['guillemets droits pour « »']);
    expect(slipsOf(own['mediaLibrary.mediaLibrary.onDelete']!)).toEqual(['participe au masculin après un nom féminin']);
    expect(slipsOf(own['workflow.workflowList.onPublishingNotReadyEntry']!)).toEqual([
      'guillemets droits pour « »',
      'pas de point final après plusieurs phrases',
    ]);
    expect(slipsOf('Voulez-vous l’utiliser ? Ajouter une note… Statut : %{status} ; https://exemple.fr/')).toEqual([]);
    expect(
      slipsOf(
        'Le statut « Prêt ». Supprimer la ressource sélectionnée ? Le serveur est hors service. Détails : %{details}',
      ),
    ).toEqual([]);
  });
});
