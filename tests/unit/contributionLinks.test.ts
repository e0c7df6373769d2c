import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  ISSUE_FORMS,
  proposeSiteIssueUrl,
  proposeSiteUrl,
  reportDeadLinkUrl,
  reportErrorUrl,
  SITES_FOLDER,
} from '../../src/lib/contributionLinks.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { site } from '../../src/site.config.ts';
import { contentFiles } from '../support/loadContent.ts';

const themeIds = contentFiles('themes').map(({ id }) => id);
const repository = { url: 'https://github.com/exemple/reseau', branch: 'principale' };

describe('« Proposer un site » ouvre le formulaire de nouveau fichier du dépôt', () => {
  it.each(themeIds)('thème %s : la fiche pré-remplie passe le schéma et porte le thème', (themeId) => {
    const url = new URL(proposeSiteUrl({ id: themeId, titre: 'Un thème' }, repository));
    expect(url.origin + url.pathname).toBe(`https://github.com/exemple/reseau/new/principale/${SITES_FOLDER}`);
    expect(url.searchParams.get('filename')).toMatch(/^[a-z0-9-]+\.yaml$/);
    const entry: unknown = parse(url.searchParams.get('value')!);
    const result = siteSchema(referenceStandIn).safeParse(entry);
    expect(result.error?.issues ?? []).toEqual([]);
    expect(result.data?.thematiques).toEqual([{ id: themeId, collection: 'themes' }]);
    // GitHub refuses very long addresses (414): stay well below.
    expect(url.href.length).toBeLessThan(4000);
  });

  it('crée la fiche là où le site la lit, dans le dépôt de la configuration par défaut', () => {
    expect(existsSync(SITES_FOLDER)).toBe(true);
    expect(proposeSiteUrl({ id: 'emploi', titre: 'Emploi' })).toMatch(
      new RegExp(`^${site.repository.url}/new/${site.repository.branch}/content/sitotheque\\?`),
    );
  });

  it('dit en commentaire comment remplir la fiche, sans inventer de date de vérification', () => {
    const value = new URL(proposeSiteUrl({ id: 'emploi', titre: 'Emploi' })).searchParams.get('value')!;
    expect(value).toMatch(/^# Nouvelle fiche de la sitothèque, thème « Emploi »/);
    expect(value).toMatch(/^# date_verification: AAAA-MM-JJ$/m);
    expect(parse(value)).not.toHaveProperty('date_verification');
  });
});

/** Field ids of an issue form of the repository. */
function formFieldIds(form: string): string[] {
  const path = resolve('.github/ISSUE_TEMPLATE', form);
  const { body } = parse(readFileSync(path, 'utf8')) as { body: { id?: string }[] };
  return body.flatMap((field) => (field.id ? [field.id] : []));
}

describe.each([
  [
    'Signaler un lien mort',
    reportDeadLinkUrl(
      { titre: 'Onisep', url: 'https://www.onisep.fr/', filePath: 'content/sitotheque/onisep.yaml' },
      repository,
    ),
    ISSUE_FORMS.reportDeadLink,
    { title: 'Lien mort : Onisep', fiche: 'content/sitotheque/onisep.yaml', adresse: 'https://www.onisep.fr/' },
  ],
  [
    'Proposer un site par formulaire',
    proposeSiteIssueUrl({ id: 'handicap', titre: 'Handicap' }, repository),
    ISSUE_FORMS.proposeSite,
    { title: 'Proposer un site : Handicap', thematique: 'handicap' },
  ],
  [
    'Signaler une erreur sur cette fiche',
    reportErrorUrl({ url: 'https://exemple.fr/structures/bij-41/', title: 'Bureau information jeunesse' }, repository),
    ISSUE_FORMS.reportError,
    { title: 'Correction : Bureau information jeunesse', page: 'https://exemple.fr/structures/bij-41/' },
  ],
])('« %s »', (_, href, form, expected) => {
  const url = new URL(href);

  it('ouvre le formulaire de signalement du dépôt, pré-rempli', () => {
    expect(url.origin + url.pathname).toBe('https://github.com/exemple/reseau/issues/new');
    expect(url.searchParams.get('template')).toBe(form);
    for (const [key, value] of Object.entries(expected)) expect(url.searchParams.get(key)).toBe(value);
  });

  it('ne remplit que des champs qui existent dans le formulaire', () => {
    const ids = formFieldIds(form);
    const filled = [...url.searchParams.keys()].filter((key) => !['template', 'title', 'labels'].includes(key));
    expect(filled.length).toBeGreaterThan(0);
    for (const key of filled) expect(ids).toContain(key);
  });
});
