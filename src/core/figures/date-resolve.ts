// ISO 8601 values for dates at the grain the text gives, and their resolution against a reference date.
import { Grain } from './tables/time-units';

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export interface Ref {
  y: number;
  m: number;
  d: number;
}

export function parseRef(refDate: string | undefined): Ref | undefined {
  const m = refDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(refDate) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : undefined;
}

export function ymd(y: number | undefined, m?: number, d?: number): string {
  let s = y === undefined ? 'XXXX' : pad(y, 4);
  if (m !== undefined) s += '-' + pad(m);
  if (m !== undefined && d !== undefined) s += '-' + pad(d);
  return s;
}

function addDays(r: Ref, n: number): string {
  const t = new Date(Date.UTC(r.y, r.m - 1, r.d + n));
  return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function isoWeek(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, d));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const y0 = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const w = Math.ceil(((t.getTime() - y0.getTime()) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(w)}`;
}

/** "в прошлом году" (Y, -1), "вчера" (D, -1), "на следующей неделе" (W, +1); undefined without a reference. */
export function relative(ref: Ref | undefined, grain: Grain, offset: number): string | undefined {
  if (!ref) return undefined;
  switch (grain) {
    case 'Y':
      return ymd(ref.y + offset);
    case 'M': {
      const t = new Date(Date.UTC(ref.y, ref.m - 1 + offset, 1));
      return ymd(t.getUTCFullYear(), t.getUTCMonth() + 1);
    }
    case 'W': {
      const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + 7 * offset));
      return isoWeek(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
    }
    case 'D':
      return addDays(ref, offset);
    case 'C':
      return pad(Math.floor((ref.y - 1) / 100) + offset);
    case 'Q': {
      const q = Math.floor((ref.m - 1) / 3) + offset;
      const y = ref.y + Math.floor(q / 4);
      return `${y}-Q${(((q % 4) + 4) % 4) + 1}`;
    }
    default:
      return undefined;
  }
}

/** The mean length of a month in days (365.25 / 12): where a fraction of a month falls. */
const DAYS_PER_MONTH = 30.4375;

/** A point N units before (negative) or after the reference: "три года назад", "через два дня". */
export function shifted(ref: Ref | undefined, grain: Grain, n: number): string | undefined {
  if (!ref) return undefined;
  // "полтора года назад", "2.5 weeks ago": a fraction of a unit in whole smaller units where they are exact
  // (18 months, 17.5 days is not); a month and a half back is the month it reaches (at month grain).
  if (!Number.isInteger(n)) {
    if (grain === 'Y' && Number.isInteger(n * 12)) return relative(ref, 'M', n * 12);
    if (grain === 'W' && Number.isInteger(n * 7)) return addDays(ref, n * 7);
    if (grain === 'M') return addDays(ref, Math.round(n * DAYS_PER_MONTH)).slice(0, 7);
    return undefined;
  }
  if (grain === 'D') return addDays(ref, n);
  if (grain === 'W') return addDays(ref, 7 * n);
  return relative(ref, grain, n);
}

/** The most recent given weekday on or before the reference ("в пятницу" in a news story). */
export function weekday(ref: Ref | undefined, iso: number): string {
  if (!ref) return `XXXX-WXX-${iso}`;
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
  const cur = t.getUTCDay() || 7;
  return addDays(ref, -((cur - iso + 7) % 7));
}

/** "в прошлую пятницу": the given weekday strictly before the reference date. */
export function weekdayBefore(ref: Ref | undefined, iso: number): string {
  if (!ref) return `XXXX-WXX-${iso}`;
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d - 1));
  return weekday({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }, iso);
}

/** A year-less day or month takes the reference year. */
export function withYear(ref: Ref | undefined, m: number, d?: number): string {
  return ymd(ref?.y, m, d);
}

/**
 * A year-less part of a year ("the third quarter", "второе полугодие"; letter Q or H, `count` parts a year)
 * against the reference: the value is the latest such part begun by the reference date (in a story of
 * November, "third-quarter profit" is this year's; in January, "fourth-quarter results" last year's), and
 * `ahead`, for clauses that speak of the future, the first one not yet over. Without a reference the year
 * stays unknown.
 */
export function yearPartAround(ref: Ref | undefined, letter: string, n: number, count: number): { value: string; ahead?: string } {
  if (!ref) return { value: `XXXX-${letter}${n}` };
  const months = 12 / count;
  const value = `${pad(n * months - months + 1 <= ref.m ? ref.y : ref.y - 1, 4)}-${letter}${n}`;
  const ahead = `${pad(n * months >= ref.m ? ref.y : ref.y + 1, 4)}-${letter}${n}`;
  return ahead === value ? { value } : { value, ahead };
}

export const DURATION_LETTER: Readonly<Record<Grain, string>> = { Y: 'Y', M: 'M', W: 'W', D: 'D', C: '', DEC: '', Q: '' };

/** ISO 8601 duration "P5M", "P2W"; "PXM" when the amount is vague ("несколько месяцев"). */
export function duration(n: number | undefined, grain: Grain): string | undefined {
  if (grain === 'C') return n === undefined ? 'PXC' : `P${n * 100}Y`;
  if (grain === 'DEC') return n === undefined ? 'PXDE' : `P${n * 10}Y`;
  if (grain === 'Q') return n === undefined ? 'PXQ' : `P${n * 3}M`;
  return `P${n === undefined ? 'X' : n}${DURATION_LETTER[grain]}`;
}

/** "next Friday", "this coming Friday": the given weekday strictly after the reference date. */
export function weekdayAfter(ref: Ref | undefined, iso: number): string {
  if (!ref) return `XXXX-WXX-${iso}`;
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
  const cur = t.getUTCDay() || 7;
  return addDays(ref, ((iso - cur + 6) % 7) + 1);
}

/** A weekday said of the future ("will meet on Friday"): the given weekday on or after the reference date. */
export function weekdayAhead(ref: Ref | undefined, iso: number): string {
  if (!ref) return `XXXX-WXX-${iso}`;
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
  const cur = t.getUTCDay() || 7;
  return addDays(ref, (iso - cur + 7) % 7);
}

/** A year-less day said of the future ("выберут до 1 марта"): its next occurrence on or after the reference date. */
export function dayAhead(ref: Ref | undefined, m: number, d: number): string {
  if (!ref) return ymd(undefined, m, d);
  return ymd(m > ref.m || (m === ref.m && d >= ref.d) ? ref.y : ref.y + 1, m, d);
}

/**
 * A year-less month looked for back (dir -1) or ahead (dir 1) of the reference date: "last March"
 * in January 2019 is 2018-03, "next January" is 2020-01; `orSame` lets the reference month itself
 * count ("since January", written in January, is this January).
 */
export function monthAround(ref: Ref | undefined, m: number, dir: -1 | 1, orSame: boolean): string {
  if (!ref) return ymd(undefined, m);
  if (dir < 0) return ymd(m < ref.m || (orSame && m === ref.m) ? ref.y : ref.y - 1, m);
  return ymd(m > ref.m || (orSame && m === ref.m) ? ref.y : ref.y + 1, m);
}

/** The day `n` days after y-m-d (negative: before), as YYYY-MM-DD. */
export function dayOffset(y: number, m: number, d: number, n: number): string {
  return addDays({ y, m, d }, n);
}

/** Days in month m of year y. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * The n-th given ISO weekday of a month ("the second Friday of March"), n = -1 for the last one;
 * undefined when the month has no such day (a fifth Monday).
 */
export function nthWeekdayOfMonth(y: number, m: number, iso: number, n: number): string | undefined {
  if (n < 0) {
    const last = daysInMonth(y, m);
    const wd = new Date(Date.UTC(y, m - 1, last)).getUTCDay() || 7;
    return ymd(y, m, last - ((wd - iso + 7) % 7));
  }
  const wd1 = new Date(Date.UTC(y, m - 1, 1)).getUTCDay() || 7;
  const day = 1 + ((iso - wd1 + 7) % 7) + 7 * (n - 1);
  return day <= daysInMonth(y, m) ? ymd(y, m, day) : undefined;
}

/** Western (Gregorian) Easter Sunday: the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(y: number): { m: number; d: number } {
  const a = y % 19,
    b = Math.floor(y / 100),
    c = y % 100,
    d = Math.floor(b / 4),
    e = b % 4,
    f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3),
    h = (19 * a + b - d - g + 15) % 30,
    i = Math.floor(c / 4),
    k = c % 4,
    l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  return { m: Math.floor((h + l - 7 * m + 114) / 31), d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Orthodox Easter Sunday on the Gregorian calendar: the Julian computus (Meeus), shifted by the calendars' gap. */
export function orthodoxEasterSunday(y: number): { m: number; d: number } {
  const a = y % 4,
    b = y % 7,
    c = y % 19,
    d = (19 * c + 15) % 30,
    e = (2 * a + 4 * b - d + 34) % 7;
  const jm = Math.floor((d + e + 114) / 31),
    jd = ((d + e + 114) % 31) + 1;
  // Julian → Gregorian: the gap grows by a day in each century year not divisible by 400.
  const gap = Math.floor(y / 100) - Math.floor(y / 400) - 2;
  const t = new Date(Date.UTC(y, jm - 1, jd + gap));
  return { m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Meteorological seasons, the reader's: the month each begins in. */
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * The season before (dir −1), around (0) or after (1) the reference day: "last summer" / "прошлым летом" in
 * February 2013 is 2012-SU, "next summer" 2013-SU, "this spring" / "этой весной" 2013-SP. Winter spans two years and its label's year is
 * read two ways, so it gets no value.
 */
export function seasonAround(ref: Ref | undefined, season: string, dir: number): string | undefined {
  const start = SEASON_START[season];
  if (!ref || season === 'WI' || !start) return undefined;
  // This year's season runs from its start month for three months.
  const inIt = ref.m >= start && ref.m < start + 3;
  const past = ref.m >= start + 3;
  if (dir === 0) return `${ref.y}-${season}`;
  if (dir > 0) return `${inIt || past ? ref.y + 1 : ref.y}-${season}`;
  return `${past ? ref.y : ref.y - 1}-${season}`;
}
