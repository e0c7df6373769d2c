/** Checks of the settings an editor changes in `src/site.config.ts`. */
import { settingDefaults } from '../site.config.ts';

/**
 * A whole number of at least `min`; otherwise a French message naming the setting, its value and the fix, with the
 * value the project ships (`settingDefaults`).
 */
export function wholeNumberSetting(name: keyof typeof settingDefaults, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) {
    throw new Error(
      `src/site.config.ts, site.${name} vaut « ${value} » : donnez un nombre entier d’au moins ${min} (${settingDefaults[name]} par défaut).`,
    );
  }
  return value;
}
