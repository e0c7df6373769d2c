import { describe, expect, it } from 'vitest';
import { contactsTitleOf, factsOf, internshipsFor, READER_FIELDS } from '../../src/lib/internshipFacts.ts';
import { internshipSchema } from '../../src/schemas/internship.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import type { InternshipReader } from '../../src/schemas/internship.ts';

const schema = internshipSchema(referenceStandIn);

/** A valid internship written for the given readers, with any field changed. */
function internship(id: string, pour: InternshipReader[], changes: Record<string, unknown> = {}) {
  const data = schema.parse({
    nom: `Stage ${id}`,
    pour,
    public_concerne: 'Élèves',
    age_ou_niveau: '3e',
    duree: '5 jours',
    cadre_legal: 'Code du travail, article L. 4153-1',
    convention: true,
    gratification: 'Aucune',
    date_verification: '2026-11-28',
    ...changes,
  });
  return { id, data };
}

const entries = [
  internship('observation', ['grand-public', 'employeurs', 'professionnels']),
  internship('superieur', ['grand-public', 'employeurs']),
  internship('mission-locale', ['grand-public', 'professionnels']),
  internship('reseau', ['professionnels']),
];

describe('internshipsFor', () => {
  it.each([
    ['grand-public', ['observation', 'superieur', 'mission-locale']],
    ['employeurs', ['observation', 'superieur']],
    ['professionnels', ['observation', 'mission-locale', 'reseau']],
  ] as const)('l’entrée « %s » ne montre que les formes écrites pour elle', (reader, expected) => {
    expect(internshipsFor(reader, entries).map((entry) => entry.id)).toEqual(expected);
  });

  it('ne montre rien quand aucune forme ne vise ce lectorat', () => {
    expect(internshipsFor('employeurs', [entries[3]!])).toEqual([]);
  });
});

describe('READER_FIELDS', () => {
  it.each([
    ['grand-public', 'demarches', 'cadre_legal'],
    ['employeurs', 'protection_sociale', 'demarches'],
    ['professionnels', 'accompagnement', 'protection_sociale'],
    ['professionnels', 'gratification', 'demarches'],
  ] as const)('l’entrée « %s » montre « %s » mais pas « %s »', (reader, shown, hidden) => {
    expect(READER_FIELDS[reader]).toContain(shown);
    expect(READER_FIELDS[reader]).not.toContain(hidden);
  });

  it('chaque lectorat voit la durée', () => {
    for (const fields of Object.values(READER_FIELDS)) expect(fields).toContain('duree');
  });
});

describe('factsOf', () => {
  it('laisse de côté les champs facultatifs vides', () => {
    const facts = factsOf(entries[0]!.data, ['duree', 'demarches', 'employeur']);
    expect(facts.map((fact) => fact.label)).toEqual(['Durée']);
  });

  it.each([
    [true, undefined, 'Oui, obligatoire', undefined],
    [false, 'Contrat de travail.', 'Non', 'Contrat de travail.'],
  ])('dit la convention en clair (obligatoire : %s)', (convention, precisions, text, details) => {
    const { data } = internship('x', ['employeurs'], { convention, convention_precisions: precisions });
    expect(factsOf(data, ['convention'])).toEqual([{ field: 'convention', label: 'Convention', text, details }]);
  });

  it('dit la convention en quelques mots quand « Non » tromperait (l’apprentissage)', () => {
    const text = 'Non : un contrat de travail, et une convention de formation entre l’employeur et le CFA';
    const details = 'Une convention de formation est conclue entre l’employeur et le CFA.';
    const { data } = internship('x', ['employeurs'], {
      convention: false,
      convention_resume: text,
      convention_precisions: details,
    });
    expect(factsOf(data, ['convention'])).toEqual([{ field: 'convention', label: 'Convention', text, details }]);
  });

  it('ajoute le détail de la gratification sous la réponse courte', () => {
    const { data } = internship('x', ['employeurs'], {
      gratification: 'Obligatoire au-delà de 2 mois',
      gratification_precisions: 'Au moins 15 % du plafond horaire.',
    });
    expect(factsOf(data, ['gratification'])[0]).toMatchObject({
      label: 'Rémunération ou gratification',
      text: 'Obligatoire au-delà de 2 mois',
      details: 'Au moins 15 % du plafond horaire.',
    });
  });
});

describe('contactsTitleOf', () => {
  it.each([
    ['employeurs', 'Vos interlocuteurs', 'Pour s’informer'],
    ['grand-public', 'À qui s’adresser près de chez vous', 'Pour s’informer près de chez vous'],
    [
      'professionnels',
      'Structures du réseau et partenaires qui l’organisent ou en informent',
      'Structures du réseau et partenaires qui en informent',
    ],
    [undefined, 'À qui s’adresser', 'Pour s’informer'],
  ] as const)(
    'pour « %s », n’appelle pas interlocuteurs des structures qui ne font qu’informer (le collège ou le lycée est l’interlocuteur)',
    (reader, contacts, inform) => {
      expect(contactsTitleOf(internship('x', ['employeurs']).data, reader)).toBe(contacts);
      expect(contactsTitleOf(internship('x', ['employeurs'], { structures_informent: true }).data, reader)).toBe(
        inform,
      );
    },
  );
});
