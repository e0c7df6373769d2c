import { firstPerKey } from '../lib/once.ts';

/**
 * HTML rendered once per build for a key, shared by every later page that asks for the same key
 * (`renderedOnce(key, render)`). In `astro dev` every call renders afresh, so that an editor sees each change.
 */
export const renderedOnce = firstPerKey<Promise<string>>();
