import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Output of one run of a script of `scripts/`. */
export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/<name>.ts` with this project's Node, as `npm run` does, with extra environment variables. */
export function runScript(name: string, args: string[], env: Record<string, string> = {}): ScriptRun {
  // The project's Node 24 (scripts rely on its TypeScript support), as npm scripts use it.
  const node = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
  const result = spawnSync(node, [`scripts/${name}.ts`, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
