/**
 * How to reach a structure while the site has none of its contacts (site.reachByType in src/site.config.ts, reachOf):
 * every type gets either its network's national site, an advice the content backs, or the general advice; the
 * settings are checked as the build checks them.
 */
import { describe, expect, it } from 'vitest';
import { checkReachAdvice } from '../../src/lib/checkNetworkSites.ts';
import { formatProblem } from '../../src/lib/contentProblem.ts';
import { reachOf, type ReachContext } from '../../src/lib/structures/reach.ts';
import { personsByResult, readersPublics } from '../../src/lib/diagnosticRoutes.ts';
import { publicIds, type PublicId } from '../../src/schemas/fields.ts';
import { structureTypeIds } from '../../src/schemas/structure.ts';
import { site } from '../../src/site.config.ts';
import { contentFiles, diagnosticSteps } from '../support/loadContent.ts';

const structure = (id: string, type: string, bassin: string, reachable = false) => ({
  id,
  nom: `Nom de ${id}`,
  type,
  bassin,
  reachable,
});
const onisep = { titre: 'Onisep', href: 'https://www.onisep.fr/', domaine: 'onisep.fr' };
const context: ReachContext = {
  advice: {
    mgi: { texte: 'Un jeune peut se renseigner au CIO du bassin :', relais: ['cio'] },
    cfa: { texte: 'Cherchez-le sur', site: 'onisep' },
    cio: { texte: 'Un élève peut en parler à son collège.' },
  },
  networkTypes: new Set(['mission-locale']),
  sites: new Map([['onisep', onisep]]),
  structures: [
    structure('cio-a', 'cio', 'a'),
    structure('cio-b', 'cio', 'b'),
    structure('mgi-a', 'mgi', 'a'),
    structure('mgi-c', 'mgi', 'c'),
    structure('ml-a', 'mission-locale', 'a'),
    structure('ml-b', 'mission-locale', 'b'),
    structure('gip-b', 'gip', 'b', true),
  ],
  shown: 8,
};

