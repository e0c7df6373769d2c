/** The sitothèque and the internship directory as open data records: plain, flat, in French like the content. */
import { isoDate } from './formatDate.ts';

interface SiteLike {
  id: string;
  data: {
    titre: string;
    url: string;
    description: string;
    thematiques: readonly { id: string }[];
    publics: readonly string[];
    date_verification?: Date | undefined;
  };
}

interface InternshipLike {
  id: string;
  data: {
    nom: string;
    pour: readonly string[];
    public_concerne: string;
    age_ou_niveau: string;
    duree: string;
    cadre_legal: string;
    convention: boolean;
    convention_resume?: string | undefined;
    gratification: string;
    structures: readonly { id: string }[];
    structures_informent: boolean;
    liens: readonly { titre: string; url: string }[];
    date_verification: Date;
    verifie: boolean;
  };
}

/** One sitothèque entry; `date_verification` is empty when nobody has checked the link yet. */
export function toSiteRecord(entry: SiteLike, page: string) {
  const { titre, url, description, thematiques, publics, date_verification } = entry.data;
  return {
    id: entry.id,
    titre,
    url,
    description,
    thematiques: thematiques.map((ref) => ref.id),
    publics: [...publics],
    date_verification: date_verification ? isoDate(date_verification) : null,
    page,
  };
}

/**
 * One form of internship, with the identifiers of the structures that arrange it or only inform. The content's
 * `date_verification` is the date the rules were written or last checked: it is published as
 * `date_maj`, and as `date_verification` only once a person compared the rules with the official
 * texts (`verifie`), as the form's page says.
 */
export function toInternshipRecord(entry: InternshipLike, page: string) {
  const { data } = entry;
  return {
    id: entry.id,
    nom: data.nom,
    pour: [...data.pour],
    public_concerne: data.public_concerne,
    age_ou_niveau: data.age_ou_niveau,
    duree: data.duree,
    cadre_legal: data.cadre_legal,
    convention: data.convention,
    convention_resume: data.convention_resume ?? null,
    gratification: data.gratification,
    structures: data.structures.map((ref) => ref.id),
    structures_informent: data.structures_informent,
    liens: data.liens.map((link) => ({ titre: link.titre, url: link.url })),
    date_maj: isoDate(data.date_verification),
    date_verification: data.verifie ? isoDate(data.date_verification) : null,
    page,
  };
}

/** A sitothèque entry as /donnees/sitotheque.json publishes it. */
export type SiteRecord = ReturnType<typeof toSiteRecord>;

/** A form of internship as /donnees/stages.json publishes it. */
export type InternshipRecord = ReturnType<typeof toInternshipRecord>;
