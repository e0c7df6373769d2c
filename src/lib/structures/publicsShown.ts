/**
 * A structure's publics as pages list them: a public that no source confirms yet (`publics_a_confirmer`) is still
 * listed, since the self-diagnostic sends these people there, but always with « à confirmer », never as fact.
 */
import { PUBLICS, type PublicId } from '../../schemas/fields.ts';
import type { Structure } from '../../schemas/structure.ts';
import { labelInSentence, UNCONFIRMED_MARK } from './unconfirmedMark.ts';

/** One public of a structure: its label, and whether no source confirms yet that the structure receives it. */
export interface ShownPublic {
  label: string;
  unconfirmed: boolean;
}

/** A public inside a sentence, by its code (labelInSentence). */
export const publicInSentence = (code: PublicId): string => labelInSentence(PUBLICS[code]);

/** The publics of a structure, in the file's order, each marked when unconfirmed. */
export function publicsShown(data: Pick<Structure, 'publics' | 'publics_a_confirmer'>): ShownPublic[] {
  return data.publics.map((code) => ({ label: PUBLICS[code], unconfirmed: data.publics_a_confirmer.includes(code) }));
}

/** One public as pages write it: « Apprentis (à confirmer) », or its label alone. */
export function shownLabel({ label, unconfirmed }: ShownPublic): string {
  return unconfirmed ? `${label} (${UNCONFIRMED_MARK})` : label;
}

/** The publics in one line: « Étudiants, Apprentis (à confirmer), Parents ». */
export function publicsText(data: Pick<Structure, 'publics' | 'publics_a_confirmer'>): string {
  return publicsShown(data).map(shownLabel).join(', ');
}
