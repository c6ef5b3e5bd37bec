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
import { Seasons } from 'astronomy-engine';

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

/**
 * The holiday name starting at token i: its entry, last token and whether a name of common words (`cased`)
 * was written without its capitals (the caller then wants a year after it).
 */
function nameAt(v: View, i: number): { entry: Entry; last: number; uncased: boolean } | undefined {
  if (v.kind(i) !== 'word') return undefined;
  const list = BY_FIRST.get(bare(v.lower[i]));
  if (!list) return undefined;
  for (const entry of list) {
    let j = i;
    let ok = true;
    let uncased = false;
    for (let k = 0; k < entry.words.length && ok; k++) {
      if (k > 0) j = v.next(wordEnd(v, j));
      ok = j >= 0 && v.kind(j) === 'word' && bare(v.lower[j]) === entry.words[k];
      if (ok && entry.holiday.cased && !v.isUpperInitial(j)) uncased = true;
    }
    if (ok) return { entry, last: j, uncased };
  }
  return undefined;
}

/** A holiday name (or "next"/"last" and one) starts at token i: the candidate test for holiday first words. */
export function holidayNameAt(v: View, i: number): boolean {
  const n = nameAt(v, i) ?? (v.is(i, 'orthodox') ? nameAt(v, v.next(i)) : undefined);
  return n !== undefined;
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

/** The ISO weekday (1 Monday … 7 Sunday) of "YYYY-MM-DD". */
const isoWeekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() || 7;

const SOLAR_EVENTS = { march: 'mar_equinox', june: 'jun_solstice', september: 'sep_equinox', december: 'dec_solstice' } as const;
/** Iran's calendar starts the year on the day of the March equinox when it falls before noon in Tehran (UTC+3:30). */
const TEHRAN_MS = 3.5 * 3600000;

/** The UTC day of an equinox or solstice of year y, or Nowruz's day. */
function solarDay(y: number, event: keyof typeof SOLAR_EVENTS, nowruz = false): string | undefined {
  if (y < 1700 || y > 2200) return undefined;
  const t = Seasons(y)[SOLAR_EVENTS[event]].date.getTime();
  if (!nowruz) return isoDay(t);
  const local = t + TEHRAN_MS;
  const noonPassed = local % DAY_MS >= DAY_MS / 2;
  return isoDay(Math.floor(local / DAY_MS) * DAY_MS + (noonPassed ? DAY_MS : 0));
}

/** A day of a 365-day calendar in Gregorian year y, from its day `anchor` in one year: a day earlier after each leap day. */
function vagueYearDay(anchor: string, y: number): string {
  const a = Date.UTC(+anchor.slice(0, 4), +anchor.slice(5, 7) - 1, +anchor.slice(8, 10));
  const t = a + (y - +anchor.slice(0, 4)) * 365 * DAY_MS;
  const day = isoDay(t);
  // Over centuries the day drifts out of the Gregorian year it was asked for: none then.
  return +day.slice(0, 4) === y ? day : '';
}

/** The holiday's day in year y, YYYY-MM-DD, moved by its weekday rule. */
export function holidayOf(holiday: Holiday, y: number, rule: HolidayRule = holiday.rule): string | undefined {
  const day = holidayIn(rule, y);
  const by = day && holiday.moves && !day.includes('/') ? holiday.moves[isoWeekday(day)] : undefined;
  return by ? dayOffset(+day!.slice(0, 4), +day!.slice(5, 7), +day!.slice(8, 10), by) : day;
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
  if ('chinese' in rule) return otherCalendarDay('chinese', y, rule.chinese[0], rule.chinese[1]);
  if ('solar' in rule) return solarDay(y, rule.solar);
  if ('nowruz' in rule) return solarDay(y, 'march', true);
  if ('vague' in rule) return vagueYearDay(rule.vague, y) || undefined;
  const base = 'easter' in rule ? easterSunday(y) : orthodoxEasterSunday(y);
  const from = 'easter' in rule ? rule.easter : rule.orthodoxEaster;
  const first = dayOffset(y, base.m, base.d, from);
  return rule.days && rule.days > 1 ? `${first}/${dayOffset(y, base.m, base.d, from + rule.days - 1)}` : first;
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
  let name = at >= 0 ? nameAt(v, at) : undefined;
  // "Orthodox Good Friday", "orthodox shrove monday": a feast counted from Easter, from the Orthodox Easter.
  const orthodox = !name && v.is(at, 'orthodox');
  if (orthodox) name = nameAt(v, v.next(at));
  if (!name) return undefined;
  const holiday = name.entry.holiday;
  let rule = holiday.rule;
  if (orthodox) {
    if ('easter' in rule) rule = { orthodoxEaster: rule.easter, days: rule.days };
    else if (!('orthodoxEaster' in rule)) return undefined;
  }
  // "Easter 2013", "Christmas of 1914", "Thanksgiving, 2020", "Diwali in 2019", "Holi two thousand nineteen"
  let k = v.next(name.last);
  const afterIn = v.is(k, 'in');
  if (k >= 0 && (afterIn || v.is(k, 'of') || v.toks[k].text === ',')) k = v.next(k);
  let y = dir === undefined ? (yearAt(v, k) ?? spelledYear(v, k, lex)) : undefined;
  // After "in" a count is as likely as a year ("Christmas in 2000 homes"): the year must end the phrase.
  if (y && afterIn && v.kind(v.next(y.last)) === 'word') y = undefined;
  const fig = (last: number, value: string | undefined): Figure => ({ first: i, last, type: 'DATE', value });
  if (y) return fig(y.last, holidayOf(holiday, y.year, rule));
  // A name of common words in lower case ("black friday") is the holiday only with its year.
  if (name.uncased) return undefined;
  if (!ref) return fig(name.last, 'fixed' in rule && !dir && !holiday.moves ? ymd(undefined, rule.fixed[0], rule.fixed[1]) : undefined);
  const refDay = ymd(ref.y, ref.m, ref.d);
  let year = ref.y;
  if (dir && dir > 0 && (holidayOf(holiday, year, rule) ?? '') <= refDay) year++;
  if (dir && dir < 0 && (holidayOf(holiday, year, rule) ?? '') >= refDay) year--;
  return fig(name.last, holidayOf(holiday, year, rule));
}
