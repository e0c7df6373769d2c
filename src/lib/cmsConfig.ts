/**
 * The configuration of the editing interface (Decap CMS, /admin/), generated from the collection
 * schemas through `describeFields.ts`: one collection per content folder, one form field per schema
 * field, with the schema's French description as hint, its required/optional status, its allowed
 * values, references and formats. A field added to a schema appears in the form with no other change.
 */
import type { z } from 'astro/zod';
import { collectionLabel, COLLECTION_FILES } from '../schemas/collectionFiles.ts';
import { collectionSchemas } from '../schemas/collections.ts';
import { DOCUMENTS_FOLDER } from '../schemas/report.ts';
import { formSource, WEB_PROTOCOL } from '../schemas/fields.ts';
import { referenceStandIn } from '../schemas/reference.ts';
import { site } from '../site.config.ts';
import { SECTION_NAMES } from './checkReservedIds.ts';
import { CMS_FORMATS } from './cmsYaml.ts';
import { COLLECTION_FOLDERS, type CollectionName } from '../schemas/folders.ts';
import { describeSchema, type FieldDoc, type SchemaVariant } from './describeFields.ts';

/** One field of a Decap form (the subset of Decap's options this site uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  field?: CmsField;
  fields?: CmsField[];
  collapsed?: boolean;
  summary?: string;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
}

/** One folder collection of the interface. */
export interface CmsCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: string;
  format: string;
  create: boolean;
  delete: boolean;
  identifier_field: string;
  slug: string;
  summary: string;
  sortable_fields: string[];
  filter?: { field: string; value: string };
  fields: CmsField[];
}

/** The whole configuration passed to `CMS.init({ config })`. */
export interface CmsConfig {
  load_config_file: false;
  locale: 'fr';
  backend: {
    name: 'github';
    repo: string;
    branch: string;
    open_authoring: true;
    base_url?: string;
    auth_endpoint?: string;
  };
  publish_mode: 'editorial_workflow';
  site_url: string;
  display_url: string;
  logo_url?: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: CmsCollection[];
}

