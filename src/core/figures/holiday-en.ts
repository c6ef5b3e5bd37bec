// English holiday names as DATE: "Christmas", "Easter 2013", "next Thanksgiving", "St. Patrick's Day".
// The day of each holiday comes from its rule (tables/holidays-en.ts), computed for the year the text
// gives, else the reference year ("last"/"next" look strictly back/ahead of the reference date).
import { View } from './view';
import { Figure } from './types';
import { Ref, ymd, dayOffset, nthWeekdayOfMonth, easterSunday, orthodoxEasterSunday } from './date-resolve';
import { EN_HOLIDAYS, Holiday, HolidayRule } from './tables/holidays-en';
import { EN_RELATIVE_ADJECTIVES } from './tables/relative-dates';
import { yearAt } from './year';

interface Entry {
  words: string[];
  holiday: Holiday;
}

/** Names by first word, longest first, so "Christmas Eve" wins over "Christmas". */
const BY_FIRST = new Map<string, Entry[]>();
for (const holiday of EN_HOLIDAYS) {
  for (const name of holiday.names) {
    const words = name.split(' ');
    const list = BY_FIRST.get(words[0]) ?? BY_FIRST.set(words[0], []).get(words[0])!;
    list.push({ words, holiday });
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

/** First words of holiday names: candidate tokens for the figure pass. */
export const HOLIDAY_FIRST_WORDS: readonly string[] = [...BY_FIRST.keys()];

/** A word as the table writes it: lower-case, without apostrophes ("year's" → "years"); most words have none. */
const bare = (w: string) => (w.includes("'") || w.includes('’') ? w.replace(/['’]/g, '') : w);

/** The holiday name starting at token i: its entry and last token; dots glued to a word ("St.", "Jr.") are skipped. */
function nameAt(v: View, i: number): { entry: Entry; last: number } | undefined {
  if (v.kind(i) !== 'word') return undefined;
  const list = BY_FIRST.get(bare(v.lower[i]));
  if (!list) return undefined;
  for (const entry of list) {
    let j = i;
    let ok = true;
    for (let k = 0; k < entry.words.length && ok; k++) {
      if (k > 0) j = v.next(v.dot(j));
      ok = j >= 0 && v.kind(j) === 'word' && bare(v.lower[j]) === entry.words[k] && (!entry.holiday.cased || v.isUpperInitial(j));
    }
    if (ok) return { entry, last: j };
  }
  return undefined;
}

/** The first day of the first month of the Chinese calendar in Gregorian year y (between 21 January and 20 February). */
let chineseCalendar: Intl.DateTimeFormat | undefined;
const lunarNewYears = new Map<number, { m: number; d: number } | undefined>();
function lunarNewYear(y: number): { m: number; d: number } | undefined {
  // ICU's calendars are costly to set up: one formatter, made on first use, and one search per year.
  if (lunarNewYears.has(y)) return lunarNewYears.get(y);
  const found = searchLunarNewYear(y);
  lunarNewYears.set(y, found);
  return found;
}
function searchLunarNewYear(y: number): { m: number; d: number } | undefined {
  const fmt = (chineseCalendar ??= new Intl.DateTimeFormat('en-u-ca-chinese', { month: 'numeric', day: 'numeric', timeZone: 'UTC' }));
  for (let t = Date.UTC(y, 0, 21); t <= Date.UTC(y, 1, 20); t += 86400000) {
    const parts = fmt.formatToParts(new Date(t));
    const month = parts.find((p) => p.type === 'month')?.value;
    const day = parts.find((p) => p.type === 'day')?.value;
    if (month === '1' && day === '1') {
      const d = new Date(t);
      return { m: d.getUTCMonth() + 1, d: d.getUTCDate() };
    }
  }
  return undefined;
}

/** The holiday's day in year y, YYYY-MM-DD. */
export function holidayIn(rule: HolidayRule, y: number): string | undefined {
  if ('fixed' in rule) return ymd(y, rule.fixed[0], rule.fixed[1]);
  if ('nth' in rule) {
    const [n, wd, m] = rule.nth;
    const day = nthWeekdayOfMonth(y, m, wd, n);
    return day && rule.plus ? dayOffset(y, m, +day.slice(8), rule.plus) : day;
  }
  const base = 'easter' in rule ? easterSunday(y) : 'orthodoxEaster' in rule ? orthodoxEasterSunday(y) : lunarNewYear(y);
  if (!base) return undefined;
  return dayOffset(y, base.m, base.d, 'easter' in rule ? rule.easter : 'orthodoxEaster' in rule ? rule.orthodoxEaster : 0);
}

/**
 * "Christmas", "Easter 2013", "next Halloween", "last Thanksgiving" at token i. A year-less holiday
 * takes the reference year, as a year-less month does; without a reference only a fixed day has a
 * value ("XXXX-12-25").
 */
export function parseHolidayEn(v: View, i: number, ref: Ref | undefined): Figure | undefined {
  const dir = EN_RELATIVE_ADJECTIVES[v.lower[i]];
  const at = dir !== undefined ? v.next(i) : i;
  const name = at >= 0 ? nameAt(v, at) : undefined;
  if (!name) return undefined;
  const rule = name.entry.holiday.rule;
  // "Easter 2013", "Christmas of 1914", "Thanksgiving, 2020"
  let k = v.next(name.last);
  if (k >= 0 && (v.is(k, 'of') || v.toks[k].text === ',')) k = v.next(k);
  const y = dir === undefined ? yearAt(v, k) : undefined;
  const fig = (last: number, value: string | undefined): Figure => ({ first: i, last, type: 'DATE', value });
  if (y) return fig(y.last, holidayIn(rule, y.year));
  if (!ref) return fig(name.last, 'fixed' in rule && !dir ? ymd(undefined, rule.fixed[0], rule.fixed[1]) : undefined);
  const refDay = ymd(ref.y, ref.m, ref.d);
  let year = ref.y;
  if (dir && dir > 0 && (holidayIn(rule, year) ?? '') <= refDay) year++;
  if (dir && dir < 0 && (holidayIn(rule, year) ?? '') >= refDay) year--;
  return fig(name.last, holidayIn(rule, year));
}
