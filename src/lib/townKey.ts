import { slugify } from './slugify.ts';

/**
 * A town's name as it is compared, however a list spells it: "Saint-Aignan", "ST AIGNAN", "saint aignan" →
 * "saint-aignan" (accents, case and punctuation ignored, « St » and « Ste » written out).
 */
export function townKey(town: string): string {
  return slugify(town).replace(/\bste?\b/g, (abbreviation) => (abbreviation === 'st' ? 'saint' : 'sainte'));
}
