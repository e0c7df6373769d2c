/**
 * A structure's publics as pages list them: a public that no source confirms yet (`publics_a_confirmer`) is still
 * listed, since the self-diagnostic sends these people there, but always with « à confirmer », never as fact.
 */
import { PUBLICS, type PublicId } from '../../schemas/fields.ts';
import type { Structure } from '../../schemas/structure.ts';

/** One public of a structure: its label, and whether no source confirms yet that the structure receives it. */
export interface ShownPublic {
  label: string;
  unconfirmed: boolean;
}

/** A public's label inside a sentence: « apprentis », « jeunes de 16 à 25 ans sortis de l’école ». */
export function labelInSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase('fr') + label.slice(1);
}

/** A public inside a sentence, by its code (labelInSentence). */
export const publicInSentence = (code: PublicId): string => labelInSentence(PUBLICS[code]);

/** What pages write after a public no source confirms. */
export const UNCONFIRMED_MARK = 'à confirmer';

/** The publics of a structure, in the file's order, each marked when unconfirmed. */
export function publicsShown(data: Pick<Structure, 'publics' | 'publics_a_confirmer'>): ShownPublic[] {
  return data.publics.map((code) => ({ label: PUBLICS[code], unconfirmed: data.publics_a_confirmer.includes(code) }));
}

/** The publics in one line: « Étudiants, Apprentis (à confirmer), Parents ». */
export function publicsText(data: Pick<Structure, 'publics' | 'publics_a_confirmer'>): string {
  return publicsShown(data)
    .map(({ label, unconfirmed }) => (unconfirmed ? `${label} (${UNCONFIRMED_MARK})` : label))
    .join(', ');
}
