/**
 * Links that let anyone add to the sitothèque or flag a dead link without knowing git:
 * the forge's new-file form pre-filled with a valid entry, and pre-filled issue forms
 * (`.github/ISSUE_TEMPLATE/`). The repository comes from the site configuration.
 */
import { PUBLICS } from '../schemas/fields.ts';
import { site } from '../site.config.ts';
import { COLLECTION_FOLDERS } from '../schemas/folders.ts';
import { repositoryFileUrl, repositoryPath, type Repository } from './repositoryLinks.ts';

/**
 * Who may add a site, as the sitothèque's index and each theme page say it, in one sentence: anyone, since the links
 * beside it (the forge's form, a free account) are open to anyone, as /contribuer/ says (review rev21, finding 5).
 */
export const WHO_PROPOSES_A_SITE =
  'La sitothèque n’est pas exhaustive : chacun peut proposer un site ; la proposition est relue avant publication.';

/** The words of WHO_PROPOSES_A_SITE that the sitothèque's index links to the way to propose a site. */
export const ANYONE_PROPOSES = 'chacun peut proposer un site';

/**
 * What the lead of a page of site cards says once of the two links under each card (SiteCard.astro), rather than on
 * each card: they open GitHub, which asks for an account (review rev22r, finding 3).
 */
export const SITE_CARD_LINKS_NOTE =
  'Sous chaque site, « Signaler un lien mort » et « Corriger cette fiche » ouvrent le site GitHub, qui demande un compte gratuit.';

/** Folder of the sitothèque in the repository, where the new-file form creates the entry. */
export const SITES_FOLDER = `content/${COLLECTION_FOLDERS.sites}`;

/** Issue forms of the repository, by file name; their field ids are the query parameters below. */
export const ISSUE_FORMS = {
  proposeSite: 'proposer-un-site.yml',
  reportDeadLink: 'signaler-un-lien-mort.yml',
  /**
   * « Signaler une erreur sur le site »: what /contribuer/ offers to those who would rather not edit a file, and
   * « Signaler une erreur sur cette fiche » on the page of a structure, an internship or a tool.
   */
  reportError: 'corriger-une-fiche.yml',
  /** « Écrire au réseau », whose first subject is « Une question au réseau ou sur le site »: a question on /contribuer/. */
  writeToNetwork: 'ecrire-au-reseau.yml',
} as const;

/** One issue form of the repository, its fields (`title`, then the form's own ids) pre-filled from `fields`. */
export function issueFormUrl(
  form: (typeof ISSUE_FORMS)[keyof typeof ISSUE_FORMS],
  fields: Record<string, string> = {},
  repository: Repository = site.repository,
): string {
  const query = new URLSearchParams({ template: form, ...fields });
  return `${repository.url}/issues/new?${query.toString()}`;
}

/**
 * Where a content page's `<RepositoryLink vers="…">` leads, by the word of `vers`: the issue form « Signaler une
 * erreur sur le site », the form « Écrire au réseau » for a question (the error form asks for a correction and its
 * source, which a question has not), or the step-by-step guide. The MDX check (src/integrations/mdxContentPolicy.ts)
 * takes its words from here.
 */
export const REPOSITORY_LINK_TARGETS = {
  signalement: () => issueFormUrl(ISSUE_FORMS.reportError),
  question: () => issueFormUrl(ISSUE_FORMS.writeToNetwork),
  guide: () => repositoryFileUrl('CONTRIBUTING.md'),
} as const satisfies Record<string, () => string>;

/** File name the new-file form suggests; the editor renames it after the site. */
export const NEW_SITE_FILE_NAME = 'nom-du-site.yaml';

/**
 * The entry the new-file form opens with: valid as it stands (the schema accepts it),
 * with comments in French saying what to replace. The check date is left commented out,
 * because only the person who opens the link can vouch for it.
 */
export function newSiteEntry(themeId: string, themeTitle: string): string {
  return [
    `# Nouvelle fiche de la sitothèque, thème « ${themeTitle} ».`,
    `# 1. Renommez le fichier ci-dessus d’après le site, en minuscules avec des tirets (par exemple onisep.yaml).`,
    `# 2. Remplacez les valeurs d’exemple ; gardez les noms de champs et les tirets des listes.`,
    `# 3. En bas de la page, proposez la modification : l’équipe la relira avant publication.`,
    `titre: "Nom du site"`,
    `url: https://example.org/`,
    `# Sans durée, âge, prix ni numéro de téléphone (ils changent sur le site) : écrivez « … à vérifier sur le site ».`,
    `description: "Une ou deux phrases : ce qu’on y trouve et pour qui."`,
    `# Thèmes : noms de fichiers de content/${COLLECTION_FOLDERS.themes}/, sans .yaml.`,
    `thematiques:`,
    `  - ${themeId}`,
    `# Publics, une ligne « - code » par public, parmi : ${Object.keys(PUBLICS).join(', ')}.`,
    `publics:`,
    `  - tout-public`,
    `# Si vous venez d’ouvrir le lien et qu’il fonctionne, retirez le « # » ci-dessous et écrivez la date du jour.`,
    `# date_verification: AAAA-MM-JJ`,
    ``,
  ].join('\n');
}

/** "Proposer un site": the forge's new-file form in the sitothèque folder, pre-filled for one theme. */
export function proposeSiteUrl(theme: { id: string; titre: string }, repository: Repository = site.repository): string {
  const query = new URLSearchParams({ filename: NEW_SITE_FILE_NAME, value: newSiteEntry(theme.id, theme.titre) });
  return `${repository.url}/new/${repository.branch}/${SITES_FOLDER}?${query.toString()}`;
}

/** The same proposal through a simple issue form, for people who prefer not to edit a file; the theme if known. */
export function proposeSiteIssueUrl(
  theme?: { id: string; titre: string },
  repository: Repository = site.repository,
): string {
  return issueFormUrl(
    ISSUE_FORMS.proposeSite,
    {
      title: theme ? `Proposer un site : ${theme.titre}` : 'Proposer un site',
      ...(theme ? { thematique: theme.id } : {}),
    },
    repository,
  );
}

/** "Signaler un lien mort": an issue form that already names the entry's file and address. */
export function reportDeadLinkUrl(
  entry: { titre: string; url: string; filePath: string },
  repository: Repository = site.repository,
): string {
  return issueFormUrl(
    ISSUE_FORMS.reportDeadLink,
    { title: `Lien mort : ${entry.titre}`, fiche: repositoryPath(entry.filePath), adresse: entry.url },
    repository,
  );
}

/** « Signaler une erreur sur cette fiche »: the error form, its title and its field `page` naming the page. */
export function reportErrorUrl(page: { url: string; title: string }, repository: Repository = site.repository): string {
  return issueFormUrl(ISSUE_FORMS.reportError, { title: `Correction : ${page.title}`, page: page.url }, repository);
}
