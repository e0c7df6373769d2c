/** Checks of the settings an editor changes in `src/site.config.ts`. */

/** A whole number of at least `min`; otherwise a French message naming the setting, its value and the fix. */
export function wholeNumberSetting(name: string, value: number, min: number, byDefault: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new Error(
      `src/site.config.ts, site.${name} vaut « ${value} » : donnez un nombre entier d’au moins ${min} (${byDefault} par défaut).`,
    );
  }
  return value;
}