/**
 * Labels of field names whose French spelling a machine cannot guess (accents, abbreviations). A field whose schema
 * gives its own label (`.meta({ label })`) is named by that label alone: an entry here for it would never be read.
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  nom: 'Nom',
  titre: 'Titre',
  sigle: 'Sigle',
  adresse: 'Adresse',
  code_postal: 'Code postal',
  telephone: 'Téléphone',
  courriel: 'Courriel',
  site_web: 'Site web',
  horaires_accueil: 'Horaires d’accueil',
  membre_depuis: 'Membre depuis (année)',
  membre: 'Membre du réseau',
  date_verification: 'Date de vérification',
  verifie: 'Vérifié',
  thematiques: 'Thématiques',
  resume: 'Résumé',
  periode: 'Période',
  categorie: 'Catégorie',
  cadre_legal: 'Cadre légal',
  public_concerne: 'Public concerné',
  age_ou_niveau: 'Âge ou niveau',
  duree: 'Durée',
  demarches: 'Démarches',
  libelle: 'Libellé',
  libelle_court: 'Libellé court',
  premiers_pas: 'Premiers pas',
  debut: 'Première question',
  suite: 'Étape suivante',
  page: 'Page du site ouverte (au lieu d’une étape)',
  url: 'Adresse (URL)',
  lien: 'Lien',
  liens: 'Liens',
  explication: 'Explication pour les professionnels',
  informer: 'Structures qui informent (types)',
  accompagner: 'Structures qui accompagnent (types)',
  pour: 'Pour qui (lectorat)',
  employeur: 'Obligations de l’employeur',
  dans_le_reseau: 'Dans le réseau',
  convention_resume: 'Convention : en quelques mots',
  convention_precisions: 'Convention : précisions',
  gratification_precisions: 'Gratification : précisions',
  structures_informent: 'Structures qui informent seulement',
  coordonnees: 'Coordonnées (latitude et longitude)',
  point_etape: 'Point d’étape',
  id: 'Identifiant',
  siret: 'Numéro SIRET',
  options: 'Réponses',
  pour_les_editeurs: 'Pour les éditeurs',
};

/** "protection_sociale" → "Protection sociale": the label of a field the table above does not name. */
export function fieldLabel(name: string): string {
  const known = FIELD_LABELS[name];
  if (known) return known;
  const words = name.split('_').join(' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** The parts of zod's internal definitions read here (formats and their messages). */
interface CheckDef {
  type?: string;
  check?: string;
  format?: string;
  pattern?: RegExp;
  error?: (issue: { input?: unknown }) => unknown;
  checks?: readonly { _zod: { def: CheckDef } }[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as CheckDef;

/** Message of a check for a wrong (not missing) value, as the schema words it. */
function wrongValueMessage(def: CheckDef): string | undefined {
  const message = def.error?.({ input: '?' });
  return typeof message === 'string' ? message : undefined;
}

/**
 * The form's check of a web address, as close to the schema's (`z.url`: « https:// » in any case, then the
 * browsers' URL parser) as one flag-free regex gets: a host of characters a domain may hold, percent-encoded bytes
 * written %XX (« https://%zz » is refused), a port up to 65535 (leading zeros allowed), then any path, query and
 * fragment without spaces. Non-Latin hosts (« https://élysée.fr ») pass, as the parser turns them into ASCII.
 * The spaces around a value, which the schema trims, are refused, as in every field (FieldMeta.formPattern).
 */
const URL_SCHEME = formSource(new RegExp(`${WEB_PROTOCOL}://`, 'i'));
const URL_USER = String.raw`(?:[^\s/?#@\\]*@)?`;
/** A character of a domain (none of the parser's forbidden ones), or a byte written %XX. */
const URL_DOMAIN_CHAR = String.raw`(?:[^\s/?#@:%<>^|[\]\\]|%[0-9A-Fa-f]{2})`;
const URL_HOST = String.raw`(?:\[[0-9A-Fa-f:.]+\]|(?!\.)${URL_DOMAIN_CHAR}+)`;
const URL_PORT = String.raw`(?::0*(?:6553[0-5]|655[0-2]\d|65[0-4]\d\d|6[0-4]\d{3}|[1-5]\d{4}|\d{1,4})?)?`;
const URL_REST = String.raw`(?:[/?#\\]\S*)?`;
const URL_PATTERN = `^${URL_SCHEME}${URL_USER}${URL_HOST}${URL_PORT}${URL_REST}$`;

/**
 * The format a text field must follow, as a Decap `pattern` [regex, message]: the schema's regex (postcode,
 * phone, identifiers, file names), e-mail or URL, each with the schema's own French message.
 * Decap runs `RegExp(pattern)` with no flags, where `\p{L}` (flag `u`) means the letters « p{L} » and refuses
 * every value: a regex with flags needs a flag-free `formPattern` in its field's metadata, or this throws. A field
 * with no regex (its format checked by code) gets its `formPattern`, if it has one.
 */
function fieldPattern(field: FieldDoc): [string, string] | undefined {
  const seen = new Set<z.ZodType>();
  const decapSource = ({ source, flags }: RegExp): string => {
    if (!flags) return source;
    if (field.formPattern) return field.formPattern;
    throw new Error(
      `champ ${field.name} : la regex /${source}/${flags} a des options que le formulaire (Decap) ignore → donnez au champ un formPattern sans option (FieldMeta).`,
    );
  };
  const visit = (current: z.ZodType | undefined): [string, string] | undefined => {
    if (!current || seen.has(current)) return undefined;
    seen.add(current);
    const def = defOf(current);
    if (def.type === 'string' && (def.format === 'email' || def.format === 'url')) {
      const pattern = def.format === 'email' && def.pattern ? decapSource(def.pattern) : URL_PATTERN;
      return [pattern, wrongValueMessage(def) ?? 'Format invalide.'];
    }
    for (const check of def.checks ?? []) {
      const checkDef = check._zod.def;
      if (checkDef.format === 'regex' && checkDef.pattern) {
        return [decapSource(checkDef.pattern), wrongValueMessage(checkDef) ?? 'Format invalide.'];
      }
    }
    return visit(def.innerType) ?? visit(def.out) ?? visit(def.in);
  };
  // A format the schema checks with code (opening hours) gets its form pattern from the field's metadata.
  return visit(field.schema) ?? (field.formPattern ? [field.formPattern, 'Format invalide.'] : undefined);
}

/** A value of spaces only, which Decap's `required` lets through: it refuses '' alone. */
const BLANK = '   ';

/**
 * A text field's pattern, made to refuse a value of spaces only where the schema refuses it (`requiredText` trims
 * the value, then wants one character): in the form, the pattern is the only check such a value meets. The message
 * is the schema's own for that value; added to a format's pattern, it follows the format's message.
 */
function refusingBlank(field: FieldDoc, pattern: [string, string] | undefined): [string, string] | undefined {
  if (pattern && !RegExp(pattern[0]).test(BLANK)) return pattern;
  const blank = field.schema.safeParse(BLANK);
  if (blank.success) return pattern;
  const message = blank.error.issues[0]?.message ?? 'ce champ n’a que des espaces → écrivez-y un texte.';
  if (!pattern) return ['\\S', message];
  return [`(?=[\\s\\S]*\\S)(?:${pattern[0]})`, `${pattern[1]} Si le champ n’a que des espaces : ${message}`];
}

/** The field each collection's entries are named and searched by: its first required text field. */
function titleFieldOf(variant: SchemaVariant): string {
  return variant.fields.find((field) => field.kind === 'text' && field.required)?.name ?? 'title';
}

/** How one collection's entries are named, for relation widgets that point to it. */
type TitleFields = Partial<Record<string, string>>;

function relation(field: FieldDoc, titles: TitleFields, multiple: boolean): Partial<CmsField> {
  const collection = field.reference ?? '';
  const title = titles[collection] ?? 'title';
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [title],
    display_fields: [title],
    options_length: 200,
    ...(multiple ? { multiple: true } : {}),
  };
}

function choice(field: FieldDoc, multiple: boolean): Partial<CmsField> {
  const options = (field.values ?? []).map((value) => ({
    value,
    label: field.labels?.[value] ? `${field.labels[value]} (${value})` : value,
  }));
  return { widget: 'select', options, ...(multiple ? { multiple: true } : {}) };
}

/** The widget and its options for a field's value. */
function widgetOf(field: FieldDoc, titles: TitleFields): Partial<CmsField> {
  switch (field.kind) {
    case 'date':
      // Stored as written today (AAAA-MM-JJ, unquoted), shown the French way.
      return {
        widget: 'datetime',
        format: 'YYYY-MM-DD',
        date_format: 'DD/MM/YYYY',
        time_format: false,
        picker_utc: true,
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'number':
    case 'integer':
      return {
        widget: 'number',
        value_type: field.kind === 'integer' ? 'int' : 'float',
        ...(field.minimum !== undefined ? { min: field.minimum } : {}),
        ...(field.maximum !== undefined ? { max: field.maximum } : {}),
      };
    case 'choice':
      return choice(field, false);
    case 'literal':
      return { widget: 'hidden', default: field.values?.[0] };
    case 'reference':
      return relation(field, titles, false);
    case 'object': {
      const fields = (field.fields ?? []).map((sub) => cmsField(sub, titles));
      // Decap checks an optional group's fields even when the group is left empty: they become optional in the
      // form, and the schema's own rule (a source needs its date…) is checked by the pull request's CI.
      return { widget: 'object', fields: field.required ? fields : fields.map((sub) => ({ ...sub, required: false })) };
    }
    case 'union': {
      // A value written in several ways (one name, or a list of names): the form always writes the fullest one.
      const fullest = field.options?.find((option) => option.kind === 'list') ?? field.options?.[0];
      return fullest ? widgetOf(fullest, titles) : { widget: 'string' };
    }
    case 'list': {
      const item = field.item;
      if (item?.kind === 'reference') return relation(item, titles, true);
      if (item?.kind === 'choice') return choice(item, true);
      if (item?.kind === 'object') {
        const fields = (item.fields ?? []).map((sub) => cmsField(sub, titles));
        return { widget: 'list', fields, collapsed: false, summary: `{{fields.${fields[0]?.name ?? 'titre'}}}` };
      }
      return {
        widget: 'list',
        field: item ? cmsField(item, titles, 'element') : { name: 'element', label: 'Élément', widget: 'string' },
      };
    }
    default: {
      // Uploaded into the media folder (public/documents/), written as the bare file name.
      if (field.upload) return { widget: 'file', choose_url: false };
      const format = fieldPattern(field);
      const pattern = refusingBlank(field, format && [format[0], field.formError ?? format[1]]);
      // Long free text gets a text area: the schema asks for "sentences".
      const widget = /phrase/.test(field.description) ? 'text' : 'string';
      return { widget, ...(pattern ? { pattern } : {}) };
    }
  }
}

/**
 * A reference's help for files names the folder and its file names, which the form hides behind a list of titles:
 * the form keeps the rest, and nothing when the help only says how to write the file name.
 */
export function relationHint(description: string | undefined): string | undefined {
  const hint = description?.replace(
    /\s*\((?:noms? d[’']une? (?:fichier|fiche)|noms de fichiers) de content\/[^)]*\)/g,
    '',
  );
  return hint && !/^Le nom d[’']une fiche de content\//.test(hint) ? hint : undefined;
}

/**
 * Decap renders a hint as Markdown with GFM, which turns an example address into a live link: one click takes the
 * editor off a form not yet saved. In a code span the address stays text (Decap unwraps the span it does not allow).
 */
export function inertAddresses(hint: string): string {
  return hint.replace(/https?:\/\/[\w.-]+(?:\/\S*?)?(?=[.,;:)]?(?:\s|$))/g, '`$&`');
}

/** One form field from one schema field. */
function cmsField(field: FieldDoc, titles: TitleFields, name = field.name): CmsField {
  const widget = widgetOf(field, titles);
  const required = field.kind === 'literal' ? true : field.required;
  const result: CmsField = {
    name,
    label:
      name === 'element'
        ? field.description
          ? field.description.replace(/\.$/, '')
          : 'Élément'
        : (field.label ?? fieldLabel(field.name)),
    ...widget,
    required,
  } as CmsField;
  const hint = field.formHint ?? (widget.widget === 'relation' ? relationHint(field.description) : field.description);
  if (hint && field.kind !== 'literal') result.hint = inertAddresses(hint);
  if (field.kind === 'list' && field.required) result.min = 1;
  // A required yes/no starts at "no" (for `verifie`: "coordonnées à confirmer"), the cautious answer.
  if (field.kind === 'boolean') result.default = typeof field.defaultValue === 'boolean' ? field.defaultValue : false;
  return result;
}

/** Options of the site that the interface needs. */
export interface CmsConfigOptions {
  /** Public address of the site (with its base), for the interface's "view site" link. */
  siteUrl: string;
  /** The collections' schemas; those of `src/schemas/collections.ts` by default (tests pass others). */
  schemas?: Record<CollectionName, z.ZodType>;
}

/** Owner/name of a GitHub repository URL. */
export function repositoryName(url: string): string {
  const match = /github\.com\/([^/]+\/[^/#?]+?)(?:\.git)?\/?$/.exec(url);
  if (!match?.[1]) throw new Error(`site.repository.url n’est pas l’adresse d’un dépôt GitHub : ${url}`);
  return match[1];
}

/**
 * With the editorial workflow, each entry is saved in a pull request of its own, checked alone: a change that the
 * checks only accept with two files at once (src/lib/checkMembership.ts, src/lib/validateDiagnosticTree.ts) needs
 * both pull requests merged together.
 */
const TWO_FILES =
  'l’une sans l’autre est refusée. Enregistrez les deux, puis demandez à un mainteneur de les fusionner en même temps.';

/** Names an editorial page can't take (its title gives its address): the sections of the site. */
const SECTIONS = SECTION_NAMES.filter((name) => !/^\d+$/.test(name)).join(', ');

const COLLECTION_HELP: Readonly<Partial<Record<CollectionName, string>>> = {
  structures: `Rendre une structure membre du groupe touche deux fiches : « Membre » activé ici, et la structure ajoutée à la liste des membres du dernier point d’étape ; ${TWO_FILES}`,
  reports: `Les documents à télécharger se déposent avec le bouton « Choisir un fichier » : ils vont dans public/documents/. Ajouter un membre du groupe touche deux fiches : la liste des membres du dernier point d’étape, et « Membre » activé sur la fiche de la structure ; ${TWO_FILES}`,
  diagnostic: `Chaque fiche est une étape. Une modification qui laisse une réponse sans suite ou crée une boucle est refusée par la vérification de la pull request, avec la réponse à corriger. Une nouvelle étape touche deux fiches : l’étape, et la réponse qui y mène ; ${TWO_FILES}`,
  pages: `Les pages au format MDX (avec des composants) ne s’affichent pas dans cette liste : modifiez-les avec le lien « Modifier cette page » en bas de chacune, qui les ouvre dans le dépôt. « Nouvelle fiche : page » crée une page en Markdown (.md). Son titre donne son adresse (en minuscules, sans accents, les espaces changés en tirets) : cette adresse ne peut pas être celle d’une rubrique du site (${SECTIONS}), et le titre ne contient ni « _ » ni « ~ ».`,
};

/**
 * The word « Nouvelle fiche : … » gives an entry (`label_singular`): the kind as readers would write it, where the kind
 * is a file name without accents or spaces (« point-etape », « resultat »).
 */
const ENTRY_WORDS: Readonly<Record<string, string>> = {
  'point-etape': 'point d’étape',
  thematique: 'thème',
  resultat: 'résultat',
};
const entryWord = (kind: string) => ENTRY_WORDS[kind] ?? kind;

/** The Decap configuration of the whole site, from the schemas of `src/schemas/collections.ts`. */
export function buildCmsConfig(options: CmsConfigOptions): CmsConfig {
  const schemas = options.schemas ?? collectionSchemas(referenceStandIn);
  const names = Object.keys(COLLECTION_FILES) as CollectionName[];
  const titles: TitleFields = Object.fromEntries(
    names.map((name) => [name, titleFieldOf(describeSchema(schemas[name])[0] ?? { fields: [] })]),
  );
  const collections = names.flatMap((name) => {
    const files = COLLECTION_FILES[name];
    const markdown = files.extensions[0] === 'md';
    const variants = describeSchema(schemas[name]);
    return variants.map((variant): CmsCollection => {
      const title = titleFieldOf(variant);
      const fields = variant.fields.map((field) => cmsField(field, titles));
      if (markdown) fields.push({ name: 'body', label: 'Texte de la page', widget: 'markdown', required: false });
      const discriminator = variant.discriminator;
      const suffix = discriminator ? ` — ${discriminator.value === 'question' ? 'questions' : 'résultats'}` : '';
      return {
        // A collection named like the schema's collection, so that relation widgets find it; variants get a suffix.
        name: discriminator ? `${name}-${discriminator.value}` : name,
        label: `${collectionLabel(name)}${suffix}`,
        label_singular: entryWord(discriminator ? discriminator.value : files.kind),
        description: [COLLECTION_HELP[name], `Fichiers de content/${COLLECTION_FOLDERS[name]}/.`]
          .filter(Boolean)
          .join(' '),
        folder: `content/${COLLECTION_FOLDERS[name]}`,
        extension: files.extensions[0],
        format: markdown ? CMS_FORMATS.frontmatter : CMS_FORMATS.yaml,
        create: true,
        delete: false,
        identifier_field: title,
        slug: '{{slug}}',
        summary: `{{${title}}}`,
        sortable_fields: [title],
        ...(discriminator ? { filter: discriminator } : {}),
        fields,
      };
    });
  });
  return {
    load_config_file: false,
    locale: 'fr',
    backend: {
      name: 'github',
      repo: repositoryName(site.repository.url),
      branch: site.repository.branch,
      open_authoring: true,
      ...(site.repository.cmsAuth ? { base_url: site.repository.cmsAuth.baseUrl } : {}),
      ...(site.repository.cmsAuth?.endpoint ? { auth_endpoint: site.repository.cmsAuth.endpoint } : {}),
    },
    publish_mode: 'editorial_workflow',
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    media_folder: `public/${DOCUMENTS_FOLDER}`,
    // Reports name a document by its file name alone (`fichier: compte-rendu.pdf`).
    public_folder: '',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  };
}
