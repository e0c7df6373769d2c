/**
 * How a person reaches a structure, on its page and on the cards of the self-diagnostic's results: its own
 * contacts once confirmed; until then, the national site of its network (site.networkSites) when the sitothèque
 * holds one, and nothing invented for the other types.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayDomain } from '../../src/lib/displayDomain.ts';
import { ofPlace } from '../../src/lib/french.ts';
import { site, territory } from '../../src/site.config.ts';
import { buildWithContent, contentWith, type BuildResult } from '../support/buildSite.ts';
import { contentFiles } from '../support/loadContent.ts';
import { structureFile } from '../support/contentFixtures.ts';

const LEAD = 'Pour trouver ses coordonnées à jour :';

/** Test data only: a fictitious structure whose contacts a person checked (01 99 numbers are kept for fiction). */
const COMMENT = 'Fiche de test (tests/build/structureContacts.test.ts) : rien de réel.';
const inBlois = {
  type: 'mission-locale',
  commune: '"Blois"',
  code_postal: '"41000"',
  latitude: '47.59',
  longitude: '1.33',
  publics: '[jeunes-16-25]',
  date_maj: '2026-11-01',
};
const planted = {
  'structures/zz-test-verifiee.yaml': structureFile(
    {
      ...inBlois,
      nom: '"Mission Locale de test vérifiée"',
      description: '"Fiche de test dont une personne a vérifié les coordonnées."',
      adresse: '"1 rue de l’Exemple"',
      telephone: '"+33199000000"',
      courriel: '"accueil@exemple.invalid"',
      verifie: 'true',
    },
    { comment: COMMENT },
  ),
  // Enough Missions Locales in one area that results show them in part and link their list (StructureLines).
  ...Object.fromEntries(
    Array.from({ length: site.diagnosticStructuresShown }, (_, index) => [
      `structures/zz-test-ml-${index + 1}.yaml`,
      structureFile(
        {
          ...inBlois,
          nom: `"Mission Locale de test ${index + 1}"`,
          description: '"Fiche de test aux coordonnées à confirmer."',
        },
        { comment: COMMENT },
      ),
    ]),
  ),
};

const networkSites: Readonly<Record<string, { site: string; texte: string }>> = site.networkSites;
const siteUrls = new Map(contentFiles('sites').map(({ id, data }) => [id, (data as { url: string }).url]));
const structureTypes = new Map(contentFiles('structures').map(({ id, data }) => [id, (data as { type: string }).type]));

/** What a structure's file says of its contacts: checked by a person (`verifie`), or each value's source. */
interface ContactFile {
  verifie?: boolean;
  sources?: Record<string, unknown>;
  telephone?: string;
  courriel?: string;
  site_web?: string;
}
const contactFiles = new Map(contentFiles('structures').map(({ id, data }) => [id, data as ContactFile]));
/** The phone, e-mail or web site a person checked or a source gives: the page shows it instead of the network's site. */
const reachableBy = (file: ContactFile | undefined) =>
  (['telephone', 'courriel', 'site_web'] as const).filter(
    (field) => file?.[field] && (file.verifie === true || file.sources?.[field] !== undefined),
  );

/** The national-site line of a piece of HTML, as a person reads it (text), and its link. */
function networkLine(html: string) {
  const paragraph = /<p class="network-site"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1];
  if (paragraph === undefined) return undefined;
  const link = /<a href="([^"]+)"[^>]*>([^<]*)<\/a>/.exec(paragraph);
  return {
    text: paragraph
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
    href: link?.[1],
    label: link?.[2],
  };
}

/** What a structure of `type` shows while its contacts are unconfirmed: the lead, its network's link, the domain. */
function expectedLine(type: string) {
  const chosen = networkSites[type];
  if (!chosen) return undefined;
  const href = siteUrls.get(chosen.site)!;
  return { text: `${LEAD} ${chosen.texte} (${displayDomain(href)}).`, href, label: chosen.texte };
}

