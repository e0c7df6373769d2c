import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEW_SITE_FILE_NAME, newSiteEntry } from '../../src/lib/contributionLinks.ts';
import { todayInFrance } from '../../src/schemas/fields.ts';
import { decodeEntities } from '../support/htmlText.ts';
import { buildWithContent, contentWith, type BuildResult } from '../support/buildSite.ts';

/** The proposal exactly as "Proposer un site" opens it, and the same once its author has opened the link. */
const proposal = newSiteEntry('emploi', 'Emploi');
const checkedProposal = newSiteEntry('handicap', 'Handicap')
  .replace('titre: "Nom du site"', 'titre: "Site vérifié"')
  .replace('# date_verification: AAAA-MM-JJ', 'date_verification: 2026-11-20');
/** A site of the « Emploi » theme whose link was last checked on `date`. */
const datedSite = (titre: string, date: string) =>
  newSiteEntry('emploi', 'Emploi')
    .replace('titre: "Nom du site"', `titre: "${titre}"`)
    .replace('# date_verification: AAAA-MM-JJ', `date_verification: ${date}`);

describe('une fiche proposée par « Proposer un site »', () => {
  let build: BuildResult;
  let cleanup = () => {};
  beforeAll(async () => {
    const content = contentWith({
      [`sitotheque/${NEW_SITE_FILE_NAME}`]: proposal,
      'sitotheque/site-verifie.yaml': checkedProposal,
      'sitotheque/site-ancien.yaml': datedSite('Site vérifié en 2019', '2019-03-04'),
      // The day of the build: a fixed recent date would pass the cut-off a year later.
      'sitotheque/site-du-jour.yaml': datedSite('Site vérifié ce jour', todayInFrance()),
    });
    cleanup = content.cleanup;
    build = await buildWithContent(content.dir);
  });
  afterAll(() => cleanup());

  const page = (path: string) => readFileSync(join(build.outDir, path, 'index.html'), 'utf8');

  it('se construit telle quelle et paraît dans son thème, « pas encore vérifiée »', () => {
    expect(build.code, build.output).toBe(0);
    const html = page('sitotheque/emploi');
    expect(html).toContain('>Nom du site</a>');
    expect(html).toMatch(/Nom du site[\s\S]*?Lien pas encore vérifié/);
  });

  it('affiche la date de vérification quand son auteur l’a écrite', () => {
    expect(page('sitotheque/handicap')).toMatch(
      /Site vérifié[\s\S]*?Lien vérifié le <time datetime="2026-11-20"[^>]*>20 novembre 2026<\/time>/,
    );
  });

  // A link that stopped answering keeps its last good date: past check:freshness's cut-off, the date says its age.
  it.each([
    ['sa carte, dans la sitothèque', 'sitotheque/emploi'],
    ['la liste des sites du thème', 'thematiques/emploi'],
  ])('un lien vérifié il y a plus d’un an le dit sur %s ; un lien vérifié ce jour, non', (_, path) => {
    const text = decodeEntities(page(path).replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');
    expect(text).toMatch(
      /Site vérifié en 2019[^]*?vérifié le 4 mars 2019 — il y a plus d’un an : l’adresse a pu changer depuis/,
    );
    const today = /Site vérifié ce jour[^]*?(vérifié le [^)]*?)(?:\)|Signaler)/.exec(text)?.[1] ?? '';
    expect(today).toMatch(/vérifié le \d/);
    expect(today).not.toMatch(/plus d’un an|a pu changer/);
  });
});
