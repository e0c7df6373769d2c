import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink, checkLinks, DEFAULT_OPTIONS, type CheckOptions } from '../../scripts/lib/checkLinks.ts';
import { SLOW_ANSWER_MS, startLinkServer, type LinkServer } from '../../scripts/lib/linkServer.ts';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(async () => {
  await server.close();
});

/** Short limits, so that the timeout case takes a fraction of a second; `slowMs` leaves room for a busy machine. */
const options: CheckOptions = { ...DEFAULT_OPTIONS, timeoutMs: 500, retryDelayMs: 10, slowMs: SLOW_ANSWER_MS - 100 };

describe('le vérificateur de liens classe chaque réponse du serveur local', () => {
  it.each([
    ['/ok', 'ok', 200, false],
    ['/redirige', 'redirected', 200, false],
    ['/absent', 'dead', 404, false],
    ['/erreur', 'dead', 500, false],
    ['/muet', 'dead', undefined, false],
    ['/boucle', 'dead', undefined, false],
    ['/refuse', 'unverifiable', 403, false],
  ] as const)('%s → %s', async (path, status, httpStatus, slow) => {
    const result = await checkLink(`${server.origin}${path}`, options);
    expect(result.status).toBe(status);
    expect(result.httpStatus).toBe(httpStatus);
    expect(result.slow).toBe(slow);
  });

  it('donne l’adresse finale d’un lien redirigé', async () => {
    const result = await checkLink(`${server.origin}/redirige`, options);
    expect(result.finalUrl).toBe(`${server.origin}/ok`);
  });

  it('dit pourquoi un lien est mort, en français', async () => {
    expect((await checkLink(`${server.origin}/absent`, options)).error).toBe('erreur HTTP 404');
    expect((await checkLink(`${server.origin}/muet`, options)).error).toBe('pas de réponse en 0,5 s');
    expect((await checkLink('http://127.0.0.1:1/ferme', options)).error).toMatch(/^connexion impossible/);
  });

  it('réessaie une fois un lien en échec, et pas un lien valide', async () => {
    const unstable = await checkLink(`${server.origin}/instable`, options);
    expect(unstable).toMatchObject({ status: 'ok', attempts: 2 });
    const dead = await checkLink(`${server.origin}/absent`, options);
    expect(dead.attempts).toBe(2);
    expect((await checkLink(`${server.origin}/ok`, options)).attempts).toBe(1);
  });

  it('signale une réponse lente sans la compter comme morte', async () => {
    const result = await checkLink(`${server.origin}/lent`, { ...options, timeoutMs: SLOW_ANSWER_MS * 5 });
    expect(result).toMatchObject({ status: 'ok', slow: true });
  });

  it('vérifie plusieurs adresses en parallèle et rend les résultats dans l’ordre', async () => {
    const paths = ['/ok', '/absent', '/redirige', '/refuse', '/ok?2'];
    const results = await checkLinks(
      paths.map((path) => `${server.origin}${path}`),
      { ...options, concurrency: 2 },
    );
    expect(results.map((result) => result.status)).toEqual(['ok', 'dead', 'redirected', 'unverifiable', 'ok']);
  });
});