/** What a structure shows in a list, from its id: the planted verified one nothing, the others as their type says. */
function expectedFor(id: string) {
  if (id === 'zz-test-verifiee' || reachableBy(contactFiles.get(id)).length > 0) return undefined;
  return expectedLine(structureTypes.get(id) ?? (id.startsWith('zz-test-ml-') ? 'mission-locale' : 'inconnu'));
}

/** A built page without Astro's scoping attributes, which say nothing to a reader. */
const readable = (file: string) => readFileSync(file, 'utf8').replace(/ data-astro-cid-\w+(="[^"]*")?/g, '');

function htmlFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(folder, name));
}

describe('joindre une structure', () => {
  let build: BuildResult;
  let cleanup = () => {};
  beforeAll(async () => {
    const content = contentWith(planted);
    cleanup = content.cleanup;
    build = await buildWithContent(content.dir);
  });
  afterAll(() => cleanup());

  const page = (id: string) => readable(join(build.outDir, 'structures', id, 'index.html'));

  it('lie chaque type du réseau à un site de la sitothèque, et la construction réussit', () => {
    expect(build.code, build.output).toBe(0);
    expect(Object.keys(networkSites).length).toBeGreaterThan(0);
  });

  it.each([...structureTypes])(
    'la page de %s (%s) montre le site national de son réseau tant que ses coordonnées sont à confirmer, sinon rien',
    (id, type) => {
      const html = page(id);
      const file = contactFiles.get(id)!;
      const reachable = reachableBy(file);
      expect(html).toContain(
        reachable.includes('telephone') ? `>${file.telephone}</a></dd>` : '<dt>Téléphone</dt><dd>à confirmer</dd>',
      );
      expect(networkLine(html)).toEqual(reachable.length > 0 ? undefined : expectedLine(type));
    },
  );

  it('une structure aux coordonnées vérifiées montre les siennes, sans renvoyer au site national', () => {
    const html = page('zz-test-verifiee');
    // Its file says « +33199000000 », as the form lets through: the page and its JSON-LD write it as dialled in France.
    expect(html).toContain('<a href="tel:+33199000000">01 99 00 00 00</a>');
    expect(html).toContain('"telephone":"01 99 00 00 00"');
    expect(html).not.toMatch(/[>"]\+33199000000[<"]/);
    expect(html).toContain('<a href="mailto:accueil@exemple.invalid">accueil@exemple.invalid</a>');
    expect(html).not.toMatch(/(Coordonnées|Adresse|Téléphone|Courriel) à confirmer|<dd>à confirmer/);
    expect(networkLine(html)).toBeUndefined();
  });

  it('chaque carte de structure des résultats de l’autodiagnostic montre le même lien, ou aucun', () => {
    let cards = 0;
    let linked = 0;
    for (const file of htmlFilesUnder(join(build.outDir, 'diagnostic'))) {
      for (const [card] of readable(file).matchAll(/<article class="structure-card[\s\S]*?<\/article>/g)) {
        const id = /href="\/structures\/([^/"]+)\/"/.exec(card)![1]!;
        const expected = expectedFor(id);
        expect(networkLine(card), `${file} : ${id}`).toEqual(expected);
        cards++;
        if (expected) linked++;
      }
    }
    expect(cards).toBeGreaterThan(0);
    expect(linked).toBeGreaterThan(0);
  });

  it.each([
    ['l’annuaire', 'structures/index.html', ''],
    ['la liste d’un bassin, page par page', 'structures/bassin/blois/index.html', ''],
    ['la liste de la carte', 'carte/index.html', ''],
    ['la liste de la carte intégrée', 'embed/carte/index.html', ' target="_top"'],
  ])('chaque structure de %s montre le même lien, ou aucun', (_, file, target) => {
    const html = readable(join(build.outDir, file));
    const items = [...html.matchAll(/<li [^>]*data-structure="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)];
    expect(items.length).toBeGreaterThan(0);
    const linked = items.filter(([, id, item]) => {
      const expected = expectedFor(id!);
      expect(networkLine(item!), `${file} : ${id}`).toEqual(expected);
      if (expected) expect(item, `${file} : ${id}`).toContain(`<a href="${expected.href}"${target}>`);
      return expected !== undefined;
    });
    expect(linked.length).toBeGreaterThan(0);
  });

  it('le fichier de la carte donne à son écriture dans le navigateur le même lien, ou aucun', () => {
    const data = JSON.parse(readFileSync(join(build.outDir, 'carte', 'structures.json'), 'utf8')) as {
      networks: Record<string, { href: string; texte: string; domaine: string }>;
      structures: { id: string; reachable?: true }[];
    };
    for (const { id, reachable } of data.structures) {
      // Written only when true, so that the file does not grow with the structures still to confirm.
      const expected = id === 'zz-test-verifiee' || reachableBy(contactFiles.get(id)).length > 0;
      expect(reachable, id).toBe(expected ? true : undefined);
    }
    for (const [type, network] of Object.entries(data.networks)) {
      const expected = expectedLine(type)!;
      expect(`${LEAD} ${network.texte} (${network.domaine}).`).toBe(expected.text);
      expect(network.href).toBe(expected.href);
    }
  });

  it('une liste d’un type, où mène un résultat, le dit à chaque ligne de structure à confirmer', () => {
    const lists = htmlFilesUnder(join(build.outDir, 'structures', 'type', 'mission-locale'));
    expect(lists.length).toBeGreaterThan(0);
    for (const file of lists) {
      const lines = [...readable(file).matchAll(/<li><a href="\/structures\/([^/"]+)\/">([\s\S]*?)<\/li>/g)];
      expect(lines.length, file).toBeGreaterThan(site.diagnosticStructuresShown);
      for (const [line, id] of lines) {
        const expected = expectedFor(id!);
        const text = line
          .replace(/<[^>]+>/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        if (expected) {
          const end = ` · coordonnées à confirmer. ${expected.text}`;
          expect(text.slice(-end.length), `${file} : ${id}`).toBe(end);
          expect(line).toContain(`<a href="${expected.href}">${expected.label}</a>`);
        } else expect(text, `${file} : ${id}`).not.toContain(LEAD);
      }
    }
  });

  it('une structure sans commune connue dit son bassin « à confirmer » dans les mêmes mots sur sa fiche et dans la liste de son type', () => {
    const unplaced = contentFiles('structures').filter(({ data }) => data['commune_inconnue'] === true);
    expect(unplaced.length, 'aucune structure sans commune connue (ce test ne prouverait rien)').toBeGreaterThan(0);
    const text = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim();
    let listed = 0;
    for (const { id, data } of unplaced) {
      const area = territory.employmentAreas.find((candidate) => candidate.id === data['bassin'])!.nom;
      const fact = /<dt>Bassin d’emploi[\s\S]*?<\/dt><dd>([\s\S]*?)<\/dd>/.exec(page(id))?.[1] ?? '';
      expect(text(fact), id).toBe(`${area}, à confirmer.`);
      // A type's list of the whole département, where there is one, names each line's area.
      const folder = join(build.outDir, 'structures', 'type', String(data['type']));
      const lines = existsSync(folder)
        ? htmlFilesUnder(folder).flatMap((file) => [
            ...readable(file).matchAll(new RegExp(`<li><a href="/structures/${id}/">([\\s\\S]*?)</li>`, 'g')),
          ])
        : [];
      for (const [line] of lines)
        expect(text(line), id).toMatch(new RegExp(` · bassin ${ofPlace(area)}, à confirmer( ·|$)`));
      listed += lines.length;
    }
    expect(listed, 'aucune liste ne nomme le bassin d’une structure sans commune connue').toBeGreaterThan(0);
  });
});
