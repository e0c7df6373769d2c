/**
 * One registry of the open data downloads: each file with its format and its fields. The files
 * keep exactly these fields, in this order (`pickFields`), the CSV takes its columns from here,
 * and /donnees/ draws its download list and field tables from here, so the page cannot drift.
 */
import { countOf, joinFrench, plural } from './french.ts';
import type { InternshipRecord, SiteRecord } from './openDataDirectories.ts';
import type { StructureRecord } from './structures/record.ts';

/** One field of a download, as /donnees/ documents it. */
export interface OpenDataField<K extends string = string> {
  name: K;
  /** What the field holds, in French. */
  description: string;
}

/** Fields of a structure: JSON keys, CSV columns and GeoJSON properties (there, latitude and longitude are the point). */
export const STRUCTURE_FIELDS = [
  { name: 'id', description: 'identifiant de la fiche (nom du fichier source)' },
  { name: 'nom', description: 'nom complet' },
  { name: 'sigle', description: 'sigle usuel ; vide s’il n’y en a pas' },
  { name: 'type', description: 'type de structure (code)' },
  { name: 'type_libelle', description: 'type de structure (libellé)' },
  { name: 'bassin', description: 'bassin d’emploi (code)' },
  { name: 'bassin_libelle', description: 'bassin d’emploi (nom)' },
  { name: 'description', description: 'une ou deux phrases : ce que fait la structure et pour qui' },
  {
    name: 'dans_le_reseau',
    description: 'ce que la structure a fait avec le réseau, d’après ses points d’étape ; vide s’ils n’en disent rien',
  },
  { name: 'adresse', description: 'numéro et rue ; vide quand personne ne l’a vérifiée ni sourcée' },
  { name: 'code_postal', description: 'code postal, 5 chiffres ; vide quand inconnu' },
  { name: 'commune', description: 'commune ; vide quand aucune source ne la donne (localisation « inconnue »)' },
  {
    name: 'latitude',
    description:
      'latitude WGS 84 ; dans le GeoJSON, la géométrie du point ; vide quand la commune n’est pas connue (localisation « inconnue »)',
  },
  {
    name: 'longitude',
    description:
      'longitude WGS 84 ; dans le GeoJSON, la géométrie du point ; vide quand la commune n’est pas connue (localisation « inconnue »)',
  },
  {
    name: 'localisation',
    description:
      '« adresse » quand le point est à l’adresse (vérifiée ou sourcée), « commune » quand il est seulement placé dans la commune (ce n’est pas une adresse), « inconnue » quand la commune n’est pas connue : aucun point n’est alors publié (latitude et longitude vides, géométrie null dans le GeoJSON)',
  },
  {
    name: 'telephone',
    description: 'téléphone d’accueil ; vide quand inconnu, ou quand personne ne l’a vérifié ni sourcé',
  },
  {
    name: 'courriel',
    description: 'adresse électronique d’accueil ; vide quand inconnue, ou quand personne ne l’a vérifiée ni sourcée',
  },
  {
    name: 'site_web',
    description: 'site de la structure ; vide quand inconnu, ou quand personne ne l’a vérifié ni sourcé',
  },
  {
    name: 'horaires_accueil',
    description: 'horaires au format OpenStreetMap opening_hours ; vides quand personne ne les a vérifiés ni sourcés',
  },
  { name: 'publics', description: 'publics accueillis (codes) ; séparés par « ; » dans le CSV' },
  { name: 'publics_libelles', description: 'publics accueillis (libellés) ; séparés par « ; » dans le CSV' },
  {
    name: 'services',
    description:
      'services proposés ; quand verifie vaut false, ce sont les services habituels d’une structure de ce type, que la structure n’a pas encore confirmés (sa fiche le dit), et ils ne sont pas envoyés à data·inclusion ; séparés par « ; » dans le CSV',
  },
  {
    name: 'membre',
    description:
      'membre du groupe, d’après le plus récent de ses points d’étape qui en nomme les membres, ou partenaire : true / false dans le JSON et le GeoJSON, oui / non dans le CSV',
  },
  { name: 'membre_depuis', description: 'année d’adhésion au réseau ; vide quand inconnue' },
  { name: 'date_maj', description: 'date de la dernière mise à jour de la fiche' },
  {
    name: 'verifie',
    description:
      'coordonnées et services vérifiés par une personne auprès de la structure, ou non : true / false dans le JSON et le GeoJSON, oui / non dans le CSV',
  },
  { name: 'page', description: 'adresse de la fiche sur ce site' },
  // Last, in the order they were added, so that the columns published before them keep their places in the CSV.
  {
    name: 'publics_a_confirmer',
    description:
      'ceux des publics (codes) qu’aucune source ne confirme encore : la structure est listée pour eux, mais c’est à confirmer auprès d’elle ; vide quand il n’y en a pas ; séparés par « ; » dans le CSV',
  },
  {
    name: 'siret',
    description:
      'numéro SIRET (système d’identification du répertoire des établissements) de l’établissement, 14 chiffres ; data·inclusion s’en sert pour le retrouver ; vide quand inconnu',
  },
  {
    name: 'sources',
    description:
      'd’où viennent les coordonnées publiées qui ont une source, comme la fiche le dit : une entrée « champ : source, date de la valeur à sa source » par valeur (coordonnees pour le point), suivie de l’adresse de la fiche d’origine quand elle est connue ; vide quand aucune n’a de source ; séparées par « ; » dans le CSV',
  },
] as const satisfies readonly OpenDataField<keyof StructureRecord>[];

