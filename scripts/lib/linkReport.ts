import type { LinkOccurrence } from './collectLinks.ts';
import type { LinkResult, LinkStatus } from './checkLinks.ts';

/** One checked address with the files that hold it. */
export interface ReportedLink extends LinkResult {
  occurrences: LinkOccurrence[];
}

/** The link report, as written to JSON. */
export interface LinkReport {
  /** ISO date and time of the run. */
  checkedAt: string;
  durationMs: number;
  slowMs: number;
  counts: Record<LinkStatus, number> & { total: number; slow: number };
  /** Every address checked, problems first. */
  links: ReportedLink[];
}

const ORDER: Record<LinkStatus, number> = { dead: 0, redirected: 1, unverifiable: 2, ok: 3 };

/** Joins the results with the places that hold each address and counts them. */
export function buildReport(
  results: readonly LinkResult[],
  occurrences: ReadonlyMap<string, LinkOccurrence[]>,
  run: { checkedAt: Date; durationMs: number; slowMs: number },
): LinkReport {
  const links = results
    .map((result) => ({ ...result, occurrences: occurrences.get(result.url) ?? [] }))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || Number(b.slow) - Number(a.slow) || a.url.localeCompare(b.url));
  const count = (status: LinkStatus) => links.filter((link) => link.status === status).length;
  return {
    checkedAt: run.checkedAt.toISOString(),
    durationMs: Math.round(run.durationMs),
    slowMs: run.slowMs,
    counts: {
      total: links.length,
      ok: count('ok'),
      redirected: count('redirected'),
      dead: count('dead'),
      unverifiable: count('unverifiable'),
      slow: links.filter((link) => link.slow).length,
    },
    links,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`;
const cell = (text: string) => text.replace(/\|/g, '\\|');
const places = (link: ReportedLink) =>
  link.occurrences.map(({ file, field }) => `\`${file}\` (${field})`).join('<br>') || '—';

function table(
  title: string,
  links: ReportedLink[],
  columns: [string, (link: ReportedLink) => string][],
  todo: string,
): string[] {
  if (links.length === 0) return [];
  return [
    `## ${title} (${links.length})`,
    '',
    `Que faire : ${todo}`,
    '',
    `| Adresse | ${columns.map(([name]) => name).join(' | ')} | Fichiers |`,
    `| --- | ${columns.map(() => '---').join(' | ')} | --- |`,
    ...links.map(
      (link) =>
        `| ${cell(link.url)} | ${columns.map(([, value]) => cell(value(link))).join(' | ')} | ${places(link)} |`,
    ),
    '',
  ];
}

/** What to do about each kind of problem, for the whole table of the Markdown report. */
const TODO: Record<Exclude<LinkStatus, 'ok'>, string> = {
  dead:
    'ouvrez le lien dans un navigateur. S’il répond, ne changez rien (dans la sitothèque, écrivez date_verification: ' +
    'avec la date du jour, AAAA-MM-JJ) ; sinon corrigez l’adresse dans le fichier, ou supprimez la fiche ou le lien.',
  redirected:
    'ouvrez la nouvelle adresse ; si elle montre la même information, écrivez-la dans le fichier à la place de ' +
    'l’ancienne.',
  unverifiable:
    'le site refuse le vérificateur : ouvrez le lien dans un navigateur. S’il répond, rien à corriger (dans la ' +
    'sitothèque, écrivez date_verification: avec la date du jour) ; sinon traitez-le comme un lien mort.',
};

/** True when a place is a sitothèque file's `url`, the one address a check date (`date_verification`) is about. */
const isSiteAddress = ({ file, field }: LinkOccurrence) => field === 'url' && /(^|\/)sitotheque\//.test(file);

/**
 * The next step for one place of a problem link, after « → » on its console line: what to open, and which field to
 * write or correct in that file (`date_verification` only for a sitothèque site's own address).
 */
export function linkFix(status: Exclude<LinkStatus, 'ok'>, place: LinkOccurrence): string {
  const site = isSiteAddress(place);
  switch (status) {
    case 'dead':
      return site
        ? 'ouvrez le lien ; s’il répond, écrivez date_verification: avec la date du jour (AAAA-MM-JJ) ; sinon corrigez url ou supprimez la fiche'
        : `ouvrez le lien ; s’il ne répond pas, corrigez ${place.field} ou retirez l’adresse`;
    case 'redirected':
      return `ouvrez la nouvelle adresse ; si c’est la même information, écrivez-la dans ${place.field}`;
    case 'unverifiable':
      return site
        ? 'ouvrez le lien dans un navigateur ; s’il répond, écrivez date_verification: avec la date du jour, sinon corrigez url'
        : `ouvrez le lien dans un navigateur ; s’il ne répond pas, corrigez ${place.field}`;
  }
}

