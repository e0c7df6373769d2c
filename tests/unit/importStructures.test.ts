import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectSeparator, headerKey, importStructures } from '../../src/lib/importStructures.ts';
import { structureSchema } from '../../src/schemas/structure.ts';
import { parseContent } from '../../src/lib/readContentFile.ts';
import { runScript } from '../support/runScript.ts';

const BOM = '\uFEFF';

/** A spreadsheet as Excel exports it in France: `;`, BOM, accents and spaces in titles, decimal commas. */
const excelSheet = [
  'Nom de la structure;Type;Bassin d’emploi;Commune;Code postal;Latitude;Longitude;Publics;Description;Remarque interne',
  '"Espace Jeunes; Montoire";autre;Vendôme;Montoire-sur-le-Loir;41800;47,75;0,86;jeunes-16-25|parents;Accueil des jeunes.;à revoir',
  'Structure à Paris;cio;blois;Paris;75001;48,85;2,35;tout-public;Mal placée.;',
  '"Mission ""Essai""";Mission Locale;blois;Blois;41000;47,58;1,33;tout-public;"Sur deux',
  'lignes.";',
  'Sans bassin;cio;;Blois;41000;47,58;1,33;tout-public;Bassin oublié.;',
].join('\r\n');

/** The same kind of sheet as LibreOffice exports it by default: `,`, no BOM, field names as titles. */
const commaSheet = [
  'nom,type,bassin,commune,latitude,longitude,publics,description,verifie,date_maj',
  'CIO d’essai,cio,romorantin,Romorantin-Lanthenay,47.358,1.741,"collegiens-lyceens, parents",Orientation.,oui,15/03/2024',
  'CIO d’essai,cio,romorantin,Romorantin-Lanthenay,47.358,1.741,parents,Doublon.,non,2024-03-15',
].join('\n');

describe('import d’un tableur de structures', () => {
  it.each([
    ['a;b;c', ';'],
    ['a,b,c', ','],
    ['"a, b";c;d', ';'],
  ])('reconnaît le séparateur de %s', (header, separator) => {
    expect(detectSeparator(`${header}\n1`)).toBe(separator);
  });

  it.each([
    ['Code postal', 'code_postal'],
    ['  Téléphone ', 'telephone'],
    ['Bassin d’emploi', 'bassin_d_emploi'],
  ])('lit le titre de colonne « %s »', (title, key) => {
    expect(headerKey(title)).toBe(key);
  });

  it('transforme chaque ligne valide, avec guillemets, BOM, « ; » et virgules décimales', () => {
    const { rows, ignoredColumns } = importStructures(BOM + excelSheet, '2026-11-28');
    expect(ignoredColumns).toEqual(['Remarque interne']);
    const valid = rows.filter((row) => row.problems.length === 0);
    expect(valid.map((row) => [row.line, row.id])).toEqual([
      [2, 'espace-jeunes-montoire'],
      [4, 'mission-essai'],
    ]);
    expect(valid[0]!.data).toMatchObject({
      nom: 'Espace Jeunes; Montoire',
      bassin: 'vendome',
      latitude: 47.75,
      publics: ['jeunes-16-25', 'parents'],
      date_maj: '2026-11-28',
      verifie: false,
    });
    expect(valid[1]!.data).toMatchObject({
      nom: 'Mission "Essai"',
      type: 'mission-locale',
      description: 'Sur deux\nlignes.',
    });
  });

  it('refuse les mauvaises lignes en donnant leur numéro de ligne dans le fichier', () => {
    const bad = importStructures(excelSheet, '2026-11-28').rows.filter((row) => row.problems.length > 0);
    expect(bad.map((row) => row.line)).toEqual([3, 6]);
    expect(bad[0]!.problems.join('\n')).toMatch(/^latitude: latitude hors du Loir-et-Cher/m);
    expect(bad[1]!.problems.join('\n')).toMatch(/^bassin: champ obligatoire manquant → ajoutez le bassin d’emploi/m);
  });

  it('lit « , », oui/non, les dates JJ/MM/AAAA et refuse un doublon de nom', () => {
    const { rows } = importStructures(commaSheet, '2026-11-28');
    expect(rows[0]!.problems).toEqual([]);
    expect(rows[0]!.data).toMatchObject({
      verifie: true,
      date_maj: '2024-03-15',
      publics: ['collegiens-lyceens', 'parents'],
    });
    expect(rows[1]!.problems).toEqual([
      expect.stringMatching(/même nom de fichier \(cio-d-essai\.yaml\) qu’à la ligne 2/),
    ]);
  });

  it('refuse un tableau sans colonne « nom »', () => {
    expect(importStructures('ville;type\nBlois;cio', '2026-11-28').fileProblem).toMatch(/aucune colonne « nom »/);
  });
});

// Each case runs the script two or three times: slower than a plain unit test on two shared cores.
describe('npm run import:structures (la commande)', { timeout: 30_000 }, () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const setup = () => {
    dir = mkdtempSync(join(tmpdir(), 'aioa41-import-'));
    const csv = join(dir, 'partenaires.csv');
    writeFileSync(csv, BOM + excelSheet);
    return {
      csv,
      content: join(dir, 'content'),
      file: (id: string) => join(dir, 'content', 'structures', `${id}.yaml`),
    };
  };

  it('écrit les lignes valides en fiches valides, rien pour les mauvaises, et sort en erreur', () => {
    const { csv, content, file } = setup();
    const run = runScript('import-structures', [csv], { CONTENT_DIR: content });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${csv}:3: latitude: latitude hors du Loir-et-Cher`);
    expect(run.stderr).toContain(`${csv}:6: bassin: champ obligatoire manquant`);
    expect(existsSync(file('structure-a-paris'))).toBe(false);
    for (const id of ['espace-jeunes-montoire', 'mission-essai']) {
      const read = parseContent(readFileSync(file(id), 'utf8'), 'yaml');
      if ('error' in read) throw new Error(read.error);
      expect(structureSchema.safeParse(read.data).success).toBe(true);
    }
  });

  it('n’écrase jamais une fiche existante, sauf avec --remplacer', () => {
    const { csv, content, file } = setup();
    runScript('import-structures', [csv], { CONTENT_DIR: content });
    writeFileSync(file('mission-essai'), 'modifiée à la main');
    const again = runScript('import-structures', [csv], { CONTENT_DIR: content });
    expect(again.stdout).toMatch(/mission-essai\.yaml existe déjà, laissé tel quel/);
    expect(readFileSync(file('mission-essai'), 'utf8')).toBe('modifiée à la main');
    runScript('import-structures', [csv, '--remplacer'], { CONTENT_DIR: content });
    expect(readFileSync(file('mission-essai'), 'utf8')).toContain('nom: Mission "Essai"');
  });

  it('n’écrit rien avec --essai', () => {
    const { csv, content } = setup();
    const run = runScript('import-structures', [csv, '--essai'], { CONTENT_DIR: content });
    expect(run.stdout).toMatch(/rien n’a été écrit/);
    expect(existsSync(content)).toBe(false);
  });
});
