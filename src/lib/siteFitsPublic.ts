import type { PublicId } from '../schemas/fields.ts';

/** The public whose sites fit every other public. */
export const EVERYONE: PublicId = 'tout-public';

/** True when a site tagged with `publics` is useful to `publicId`: it names it, or it is for everyone. */
export function siteFitsPublic(publics: readonly PublicId[], publicId: PublicId): boolean {
  return publics.includes(publicId) || publics.includes(EVERYONE);
}
