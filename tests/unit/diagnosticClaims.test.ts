/**
 * What the self-diagnostic's steps say as fact holds to the group's record (review rev19, findings 3 and 5): no age
 * or duration the seed does not give (the rules live on the internship sheets, marked « à revérifier »), and no
 * service the site never names.
 */
import { describe, expect, it } from 'vitest';
import { diagnosticSchema, figureStated, networkAbsenceStated } from '../../src/schemas/diagnostic.ts';
import { referenceStandIn } from '../../src/schemas/reference.ts';
import { internshipSchema } from '../../src/schemas/internship.ts';
import { loadCollection } from '../support/loadContent.ts';
import { sheetMentions, sheetNameKey } from '../../src/lib/checkSheetMentions.ts';

const schema = diagnosticSchema(referenceStandIn);
const steps = loadCollection('diagnostic', schema);
const internships = loadCollection('internships', internshipSchema(referenceStandIn));

/** Every text of a step a reader (or a professional) reads, with its field. */
function textsOf(data: (typeof steps)[number]['data']): [string, string][] {
  if (data.type === 'question') {
    return [
      ['question', data.question],
      ['aide', data.aide ?? ''],
      ['explication', data.explication ?? ''],
      ...data.options.map((option, index): [string, string] => [`options[${index}].libelle`, option.libelle]),
    ];
  }
  return [
    ['titre', data.titre],
    ['message', data.message],
    ...data.premiers_pas.map((text, index): [string, string] => [`premiers_pas[${index}]`, text]),
    ['explication', data.explication ?? ''],
  ];
}

const results = steps.flatMap((step) => (step.data.type === 'resultat' ? [{ id: step.id, data: step.data }] : []));
const resultText = (id: string) => {
  const data = results.find((result) => result.id === id)!.data;
  return [data.titre, data.message, ...data.premiers_pas].join(' ');
};

