import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { calendarDate, nonEmptyList, optionalList, requiredText, webAddress, type FieldMeta } from './fields.ts';
import type { ReferenceFn } from './reference.ts';

/** Folder (inside `public/`) where reports' downloadable documents live. */
export const DOCUMENTS_FOLDER = 'documents';

/** True when `public/documents/<file>` exists. Checked at build time so that no download link is broken. */
function documentFileExists(file: string, publicDir = 'public'): boolean {
  return existsSync(join(publicDir, DOCUMENTS_FOLDER, file));
}

const documentSchema = z
  .object({
    /** Title of the document, as the link text. */
    titre: requiredText('le titre du document'),
    /** Name of a file placed in `public/documents/`. */
    fichier: z
      .string({ error: 'ce champ doit être un nom de fichier → écrivez par exemple compte-rendu-2013.pdf.' })
      .regex(/^[\w.-]+$/, {
        error:
          'nom de fichier invalide → utilisez seulement lettres sans accent, chiffres, « - », « _ » et « . », sans dossier.',
      })
      .refine((file) => documentFileExists(file), {
        error: (issue) =>
          `le fichier public/${DOCUMENTS_FOLDER}/${String(issue.input)} n’existe pas → ajoutez ce fichier dans public/${DOCUMENTS_FOLDER}/ ou corrigez son nom.`,
      })
      .meta({
        description: `Le nom d’un fichier déposé dans public/${DOCUMENTS_FOLDER}/ (lettres sans accent, chiffres, « - », « _ », « . »).`,
        example: 'compte-rendu-2013.pdf',
        format: 'file',
      } satisfies FieldMeta)
      .optional(),
    /** Or the web address of a document published elsewhere. */
    url: webAddress('l’adresse du document').optional(),
  })
  // Neither: a document of the group that nobody has put online yet; the page says so (ReportDocuments.astro).
  .refine((doc) => !(doc.fichier && doc.url), {
    error:
      'un document a soit un « fichier » (dans public/documents/), soit une « url », pas les deux → gardez l’un des deux (ou aucun si le document n’est pas en ligne).',
  });

/** The example of `publie_sur`: how the site names the regional site where the group's first reports appeared. */
const FIRST_PUBLISHED_EXAMPLE = 'le site régional Etoile';
const FIRST_PUBLISHED_ON = `où le point d’étape a d’abord été publié, par exemple « ${FIRST_PUBLISHED_EXAMPLE} »`;

/** A progress report ("point d'étape") of the group. */
export const reportSchema = (reference: ReferenceFn) =>
  z.object({
    /** Title of the report. */
    titre: requiredText('le titre du point d’étape'),
    /** Date the report was first published: on this site, or where `publie_sur` says. */
    date: calendarDate('la date de première publication du point d’étape, sur ce site ou ailleurs'),
    /**
     * Where the report was first published, when not on this site (« le site régional Etoile »): the page reads
     * « Publié le 14 mai 2004 sur le site régional Etoile ». Absent for a report first published here. An empty value
     * is refused rather than read as absent: it would be a report's origin left half-written. (The editing form, where
     * the field is emptied, takes the line out of the file: tests/browser/admin.test.ts.)
     */
    publie_sur: z
      .string({ error: `ce champ doit être un texte → écrivez ${FIRST_PUBLISHED_ON}, ou supprimez la ligne.` })
      .trim()
      .min(1, { error: `ce champ est vide → écrivez ${FIRST_PUBLISHED_ON}, ou supprimez la ligne.` })
      .optional()
      .meta({
        label: 'Publié d’abord sur',
        description: `Où le point d’étape a d’abord été publié, si ce n’est pas sur ce site, par exemple « ${FIRST_PUBLISHED_EXAMPLE} » : la page dit alors « Publié le (date) sur ${FIRST_PUBLISHED_EXAMPLE} ». Sans ce champ, la date est celle de sa publication sur ce site.`,
        example: FIRST_PUBLISHED_EXAMPLE,
        formHint: `Où le point d’étape a d’abord été publié, si ce n’est pas sur ce site, par exemple « ${FIRST_PUBLISHED_EXAMPLE} » : la page dira « Publié le (date) sur ${FIRST_PUBLISHED_EXAMPLE} ». Laissez vide pour un point d’étape publié d’abord ici.`,
      } satisfies FieldMeta),
    /** Period the report covers, in words, e.g. "exercice 2012-2013". */
    periode: requiredText('la période couverte, par exemple « exercice 2012-2013 »'),
    /** Structures (or groups) that wrote it; never a private person's name without consent. */
    auteurs: nonEmptyList(requiredText('le nom d’une structure'), 'une structure autrice'),
    /** Themes the report covers: identifiers of files in `content/thematiques/`. */
    thematiques: nonEmptyList(reference('themes'), 'un thème (nom d’un fichier de content/thematiques/, sans .yaml)'),
    /** Two or three sentences shown in lists and feeds. */
    resume: requiredText('un résumé de deux ou trois phrases'),
    /**
     * The structures the report names as the group's members: the newest report that has this list is what the
     * structures' `membre` and the home page's count of members rest on (src/lib/checkMembership.ts).
     */
    membres: optionalList(
      reference('structures'),
      'les structures que le point d’étape nomme comme membres du groupe (noms de fichiers de content/structures/, sans extension)',
    ),
    /**
     * Members the report counts without saying which structure they are (« un CFA agricole » when the département
     * has several): the home page counts them with `membres`, as the report names them, and no file is marked a
     * member for them, since nothing says which one it is.
     */
    membres_non_identifies: optionalList(
      requiredText('un membre tel que le point d’étape le nomme'),
      'les membres que le point d’étape compte sans dire quelle structure ils sont, tels qu’il les nomme (par exemple « un CFA agricole »)',
    ).meta({
      label: 'Membres non désignés',
      description:
        'Les membres que le point d’étape compte sans dire quelle structure ils sont, tels qu’il les nomme (par exemple « un CFA agricole ») : l’accueil les compte parmi les membres, sans marquer de fiche membre pour eux.',
      formHint:
        'Les membres que le point d’étape compte sans dire quelle structure ils sont (« un CFA agricole » quand le département en a plusieurs), un par ligne : l’accueil les compte parmi les membres et les nomme ainsi. Ne marquez aucune structure comme membre pour eux tant qu’aucune source ne dit laquelle ; quand une source la désigne, retirez ce membre d’ici et ajoutez la structure à la liste des membres.',
    } satisfies FieldMeta),
    /** Documents of the group: a file in `public/documents/`, an address, or neither while none is online. */
    documents: optionalList(documentSchema, 'les documents (titre, et fichier ou url quand le document est en ligne)'),
  });
export type Report = z.infer<ReturnType<typeof reportSchema>>;