/** Fields of a site of the sitothèque. */
export const SITE_FIELDS = [
  { name: 'id', description: 'identifiant de la fiche (nom du fichier source)' },
  { name: 'titre', description: 'nom du site' },
  { name: 'url', description: 'adresse du site' },
  { name: 'description', description: 'ce que l’on y trouve' },
  { name: 'thematiques', description: 'identifiants des thèmes' },
  { name: 'publics', description: 'publics visés (codes)' },
  { name: 'date_verification', description: 'date de la dernière ouverture du lien ; null s’il n’a pas été vérifié' },
  { name: 'page', description: 'adresse de la page du thème sur ce site' },
] as const satisfies readonly OpenDataField<keyof SiteRecord>[];

/** Fields of a form of internship. */
export const INTERNSHIP_FIELDS = [
  { name: 'id', description: 'identifiant de la fiche (nom du fichier source)' },
  { name: 'nom', description: 'nom de la forme de stage' },
  { name: 'pour', description: 'lecteurs concernés : grand-public, employeurs, professionnels' },
  { name: 'public_concerne', description: 'qui peut en faire un' },
  { name: 'age_ou_niveau', description: 'âge ou niveau requis' },
  { name: 'duree', description: 'durée du stage' },
  { name: 'cadre_legal', description: 'texte qui l’encadre' },
  { name: 'convention', description: 'convention tripartite obligatoire ou non : true / false' },
  {
    name: 'convention_resume',
    description:
      'la convention en clair quand true ou false ne suffit pas (l’apprentissage : un contrat de travail et une convention de formation avec le CFA) ; null sinon',
  },
  { name: 'gratification', description: 'gratification ou rémunération' },
  {
    name: 'structures',
    description:
      'identifiants des structures vers qui la fiche oriente : celles qui organisent la période, ou celles qui informent seulement quand structures_informent vaut true',
  },
  {
    name: 'structures_informent',
    description:
      'true / false : true quand les structures listées ne font qu’informer, l’interlocuteur étant l’établissement de l’élève ou de l’étudiant',
  },
  { name: 'liens', description: 'liens utiles : titre et url' },
  {
    name: 'date_maj',
    description:
      'date à laquelle les règles ont été rédigées ou mises à jour sur ce site ; ce n’est pas une vérification',
  },
  {
    name: 'date_verification',
    description:
      'date à laquelle une personne a comparé les règles aux textes officiels ; null tant que personne ne l’a fait',
  },
  { name: 'page', description: 'adresse de la fiche sur ce site' },
] as const satisfies readonly OpenDataField<keyof InternshipRecord>[];

/**
 * The entries a file is made of, whose newest date is the file's update date on /donnees/: the structures (their
 * `date_maj`), the structures whose services go to data·inclusion, the sitothèque's links (the day someone opened
 * them) or the forms of internship (their `date_maj`).
 */
export type OpenDataEntries = 'structures' | 'services' | 'sites' | 'internships';

/** One file of /donnees/. `fields` is absent for the data·inclusion files, whose fields are the national schema's. */
export interface OpenDataDownload {
  path: string;
  format: string;
  entries: OpenDataEntries;
  /** What /donnees/ says instead of a date when none of the file's entries has one. */
  undated?: string;
  fields?: readonly OpenDataField[];
  /** Title of the field table shared by the files with the same fields. */
  fieldsTitle?: string;
}

