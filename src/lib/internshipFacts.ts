/**
 * What each reader of the internship directory sees: which forms, and which of their fields.
 * Pure functions over entry data, so that the three entry points and the print page agree.
 */
import type { Internship, InternshipReader } from '../schemas/internship.ts';

/**
 * Every fact, in reading order, for the form's own page and the printed directory. The one list of them: the type
 * below comes from it, so a new fact needs its label (FIELD_LABELS) and is on the sheet and in the print at once.
 */
export const ALL_FIELDS = [
  'public_concerne',
  'age_ou_niveau',
  'duree',
  'cadre_legal',
  'convention',
  'gratification',
  'demarches',
  'employeur',
  'protection_sociale',
  'accompagnement',
] as const satisfies readonly (keyof Internship)[];

/** A field of an internship shown as a labelled fact. */
export type InternshipField = (typeof ALL_FIELDS)[number];

/** French label of each fact, as a reader sees it, on the sheets and in the comparison table's column headings. */
export const FIELD_LABELS: Record<InternshipField, string> = {
  public_concerne: 'Pour qui',
  age_ou_niveau: 'Âge ou niveau',
  duree: 'Durée',
  cadre_legal: 'Cadre légal',
  convention: 'Convention',
  gratification: 'Rémunération ou gratification',
  demarches: 'Comment l’obtenir',
  employeur: 'Obligations de l’organisme d’accueil',
  protection_sociale: 'Protection sociale et assurance',
  accompagnement: 'Rôle des professionnels',
};

/** The facts that matter to each reader, in reading order. */
export const READER_FIELDS: Record<InternshipReader, readonly InternshipField[]> = {
  'grand-public': ['public_concerne', 'age_ou_niveau', 'duree', 'gratification', 'demarches'],
  employeurs: ['duree', 'convention', 'gratification', 'employeur', 'protection_sociale', 'cadre_legal'],
  // Counsellors need pay too: that a PMSMP keeps the CEJ allowance, that a PFMP past two months is paid.
  professionnels: [
    'public_concerne',
    'age_ou_niveau',
    'duree',
    'cadre_legal',
    'convention',
    'gratification',
    'accompagnement',
  ],
};

/** One labelled fact, ready to print: a short answer and, for some fields, the details under it. */
export interface Fact {
  field: InternshipField;
  label: string;
  text: string;
  details?: string | undefined;
}

/**
 * The agreement the way the comparison table says it: the editors' few words when « Oui » or « Non » would mislead
 * (apprenticeship: no internship agreement, but a work contract and a training agreement with the CFA), else
 * « Oui, obligatoire » or « Non ».
 */
export function conventionAnswer(data: Pick<Internship, 'convention' | 'convention_resume'>): string {
  return data.convention_resume ?? (data.convention ? 'Oui, obligatoire' : 'Non');
}

function factOf(data: Internship, field: InternshipField): Omit<Fact, 'field' | 'label'> | undefined {
  switch (field) {
    case 'convention':
      return { text: conventionAnswer(data), details: data.convention_precisions };
    case 'gratification':
      return { text: data.gratification, details: data.gratification_precisions };
    default: {
      const text = data[field];
      return text ? { text } : undefined;
    }
  }
}

/** The facts of one form for the given fields, leaving out the optional ones the editors left empty. */
export function factsOf(data: Internship, fields: readonly InternshipField[]): Fact[] {
  return fields.flatMap((field) => {
    const fact = factOf(data, field);
    return fact ? [{ field, label: FIELD_LABELS[field], ...fact }] : [];
  });
}

/** Forms written for one reader (their `pour` names it), in the order given. */
export function internshipsFor<T extends { data: Pick<Internship, 'pour'> }>(
  reader: InternshipReader,
  entries: readonly T[],
): T[] {
  return entries.filter((entry) => entry.data.pour.includes(reader));
}

/** Titles of a form's list of structures: whom to contact, or where to learn more when they only inform. */
interface ContactsTitles {
  contactsTitle: string;
  informTitle: string;
}

/** How each entry point of the directory speaks to its reader. */
export const READER_PAGES: Record<InternshipReader, { text: string } & ContactsTitles> = {
  'grand-public': {
    text: 'Collégien, lycéen, étudiant, jeune ou adulte en recherche d’emploi : ce qui existe pour vous, comment l’obtenir et à qui demander de l’aide près de chez vous.',
    contactsTitle: 'À qui s’adresser près de chez vous',
    informTitle: 'Pour s’informer près de chez vous',
  },
  employeurs: {
    text: 'Employeur (entreprise, administration ou association) : la convention ou le contrat, la gratification ou le salaire, vos obligations, la protection sociale du stagiaire ou de l’apprenti, et vos interlocuteurs.',
    contactsTitle: 'Vos interlocuteurs',
    informTitle: 'Pour s’informer',
  },
  professionnels: {
    text: 'Conseillers et accueillants du réseau : qui peut faire quoi, le cadre légal, qui prescrit ou organise chaque période, et les structures qui en informent.',
    contactsTitle: 'Structures du réseau et partenaires qui l’organisent ou en informent',
    informTitle: 'Structures du réseau et partenaires qui en informent',
  },
};

/** The form's own page and the printed directory, which speak to every reader. */
const SHEET_CONTACTS: ContactsTitles = { contactsTitle: 'À qui s’adresser', informTitle: 'Pour s’informer' };

/**
 * Title of a form's list of structures, for one reader's entry point or (without one) the form's own page and the
 * printed directory. When the structures only inform (`structures_informent`: the collège, lycée or university is the
 * contact), the list does not call them « Vos interlocuteurs »: an employer would call the CIO about a convention.
 */
export function contactsTitleOf(data: Pick<Internship, 'structures_informent'>, reader?: InternshipReader): string {
  const titles = reader ? READER_PAGES[reader] : SHEET_CONTACTS;
  return data.structures_informent ? titles.informTitle : titles.contactsTitle;
}
