import type { PublicId } from '../schemas/fields.ts';

/** The public whose sites fit every other public. */
export const EVERYONE: PublicId = 'tout-public';

/** True when a site tagged with `publics` is useful to `publicId`: it names it, or it is for everyone. */
export function siteFitsPublic(publics: readonly PublicId[], publicId: PublicId): boolean {
  return publics.includes(publicId) || publics.includes(EVERYONE);
}

/**
 * The publics a list of sites serves, in the order of `publicIds` and without « tout public » itself: those a site
 * names, and every public once a site is for everyone, as each public's own page counts them (`siteFitsPublic`).
 */
export function publicsServed(
  sitesPublics: readonly (readonly PublicId[])[],
  publicIds: readonly PublicId[],
): PublicId[] {
  return publicIds.filter(
    (publicId) => publicId !== EVERYONE && sitesPublics.some((publics) => siteFitsPublic(publics, publicId)),
  );
}