/** Every download, in the order /donnees/ lists them. */
export const OPEN_DATA_DOWNLOADS: readonly OpenDataDownload[] = [
  {
    path: '/donnees/structures.geojson',
    format: 'GeoJSON (RFC 7946), pour les logiciels de cartographie (QGIS, uMap…)',
    entries: 'structures',
    fields: STRUCTURE_FIELDS,
    fieldsTitle: 'Structures',
  },
  {
    path: '/donnees/structures.csv',
    format: 'CSV (UTF-8, séparateur virgule, ligne d’en-tête), pour les tableurs',
    entries: 'structures',
    fields: STRUCTURE_FIELDS,
    fieldsTitle: 'Structures',
  },
  {
    path: '/donnees/structures.json',
    format: 'JSON, une fiche par structure',
    entries: 'structures',
    fields: STRUCTURE_FIELDS,
    fieldsTitle: 'Structures',
  },
  {
    path: '/donnees/data-inclusion/structures.json',
    format: 'JSON au schéma national data·inclusion v1.0.8 (structures)',
    entries: 'structures',
  },
  {
    path: '/donnees/data-inclusion/services.json',
    format: 'JSON au schéma national data·inclusion v1.0.8 (services)',
    entries: 'services',
    undated: 'Pas encore de date : aucun service n’y est encore publié (voir « Format data·inclusion » plus bas).',
  },
  {
    path: '/donnees/sitotheque.json',
    format: 'JSON, les sites de la sitothèque',
    entries: 'sites',
    undated: 'Pas encore de date : aucun de ses liens n’a encore été vérifié.',
    fields: SITE_FIELDS,
    fieldsTitle: 'Sitothèque',
  },
  {
    path: '/donnees/stages.json',
    format: 'JSON, les formes de stage du répertoire',
    entries: 'internships',
    fields: INTERNSHIP_FIELDS,
    fieldsTitle: 'Stages',
  },
];

/**
 * The field tables of /donnees/: one per list of fields, naming the files that share it. `notes` adds what the
 * content says of a field to its description, by field name (after « ; »): the registry holds no count of content.
 */
export function fieldTables(
  downloads: readonly OpenDataDownload[] = OPEN_DATA_DOWNLOADS,
  notes: Readonly<Record<string, string>> = {},
) {
  const tables: { title: string; files: string[]; fields: readonly OpenDataField[] }[] = [];
  for (const download of downloads) {
    if (!download.fields) continue;
    const file = download.path.replace('/donnees/', '');
    const table = tables.find((candidate) => candidate.fields === download.fields);
    if (table) table.files.push(file);
    else tables.push({ title: download.fieldsTitle ?? file, files: [file], fields: download.fields });
  }
  return tables.map((table) => ({
    ...table,
    fields: table.fields.map((field) =>
      notes[field.name] ? { ...field, description: `${field.description} ; ${notes[field.name]}` } : field,
    ),
  }));
}

/**
 * What the `membre` field says when the report the members rest on counts members it does not name (« un CFA
 * agricole »): its count is then more than the structures marked `true`, and a reader who compares them learns why.
 * Undefined when it names them all.
 */
export function unnamedMembersNote(
  report: { date: string; count: number },
  unidentified: readonly string[],
): string | undefined {
  if (unidentified.length === 0) return undefined;
  const named = report.count - unidentified.length;
  return `le point d’étape du ${report.date} compte ${countOf(report.count, 'membre')}, dont ${joinFrench(unidentified)} qu’il ne désigne pas précisément : aucune fiche n’est marquée membre pour ${plural(unidentified.length, 'lui', 'eux')}, et membre ne vaut true (oui dans le CSV) que pour ${countOf(named, 'structure')}, ${plural(named, 'celle', 'celles')} qu’il nomme`;
}

/** The record with exactly the registry's fields, in its order: what a download publishes. */
export function pickFields<T extends object, const F extends readonly OpenDataField<Extract<keyof T, string>>[]>(
  record: T,
  fields: F,
): Pick<T, F[number]['name']> {
  return Object.fromEntries(fields.map(({ name }) => [name, record[name]])) as Pick<T, F[number]['name']>;
}
