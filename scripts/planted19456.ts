import { runScript } from '../tests/support/runScript.ts';
export const planted = runScript;
