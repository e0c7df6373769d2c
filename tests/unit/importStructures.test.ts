import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
      [6, 'sans-bassin'],
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
    expect(bad.map((row) => row.line)).toEqual([3]);
    expect(bad[0]!.problems.join('\n')).toMatch(/^latitude: latitude hors du Loir-et-Cher/m);
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

  it.each([
    ['Mission Locale Blois/Vendôme', 'mission-locale-blois-vendome'],
    ['CIO / CIDJ', 'cio-cidj'],
    ['« BIJ » : Blois', 'bij-blois'],
  ])('nomme la fiche de « %s » %s.yaml, un fichier et non un dossier', (name, id) => {
    const { rows } = importStructures(
      `nom,type,bassin,commune,latitude,longitude\n${name},cio,blois,Blois,47.58,1.33`,
      'x',
    );
    expect(rows.map((row) => row.id)).toEqual([id]);
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
    expect(existsSync(file('structure-a-paris'))).toBe(false);
    for (const id of ['espace-jeunes-montoire', 'mission-essai', 'sans-bassin']) {
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

  it('laisse une fiche .yml du même nom, ou la récrit elle-même avec --remplacer, sans créer de .yaml à côté', () => {
    const { csv, content } = setup();
    const folder = join(content, 'structures');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'mission-essai.yml'), 'écrite à la main');
    const again = runScript('import-structures', [csv], { CONTENT_DIR: content });
    expect(again.stdout).toMatch(/mission-essai\.yml existe déjà, laissé tel quel/);
    expect(existsSync(join(folder, 'mission-essai.yaml'))).toBe(false);
    runScript('import-structures', [csv, '--remplacer'], { CONTENT_DIR: content });
    expect(readFileSync(join(folder, 'mission-essai.yml'), 'utf8')).toContain('nom: Mission "Essai"');
    expect(existsSync(join(folder, 'mission-essai.yaml'))).toBe(false);
  });

  it('écrit « CIO / CIDJ » en cio-cidj.yaml, comme l’essai l’annonce', () => {
    const { content, file } = setup();
    const csv = join(dir, 'barres.csv');
    writeFileSync(
      csv,
      'nom,type,bassin,commune,latitude,longitude\nCIO / CIDJ,cio,blois,Blois,47.58,1.33\nMission Locale Blois/Vendôme,mission-locale,vendome,Vendôme,47.79,1.07\n',
    );
    const trial = runScript('import-structures', [csv, '--essai'], { CONTENT_DIR: content });
    expect(trial.stdout).toMatch(/2 lignes : 2 fiches à écrire .*0 refusée\.$/m);
    const run = runScript('import-structures', [csv], { CONTENT_DIR: content });
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/2 lignes : 2 fiches écrites .*0 refusée\.$/m);
    expect(existsSync(file('cio-cidj'))).toBe(true);
    expect(existsSync(file('mission-locale-blois-vendome'))).toBe(true);
  });

  it('dit en français quelle ligne n’a pas pu être écrite, et pourquoi, puis donne le bilan et sort en 1', () => {
    const { csv, content } = setup();
    mkdirSync(content);
    writeFileSync(join(content, 'structures'), 'un fichier, pas un dossier');
    const run = runScript('import-structures', [csv], { CONTENT_DIR: content });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      new RegExp(
        `^${csv}:2: impossible d’écrire .*espace-jeunes-montoire\\.yaml \\(\\w+\\) → vérifiez que .*structures est un dossier où vous pouvez écrire, puis relancez l’import\\.$`,
        'm',
      ),
    );
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+|Error:/);
    expect(run.stdout).toMatch(/0 fiche écrite, 0 déjà présente, 1 refusée, 3 non écrites\.$/m);
  });

  it('n’écrit rien avec --essai', () => {
    const { csv, content } = setup();
    const run = runScript('import-structures', [csv, '--essai'], { CONTENT_DIR: content });
    expect(run.stdout).toMatch(/rien n’a été écrit/);
    expect(existsSync(content)).toBe(false);
  });
});

/** A partner's list as it usually comes: name, address, postcode, town, point, phone; rarely our own fields. */
const partnerSheet = join(import.meta.dirname, '..', 'fixtures', 'import-structures', 'partenaire.csv');

