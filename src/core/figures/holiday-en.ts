// English holiday names as DATE: "Christmas", "Easter 2013", "next Thanksgiving", "St. Patrick's Day".
// The day of each holiday comes from its rule (tables/holidays-en.ts), computed for the year the text
// gives, else the reference year ("last"/"next" look strictly back/ahead of the reference date).
import { View } from './view';
import { Lexicon } from './lexicon';
import { parseCore } from './number';
import { Figure } from './types';
import { Ref, ymd, dayOffset, nthWeekdayOfMonth, easterSunday, orthodoxEasterSunday } from './date-resolve';
import { EN_HOLIDAYS, Holiday, HolidayRule } from './tables/holidays-en';
import { EN_RELATIVE_ADJECTIVES } from './tables/relative-dates';
import { yearAt } from './year';
import { OtherCalendar, gregorianDays, nextGregorianDay } from './calendar-days';
import { hinduFestivalDay } from './hindu-calendar';

const DAY_MS = 86400000;

interface Entry {
  words: string[];
  holiday: Holiday;
}

/** A word as names are compared: lower-case, without apostrophes ("year's" → "years"); most words have none. */
const bare = (w: string) => (w.includes("'") || w.includes('’') ? w.replace(/['’]/g, '') : w);

/** Names by first word, longest first, so "Christmas Eve" wins over "Christmas". */
const BY_FIRST = new Map<string, Entry[]>();
/** First words as the text may write them: bare, and with the table's apostrophe in both shapes ("valentine's", "valentine’s"). */
const FIRST_FORMS = new Set<string>();
for (const holiday of EN_HOLIDAYS) {
  for (const name of holiday.names) {
    const words = name.split(' ').map(bare);
    const list = BY_FIRST.get(words[0]) ?? BY_FIRST.set(words[0], []).get(words[0])!;
    list.push({ words, holiday });
    const first = name.split(' ')[0];
    for (const form of [words[0], first, first.replace(/'/g, '’')]) FIRST_FORMS.add(form);
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

/** First words of holiday names: candidate tokens for the figure pass. */
export const HOLIDAY_FIRST_WORDS: readonly string[] = [...FIRST_FORMS];

/** After token j, a glued dot ("St.", "Jr.") or a glued apostrophe closing a plural possessive ("Presidents' Day"). */
function wordEnd(v: View, j: number): number {
  const d = v.dot(j);
  return d === j && v.glued(j, j + 1) && /^['’]$/.test(v.toks[j + 1].text) ? j + 1 : d;
}

/** The holiday name starting at token i: its entry and last token; a name of common words (`cased`) must be capitalized. */
function nameAt(v: View, i: number): { entry: Entry; last: number } | undefined {
  if (v.kind(i) !== 'word') return undefined;
  const list = BY_FIRST.get(bare(v.lower[i]));
  if (!list) return undefined;
  for (const entry of list) {
    let j = i;
    let ok = true;
    for (let k = 0; k < entry.words.length && ok; k++) {
      if (k > 0) j = v.next(wordEnd(v, j));
      ok = j >= 0 && v.kind(j) === 'word' && bare(v.lower[j]) === entry.words[k] && (!entry.holiday.cased || v.isUpperInitial(j));
    }
    if (ok) return { entry, last: j };
  }
  return undefined;
}

/** The calendar of the Muslim holidays: the one of ICU's Islamic variants that agreed most often with dated gold (see the table's header). */
const ISLAMIC: OtherCalendar = 'islamic-umalqura';

/** "YYYY-MM-DD" of a UTC day. */
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The day of another calendar's date in Gregorian year y, `days` long, as "A" or "A/B"; none when the date falls twice in y (a lunar year is shorter). */
function otherCalendarDay(calendar: OtherCalendar, y: number, month: string | number, day: number, days = 1, toMonth = false): string | undefined {
  const found = gregorianDays(calendar, y, month, day);
  if (found.length !== 1) return undefined;
  const first = found[0];
  let last = first + (days - 1) * DAY_MS;
  if (toMonth) {
    const next = nextGregorianDay(calendar, first, (+month % 12) + 1, 1);
    if (next === undefined) return undefined;
    last = next - DAY_MS;
  }
  return last === first ? isoDay(first) : `${isoDay(first)}/${isoDay(last)}`;
}

/** The holiday's day in year y, YYYY-MM-DD. */
export function holidayIn(rule: HolidayRule, y: number): string | undefined {
  if ('fixed' in rule) return ymd(y, rule.fixed[0], rule.fixed[1]);
  if ('nth' in rule) {
    const [n, wd, m] = rule.nth;
    const day = nthWeekdayOfMonth(y, m, wd, n);
    return day && rule.plus ? dayOffset(y, m, +day.slice(8), rule.plus) : day;
  }
  if ('hebrew' in rule) return otherCalendarDay('hebrew', y, rule.hebrew[0], rule.hebrew[1], rule.days);
  if ('hijri' in rule) return otherCalendarDay(ISLAMIC, y, rule.hijri[0], rule.hijri[1], rule.days, rule.toMonth);
  if ('tithi' in rule || 'sankranti' in rule) return hinduFestivalDay(rule, y);
  if ('lunarNewYear' in rule) return otherCalendarDay('chinese', y, 1, 1);
  const base = 'easter' in rule ? easterSunday(y) : orthodoxEasterSunday(y);
  return dayOffset(y, base.m, base.d, 'easter' in rule ? rule.easter : rule.orthodoxEaster);
}

/**
 * A year in words after a holiday's name ("two thousand nineteen"): only where the number ends the
 * phrase, so "at Christmas two thousand people came" keeps its count.
 */
function spelledYear(v: View, k: number, lex: Lexicon): { year: number; last: number } | undefined {
  if (k < 0 || v.kind(k) !== 'word') return undefined;
  const c = parseCore(v, k, 'en', lex);
  if (!c || c.digits || c.ordinal || !Number.isInteger(c.value) || c.value < 1000 || c.value > 2200) return undefined;
  const after = v.next(c.last);
  return after < 0 || v.kind(after) === 'punct' ? { year: c.value, last: c.last } : undefined;
}

/**
 * "Christmas", "Easter 2013", "next Halloween", "last Thanksgiving" at token i. A year-less holiday
 * takes the reference year, as a year-less month does; without a reference only a fixed day has a
 * value ("XXXX-12-25").
 */
export function parseHolidayEn(v: View, i: number, ref: Ref | undefined, lex: Lexicon): Figure | undefined {
  const dir = EN_RELATIVE_ADJECTIVES[v.lower[i]];
  const at = dir !== undefined ? v.next(i) : i;
  const name = at >= 0 ? nameAt(v, at) : undefined;
  if (!name) return undefined;
  const rule = name.entry.holiday.rule;
  // "Easter 2013", "Christmas of 1914", "Thanksgiving, 2020", "Diwali in 2019", "Holi two thousand nineteen"
  let k = v.next(name.last);
  const afterIn = v.is(k, 'in');
  if (k >= 0 && (afterIn || v.is(k, 'of') || v.toks[k].text === ',')) k = v.next(k);
  let y = dir === undefined ? (yearAt(v, k) ?? spelledYear(v, k, lex)) : undefined;
  // After "in" a count is as likely as a year ("Christmas in 2000 homes"): the year must end the phrase.
  if (y && afterIn && v.kind(v.next(y.last)) === 'word') y = undefined;
  const fig = (last: number, value: string | undefined): Figure => ({ first: i, last, type: 'DATE', value });
  if (y) return fig(y.last, holidayIn(rule, y.year));
  if (!ref) return fig(name.last, 'fixed' in rule && !dir ? ymd(undefined, rule.fixed[0], rule.fixed[1]) : undefined);
  const refDay = ymd(ref.y, ref.m, ref.d);
  let year = ref.y;
  if (dir && dir > 0 && (holidayIn(rule, year) ?? '') <= refDay) year++;
  if (dir && dir < 0 && (holidayIn(rule, year) ?? '') >= refDay) year--;
  return fig(name.last, holidayIn(rule, year));
}
