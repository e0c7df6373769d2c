import { z } from 'astro/zod';
import opening_hours from 'opening_hours';
import { territory } from '../site.config.ts';
import {
  audience,
  calendarDate,
  employmentArea,
  latitude,
  longitude,
  nonEmptyList,
  oneOf,
  optionalList,
  optionalText,
  requiredText,
  webAddress,
  yesNo,
  type FieldMeta,
} from './fields.ts';

/** A postal code of the territory, for examples in messages. */
const POSTCODE = `${territory.departement.code}000`;

/** Kinds of structure, with the label readers see. */
export const STRUCTURE_TYPES = {
  'mission-locale': 'Mission Locale',
  cio: 'Centre d’information et d’orientation (CIO)',
  bij: 'Bureau information jeunesse (BIJ)',
  'cad-cma': 'Centre d’aide à la décision de la Chambre de métiers (CAD)',
  cfa: 'Centre de formation d’apprentis (CFA)',
  mgi: 'Mission de lutte contre le décrochage scolaire (ex-MGI)',
  'france-travail': 'France Travail',
  afpa: 'Afpa',
  'chambre-consulaire': 'Chambre consulaire',
  gip: 'Groupement d’intérêt public',
  autre: 'Autre structure',
} as const;
export type StructureType = keyof typeof STRUCTURE_TYPES;
export const structureTypeIds = Object.keys(STRUCTURE_TYPES) as [StructureType, ...StructureType[]];

/**
 * Problems in an OpenStreetMap `opening_hours` value, in French (the library's own
 * wording), or an empty list when the value is valid and unambiguous.
 */
export function openingHoursProblems(value: string): string[] {
  try {
    return new opening_hours(value, null, {
      locale: 'fr',
      mode: undefined,
      tag_key: undefined,
      map_value: undefined,
      warnings_severity: undefined,
    }).getWarnings();
  } catch (error) {
    return [String(error)];
  }
}

/** A member or partner structure of the network. */
export const structureSchema = z.object({
  /** Full name, e.g. "Mission Locale du Blaisois". */
  nom: requiredText('le nom complet de la structure'),
  /** Usual acronym, e.g. "BIJ 41". */
  sigle: optionalText('le sigle usuel'),
  /** Kind of structure; decides where the self-diagnostic sends people. */
  type: oneOf(structureTypeIds, 'le type de structure'),
  /** Employment area it belongs to. */
  bassin: employmentArea,
  /** One or two sentences: what the structure does, for whom. */
  description: requiredText('une ou deux phrases sur ce que fait la structure et pour qui'),
  /** Street address; leave out when nobody has checked it. */
  adresse: optionalText('le numéro et la rue'),
  /** Postal code (5 digits). */
  code_postal: z
    .string({ error: `le code postal doit être un texte de 5 chiffres entre guillemets, par exemple "${POSTCODE}".` })
    .regex(/^\d{5}$/, {
      error: `code postal invalide → écrivez 5 chiffres entre guillemets, par exemple "${POSTCODE}".`,
    })
    .meta({ description: 'Le code postal, 5 chiffres entre guillemets.', example: POSTCODE } satisfies FieldMeta)
    .optional(),
  /** Town. */
  commune: requiredText(`la commune, par exemple « ${territory.employmentAreas[0].nom} »`),
  /** Latitude in decimal degrees (inside the département). */
  latitude,
  /** Longitude in decimal degrees (inside the département). */
  longitude,
  /** Phone number as dialled in France. */
  telephone: z
    .string({ error: 'le téléphone doit être un texte entre guillemets, par exemple "02 54 00 00 00".' })
    .regex(/^(\+33 ?|0)[1-9]( ?\d{2}){4}$/, {
      error: 'numéro invalide → écrivez 10 chiffres, par exemple "02 54 00 00 00" (entre guillemets).',
    })
    .meta({
      description: 'Le numéro d’accueil, 10 chiffres entre guillemets ; seulement s’il a été vérifié.',
      example: '02 54 00 00 00',
    } satisfies FieldMeta)
    .optional(),
  /** Contact e-mail address. */
  courriel: z
    .email({ error: 'adresse électronique invalide → écrivez-la en entier, par exemple contact@exemple.fr.' })
    .meta({
      description: 'L’adresse électronique d’accueil de la structure (jamais celle d’une personne sans son accord).',
      example: 'contact@exemple.fr',
    } satisfies FieldMeta)
    .optional(),
  /** Web site of the structure. */
  site_web: webAddress('l’adresse du site de la structure').optional(),
  /** Opening hours in OpenStreetMap `opening_hours` syntax, e.g. "Mo-Fr 09:00-12:00,13:30-17:00". */
  horaires_accueil: z
    .string({ error: 'les horaires doivent être un texte, par exemple "Mo-Fr 09:00-12:00,13:30-17:00".' })
    .superRefine((value, context) => {
      const problems = openingHoursProblems(value);
      if (problems.length === 0) return;
      context.addIssue({
        code: 'custom',
        message: `horaires illisibles (${problems.join(' ; ')}) → utilisez la syntaxe OpenStreetMap : jours en anglais abrégés (Mo, Tu, We, Th, Fr, Sa, Su) puis plages HH:MM-HH:MM, par exemple "Mo-Fr 09:00-12:00,13:30-17:00".`,
      });
    })
    .meta({
      description:
        'Les horaires d’accueil en syntaxe OpenStreetMap : jours abrégés en anglais (Mo, Tu, We, Th, Fr, Sa, Su) puis plages HH:MM-HH:MM.',
      example: 'Mo-Fr 09:00-12:00,13:30-17:00',
    } satisfies FieldMeta)
    .optional(),
  /** Publics received. */
  publics: nonEmptyList(audience, 'un public accueilli'),
  /** Services offered, one short phrase each. */
  services: optionalList(requiredText('un service, en quelques mots'), 'les services proposés'),
  /** Year the structure joined the network. */
  membre_depuis: z
    .number({ error: 'année invalide → écrivez une année sur 4 chiffres, par exemple 2009.' })
    .int()
    .min(1990, { error: 'année invalide → écrivez une année sur 4 chiffres, par exemple 2009.' })
    .max(2100, { error: 'année invalide → écrivez une année sur 4 chiffres, par exemple 2009.' })
    .meta({
      description: 'L’année où la structure a rejoint le réseau, sur 4 chiffres.',
      example: '2009',
    } satisfies FieldMeta)
    .optional(),
  /** Whether the structure is a member of the network (true) or a partner it sends people to (false). */
  membre: yesNo('si la structure est membre du réseau').default(true),
  /** Date this entry was last checked or updated. */
  date_maj: calendarDate('la date de la dernière vérification de cette fiche'),
  /** Whether a person checked the address and contacts; false shows "coordonnées à confirmer". */
  verifie: yesNo('si les coordonnées ont été vérifiées'),
});
export type Structure = z.infer<typeof structureSchema>;
