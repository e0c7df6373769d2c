/**
 * French phone numbers, in the forms each use needs: the pages and the files (`02 54 00 00 00`), the national hub
 * (E.164, `+33254000000`) and `tel:` links (E.164 too, which RFC 3966 asks of a number with no `phone-context`).
 * Written once, so that the schema's rule (src/schemas/structure.ts) has one reader to keep in step; a schema module,
 * since the schema hands every reader the number in the national form (nationalPhone).
 */

/**
 * The ten digits of a French number, `0254000000`, from `02 54 00 00 00`, `+33 2 54 00 00 00`, `+33254000000` or
 * `02.54.00.00.00`; undefined when it is no French ten-digit number (a short number such as `3949`, a foreign one).
 */
export function phoneDigits(phone: string | null | undefined): string | undefined {
  if (!phone) return undefined;
  const digits = phone.replace(/[\s.-]/g, '').replace(/^\+33/, '0');
  return /^0[1-9]\d{8}$/.test(digits) ? digits : undefined;
}

/** `02 54 00 00 00`: the number as dialled in France, in pairs, as the site writes it. */
export function nationalPhone(phone: string | null | undefined): string | undefined {
  return phoneDigits(phone)?.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** `+33254000000`: the international form the national hub's schema prefers. */
export function toE164(phone: string | null | undefined): string | undefined {
  const digits = phoneDigits(phone);
  return digits && `+33${digits.slice(1)}`;
}

/** `tel:+33254000000`, the link that dials the number from a phone, in France or abroad. */
export function telHref(phone: string | null | undefined): string | undefined {
  const international = toE164(phone);
  return international && `tel:${international}`;
}
