import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkReport } from '../../scripts/lib/linkReport.ts';
import { linkFixture } from '../../scripts/lib/linkFixture.ts';
import { startLinkServer, type LinkServer } from '../../scripts/lib/linkServer.ts';
import { runScriptAsync, type ScriptRun } from '../support/runScript.ts';

let server: LinkServer;
let fixture: ReturnType<typeof linkFixture>;

/** Runs `npm run check:links` as an editor would, on the fixture content, with short limits. */
function checkLinksCommand(...extra: string[]): Promise<ScriptRun> {
  return checkLinksOn(fixture.root, ...extra);
}

function checkLinksOn(root: string, ...extra: string[]): Promise<ScriptRun> {
  const args = ['--out', join(root, 'rapport'), '--timeout', '1000', '--slow', '300', '--retry-delay', '10'];
  return runScriptAsync('check-links', [...args, ...extra], { CONTENT_DIR: root });
}

beforeAll(async () => {
  server = await startLinkServer();
  fixture = linkFixture(server.origin);
});
afterAll(async () => {
  fixture.remove();
  await server.close();
});

describe('npm run check:links', { timeout: 30_000 }, () => {
  it('trouve le lien mort planté, nomme son fichier et sort en erreur', async () => {
    const { code, stdout } = await checkLinksCommand();
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /7 adresses vérifiées en [\d,]+ s — valides : 2 · redirigées : 1 · mortes : 3 · à vérifier à la main : 1 · lentes : \d/,
    );

    // The console names the file and the field of each dead link, as the Markdown report does.
    expect(stdout).toMatch(/^Liens morts \(3\) :$/m);
    // Each line ends with the fix, after « → »: date_verification only for a sitothèque site's own address.
    expect(stdout).toMatch(
      /^ {2}\S*sitotheque\/site-disparu\.yaml › url : \S+\/absent — erreur HTTP 404 → ouvrez le lien ; s’il répond, écrivez date_verification: avec la date du jour \(AAAA-MM-JJ\) ; sinon corrigez url ou supprimez la fiche$/m,
    );
    expect(stdout).toMatch(
      /^ {2}\S*stages\/stage-lent\.md › texte : \S+\/muet — pas de réponse en 1 s → ouvrez le lien ; s’il ne répond pas, corrigez texte ou retirez l’adresse$/m,
    );
    expect(stdout).toMatch(
      /^ {2}\S*site-demenage\.yaml › url : \S+ — nouvelle adresse : \S+\/ok → ouvrez la nouvelle adresse ; si c’est la même information, écrivez-la dans url$/m,
    );
    expect(stdout).toMatch(
      /^ {2}\S*outil-protege\.yaml › lien : \S+ — HTTP 403 → ouvrez le lien dans un navigateur ; s’il ne répond pas, corrigez lien$/m,
    );

    const report = JSON.parse(readFileSync(join(fixture.root, 'rapport.json'), 'utf8')) as LinkReport;
    const dead = report.links.find((link) => link.url === `${server.origin}/absent`);
    expect(dead?.status).toBe('dead');
    expect(dead?.occurrences).toHaveLength(1);
    expect(dead?.occurrences[0]?.file).toMatch(/sitotheque\/site-disparu\.yaml$/);
    expect(dead?.occurrences[0]?.field).toBe('url');

    const markdown = readFileSync(join(fixture.root, 'rapport.md'), 'utf8');
    expect(markdown).toMatch(
      /## Liens morts \(3\)\n\nQue faire : ouvrez le lien dans un navigateur\. S’il répond, ne changez rien/,
    );
    expect(markdown).toMatch(/## Liens redirigés \(1\)\n\nQue faire : ouvrez la nouvelle adresse/);
    expect(markdown).toMatch(/\/absent \| erreur HTTP 404 \| `[^`]*sitotheque\/site-disparu\.yaml` \(url\)/);
    expect(markdown).toMatch(/\/muet \| pas de réponse en 1 s \| `[^`]*stages\/stage-lent\.md` \(texte\)/);
    expect(markdown).toMatch(/## Liens redirigés \(1\)[\s\S]*\/ok \| `[^`]*site-demenage\.yaml` \(url\)/);
    expect(markdown).toMatch(
      /## Liens lents \(\d\)[\s\S]*\/lent \| [\d,]+ s \| `[^`]*stage-lent\.md` \(liens\[0\]\.url\)/,
    );
    expect(markdown).toMatch(/## À vérifier à la main[\s\S]*HTTP 403[\s\S]*outil-protege\.yaml` \(lien\)/);
  });

  it('avec --update-dates, date seulement les fiches de la sitothèque dont le lien répond', async () => {
    await checkLinksCommand('--update-dates');
    const today = new Date().toISOString().slice(0, 10);
    const read = (name: string) => readFileSync(join(fixture.root, 'sitotheque', name), 'utf8');
    expect(read('site-valide.yaml')).toMatch(new RegExp(`^date_verification: ${today}$`, 'm'));
    expect(read('site-demenage.yaml')).toMatch(/^date_verification: 2020-01-15$/m);
    expect(read('site-disparu.yaml')).toMatch(/^date_verification: 2025-06-01$/m);
    expect(read('site-disparu.yaml')).toMatch(/^# Le lien mort planté/);
  });

  it('refuse une option invalide avec le code 2 et l’aide', async () => {
    const { code, stderr } = await checkLinksCommand('--timeout', 'bientôt');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--timeout attend un nombre positif/);
    expect(stderr).toMatch(/^Usage : npm run check:links/m);
    expect(existsSync(join(fixture.root, 'sitotheque'))).toBe(true);
  });

  it('sans aucune réponse (poste hors ligne), ne déclare rien mort, ni à l’écran ni dans le rapport : il sort en 2 et le dit', async () => {
    const offline = mkdtempSync(join(tmpdir(), 'hors-ligne-'));
    mkdirSync(join(offline, 'sitotheque'));
    // Port 1 on loopback: nothing listens there, as nothing answers on a machine without internet.
    writeFileSync(join(offline, 'sitotheque', 'site.yaml'), 'titre: "Site"\nurl: http://127.0.0.1:1/\n');
    writeFileSync(join(offline, 'sitotheque', 'autre.yaml'), 'titre: "Autre"\nurl: http://127.0.0.1:1/autre\n');
    const { code, stdout, stderr } = await checkLinksOn(offline);
    const markdown = readFileSync(join(offline, 'rapport.md'), 'utf8');
    rmSync(offline, { recursive: true, force: true });
    expect(code).toBe(2);
    expect(stderr).toMatch(/Aucune des 2 adresses n’a répondu : ce poste a-t-il accès à internet \?/);
    // An editor who reads « supprimez la fiche » on every line would delete good sheets.
    expect(`${stdout}${stderr}`).not.toMatch(/Liens morts|supprimez la fiche|mortes : 2/);
    expect(markdown).toMatch(/Rien n’a pu être vérifié/);
    expect(markdown).not.toMatch(/Liens morts|supprimez la fiche|mortes : 2/);
  });

  it('compte les liens morts de la même façon à l’écran et dans le rapport', async () => {
    const shared = mkdtempSync(join(tmpdir(), 'meme-lien-'));
    mkdirSync(join(shared, 'sitotheque'));
    const dead = `${server.origin}/absent`;
    writeFileSync(join(shared, 'sitotheque', 'a.yaml'), `titre: "A"\nurl: ${dead}\n`);
    writeFileSync(join(shared, 'sitotheque', 'b.yaml'), `titre: "B"\nurl: ${dead}\n`);
    const { stdout } = await checkLinksOn(shared);
    const markdown = readFileSync(join(shared, 'rapport.md'), 'utf8');
    rmSync(shared, { recursive: true, force: true });
    // One address, held by two files: one dead link, two places to fix.
    expect(stdout).toMatch(/^Liens morts \(1\), à corriger à 2 endroits :$/m);
    expect(markdown).toMatch(/^## Liens morts \(1\)$/m);
  });
});
