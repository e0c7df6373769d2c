import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEW_SITE_FILE_NAME, newSiteEntry } from '../../src/lib/contributionLinks.ts';
import { buildWithContent, contentWith, type BuildResult } from '../support/buildSite.ts';

/** The proposal exactly as "Proposer un site" opens it, and the same once its author has opened the link. */
const proposal = newSiteEntry('emploi', 'Emploi');
const checkedProposal = newSiteEntry('handicap', 'Handicap')
  .replace('titre: "Nom du site"', 'titre: "Site vérifié"')
  .replace('# date_verification: AAAA-MM-JJ', 'date_verification: 2026-11-20');

describe('une fiche proposée par « Proposer un site »', () => {
  let build: BuildResult;
  let cleanup = () => {};
  beforeAll(async () => {
    const content = contentWith({
      [`sitotheque/${NEW_SITE_FILE_NAME}`]: proposal,
      'sitotheque/site-verifie.yaml': checkedProposal,
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
});
