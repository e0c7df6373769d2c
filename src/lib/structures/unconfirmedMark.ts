/**
 * How pages word a public that no source confirms yet. No import: the map's browser script bundles this module
 * (through mapData.ts), and publicsShown.ts, which reads the schemas, would bring zod into it.
 */

/** What pages write after a public no source confirms. */
export const UNCONFIRMED_MARK = 'à confirmer';

/** A public's label inside a sentence: « apprentis », « jeunes de 16 à 25 ans sortis de l’école ». */
export function labelInSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase('fr') + label.slice(1);
}
