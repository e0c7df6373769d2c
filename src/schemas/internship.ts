import { z } from 'astro/zod';
import * as field from './fields.ts';
import type { ReferenceFn } from './reference.ts';

/** The three families of readers of the internship directory. */
export const INTERNSHIP_READERS = {
  'grand-public': 'Je cherche un stage',
  employeurs: 'J’accueille un stagiaire ou un apprenti',
  professionnels: 'J’accompagne un public',
} as const;
export type InternshipReader = keyof typeof INTERNSHIP_READERS;
export const internshipReaderIds = field.idsOf(INTERNSHIP_READERS);

const linkSchema = z.object({
  /** Link text. */
  titre: field.requiredText('le texte du lien'),
  /** Address. */
  url: field.webAddress('l’adresse du lien'),
});

/**
 * A form of in-company period ("stage", "PFMP", "PMSMP"…). Short fields (`age_ou_niveau`, `duree`,
 * `gratification`) fill the comparison table; the optional `…_precisions` and reader-specific fields
 * fill the entry points and the form's own page.
 */
export const internshipSchema = (reference: ReferenceFn) =>
  z.object({
    /** Usual name of the form, e.g. "Stage d'observation de 3e". */
    nom: field.requiredText('le nom usuel de cette forme de stage'),
    /** Place in the directory and the comparison table (smallest first); forms without one come last, by name. */
    ordre: z
      .number({
        error: 'valeur invalide → écrivez un nombre entier (10, 20, 30…) pour placer cette forme dans la liste.',
      })
      .int({ error: 'valeur invalide → écrivez un nombre entier (10, 20, 30…).' })
      .meta({
        description: 'La place de cette forme dans le répertoire et le tableau comparatif (les plus petits d’abord).',
        example: '10',
      } satisfies field.FieldMeta)
      .optional(),
    /** One sentence saying what this period is, shown under its name in lists. */
    resume: field.optionalText('une phrase qui dit ce qu’est cette période en entreprise'),
    /** Readers this entry is written for. */
    pour: field.nonEmptyList(
      field.oneOf(internshipReaderIds, 'un lectorat', INTERNSHIP_READERS),
      'au moins un lectorat (grand-public, employeurs, professionnels)',
    ),
    /** Who can do it. */
    public_concerne: field.requiredText('qui peut faire ce stage'),
    /** Age or level required, in a few words (comparison table). */
    age_ou_niveau: field.requiredText('l’âge ou le niveau requis, en quelques mots'),
    /** Usual or maximum duration, in a few words (comparison table). */
    duree: field.requiredText('la durée habituelle ou maximale, en quelques mots'),
    /** Legal framework: code and article, as public fact. */
    cadre_legal: field.requiredText('le texte qui encadre ce stage (code et article)'),
    /** Whether a tripartite agreement is required. */
    convention: field.yesNo('si une convention est obligatoire'),
    /** The agreement in a few words when « Oui » or « Non » would mislead (comparison table, facts, open data). */
    convention_resume: field.optionalText(
      'ce que le tableau comparatif dit de la convention quand « Oui » ou « Non » ne suffit pas, en quelques mots',
    ),
    /** Who signs the agreement or contract, and what it contains. */
    convention_precisions: field.optionalText('qui signe la convention (ou le contrat) et ce qu’elle prévoit'),
    /** Pay or gratification rules, in a few words (comparison table). */
    gratification: field.requiredText('les règles de rémunération ou de gratification, en quelques mots'),
    /** Pay or gratification rules in full: thresholds, who pays, social contributions. */
    gratification_precisions: field.optionalText('le détail des règles de rémunération (seuils, qui paie)'),
    /** How to get one, step by step (for the person who looks for a period). */
    demarches: field.optionalText('comment obtenir ce stage'),
    /** What the host organisation must do: tutor, limits, working hours, forbidden tasks. */
    employeur: field.optionalText('les obligations de l’organisme d’accueil (tuteur, limites, horaires)'),
    /** Social protection: accidents at work, insurance, who declares what. */
    protection_sociale: field.optionalText('la couverture des accidents du travail et l’assurance'),
    /** For counsellors: who prescribes it, how the network sets it up and follows it. */
    accompagnement: field.optionalText('qui prescrit cette période et comment les professionnels l’organisent'),
    /** Structures that arrange it, or only inform (`structures_informent`): identifiers of files in `content/structures/`. */
    structures: field.optionalList(
      reference('structures'),
      'les structures qui l’organisent, ou qui informent seulement (voir structures_informent) (noms de fichiers de content/structures/, sans .yaml)',
    ),
    /**
     * `true` when the structures listed only inform (the school or the student's establishment is the contact for the
     * period): their list is then titled « Pour s’informer » instead of « Vos interlocuteurs » or « À qui s’adresser ».
     */
    structures_informent: z
      .boolean({ error: 'valeur invalide → écrivez true ou false, sans guillemets.' })
      .meta({
        description:
          'true si les structures listées ne font qu’informer (l’interlocuteur est l’établissement scolaire ou d’enseignement de l’élève ou de l’étudiant).',
        formHint:
          'Activez quand les structures listées ne font qu’informer, parce que l’interlocuteur est le collège, le lycée ou l’établissement de l’élève ou de l’étudiant : leur liste s’intitule alors « Pour s’informer » au lieu de « Vos interlocuteurs » ou « À qui s’adresser ».',
      } satisfies field.FieldMeta)
      .default(false),
    /** Themes: identifiers of files in `content/thematiques/`. */
    thematiques: field.optionalList(reference('themes'), 'les thèmes'),
    /** Useful links (official pages). */
    liens: field.optionalList(linkSchema, 'les liens utiles (titre et url)'),
    /** Date the rules were written or last checked, never after today; published as the form's update date (`date_maj`). */
    date_verification: field
      .calendarDate('la date où ces règles ont été écrites ou vérifiées pour la dernière fois', { notInFuture: true })
      .meta({
        label: 'Date des règles (rédaction ou dernière vérification)',
        formHint:
          'Le jour où ces règles ont été écrites, ou vérifiées pour la dernière fois : au plus tard aujourd’hui. La page et les données ouvertes la publient comme date de mise à jour. « Vérifié » dit si elles ont été comparées aux textes officiels.',
      } satisfies field.FieldMeta),
    /** `true` only when a person compared the rules with the official texts on `date_verification`. */
    verifie: z
      .boolean({
        error: 'valeur invalide → écrivez true si les règles ont été comparées aux textes officiels, sinon false.',
      })
      .meta({
        description:
          'true seulement si une personne a comparé les règles aux textes officiels à la date de vérification.',
        formHint:
          'Activez seulement si une personne a comparé les règles aux textes officiels à la date de vérification.',
      } satisfies field.FieldMeta)
      .default(false),
  });
export type Internship = z.infer<ReturnType<typeof internshipSchema>>;
