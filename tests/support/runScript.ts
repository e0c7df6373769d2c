import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Output of one run of a script of `scripts/`. */
export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The project's Node 24 (scripts rely on its TypeScript support), as npm scripts use it; the arguments to run `name`. */
function command(name: string, args: string[]): [string, string[]] {
  const node = existsSync('node_modules/.bin/node') ? 'node_modules/.bin/node' : process.execPath;
  return [node, [`scripts/${name}.ts`, ...args]];
}

/** Runs `scripts/<name>.ts` with this project's Node, as `npm run` does, with extra environment variables. */
export function runScript(name: string, args: string[], env: Record<string, string> = {}): ScriptRun {
  const [node, argv] = command(name, args);
  const result = spawnSync(node, argv, { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same without blocking: for a script that talks to a server this test process runs. */
export function runScriptAsync(name: string, args: string[], env: Record<string, string> = {}): Promise<ScriptRun> {
  const [node, argv] = command(name, args);
  return new Promise((resolve) => {
    const child = spawn(node, argv, { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