describe('import de la liste d’un partenaire (sans bassin, type, description ni publics)', () => {
  const { rows } = importStructures(readFileSync(partnerSheet, 'utf8'), '2026-11-28');
  const row = (line: number) => rows.find((candidate) => candidate.line === line)!;

  it('importe tel quel une ligne complète, bassin lu dans la commune', () => {
    expect(row(2)).toMatchObject({ problems: [], toComplete: [], areaFrom: 'commune' });
    expect(row(2).data).toMatchObject({ type: 'bij', bassin: 'vendome', publics: ['jeunes-16-25', 'parents'] });
    expect(structureSchema.safeParse(row(2).data).success).toBe(true);
  });

  it('écrit chaque structure importée en partenaire, pas en membre que l’accueil compterait', () => {
    const kept = rows.filter((candidate) => candidate.problems.length === 0);
    expect(kept.length).toBeGreaterThan(1);
    for (const { data } of kept) expect(data['membre'], String(data['nom'])).toBe(false);
    // The complete row, as the site reads it once written.
    expect(structureSchema.parse(row(2).data).membre).toBe(false);
  });

  it.each([
    [3, 'romorantin', 'commune'],
    [4, 'blois', 'centre'],
  ])('importe la ligne %i à compléter, bassin %s déduit (%s)', (line, area, from) => {
    expect(row(line)).toMatchObject({ problems: [], toComplete: ['type', 'description', 'publics'], areaFrom: from });
    expect(row(line).data).toMatchObject({
      type: 'a-completer',
      bassin: area,
      description: 'À compléter',
      publics: ['a-completer'],
      verifie: false,
    });
    // What the partner gave is kept, in the schema's field order.
    expect(Object.keys(row(line).data).slice(0, 4)).toEqual(['nom', 'type', 'bassin', 'description']);
    expect(row(line).data['code_postal']).toMatch(/^41\d{3}$/);
    expect(row(line).data['adresse']).toMatch(/rue|place/);
  });

  it.each([
    [5, /^latitude: la latitude doit être un nombre décimal/],
    [6, /^code_postal: 37000 n’est pas un code postal du Loir-et-Cher \(41…\) → /],
    [7, /^latitude: latitude hors du Loir-et-Cher/],
  ])('refuse la ligne %i, une donnée fausse', (line, message) => {
    expect(row(line).problems.length).toBeGreaterThan(0);
    expect(row(line).problems.join('\n')).toMatch(new RegExp(message.source, 'm'));
  });
});

describe('npm run import:structures sur la liste d’un partenaire', { timeout: 30_000 }, () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('compte les lignes à compléter à part des refusées, et check:content liste chaque champ à compléter', () => {
    dir = mkdtempSync(join(tmpdir(), 'aioa41-import-'));
    const content = join(dir, 'content');
    const run = runScript('import-structures', [partnerSheet], { CONTENT_DIR: content });
    expect(run.stdout).toContain('6 lignes : 3 fiches écrites (dont 2 à compléter), 0 déjà présente, 3 refusées.');
    expect(run.stdout).toMatch(
      /ligne 3 : .*maison-de-l-emploi-d-essai\.yaml, à compléter : type, description, publics\./,
    );
    expect(run.stdout).toContain('ligne 4 : bassin « blois » déduit du centre le plus proche → vérifiez-le.');
    for (const line of [5, 6, 7]) expect(run.stderr).toContain(`${partnerSheet}:${line}: `);
    expect(run.code).toBe(1);

    const written = readFileSync(join(content, 'structures', 'relais-d-essai.yaml'), 'utf8');
    expect(written).toMatch(/^# À compléter : type, description, publics/m);
    expect(written).toMatch(/^# Bassin déduit du centre de bassin le plus proche : vérifiez-le\./m);

    const check = runScript('check-content', [], { CONTENT_DIR: content });
    expect(check.code).toBe(1);
    const lines = (check.stderr.match(/^\S*content\/structures\/\S+: .*$/gm) ?? []).map((line) =>
      line.replace(/^\S*content\//, ''),
    );
    for (const id of ['maison-de-l-emploi-d-essai', 'relais-d-essai']) {
      expect(lines.filter((line) => line.startsWith(`structures/${id}.yaml:`)).map((l) => l.split(': ')[1])).toEqual([
        'type',
        'description',
        'publics[0]',
      ]);
    }
    expect(lines).toContainEqual(
      expect.stringMatching(/^structures\/relais-d-essai\.yaml: type: valeur à compléter → choisissez le type/),
    );
    expect(lines.some((line) => line.startsWith('structures/point-information-jeunesse-d-essai.yaml'))).toBe(false);
  });
});