describe('reachOf', () => {
  const mgiAdvice = 'Un jeune peut se renseigner au CIO du bassin :';
  const cioAdvice = 'Un élève peut en parler à son collège.';
  it.each([
    [
      'une MLDS : le conseil de son type, le CIO de son bassin, et la Mission Locale du bassin car le CIO ne mène nulle part',
      structure('mgi-a', 'mgi', 'a'),
      {
        advice: { texte: mgiAdvice, site: undefined, relais: ['cio-a'], more: [] },
        general: { area: 'a', structures: ['ml-a'], more: [] },
      },
    ],
    [
      'une MLDS d’un bassin sans CIO ni structure joignable : les CIO et les structures joignables du territoire',
      structure('mgi-c', 'mgi', 'c'),
      {
        advice: { texte: mgiAdvice, site: undefined, relais: ['cio-a', 'cio-b'], more: [] },
        general: { area: undefined, structures: ['ml-a', 'ml-b', 'gip-b'], more: [] },
      },
    ],
    [
      'un CFA : le site de la sitothèque, rien de plus',
      structure('cfa-a', 'cfa', 'a'),
      { advice: { texte: 'Cherchez-le sur', site: onisep, relais: [], more: [] }, general: undefined },
    ],
    [
      'un CIO : son conseil, sans lien, puis les structures de son bassin qui mènent quelque part, pas la MLDS',
      structure('cio-a', 'cio', 'a'),
      {
        advice: { texte: cioAdvice, site: undefined, relais: [], more: [] },
        general: { area: 'a', structures: ['ml-a'], more: [] },
      },
    ],
    [
      'un CIO : une structure aux coordonnées confirmées compte comme une issue',
      structure('cio-b', 'cio', 'b'),
      {
        advice: { texte: cioAdvice, site: undefined, relais: [], more: [] },
        general: { area: 'b', structures: ['ml-b', 'gip-b'], more: [] },
      },
    ],
    ['une Mission Locale : rien de plus que son site national', structure('ml-a', 'mission-locale', 'a'), undefined],
    [
      'une chambre consulaire : le conseil général, vers les structures joignables de son bassin',
      structure('cci', 'chambre-consulaire', 'a'),
      { advice: undefined, general: { area: 'a', structures: ['ml-a'], more: [] } },
    ],
  ])('%s', (_, shown, expected) => {
    const reach = reachOf(shown, context);
    const ids = (structures: readonly { id: string }[]) => structures.map(({ id }) => id);
    const advice = reach?.advice && { ...reach.advice, relais: ids(reach.advice.relais) };
    const general = reach?.general && { ...reach.general, structures: ids(reach.general.structures) };
    expect(reach && { advice, general }).toEqual(expected);
  });

  it('une MLDS dont un relais a un site national : pas de conseil général', () => {
    const withMissionLocale = { ...context, advice: { mgi: { texte: mgiAdvice, relais: ['cio', 'mission-locale'] } } };
    const reach = reachOf(structure('mgi-a', 'mgi', 'a'), withMissionLocale);
    expect(reach?.advice?.relais.map(({ id }) => id)).toEqual(['cio-a', 'ml-a']);
    expect(reach?.general).toBeUndefined();
  });

  it('sans aucune structure joignable : la liste des structures du bassin, plutôt que rien', () => {
    const alone = { ...context, networkTypes: new Set<string>(), structures: [structure('cio-a', 'cio', 'a')] };
    expect(reachOf(structure('cci', 'chambre-consulaire', 'a'), alone)).toEqual({
      advice: undefined,
      general: { area: 'a', structures: [], more: [] },
    });
  });

  /** A result's reader: of `area`, received by the structures `mayRelay` keeps, of `publics` (unknown if left out). */
  const reader = (area: string, mayRelay = (_: { type: string }) => true, publics?: ReadonlySet<string>) => ({
    area,
    mayRelay,
    publics,
  });

  it('sur un résultat, n’envoie qu’aux structures qui reçoivent la personne, de son bassin, sinon à la liste de son bassin', () => {
    const notMissionLocale = (other: { type: string }) => other.type !== 'mission-locale';
    const reach = reachOf(structure('cio-b', 'cio', 'b'), context, reader('b', notMissionLocale));
    expect(reach?.general).toEqual({ area: 'b', structures: [structure('gip-b', 'gip', 'b', true)], more: [] });
    // Area a has no other way that receives the person: its list, not the GIP of area b.
    const fromA = reachOf(structure('cio-a', 'cio', 'a'), context, reader('a', notMissionLocale));
    expect(fromA?.general).toEqual({ area: 'a', structures: [], more: [] });
  });

  it('sur un résultat, ne nomme que des structures du bassin du lecteur, pas de celui de la structure ni d’un autre', () => {
    const chamber = structure('cci', 'chambre-consulaire', 'a');
    expect(reachOf(chamber, context, reader('b'))?.general).toEqual({
      area: 'b',
      structures: [structure('ml-b', 'mission-locale', 'b'), structure('gip-b', 'gip', 'b', true)],
      more: [],
    });
    // The advice's relays too: a reader of area b is sent to b's CIO, not to a's.
    expect(reachOf(structure('mgi-a', 'mgi', 'a'), context, reader('b'))?.advice?.relais).toEqual([
      structure('cio-b', 'cio', 'b'),
    ]);
    // A reader's area with none: that area's list, where the structure's own page would name the whole territory's.
    expect(reachOf(chamber, context, reader('c'))?.general).toEqual({ area: 'c', structures: [], more: [] });
    const mgiOfC = reachOf(structure('mgi-c', 'mgi', 'c'), context, reader('c'));
    expect(mgiOfC?.advice?.relais).toEqual([]);
    expect(mgiOfC?.general).toEqual({ area: 'c', structures: [], more: [] });
  });

  it('sur un résultat que seuls lisent les publics d’un conseil qui les envoie à leur établissement : pas de conseil général', () => {
    const school = 'Si vous êtes élève, demandez à votre collège comment joindre le CIO.';
    const bySchool = {
      ...context,
      advice: {
        cio: {
          texte: school,
          publics: ['collegiens-lyceens', 'parents'],
          leadsOutFor: ['collegiens-lyceens', 'parents'],
        },
      },
    };
    const cio = structure('cio-b', 'cio', 'b');
    for (const publics of [new Set(['collegiens-lyceens']), new Set(['collegiens-lyceens', 'parents'])]) {
      expect(reachOf(cio, bySchool, reader('b', undefined, publics))).toEqual({
        advice: { texte: school, site: undefined, relais: [], more: [] },
        general: undefined,
      });
    }
    // A reader who may have left school, or readers unknown (the CIO's own page, which adults read): the general
    // advice follows.
    for (const publics of [new Set(['collegiens-lyceens', 'jeunes-16-25']), undefined]) {
      expect(reachOf(cio, bySchool, reader('b', undefined, publics))?.general?.structures.map(({ id }) => id)).toEqual([
        'ml-b',
        'gip-b',
      ]);
    }
    expect(reachOf(cio, bySchool)?.general?.area).toBe('b');
  });

  it('nomme au plus `shown` structures par liste, et renvoie à la liste qui contient les autres', () => {
    const many = [1, 2, 3].map((n) => structure(`cio-a${n}`, 'cio', 'a'));
    const ways = [1, 2, 3].map((n) => structure(`ml-a${n}`, 'mission-locale', 'a'));
    const crowded = { ...context, structures: [...many, ...ways, structure('mgi-a', 'mgi', 'a')], shown: 2 };
    const relayed = reachOf(structure('mgi-a', 'mgi', 'a'), crowded);
    expect(relayed?.advice?.relais.map(({ id }) => id)).toEqual(['cio-a1', 'cio-a2']);
    expect(relayed?.advice?.more).toEqual([{ type: 'cio', area: 'a' }]);
    const general = reachOf(structure('cci', 'chambre-consulaire', 'a'), crowded)?.general;
    expect(general?.structures.map(({ id }) => id)).toEqual(['ml-a1', 'ml-a2']);
    expect(general?.more).toEqual([{ type: undefined, area: 'a' }]);
    expect(reachOf(structure('cci', 'chambre-consulaire', 'a'), { ...crowded, shown: 3 })?.general?.more).toEqual([]);
  });

  it('sur un résultat, laisse le conseil fait pour d’autres publics que ses lecteurs, et donne alors le conseil général', () => {
    const forPupils = {
      ...context,
      advice: { cio: { texte: 'Si vous êtes élève, parlez-en à votre collège.', publics: ['collegiens-lyceens'] } },
    };
    const cio = structure('cio-a', 'cio', 'a');
    const general = { area: 'a', structures: [structure('ml-a', 'mission-locale', 'a')], more: [] };
    expect(reachOf(cio, forPupils, reader('a', undefined, new Set(['adultes', 'salaries'])))).toEqual({
      advice: undefined,
      general,
    });
    // A reader among its publics, or readers whose publics are unknown (a structure's own page): the advice stays.
    for (const readers of [new Set(['collegiens-lyceens', 'parents']), undefined]) {
      expect(reachOf(cio, forPupils, reader('a', undefined, readers))?.advice?.texte).toBe(
        'Si vous êtes élève, parlez-en à votre collège.',
      );
    }
    // An advice that names no public speaks to every reader.
    expect(reachOf(cio, context, reader('a', undefined, new Set(['adultes'])))?.advice?.texte).toBe(cioAdvice);
  });

  // The reader of a result is who the rule of receiving says (personPublics), not what their answers alone said: the
  // parent of an apprentice of 26 or more answered « jeunes-16-25 » for their child (review revcode21, finding 5).
  it('sur un résultat qu’une personne de 26 ans ou plus lit, donne le conseil fait pour les adultes, pas celui fait pour les 16-25 ans', () => {
    const persons = personsByResult(diagnosticSteps().steps).get('parent-rupture-apprentissage-adulte') ?? [];
    expect(persons.map(({ ageBand }) => ageBand)).toEqual(['26-plus']);
    const readers = readersPublics(persons);
    const cio = structure('cio-a', 'cio', 'a');
    const adviceFor = (publics: PublicId[]) => ({
      ...context,
      advice: { cio: { texte: 'Une phrase pour ces lecteurs.', publics } },
    });
    expect(reachOf(cio, adviceFor(['jeunes-16-25']), reader('a', undefined, readers))?.advice).toBeUndefined();
    expect(reachOf(cio, adviceFor(['adultes']), reader('a', undefined, readers))?.advice?.texte).toBe(
      'Une phrase pour ces lecteurs.',
    );
  });

  it('ne dit rien d’une structure que le site permet de joindre', () => {
    expect(reachOf(structure('mgi-a', 'mgi', 'a', true), context)).toBeUndefined();
    expect(reachOf(structure('cci', 'chambre-consulaire', 'a', true), context)).toBeUndefined();
  });
});

