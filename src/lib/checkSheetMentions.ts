/**
 * The self-diagnostic's references to internship sheets. A step may state no age or duration (schemas/diagnostic.ts):
 * it sends the reader to the sheet that holds the rule, by its name, « la fiche « <nom> » », and while the sheet is
 * not verified it says so in the same sentence, « (règles à revérifier) ». That caveat is true only as long as the
 * sheet has `verifie: false`: once an editor verifies the sheet (check:freshness asks them to), every step that still
 * says « à revérifier » would tell readers that checked rules are not. This check names those steps, and the
 * references to no sheet, in every text field of every step (questions' explanations included).
 */
import { entryFile, fieldPath, type ContentProblem, type EntryLike } from './contentProblem.ts';

/**
 * Sheets named in a text: « fiche « Stage d’observation de 3e » », « Fiche « … » » at the start of a sentence,
 * « les fiches « … » et « … » ». The word only: what a page « affiche « Mes démarches » » names no sheet.
 */
const SHEET_NAMES = /(?<!\p{L})fiches?\s+(«[^«»]*»(?:\s*(?:,|et|ou)\s*«[^«»]*»)*)/giu;
const QUOTED = /«\s*([^«»]+?)\s*»/g;
const TO_RECHECK = /à\s+revérifier/i;

/** Names compared as an editor types them: straight or curly apostrophe, any spaces, any case. */
export const sheetNameKey = (name: string) => name.replace(/['’]/g, '’').replace(/\s+/g, ' ').toLowerCase();

/**
 * Each sentence of a text with the sheets it names: the caveat « à revérifier » belongs to the sheet named in its
 * sentence, wherever the editor put it (« sur la fiche « … », plus bas (règles à revérifier) », « (voir la fiche « … »,
 * à revérifier) »).
 */
export function sheetMentions(text: string): { names: string[]; toRecheck: boolean }[] {
  return text
    .split(/(?<=[.!?…])\s+/)
    .map((sentence) => ({
      names: [...sentence.matchAll(SHEET_NAMES)].flatMap((match) =>
        [...match[1]!.matchAll(QUOTED)].map((quoted) => quoted[1]!),
      ),
      toRecheck: TO_RECHECK.test(sentence),
    }))
    .filter(({ names, toRecheck }) => names.length > 0 || toRecheck);
}

/** Every string of a step with its field (message, premiers_pas[1], options[0].libelle…), text fields added later included. */
export function textFields(value: unknown, path: (string | number)[] = []): [string, string][] {
  if (typeof value === 'string') return [[fieldPath(path), value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => textFields(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => textFields(item, [...path, key]));
  }
  return [];
}

interface Sheet {
  nom: string;
  verifie: boolean;
}

/** Problems of the diagnostic's steps that name an internship sheet no file has, or say its rules wrongly checked or not. */
export function checkSheetMentions(steps: readonly EntryLike[], sheets: readonly EntryLike[]): ContentProblem[] {
  const byName = new Map(
    sheets.map((entry) => {
      const data = entry.data as Sheet;
      return [sheetNameKey(data.nom), { ...data, file: entryFile(entry, 'internships') }] as const;
    }),
  );
  const names = sheets.map((entry) => `« ${(entry.data as Sheet).nom} »`).join(', ');
  return steps.flatMap((step) => {
    const file = entryFile(step, 'diagnostic');
    return textFields(step.data).flatMap(([field, text]) =>
      sheetMentions(text).flatMap(({ names: named, toRecheck }): ContentProblem[] => {
        if (named.length === 0) {
          return [
            {
              file,
              field,
              message: `dit « à revérifier » sans nommer de fiche dans la même phrase : rien ne signalera cette mention quand la fiche sera vérifiée → nommez la fiche dans la phrase, « sur la fiche « <nom> » (règles à revérifier) », avec le nom d’une fiche de content/stages/ (${names}), ou retirez « à revérifier ».`,
            },
          ];
        }
        return named.flatMap((name): ContentProblem[] => {
          const sheet = byName.get(sheetNameKey(name));
          if (!sheet) {
            return [
              {
                file,
                field,
                message: `« ${name} » suit le mot « fiche », mais aucune fiche de stage (content/stages/) ne porte ce nom → si c’est une fiche de stage, écrivez son nom tel que son champ nom le donne (${names}) ; si c’est une autre page du site (une structure de l’annuaire, un site de la sitothèque), ne l’appelez pas « fiche » devant son nom entre guillemets : écrivez par exemple « la page « ${name} » de l’annuaire ».`,
              },
            ];
          }
          if (sheet.verifie && toRecheck) {
            return [
              {
                file,
                field,
                message: `renvoie à la fiche « ${sheet.nom} » comme « à revérifier », mais cette fiche est vérifiée (verifie: true dans ${sheet.file}) → retirez « à revérifier » de la phrase.`,
              },
            ];
          }
          if (!sheet.verifie && !toRecheck) {
            return [
              {
                file,
                field,
                message: `renvoie à la fiche « ${sheet.nom} » sans dire que ses règles sont à revérifier, alors que cette fiche n’est pas vérifiée (verifie: false dans ${sheet.file}) → ajoutez « (règles à revérifier) » dans la même phrase, après le nom de la fiche.`,
              },
            ];
          }
          return [];
        });
      }),
    );
  });
}
