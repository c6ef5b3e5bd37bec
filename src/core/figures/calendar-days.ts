// Gregorian days of dates in the other calendars ICU ships with Node (Hebrew, Islamic, Chinese): the
// holidays of those calendars fall on a fixed day of their own calendar. Intl converts only from a
// Gregorian day to another calendar, so a Gregorian year is read day by day once (about 9 ms per year
// and calendar, on first use: only text that names such a holiday pays it) and indexed by the other
// calendar's month and day.

export type OtherCalendar = 'hebrew' | 'islamic-umalqura' | 'islamic-civil' | 'islamic-tbla' | 'islamic' | 'chinese';

const DAY_MS = 86400000;
const formatters = new Map<OtherCalendar, Intl.DateTimeFormat>();
/** calendar|year → "month|day" in that calendar → the Gregorian days (UTC ms) of the year that carry it. */
const indexes = new Map<string, Map<string, number[]>>();

/**
 * The month as the table writes it: ICU's English month name for the Hebrew calendar ("Tishri",
 * "Kislev"), where "Adar II" of a leap year is the month that holds what "Adar" holds in a common
 * year (Purim); the month number elsewhere.
 */
function monthKey(calendar: OtherCalendar, month: string): string {
  return calendar === 'hebrew' && month === 'Adar II' ? 'Adar' : month;
}

function yearIndex(calendar: OtherCalendar, y: number): Map<string, number[]> {
  const key = `${calendar}|${y}`;
  let index = indexes.get(key);
  if (index) return index;
  let fmt = formatters.get(calendar);
  if (!fmt) {
    // Hebrew months have names whose numbers shift in leap years; other calendars' numbers are stable.
    fmt = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { month: calendar === 'hebrew' ? 'long' : 'numeric', day: 'numeric', timeZone: 'UTC' });
    formatters.set(calendar, fmt);
  }
  index = new Map();
  for (let t = Date.UTC(y, 0, 1), end = Date.UTC(y + 1, 0, 1); t < end; t += DAY_MS) {
    let month = '';
    let day = '';
    for (const p of fmt.formatToParts(t)) {
      if (p.type === 'month') month = p.value;
      else if (p.type === 'day') day = p.value;
    }
    const k = `${monthKey(calendar, month)}|${day}`;
    const list = index.get(k);
    if (list) list.push(t);
    else index.set(k, [t]);
  }
  indexes.set(key, index);
  return index;
}

/** The Gregorian days (UTC ms at midnight) of Gregorian year y that are `day` of `month` in `calendar`: none, one, or two (a lunar year is shorter). */
export function gregorianDays(calendar: OtherCalendar, y: number, month: string | number, day: number): readonly number[] {
  return yearIndex(calendar, y).get(`${monthKey(calendar, String(month))}|${day}`) ?? [];
}

/** The first Gregorian day after `after` (UTC ms) that is `day` of `month` in `calendar`, looking into the next Gregorian year. */
export function nextGregorianDay(calendar: OtherCalendar, after: number, month: string | number, day: number): number | undefined {
  const y = new Date(after).getUTCFullYear();
  for (const year of [y, y + 1]) {
    for (const t of gregorianDays(calendar, year, month, day)) if (t > after) return t;
  }
  return undefined;
}