/** One line for the console and the top of the report: how many of each, and how long it took. */
export function summaryLine({ counts, durationMs }: LinkReport): string {
  return (
    `${counts.total} adresses vérifiées en ${seconds(durationMs)} — valides : ${counts.ok} · ` +
    `redirigées : ${counts.redirected} · mortes : ${counts.dead} · à vérifier à la main : ${counts.unverifiable} · ` +
    `lentes : ${counts.slow}`
  );
}

/**
 * True when not one server answered: the machine is offline, or a firewall or proxy stops the check. Calling every
 * link dead would then be false, and an editor following « supprimez la fiche » would lose good sheets.
 */
export function nothingAnswered(report: LinkReport): boolean {
  return report.links.length > 0 && report.links.every((link) => link.httpStatus === undefined);
}

/** What the console and the report say when nothing answered, instead of any table of problems. */
export function nothingAnsweredText({ counts }: LinkReport): string {
  const none = counts.total > 1 ? `Aucune des ${counts.total} adresses n’a répondu` : 'L’adresse n’a pas répondu';
  return (
    `${none} : ce poste a-t-il accès à internet ? Rien n’a pu être vérifié, ne supprimez aucune fiche. Relancez la ` +
    'vérification depuis un poste relié à internet (un pare-feu ou un proxy peut aussi la bloquer).'
  );
}

/** The report for people: a summary, then one table per kind of problem, each naming the files to fix. */
export function formatMarkdown(report: LinkReport): string {
  const { counts } = report;
  if (nothingAnswered(report)) {
    return [
      `# Vérification des liens externes`,
      '',
      `Le ${report.checkedAt.slice(0, 10)}, rien n’a pu être vérifié.`,
      '',
      nothingAnsweredText(report),
      '',
    ].join('\n');
  }
  const byStatus = (status: LinkStatus) => report.links.filter((link) => link.status === status);
  return [
    `# Vérification des liens externes`,
    '',
    `Le ${report.checkedAt.slice(0, 10)} : ${summaryLine(report)} (lentes : plus de ${seconds(report.slowMs)}).`,
    '',
    ...table('Liens morts', byStatus('dead'), [['Problème', (link) => link.error ?? '']], TODO.dead),
    ...table(
      'Liens redirigés',
      byStatus('redirected'),
      [['Nouvelle adresse à reporter', (link) => link.finalUrl ?? '']],
      TODO.redirected,
    ),
    ...table(
      'À vérifier à la main (le site refuse les visites automatiques)',
      byStatus('unverifiable'),
      [['Réponse', (link) => `HTTP ${link.httpStatus ?? '?'}`]],
      TODO.unverifiable,
    ),
    ...table(
      'Liens lents',
      report.links.filter((link) => link.slow),
      [['Temps de réponse', (link) => seconds(link.durationMs)]],
      'rien d’urgent ; si le site reste lent d’un mois sur l’autre, cherchez une autre adresse pour la même information.',
    ),
    counts.total === counts.ok && counts.slow === 0 ? 'Aucun problème : tous les liens répondent.\n' : '',
  ].join('\n');
}

/**
 * The problems for the console, one line per place to fix: file, field, address and what is wrong, dead links
 * first. An editor reads where to go without opening the Markdown report.
 */
export function formatConsole(report: LinkReport): string[] {
  const groups: [string, Exclude<LinkStatus, 'ok'>, (link: ReportedLink) => string][] = [
    ['Liens morts', 'dead', (link) => link.error ?? 'erreur'],
    ['Liens redirigés', 'redirected', (link) => `nouvelle adresse : ${link.finalUrl ?? '?'}`],
    ['À vérifier à la main', 'unverifiable', (link) => `HTTP ${link.httpStatus ?? '?'}`],
  ];
  return groups.flatMap(([title, status, problem]) => {
    const links = report.links.filter((link) => link.status === status);
    const lines = links
      .flatMap((link) =>
        (link.occurrences.length > 0 ? link.occurrences : [{ file: '?', field: '?' }]).map(
          (place) => `  ${place.file} › ${place.field} : ${link.url} — ${problem(link)} → ${linkFix(status, place)}`,
        ),
      )
      .sort();
    // Counted in addresses, as the summary and the Markdown report count them; an address several files hold is
    // one problem to fix in each of them.
    const where = lines.length > links.length ? `, à corriger à ${lines.length} endroits` : '';
    return lines.length > 0 ? [`${title} (${links.length})${where} :`, ...lines] : [];
  });
}