describe('un âge ou une durée que les pages du groupe ne donnent pas', () => {
  it.each([
    ['L’apprentissage est ouvert jusqu’à 29 ans révolus.', '29 ans'],
    ['Ouvert dès 15 ans après la 3e.', '15 ans'],
    ['De 16 à 29 ans révolus.', '16 à 29 ans'],
    ['Au CFA pendant trois mois au plus.', 'trois mois'],
    ['Passés les 45 premiers jours de formation en entreprise.', '45 premiers jours'],
    ['Une mission de 6 à 12 mois.', '6 à 12 mois'],
    ['L’instruction est obligatoire jusqu’à 16 ans.', '16 ans'],
    ['Une semaine en entreprise.', 'Une semaine'],
    ['Un stage de 2 semaines.', '2 semaines'],
    ['Un contrat de deux années.', 'deux années'],
    ['Dès quatorze ans, en classe de 3e.', 'quatorze ans'],
    ['À treize ans.', 'treize ans'],
    ['Jusqu’à dix-sept ans.', 'dix-sept ans'],
    ['Après cinquante ans.', 'cinquante ans'],
    ['Un stage de 35 h.', '35 h'],
    ['Pendant 35h par semaine.', '35h'],
    ['Pendant un semestre.', 'un semestre'],
    ['Un trimestre en entreprise.', 'Un trimestre'],
    ['Une demi-journée d’observation.', 'Une demi-journée'],
  ])('« %s » : refusé (%s)', (text, figure) => {
    expect(figureStated(text)).toBe(figure);
  });

  it.each([
    'La Mission Locale accompagne les 16-25 ans sortis de l’école.',
    'Entre 16 et 25 ans, la Mission Locale vous accompagne.',
    'De 16 à 25 ans',
    'Moins de 16 ans',
    '26 ans ou plus',
    'Avant 16 ans, la Mission Locale ne le reçoit pas encore.',
    'Après 25 ans, France Travail prend le relais.',
    'En 2010-2011, le groupe a suivi l’expérimentation.',
    'Après la 3e, plusieurs voies s’ouvrent.',
    'Un accueil à 9h30.',
    'Près de 35 habitants.',
  ])('« %s » : une tranche d’âge de l’autodiagnostic, ou pas de durée, accepté', (text) => {
    expect(figureStated(text)).toBeUndefined();
  });

  it('le build refuse un résultat qui en donne un, en nommant le champ et la correction', () => {
    const result = schema.safeParse({
      type: 'resultat',
      titre: 'Essai',
      message: 'Bienvenue.',
      premiers_pas: ['Vous pouvez commencer au CFA pendant trois mois au plus.'],
      sites: ['onisep'],
      informer: ['cio'],
      accompagner: ['cfa'],
    });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((candidate) => candidate.path.join('.') === 'premiers_pas.0');
    expect(issue?.message).toMatch(/^« trois mois » : une durée que les pages du groupe ne donnent pas/);
    expect(issue?.message).toMatch(/→ retirez le chiffre, ou renvoyez à la fiche qui porte la règle/);
  });

  // « 17 h » may be an hour: the message says what the figure is (figureKind), and its fix holds once the sheet is
  // verified, when checkSheetMentions refuses « à revérifier » (review revcode21, finding 6).
  it.each([
    ['Vous pouvez commencer au CFA pendant trois mois au plus.', '« trois mois » : une durée que'],
    ['L’apprentissage est ouvert jusqu’à 29 ans révolus.', '« 29 ans » : un âge ou une durée que'],
    ['La permanence ferme à 17 h.', '« 17 h » : une durée ou une heure que'],
    ['Le CIO ouvre de 9 h à 12 h.', '« 9 h » : une durée ou une heure que'],
  ])('« %s » : le message dit ce qu’est le chiffre', (text, start) => {
    const step = { type: 'resultat', titre: 'Essai', message: text, sites: ['onisep'], accompagner: ['cfa'] };
    const result = schema.safeParse(step);
    const message = result.error?.issues.find((issue) => issue.path.join('.') === 'message')?.message ?? '';
    expect(message.startsWith(start), message).toBe(true);
    expect(message).toContain('(avec « (règles à revérifier) » tant qu’elle n’est pas vérifiée)');
    expect(message).not.toContain('avec sa mention « à revérifier »');
  });

  it('le build refuse une question dont une réponse en donne un', () => {
    const result = schema.safeParse({
      type: 'question',
      question: 'Quelle est votre question ?',
      options: [{ libelle: 'Je cherche un apprentissage (jusqu’à 29 ans)', suite: 'essai' }],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['options.0.libelle']);
  });

  it('aucune étape du contenu n’en donne', () => {
    const found = steps.flatMap(({ id, data }) =>
      textsOf(data).flatMap(([field, text]) => {
        const figure = figureStated(text);
        return figure === undefined ? [] : [`${id}.yaml, ${field} : « ${figure} »`];
      }),
    );
    expect(found).toEqual([]);
  });

  // A band of the self-diagnostic passes the check above: these rules, stated beside one, do not come back.
  it('aucune étape ne dit l’instruction obligatoire jusqu’à un âge, ni l’âge ou la durée du service civique', () => {
    for (const { id, data } of steps) {
      for (const [field, text] of textsOf(data)) {
        expect(text, `${id}.yaml, ${field}`).not.toMatch(/instruction est obligatoire/);
        for (const sentence of text.split(/(?<=[.;:])\s/).filter((part) => /service civique/i.test(part))) {
          expect(sentence, `${id}.yaml, ${field}`).not.toMatch(/\d+(?:\s?(?:-|à)\s?\d+)?\s(?:ans|mois)/);
        }
      }
    }
  });
});

// Review rev21, finding 4: « le réseau n’a pas de service réservé aux salariés », when the directory's Afpa lists them.
describe('ce que le réseau n’a pas, que personne ici ne peut vérifier', () => {
  it.each([
    ['Le réseau n’a pas de service réservé aux salariés.', 'Le réseau n’a pas'],
    ["le réseau n'a aucune structure dédiée.", "le réseau n'a aucune"],
    ['Il n’y a pas de structure pour cela dans le bassin.', 'Il n’y a pas'],
    ['Des CFA ? Il n’y en a pas à Vendôme.', 'Il n’y en a pas'],
    // Review revcode22, finding 4: the same claim, worded around the two phrasings above.
    ['Le réseau ne propose pas de service réservé aux salariés.', 'Le réseau ne propose pas'],
    ['Aucune structure du réseau ne reçoit les salariés.', 'Aucune structure du réseau'],
    ['Il n’existe pas de service pour les salariés.', 'Il n’existe pas'],
    ['Le réseau n’offre aucun accompagnement.', 'Le réseau n’offre aucun'],
    ['Notre réseau ne leur propose aucune formation.', 'Notre réseau ne leur propose aucune'],
    ['Le réseau AIOA 41 ne dispose d’aucune structure pour cela.', 'Le réseau AIOA 41 ne dispose d’aucune'],
    ['Le réseau ne compte plus de CFA à Vendôme.', 'Le réseau ne compte plus'],
    ['Les structures du réseau ne reçoivent pas les salariés.', 'Les structures du réseau ne reçoivent pas'],
    ['Aucun lieu d’accueil dans le réseau pour les salariés.', 'Aucun lieu d’accueil dans le réseau'],
    ['Il n’existe aucune structure pour cela.', 'Il n’existe aucune'],
    // Session 22's note, §7: the network's whole membership, or all its places, as the subject of the absence.
    ['Personne dans le réseau ne reçoit les salariés.', 'Personne dans le réseau ne reçoit'],
    ['Personne, dans le réseau, n’accompagne les salariés.', 'Personne, dans le réseau, n’accompagne'],
    ['Personne du réseau ne reçoit les salariés.', 'Personne du réseau ne reçoit'],
    ['Dans le réseau, personne ne reçoit les salariés.', 'Dans le réseau, personne ne reçoit'],
    ['Nulle part dans le réseau on ne reçoit les salariés.', 'Nulle part dans le réseau'],
    ['Les salariés ne sont reçus nulle part dans le réseau AIOA 41.', 'nulle part dans le réseau AIOA 41'],
    ['Nulle part, dans notre réseau, un salarié n’est reçu.', 'Nulle part, dans notre réseau'],
    // Session 24: nobody and the denied verb first, the network later in the same clause.
    ['Personne ne reçoit les salariés dans le réseau.', 'Personne ne reçoit les salariés dans le réseau'],
    [
      'Personne n’accompagne les salariés en reconversion dans notre réseau AIOA 41.',
      'Personne n’accompagne les salariés en reconversion dans notre réseau AIOA 41',
    ],
    ['Personne ne reçoit, dans le réseau, les salariés.', 'Personne ne reçoit, dans le réseau'],
    [
      'Personne n’est reçu sans rendez-vous au sein du réseau.',
      'Personne n’est reçu sans rendez-vous au sein du réseau',
    ],
    [
      'Personne ne reçoit les salariés ni les adultes dans le réseau.',
      'Personne ne reçoit les salariés ni les adultes dans le réseau',
    ],
  ])('« %s » : refusé (%s)', (text, said) => {
    expect(networkAbsenceStated(text)).toBe(said);
  });

  it.each([
    'L’annuaire ne connaît pas de structure réservée aux salariés.',
    'L’annuaire du réseau ne connaît pas de lieu qui renseigne les adultes sur ce sujet.',
    'Le réseau oriente le public vers la structure qui peut lui répondre.',
    'Le CIO reçoit aussi les adultes.',
    'Les structures du réseau vous aident même si vous ne savez pas quoi faire.',
    'Le réseau aide aussi les jeunes qui ne vont plus en cours.',
    'Aucune inscription n’est demandée : le réseau vous reçoit sans rendez-vous.',
    'Si le CIO ne répond pas, une autre structure du réseau vous oriente.',
    'S’il n’a pas de diplôme, le jeune peut entrer en apprentissage.',
    'Si une personne du réseau ne vous répond pas, appelez le CIO.',
    'Une personne du réseau vous rappelle si vous ne pouvez pas venir.',
    'Personne ne vous jugera : le réseau vous reçoit sans rendez-vous.',
    'Vous ne trouvez votre place nulle part ? Le réseau vous aide à la chercher.',
    // Session 24: someone, not nobody; or the network outside the denied verb's clause.
    'Une personne ne reçoit pas seule les salariés dans le réseau : le CIO et la Mission Locale se relaient.',
    'Si une personne ne reçoit pas de réponse dans le réseau, appelez le CIO.',
    'La personne n’est pas encore connue du réseau : le CIO la reçoit sans rendez-vous.',
    'La personne n’est pas inscrite dans le réseau ? Le CIO la reçoit.',
    'Personne ne vous jugera : dans le réseau, chaque structure vous reçoit.',
    'Personne ne vous jugera, et dans le réseau chaque structure vous reçoit.',
    'Personne ne connaît mieux les métiers que les conseillers du réseau.',
    'Personne ne vous demandera de diplôme pour être reçu dans le réseau.',
    'Si personne ne vous répond dans le réseau, appelez le CIO.',
    'Si personne dans le réseau ne vous répond, appelez le CIO.',
  ])('« %s » : ce que sait l’annuaire, ou rien d’absent, accepté', (text) => {
    expect(networkAbsenceStated(text)).toBeUndefined();
  });

  it.each([
    'Le réseau ne propose pas de service réservé aux salariés.',
    'Aucune structure du réseau ne reçoit les salariés.',
    'Il n’existe pas de service pour les salariés.',
    'Le réseau n’offre aucun accompagnement.',
    'Personne dans le réseau ne reçoit les salariés.',
    'Nulle part dans le réseau on ne reçoit les salariés.',
    'Personne ne reçoit les salariés dans le réseau.',
  ])('le build refuse un résultat dont le message dit « %s », avec la correction', (message) => {
    const result = schema.safeParse({
      type: 'resultat',
      titre: 'Essai',
      message,
      premiers_pas: ['Contactez le CIO.'],
      sites: ['onisep'],
      informer: ['cio'],
      accompagner: ['france-travail'],
    });
    const issue = result.error?.issues.find((candidate) => candidate.path.join('.') === 'message');
    expect(issue?.message).toMatch(/ : le site ne peut pas dire ce que le réseau n’a pas/);
    expect(issue?.message).toMatch(/→ écrivez « l’annuaire ne connaît pas de … »/);
  });

  it('le build refuse un résultat qui le dit, en nommant le champ et la correction', () => {
    const result = schema.safeParse({
      type: 'resultat',
      titre: 'Essai',
      message: 'Le réseau n’a pas de service réservé aux salariés, mais le CIO reçoit aussi les adultes.',
      premiers_pas: ['Contactez le CIO.'],
      sites: ['onisep'],
      informer: ['cio'],
      accompagner: ['france-travail'],
    });
    const issue = result.error?.issues.find((candidate) => candidate.path.join('.') === 'message');
    expect(issue?.message).toMatch(/^« Le réseau n’a pas » : le site ne peut pas dire ce que le réseau n’a pas/);
    expect(issue?.message).toMatch(/→ écrivez « l’annuaire ne connaît pas de … »/);
  });

  it('aucune étape du contenu ne le dit', () => {
    const found = steps.flatMap(({ id, data }) =>
      textsOf(data).flatMap(([field, text]) => {
        const said = networkAbsenceStated(text);
        return said === undefined ? [] : [`${id}.yaml, ${field} : « ${said} »`];
      }),
    );
    expect(found).toEqual([]);
  });
});

// That the sheet a step names exists, and that its « à revérifier » matches the sheet's `verifie`, is a build check
// (src/lib/checkSheetMentions.ts); what is left here is that a result lists, « plus bas », the sheet it sends to.
describe('un résultat renvoie à la fiche qui porte la règle', () => {
  const sheetIds = new Map(internships.map((sheet) => [sheetNameKey(sheet.data.nom), sheet.id]));
  const referring = results.flatMap(({ id, data }) =>
    [data.message, ...data.premiers_pas]
      .flatMap((text) => sheetMentions(text).flatMap((sentence) => sentence.names))
      .map((name) => [id, name] as const),
  );

  it('plusieurs résultats renvoient à une fiche de stage par son nom', () => {
    expect(referring.length).toBeGreaterThan(5);
  });

  it.each(referring)('%s : liste plus bas la fiche « %s » à laquelle il renvoie', (id, name) => {
    const data = results.find((result) => result.id === id)!.data;
    expect(data.stages.map((stage) => stage.id)).toContain(sheetIds.get(sheetNameKey(name)));
  });
});

describe('une personne qui travaille et veut changer de métier', () => {
  const adultResults = ['reconversion-adulte', 'autre-adulte', 'immersion-adulte', 'parent-travail-adulte'];

  it.each(adultResults)('%s : ne promet pas un service que le site ne nomme pas', (id) => {
    expect(resultText(id)).not.toMatch(/évolution professionnelle|ouvert à tous les actifs/);
  });

  it('reconversion-adulte : donne au salarié un premier pas au CIO', () => {
    const data = results.find((result) => result.id === 'reconversion-adulte')!.data;
    expect(data.premiers_pas[0]).toMatch(/^Si vous travaillez, contactez le CIO/);
    expect(data.informer).toContain('cio');
    expect(data.sites.map((site) => site.id)).toEqual(expect.arrayContaining(['mon-compte-formation', 'france-vae']));
  });

  it('autre-adulte : la personne qui travaille est envoyée au CIO et à Mon Compte Formation, que le résultat liste', () => {
    const data = results.find((result) => result.id === 'autre-adulte')!.data;
    expect(data.premiers_pas.find((step) => step.startsWith('Si vous travaillez'))).toMatch(
      /CIO.*Mon Compte Formation/,
    );
    expect(data.informer).toContain('cio');
    expect(data.sites.map((site) => site.id)).toContain('mon-compte-formation');
  });
});
