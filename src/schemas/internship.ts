import { z } from 'astro/zod';
import {
  calendarDate,
  nonEmptyList,
  oneOf,
  optionalList,
  optionalText,
  requiredText,
  webAddress,
  yesNo,
} from './fields.ts';
import type { ReferenceFn } from './reference.ts';

/** The three families of readers of the internship directory. */
export const INTERNSHIP_READERS = {
  'grand-public': 'Je cherche un stage',
  employeurs: 'J’accueille un stagiaire',
  professionnels: 'J’accompagne un public',
} as const;
export type InternshipReader = keyof typeof INTERNSHIP_READERS;
export const internshipReaderIds = Object.keys(INTERNSHIP_READERS) as [InternshipReader, ...InternshipReader[]];

const linkSchema = z.object({
  /** Link text. */
  titre: requiredText('le texte du lien'),
  /** Address. */
  url: webAddress('l’adresse du lien'),
});

/** A form of in-company period ("stage", "PFMP", "PMSMP"…). */
export const internshipSchema = (reference: ReferenceFn) =>
  z.object({
    /** Usual name of the form, e.g. "Stage d'observation de 3e". */
    nom: requiredText('le nom usuel de cette forme de stage'),
    /** Readers this entry is written for. */
    pour: nonEmptyList(
      oneOf(internshipReaderIds, 'un lectorat'),
      'au moins un lectorat (grand-public, employeurs, professionnels)',
    ),
    /** Who can do it. */
    public_concerne: requiredText('qui peut faire ce stage'),
    /** Age or level required. */
    age_ou_niveau: requiredText('l’âge ou le niveau requis'),
    /** Usual or maximum duration. */
    duree: requiredText('la durée habituelle ou maximale'),
    /** Legal framework: code and article, as public fact. */
    cadre_legal: requiredText('le texte qui encadre ce stage (code et article)'),
    /** Whether a tripartite agreement is required. */
    convention: yesNo('si une convention est obligatoire'),
    /** Pay or gratification rules. */
    gratification: requiredText('les règles de rémunération ou de gratification'),
    /** How to get one, step by step. */
    demarches: optionalText('comment obtenir ce stage'),
    /** Structures of the network that arrange it: identifiers of files in `content/structures/`. */
    structures: optionalList(
      reference('structures'),
      'les structures qui l’organisent (noms de fichiers de content/structures/, sans .yaml)',
    ),
    /** Themes: identifiers of files in `content/thematiques/`. */
    thematiques: optionalList(reference('themes'), 'les thèmes'),
    /** Useful links (official pages). */
    liens: optionalList(linkSchema, 'les liens utiles (titre et url)'),
    /** Date the rules were last checked against official sources. */
    date_verification: calendarDate('la date de la dernière vérification des règles'),
  });
export type Internship = z.infer<ReturnType<typeof internshipSchema>>;
