// Gregorian days of dates in the other calendars ICU ships with Node (Hebrew, Islamic, Chinese): the
// holidays of those calendars fall on a fixed day of their own calendar. Intl converts only from a
// Gregorian day to another calendar, so the day is found by search: the Gregorian year is read every
// 20 days (no month of these calendars is shorter, so every month is met), and where the wanted month
// is met the day is reached by arithmetic and checked. About 20 conversions per question, each
// answer cached: only text that names such a holiday pays, and little.

export type OtherCalendar = 'hebrew' | 'islamic-umalqura' | 'islamic-civil' | 'islamic-tbla' | 'islamic' | 'chinese';

const DAY_MS = 86400000;
const STEP_DAYS = 20;
const formatters = new Map<OtherCalendar, Intl.DateTimeFormat>();
const answers = new Map<string, readonly number[]>();
const MAX_ANSWERS = 10_000;

/**
 * The month as the table writes it: ICU's English month name for the Hebrew calendar ("Tishri",
 * "Kislev"), where "Adar II" of a leap year is the month that holds what "Adar" holds in a common
 * year (Purim); the month number elsewhere.
 */
function monthKey(calendar: OtherCalendar, month: string): string {
  return calendar === 'hebrew' && month === 'Adar II' ? 'Adar' : month;
}

/** The other calendar's month (as monthKey writes it) and day of a Gregorian day (UTC ms). */
function read(calendar: OtherCalendar, t: number): { month: string; day: number } {
  let fmt = formatters.get(calendar);
  if (!fmt) {
    // Hebrew months have names whose numbers shift in leap years; other calendars' numbers are stable.
    fmt = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { month: calendar === 'hebrew' ? 'long' : 'numeric', day: 'numeric', timeZone: 'UTC' });
    formatters.set(calendar, fmt);
  }
  let month = '';
  let day = 0;
  for (const p of fmt.formatToParts(t)) {
    if (p.type === 'month') month = p.value;
    else if (p.type === 'day') day = Number(p.value);
  }
  return { month: monthKey(calendar, month), day };
}

/** The Gregorian days (UTC ms at midnight) of Gregorian year y that are `day` of `month` in `calendar`: none, one, or two (a lunar year is shorter). */
export function gregorianDays(calendar: OtherCalendar, y: number, month: string | number, day: number): readonly number[] {
  const want = monthKey(calendar, String(month));
  const key = `${calendar}|${y}|${want}|${day}`;
  const known = answers.get(key);
  if (known) return known;
  const start = Date.UTC(y, 0, 1);
  const end = Date.UTC(y + 1, 0, 1);
  const found: number[] = [];
  // One step past the year's end: a month that starts in late December is met only there.
  for (let t = start; t < end + STEP_DAYS * DAY_MS; t += STEP_DAYS * DAY_MS) {
    const here = read(calendar, t);
    if (here.month !== want) continue;
    const c = t + (day - here.day) * DAY_MS;
    if (c < start || c >= end || found.includes(c)) continue;
    const there = read(calendar, c);
    if (there.month === want && there.day === day) found.push(c);
  }
  found.sort((a, b) => a - b);
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(key, found);
  return found;
}

/** The first Gregorian day after `after` (UTC ms) that is `day` of `month` in `calendar`, looking into the next Gregorian year. */
export function nextGregorianDay(calendar: OtherCalendar, after: number, month: string | number, day: number): number | undefined {
  const y = new Date(after).getUTCFullYear();
  for (const year of [y, y + 1]) {
    for (const t of gregorianDays(calendar, year, month, day)) if (t > after) return t;
  }
  return undefined;
}