describe('site.reachByType', () => {
  const siteIds = new Set(contentFiles('sites').map(({ id }) => id));

  it('ne nomme que des types de structure et des sites de la sitothèque, et chaque « : » est suivi d’un site', () => {
    expect(checkReachAdvice(site.reachByType, structureTypeIds, siteIds, publicIds)).toEqual([]);
  });

  it.each([
    [
      'un type inconnu',
      { cios: { texte: 'x' } },
      `src/site.config.ts: site.reachByType.cios: « cios » n’est pas un type de structure → écrivez l’un des types : ${structureTypeIds.join(', ')}.`,
    ],
    [
      'un relais inconnu',
      { mgi: { texte: 'x', relais: ['cios'] } },
      `src/site.config.ts: site.reachByType.mgi.relais: « cios » n’est pas un type de structure → écrivez l’un des types : ${structureTypeIds.join(', ')}.`,
    ],
    [
      'un site absent',
      { cfa: { texte: 'x', site: 'onisep-fr' } },
      'src/site.config.ts: site.reachByType.cfa.site: « onisep-fr » n’est pas un site de la sitothèque → si vous avez renommé ou supprimé content/sitotheque/onisep-fr.yaml, rendez-lui ce nom ou recréez-le, car src/site.config.ts le cite ; sinon, écrivez le nom d’un fichier de content/sitotheque/, sans .yaml, ou retirez la ligne « site ».',
    ],
    [
      'un public inconnu',
      { cio: { texte: 'Si vous êtes élève, parlez-en à votre collège.', publics: ['eleves'] } },
      `src/site.config.ts: site.reachByType.cio.publics: « eleves » n’est pas un public → écrivez l’un des publics : ${publicIds.join(', ')} ; ou retirez « publics » pour que tout lecteur lise la phrase.`,
    ],
    [
      'un public inconnu parmi ceux que la phrase mène à leur établissement',
      { cio: { texte: 'Si vous êtes élève, demandez à votre collège.', leadsOutFor: ['eleves'] } },
      `src/site.config.ts: site.reachByType.cio.leadsOutFor: « eleves » n’est pas un public → écrivez l’un des publics : ${publicIds.join(', ')} ; ou retirez « leadsOutFor » si la phrase n’envoie personne à un lieu qu’il connaît déjà.`,
    ],
    [
      'une phrase vide',
      { cio: { texte: ' ' } },
      'src/site.config.ts: site.reachByType.cio.texte: la phrase est vide → écrivez ce que la personne peut faire pour joindre une structure de ce type.',
    ],
  ])('refuse %s en nommant le réglage et la correction', (_, advice, message) => {
    expect(checkReachAdvice(advice, structureTypeIds, siteIds, publicIds).map(formatProblem)).toEqual([message]);
  });

  const bare = (type: string) =>
    `src/site.config.ts: site.reachByType.${type}.texte: la phrase du type « ${type} » finit par « : » mais aucun site ne la suit → ajoutez « site » (un fichier de content/sitotheque/), ou finissez la phrase par un point : les structures de « relais » suivent dans leur propre phrase.`;
  it.each([
    ['sans site ni relais', { mgi: { texte: 'Renseignez-vous auprès d’un CIO : ' } }],
    // A result's page may leave out every relay (those that do not receive its reader): « : » would end on nothing.
    ['suivie de relais seulement', { mgi: { texte: 'Renseignez-vous auprès d’un CIO :', relais: ['cio'] } }],
  ])('refuse une phrase qui annonce des liens par « : » %s', (_, advice) => {
    expect(checkReachAdvice(advice, structureTypeIds, siteIds, publicIds).map(formatProblem)).toEqual([bare('mgi')]);
  });

  it.each([
    ['suivie d’un site', { cfa: { texte: 'Ses formations :', site: 'onisep' } }],
    ['finie par un point, avec des relais', { mgi: { texte: 'Auprès d’un CIO.', relais: ['cio'] } }],
    ['finie par un point, sans lien', { cio: { texte: 'Parlez-en au psychologue de votre collège.' } }],
  ])('accepte une phrase %s', (_, advice) => {
    expect(checkReachAdvice(advice, structureTypeIds, siteIds, publicIds)).toEqual([]);
  });

  it('donne à chaque type de structure du contenu un site national, un conseil ou le conseil général', () => {
    // The general advice links the structures of the area: every area with a structure has its list page.
    const types = new Set(contentFiles('structures').map(({ data }) => (data as { type: string }).type));
    const networkTypes = new Set(Object.keys(site.networkSites));
    const general = [...types].filter((type) => !networkTypes.has(type) && !(type in site.reachByType)).sort();
    // Written down so that adding advice or a national site for one of these is a deliberate change of this list.
    expect(general).toEqual(['chambre-consulaire', 'gip']);
  });
});
