import { z } from 'astro/zod';
import { oneOf, nonEmptyList, optionalList, optionalText, requiredText, type FieldMeta } from './fields.ts';
import { structureTypeIds } from './structure.ts';
import type { ReferenceFn } from './reference.ts';

/** Profile fields a question can fill; the employment area filters the structures of the result. */
export const PROFILE_FIELDS = ['age', 'situation', 'bassin', 'preference'] as const;

/** Identifier of another file of `content/diagnostic/` (without .yaml). */
const nodeId = requiredText('l’identifiant de l’étape suivante (nom d’un fichier de content/diagnostic/, sans .yaml)');

const optionSchema = z.object({
  /** Text of the answer, as the person reads it. */
  libelle: requiredText('le texte de la réponse'),
  /** Value stored in the profile when the question fills one (e.g. `blois`). */
  valeur: optionalText('la valeur enregistrée dans le profil'),
  /** Next step: a question or a result. */
  suite: nodeId,
});

const questionSchema = z.object({
  type: z.literal('question'),
  /** True on the first question only. */
  debut: z
    .boolean({ error: 'écrivez true ou false.' })
    .meta({ description: 'true sur la première question seulement (false ailleurs).' } satisfies FieldMeta)
    .default(false),
  /** Profile field this question fills, if any. */
  profil: oneOf(PROFILE_FIELDS, 'le champ du profil').optional(),
  /** The question, as the person reads it. */
  question: requiredText('la question'),
  /** An optional hint under the question. */
  aide: optionalText('une aide courte'),
  /** The possible answers. */
  options: nonEmptyList(optionSchema, 'une réponse possible (libellé et suite)'),
});

const resultSchema = (reference: ReferenceFn) =>
  z.object({
    type: z.literal('resultat'),
    /** Title of the result. */
    titre: requiredText('le titre du résultat'),
    /** First level of information: short, encouraging, concrete. */
    message: requiredText('un premier niveau d’information, court et encourageant'),
    /** Level 1: sitothèque entries to read. */
    sites: optionalList(reference('sites'), 'les sites de la sitothèque'),
    /** Level 2: kinds of structure that hold information on the subject. */
    informer: optionalList(oneOf(structureTypeIds, 'un type de structure'), 'les types de structures qui informent'),
    /** Level 3: kinds of structure that can counsel and support. */
    accompagner: optionalList(
      oneOf(structureTypeIds, 'un type de structure'),
      'les types de structures qui accompagnent',
    ),
    /** Internships worth knowing about. */
    stages: optionalList(reference('internships'), 'les formes de stage'),
    /** Tools worth knowing about. */
    outils: optionalList(reference('tools'), 'les outils'),
  });

/** One step of the self-diagnostic: a question or a result. */
export const diagnosticSchema = (reference: ReferenceFn) =>
  z.discriminatedUnion('type', [questionSchema, resultSchema(reference)], {
    error:
      'le champ « type » doit valoir question ou resultat → ajoutez « type: question » ou « type: resultat » en tête du fichier.',
  });
export type DiagnosticNode = z.infer<ReturnType<typeof diagnosticSchema>>;
