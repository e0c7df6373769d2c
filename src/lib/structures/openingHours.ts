import OpeningHours from 'opening_hours';

/** One line of a weekly timetable, e.g. { jours: "Du lundi au jeudi", horaires: "8 h 30 – 12 h 30 et 13 h 30 – 17 h 30" }. */
export interface TimetableLine {
  jours: string;
  horaires: string;
}

/** Opening hours as readers see them. `lines` is empty when the value does not repeat every week. */
export interface Timetable {
  lines: TimetableLine[];
  /** Extra sentences: closed on public holidays, or the value in words when no weekly table fits. */
  notes: string[];
}

const DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

const time = (date: Date) => {
  const minutes = date.getMinutes();
  // An interval that ends at midnight ends on the next day: written 24 h.
  const hours = date.getHours() === 0 && minutes === 0 ? 24 : date.getHours();
  return minutes === 0 ? `${hours} h` : `${hours} h ${String(minutes).padStart(2, '0')}`;
};

function dayRange(first: number, last: number): string {
  const name = DAYS[first]!;
  if (first === last) return name.charAt(0).toUpperCase() + name.slice(1);
  if (last === first + 1) return `${name.charAt(0).toUpperCase()}${name.slice(1)} et ${DAYS[last]!}`;
  return `Du ${name} au ${DAYS[last]!}`;
}

/** An OpenStreetMap value without its "closed on public holidays" rule, which varies from year to year. */
function parseWeekly(value: string): { hours: OpeningHours; holidaysClosed: boolean } {
  const holidaysClosed = /(^|;)\s*PH\s+(off|closed)\s*(?=;|$)/;
  const weekly = value.replace(holidaysClosed, '').replace(/^\s*;\s*/, '') || value;
  const hours = new OpeningHours(weekly, null, {
    locale: 'fr',
    mode: undefined,
    tag_key: undefined,
    map_value: undefined,
    warnings_severity: undefined,
  });
  return { hours, holidaysClosed: holidaysClosed.test(value) };
}

/** Open intervals of one day of a reference week (0 = Monday 8 January 2024, local time like the library). */
const intervalsOfDay = (hours: OpeningHours, day: number) =>
  hours.getOpenIntervals(new Date(2024, 0, 8 + day), new Date(2024, 0, 9 + day));

/**
 * Renders an OpenStreetMap `opening_hours` value in French, day by day, grouping
 * consecutive days with the same hours. The library parses; this only words the result.
 */
export function describeOpeningHours(value: string): Timetable {
  const { hours, holidaysClosed } = parseWeekly(value);
  const notes = holidaysClosed ? ['Fermé les jours fériés.'] : [];
  if (!hours.isWeekStable()) {
    // The library's typings miss `conf`, which it reads for the language of day names.
    const prettify = hours.prettifyValue.bind(hours) as (options: { conf: { locale: string } }) => string;
    return { lines: [], notes: [`Horaires : ${prettify({ conf: { locale: 'fr' } })}`, ...notes] };
  }
  // Without a country, no holiday applies to the reference week.
  const perDay = DAYS.map((_, index) =>
    intervalsOfDay(hours, index)
      .map(([from, to, unknown, comment]) => {
        const span = `${time(from)} – ${time(to)}`;
        return unknown || comment ? `${span} (${comment ?? 'à confirmer'})` : span;
      })
      .join(' et '),
  );
  const lines: TimetableLine[] = [];
  let first = 0;
  for (let day = 1; day <= DAYS.length; day++) {
    if (day < DAYS.length && perDay[day] === perDay[first]) continue;
    if (perDay[first]) lines.push({ jours: dayRange(first, day - 1), horaires: perDay[first]! });
    first = day;
  }
  return { lines, notes };
}

/** One opening of a weekly timetable, for machines: day 0 is Monday, times are "HH:MM" (closing may be "24:00"). */
export interface WeeklyOpening {
  day: number;
  opens: string;
  closes: string;
}

const clock = (date: Date, end: boolean) =>
  end && date.getHours() === 0 && date.getMinutes() === 0
    ? '24:00'
    : `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;

/**
 * The openings of a value that repeats every week, or undefined when it does not, or when a part of it is
 * uncertain ("unknown", a comment): then only a person can word it, and a machine gets nothing.
 */
export function weeklyOpenings(value: string): WeeklyOpening[] | undefined {
  const { hours } = parseWeekly(value);
  if (!hours.isWeekStable()) return undefined;
  const openings = DAYS.flatMap((_, day) =>
    intervalsOfDay(hours, day).map(([from, to, unknown, comment]) =>
      unknown || comment ? undefined : { day, opens: clock(from, false), closes: clock(to, true) },
    ),
  );
  return openings.every((opening) => opening !== undefined) ? openings : undefined;
}
