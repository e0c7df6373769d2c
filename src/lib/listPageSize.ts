/** The page size of long lists: `site.listPageSize`, or LIST_PAGE_SIZE for a build of tests. */
import { wholeNumberSetting } from './siteSetting.ts';

/** Smallest page size an editor may choose: pages of a few entries would only multiply clicks. */
const LIST_PAGE_SIZE_MIN = 10;

/**
 * Checks the configured size (or the override, which only tests set, and which may be smaller);
 * throws a French message naming the setting and the fix.
 */
export function listPageSize(configured: number, override: string | undefined): number {
  if (override !== undefined && override !== '') {
    const value = Number(override);
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`LIST_PAGE_SIZE vaut « ${override} » : donnez un nombre entier d’au moins 1, ou retirez-la.`);
    }
    return value;
  }
  return wholeNumberSetting('listPageSize', configured, LIST_PAGE_SIZE_MIN);
}
