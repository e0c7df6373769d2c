/**
 * Starts decap-server, the local backend of the editing interface: it reads and writes the files of
 * `repository` (its `content/` and `public/documents/`) for /admin/, with no GitHub account. It listens on
 * the loopback interface only and has no authentication: a tool for one's own computer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** A running decap-server. */
export interface DecapServer {
  /** Its origin, e.g. `http://127.0.0.1:8081`. */
  origin: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('aucun port libre');
  return address.port;
}

/** Waits until decap-server answers its `info` action. */
async function waitUntilReady(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`decap-server s’est arrêté (code ${child.exitCode}).`);
    try {
      const response = await fetch(`${origin}/api/v1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'info' }),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`decap-server ne répond pas sur ${origin} après ${timeoutMs / 1000} s.`);
}

/** Starts decap-server on `port` (a free one by default) for the files of `repository`. */
export async function startDecapServer(repository: string, port?: number, timeoutMs = 20_000): Promise<DecapServer> {
  const listenPort = port ?? (await freePort());
  const child = spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
    // Its .env loader reads the current directory: run it in the repository it edits.
    cwd: repository,
    env: {
      ...process.env,
      PORT: String(listenPort),
      BIND_HOST: '127.0.0.1',
      GIT_REPO_DIRECTORY: resolve(repository),
      MODE: 'fs',
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const origin = `http://127.0.0.1:${listenPort}`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill();
    });
  try {
    await waitUntilReady(origin, child, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, process: child, stop };
}
