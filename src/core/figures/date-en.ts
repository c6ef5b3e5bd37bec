// English dates: "July 22", "July 22, 2024", "22 July 2024", "Jan. 5", "February 2025", "in 2014", "the 1990s",
// "mid-2024", "early March", "end of 2000", "last year", "yesterday", "next Tuesday", "three years ago", "two weeks" (P2W).
// Ranges ("2019-2020", "from Nov to March") are joined in date-range-en.ts.
import { View } from './view';
import { Lexicon } from './lexicon';
import { Figure } from './types';
import { parseCore } from './number';
import {
  Ref,
  ymd,
  pad,
  relative,
  shifted,
  weekday,
  weekdayBefore,
  weekdayAfter,
  weekdayAhead,
  dayAhead,
  withYear,
  duration,
  monthAround,
  dayOffset,
  daysInMonth,
  nthWeekdayOfMonth,
  parseRef,
  seasonAround,
  yearPartAround,
} from './date-resolve';
import {
  EN_MONTHS,
  MONTH_ABBREVIATIONS,
  EN_WEEKDAYS,
  EN_SEASONS,
  EN_WEEKDAY_ABBREVIATIONS,
  EN_WORD_LIKE_WEEKDAY_ABBREVIATIONS,
  EN_PERIOD_MODIFIERS,
  EN_PERIOD_PARTS,
} from './tables/months';
import { EN_TIME_UNITS, EN_UNIT_MULTIPLES, Grain } from './tables/time-units';
import { EN_RELATIVE_DAYS, EN_RELATIVE_ADJECTIVES } from './tables/relative-dates';
import {
  EN_YEAR_PREPOSITIONS,
  EN_YEAR_QUALIFIERS,
  EN_RECURRING_WORDS,
  EN_AFTER_QUALIFIED_YEAR,
  EN_MONTH_PREPOSITIONS,
  EN_MONTH_PREPOSITIONS_MORE,
  EN_MONTHS_ALSO_NAMES,
  EN_YEAR_DETERMINERS,
  EN_YEAR_CLOSING_PREPOSITIONS,
  EN_LEVEL_NOUNS,
  EN_FUTURE_CUES,
  EN_COPULAS_AHEAD,
  EN_FUTURE_CLITIC,
  EN_SPELLED_YEAR_BEFORE,
  EN_SPELLED_YEAR_AFTER,
  EN_SHIFT_WORDS,
  EN_SHIFT_FROM_DATE,
  EN_IDES,
  EN_TWO_DIGIT_YEAR_PIVOT,
  EN_PERIOD_ABBREVIATIONS,
} from './tables/date-cues-en';
import { EN_AGE_COMPOUND_TAILS } from './tables/age-en';
import { EN_YEAR_PARTS, EN_QUARTER_LETTER, EN_HALF_LETTER, EN_FISCAL_WORDS, EN_REPORTING_NOUNS, EN_REPORTING_NOUN_REACH } from './tables/periods-en';
import { EN_ORDINALS } from './tables/numerals-en';
import { ageFigure } from './age';
import { yearAt } from './year';
import { parseHolidayEn } from './holiday-en';
import { periodPart, monthThird, weekDays } from './period-part';
import { EN_PART_WORDS, EN_CURRENT_PERIOD_NOUNS, EN_WEEKEND } from './tables/period-parts-en';
import { hyphenParts } from './hyphen-parts';

export { yearAt };

export function monthAt(v: View, j: number, loose = false): { month: number; last: number } | undefined {
  if (j < 0 || v.kind(j) !== 'word') return undefined;
  const w = v.lower[j];
  if (w in EN_MONTHS) return { month: EN_MONTHS[w], last: j };
  const a = MONTH_ABBREVIATIONS[w];
  // "Jan.", "Sept" — capitalized abbreviations only ("mar" and "dec" are words too), unless the caller
  // has a day and a year on both sides ("14 nov 2023").
  return a && /^[a-z]/.test(w) && (loose || v.isUpperInitial(j)) ? { month: a, last: v.dot(j) } : undefined;
}

export function dayAt(v: View, j: number): { day: number; last: number } | undefined {
  if (j < 0 || v.kind(j) !== 'number' || v.toks[j].text.length > 2) return undefined;
  const day = Number(v.toks[j].text);
  if (day < 1 || day > 31) return undefined;
  const s = v.toks[j + 1];
  // "14th", and "14april" (a month glued to its day, as hurried copy writes it: the month is read after it).
  if (s && v.glued(j, j + 1) && s.kind === 'word')
    return /^(st|nd|rd|th)$/i.test(s.text) ? { day, last: j + 1 } : v.lower[j + 1] in EN_MONTHS ? { day, last: j } : undefined;
  return { day, last: j };
}

/** A month name or capitalized abbreviation inside a hyphenated word: "November" in "mid-November". */
export function monthWord(w: string): number | undefined {
  return EN_MONTHS[w] ?? MONTH_ABBREVIATIONS[w];
}

const isPoint = (f: Figure | undefined): f is Figure => !!f && !f.drop && (f.value === undefined || (typeof f.value === 'string' && !f.value.startsWith('P')));

/** "mid-2024", "mid-November", "early March", "late 1990s": the modifier joins the span, the value stays the period's. */
function modified(v: View, i: number, lex: Lexicon, ref: Ref | undefined): Figure | undefined {
  const w = v.lower[i];
  const parts = hyphenParts(w);
  if (parts.length === 2 && EN_PERIOD_MODIFIERS.has(parts[0]) && monthWord(parts[1]) !== undefined) {
    const y = yearAt(v, v.next(i));
    const m = monthWord(parts[1]) as number;
    const month = y ? ymd(y.year, m) : withYear(ref, m);
    const ahead = y ? undefined : monthAround(ref, m, 1, true);
    return {
      first: i,
      last: y ? y.last : i,
      type: 'DATE',
      value: monthThird(parts[0], month) ?? month,
      ahead: ahead && (monthThird(parts[0], ahead) ?? ahead),
    };
  }
  if (!EN_PERIOD_MODIFIERS.has(w)) return undefined;
  let j = v.next(i);
  const hyphen = j === i + 1 && v.toks[j].text === '-';
  if (hyphen) j = v.glued(j, j + 1) ? j + 1 : -1;
  if (j < 0) return undefined;
  const y = yearAt(v, j);
  if (y) return { first: i, last: y.last, type: 'DATE', value: ymd(y.year) };
  const inner = parseDateEnSingle(v, j, lex, ref);
  // "early Tuesday" is a time of day, not a part of a period; only months, years, decades and seasons take it.
  if (!isPoint(inner) || typeof inner.value !== 'string' || /-\d\d-\d\d$/.test(inner.value)) return undefined;
  // A month's third is its days ("late March": 21 to 31); years, decades and seasons keep the period's value.
  return { ...inner, first: i, value: monthThird(w, inner.value) ?? inner.value, ahead: inner.ahead && (monthThird(w, inner.ahead) ?? inner.ahead) };
}

/** The year after a period: "2004", "of 2004"; undefined when none follows token j. */
function yearAfter(v: View, j: number): { year: number; last: number } | undefined {
  const k = v.next(j);
  if (v.is(k, 'of')) return yearAt(v, v.next(k));
  return yearAt(v, k);
}

/**
 * Parts of a year: "the fourth quarter" (XXXX-Q4), "Q4 2004" (2004-Q4), "the first half of 2024"
 * (2024-H1), "fiscal 2024" (2024). Without a year the reference date gives it (yearPartAround: the latest
 * such part begun, the next one in a clause about the future). "fourth quarter of the game" is not a date:
 * "of" must bring a year.
 */
function period(v: View, i: number, lex: Lexicon, ref: Ref | undefined): Figure | undefined {
  const w = v.lower[i];
  // "Q4", "Q4 2004", "H1 2013"
  const letter = w === EN_QUARTER_LETTER ? 'Q' : v.toks[i].text === EN_HALF_LETTER ? 'H' : undefined;
  if (letter && v.kind(i + 1) === 'number' && v.glued(i, i + 1) && (letter === 'Q' ? /^[1-4]$/ : /^[12]$/).test(v.toks[i + 1].text)) {
    if (v.toks[i + 2] && v.glued(i + 1, i + 2) && v.kind(i + 2) !== 'punct') return undefined;
    const y = yearAfter(v, i + 1);
    if (y) return { first: i, last: y.last, type: 'DATE', value: `${ymd(y.year)}-${letter}${v.toks[i + 1].text}` };
    return { first: i, last: i + 1, type: 'DATE', ...yearPartAround(ref, letter, +v.toks[i + 1].text, letter === 'Q' ? 4 : 2) };
  }
  // "fiscal 2024", "fiscal year 2024"
  if (EN_FISCAL_WORDS.has(w)) {
    let k = v.next(i);
    if (v.is(k, 'year')) k = v.next(k);
    const y = yearAt(v, k);
    return y ? { first: i, last: y.last, type: 'DATE', value: ymd(y.year) } : undefined;
  }
  // "third-quarter profit", "first-half sales": one hyphenated word, the ordinal and the part of a year.
  const hyphened = hyphenedPeriod(v, i, ref);
  if (hyphened) return hyphened;
  // "the fourth quarter", "the first half of 2024"
  const core = parseCore(v, i, 'en', lex);
  if (!core || !core.ordinal || (core.digits && core.ending === undefined)) return undefined;
  const u = v.next(core.last);
  const part = u >= 0 ? EN_YEAR_PARTS[v.lower[u]] : undefined;
  if (!part || !Number.isInteger(core.value) || core.value < 1 || core.value > part.count) return undefined;
  const y = yearAfter(v, u);
  if (!y && v.is(v.next(u), 'of')) return undefined;
  if (y) return { first: i, last: y.last, type: 'DATE', value: `${ymd(y.year)}-${part.letter}${core.value}` };
  return { first: i, last: u, type: 'DATE', ...yearPartAround(ref, part.letter, core.value, part.count) };
}

/**
 * "third-quarter profit" (XXXX-Q3), "first-half sales" (XXXX-H1): an ordinal word and a part of a year in one
 * hyphenated modifier, a period where a noun of reporting follows (EN_REPORTING_NOUNS); "a third-quarter goal"
 * is the part of a game. The year comes as for "the fourth quarter".
 */
function hyphenedPeriod(v: View, i: number, ref: Ref | undefined): Figure | undefined {
  const w = v.lower[i];
  // Cheap test first: a word with a hyphen that ends in a part of a year.
  if (v.kind(i) !== 'word' || !(w.endsWith('quarter') || w.endsWith('half'))) return undefined;
  const parts = hyphenParts(w);
  if (parts.length !== 2) return undefined;
  const part = EN_YEAR_PARTS[parts[1]];
  const n = EN_ORDINALS[parts[0]];
  if (!part || n === undefined || !Number.isInteger(n) || n < 1 || n > part.count) return undefined;
  let k = i;
  for (let step = 0; step < EN_REPORTING_NOUN_REACH; step++) {
    k = v.next(k);
    if (k < 0 || v.kind(k) !== 'word') return undefined;
    if (EN_REPORTING_NOUNS.has(v.lower[k])) return { first: i, last: i, type: 'DATE', ...yearPartAround(ref, part.letter, n, part.count) };
  }
  return undefined;
}

/** True where a qualifier that a year preposition opens stands just before token i: "until at least |2030". */
export function qualifiedYear(v: View, i: number): boolean {
  const p = v.prev(i);
  if (p < 0) return false;
  for (const q of EN_YEAR_QUALIFIERS) {
    if (v.lower[p] !== q[q.length - 1]) continue;
    let k = p;
    let ok = true;
    for (let m = q.length - 2; m >= 0 && ok; m--) {
      k = v.prev(k);
      ok = k >= 0 && v.lower[k] === q[m];
    }
    if (ok && EN_YEAR_PREPOSITIONS.has(v.lower[v.prev(k)] ?? '')) return true;
  }
  return false;
}

/** "the 15th century" → "14" (TIMEX3 centuries count from 00). */
function century(v: View, i: number, lex: Lexicon): Figure | undefined {
  const core = parseCore(v, i, 'en', lex);
  if (!core || !core.ordinal || !Number.isInteger(core.value) || core.value < 1 || core.value > 22) return undefined;
  const u = v.next(core.last);
  return v.is(u, 'century') ? { first: i, last: u, type: 'DATE', value: pad(core.value - 1) } : undefined;
}

/** A month named on its own or relative to the reference: "October", "October 2014", "(the) next month". */
function monthTarget(v: View, j: number, ref: Ref | undefined): { y?: number; m: number; last: number } | undefined {
  if (v.is(j, 'the')) j = v.next(j);
  const mo = monthAt(v, j);
  if (mo && (v.lower[j] !== 'may' || v.isUpperInitial(j))) {
    const y = yearAt(v, v.next(mo.last));
    return y ? { y: y.year, m: mo.month, last: y.last } : { y: ref?.y, m: mo.month, last: mo.last };
  }
  const off = EN_RELATIVE_ADJECTIVES[v.lower[j]];
  const u = v.next(j);
  if (off === undefined || !v.is(u, 'month')) return undefined;
  const r = relative(ref, 'M', off);
  return { y: r ? +r.slice(0, 4) : undefined, m: r ? +r.slice(5, 7) : 0, last: u };
}

/**
 * Days named inside a month or week: "the second Friday of next month", "last Friday in October",
 * "the last day of October 2015", "the 20th of this month", "Wednesday of next week".
 */
function dayInPeriod(v: View, i: number, lex: Lexicon, ref: Ref | undefined): Figure | undefined {
  const w = v.lower[i];
  // Cheap test first (this runs at every number and number word): "of" or "in" within the next four tokens.
  let look = i;
  for (let k = 0; k < 4 && look >= 0; k++) {
    look = v.next(look);
    if (look >= 0 && (v.lower[look] === 'of' || v.lower[look] === 'in')) break;
  }
  if (look < 0 || (v.lower[look] !== 'of' && v.lower[look] !== 'in')) return undefined;
  let n: number | undefined;
  let k: number;
  if (w === 'last') {
    n = -1;
    k = v.next(i);
  } else {
    const core = parseCore(v, i, 'en', lex);
    if (!core || !Number.isInteger(core.value) || core.value < 1 || core.value > 31 || (!core.ordinal && v.kind(i) !== 'number')) return undefined;
    n = core.value;
    k = v.next(core.last);
    // "the 20th of this month", "20 of next month": a day of a month relative to the reference.
    if (v.is(k, 'of') && v.kind(v.next(k)) === 'word') {
      const t = monthTarget(v, v.next(k), ref);
      if (t && !monthAt(v, v.next(k))) {
        return { first: i, last: t.last, type: 'DATE', value: t.m && n <= daysInMonth(t.y ?? 2000, t.m) ? ymd(t.y, t.m, n) : undefined };
      }
    }
    // "the third day of October": any day of the month; other ordinals of a weekday or week stop at five.
    if (!core.ordinal || (n > 5 && !(v.is(k, 'day') && v.is(v.next(k), 'of')))) return undefined;
  }
  if (k < 0) return undefined;
  const wd = EN_WEEKDAYS[v.lower[k]];
  const of = v.next(k);
  if (wd !== undefined && v.is(of, 'of', 'in')) {
    const t = monthTarget(v, v.next(of), ref);
    if (!t) return undefined;
    return { first: i, last: t.last, type: 'DATE', value: t.y && t.m ? nthWeekdayOfMonth(t.y, t.m, wd, n) : undefined };
  }
  // "the first week of October", "the last week of March 2014": the month's days 1-7, 8-14, … or its last
  // seven (a reader's week of a month, not an ISO week: those cross the month's edges).
  if (v.is(k, 'week') && v.is(of, 'of') && (n === -1 || n <= 4)) {
    const t = monthTarget(v, v.next(of), ref);
    if (!t) return undefined;
    if (!t.y || !t.m) return { first: i, last: t.last, type: 'DATE' };
    const dim = daysInMonth(t.y, t.m);
    const [a, b] = n === -1 ? [dim - 6, dim] : [7 * (n - 1) + 1, 7 * n];
    return { first: i, last: t.last, type: 'DATE', value: `${ymd(t.y, t.m, a)}/${ymd(t.y, t.m, b)}` };
  }
  // "the last day of October", "the first day of next month", "the third day of October"
  if (v.is(k, 'day') && v.is(of, 'of')) {
    const t = monthTarget(v, v.next(of), ref);
    if (!t) return undefined;
    const day = t.y && t.m ? (n === -1 ? daysInMonth(t.y, t.m) : n) : 0;
    return { first: i, last: t.last, type: 'DATE', value: day && day <= daysInMonth(t.y!, t.m) ? ymd(t.y, t.m, day) : undefined };
  }
  return undefined;
}

/** "Sunday after next": the weekday a week after the coming one ("the Sunday after next" on a Tuesday is 12 days on). */
function weekdayAfterNext(v: View, i: number, ref: Ref | undefined): Figure | undefined {
  const a = v.next(i);
  const n = v.next(a);
  if (!v.is(a, 'after') || !v.is(n, 'next')) return undefined;
  const first = weekdayAfter(ref, EN_WEEKDAYS[v.lower[i]]);
  return { first: i, last: n, type: 'DATE', value: ref ? dayOffset(+first.slice(0, 4), +first.slice(5, 7), +first.slice(8, 10), 7) : undefined };
}

/** "sundays", "Fridays": a weekday in the plural; its ISO number. */
function pluralWeekday(v: View, j: number): number | undefined {
  if (j < 0 || v.kind(j) !== 'word' || !v.lower[j].endsWith('s')) return undefined;
  return EN_WEEKDAYS[v.lower[j].slice(0, -1)];
}

/** "Wednesday of this week", "Friday of next week": the weekday inside the ISO week the phrase names. */
function weekdayOfWeek(v: View, i: number, ref: Ref | undefined): Figure | undefined {
  const wd = EN_WEEKDAYS[v.lower[i]];
  const of = v.next(i);
  if (wd === undefined) return undefined;
  // "Wednesday of next week", "Sunday from last week", and "Wednesday next week" with nothing between.
  let j = v.is(of, 'of', 'from') ? v.next(of) : of;
  if (v.is(j, 'the')) j = v.next(j);
  const off = EN_RELATIVE_ADJECTIVES[v.lower[j]];
  const u = v.next(j);
  if (off === undefined || !v.is(u, 'week')) return undefined;
  if (!ref) return { first: i, last: u, type: 'DATE' };
  const cur = new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay() || 7;
  return { first: i, last: u, type: 'DATE', value: dayOffset(ref.y, ref.m, ref.d, 7 * off + wd - cur) };
}

/** "the month", "week" after a part ("the end of the month"): the current period. */
function currentPeriod(v: View, j: number, ref: Ref | undefined): Figure | undefined {
  const k = v.is(j, 'the') ? v.next(j) : j;
  const grain = k >= 0 ? EN_CURRENT_PERIOD_NOUNS[v.lower[k]] : undefined;
  if (!grain) return undefined;
  return { first: j, last: k, type: 'DATE', value: relative(ref, grain === 'week' ? 'W' : grain === 'month' ? 'M' : 'Y', 0) };
}

/** "P3D" after "next" (dir 1) or "last" (-1): the 3 whole days after (before) the reference day, as "A/B". */
function unitsAround(ref: Ref | undefined, dur: string, dir: number): string | undefined {
  const m = /^P(\d+)([YMWD])$/.exec(dur);
  if (!ref || !m) return undefined;
  const n = +m[1];
  const grain = m[2] as 'Y' | 'M' | 'W' | 'D';
  if (n < 1 || n > 1000) return undefined;
  const [a, b] = dir > 0 ? [1, n] : [-n, -1];
  return `${relative(ref, grain, a)}/${relative(ref, grain, b)}`;
}

/**
 * "two days from now", "three weeks from today", "a week from tomorrow", "in five days' time": the day
 * that many units after the day named (now/today: the reference). `u` is the unit's token; the figure
 * returned ends after the phrase and starts at u (the caller sets the start). A bare "in five days" stays
 * a duration: "prices rose 5% in two weeks" is a stretch of time, not a date.
 */
function unitsLater(v: View, i: number, u: number, ref: Ref | undefined, grain: Grain, n: number): Figure | undefined {
  if (grain === 'C' || grain === 'Q' || grain === 'DEC' || !Number.isInteger(n)) return undefined;
  const nx = v.next(u);
  if (v.is(nx, 'from')) {
    const k = v.next(nx);
    const base = v.is(k, 'now') ? 0 : k >= 0 ? EN_RELATIVE_DAYS[v.lower[k]] : undefined;
    if (base === undefined) return undefined;
    const from = ref && base ? parseRef(dayOffset(ref.y, ref.m, ref.d, base)) : ref;
    return { first: u, last: k, type: 'DATE', value: shifted(from, grain, n) };
  }
  const inAt = v.prev(i);
  if (!v.is(inAt, 'in')) return undefined;
  // "in five days' time", "in a week's time", "in a week’s time"
  if (nx >= 0 && v.glued(u, nx) && /^['’]s?$/.test(v.toks[nx].text)) {
    const k = v.next(nx);
    return v.is(k, 'time') ? { first: u, last: k, type: 'DATE', value: shifted(ref, grain, n) } : undefined;
  }
  // "the vote is in two weeks", "talks will resume in three days", "a ruling is due in two months": the future
  // said by the words just before "in" makes it a point ahead; without them it stays a stretch of time.
  return futureBefore(v, inAt) ? { first: u, last: u, type: 'DATE', value: shifted(ref, grain, n) } : undefined;
}

/** The days of a stretch of n days (grain D) or weeks (W) that starts on `day` ("YYYY-MM-DD"), as "A/B". */
export function stretchFrom(day: string, grain: Grain, n: number): string | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(day);
  if (!m || (grain !== 'D' && grain !== 'W') || !Number.isInteger(n) || n < 1 || n > 366) return undefined;
  return `${day}/${dayOffset(+m[1], +m[2], +m[3], n * (grain === 'W' ? 7 : 1) - 1)}`;
}

/**
 * "for 10 days from 18 December": a stretch of days or weeks from a named day, its days as an interval (18 to
 * 27 December: ten days, the first one counted). The span starts at "for", behind the number that leads.
 */
function stretchFromDate(v: View, i: number, u: number, lex: Lexicon, ref: Ref | undefined, grain: Grain, n: number): Figure | undefined {
  const f = v.prev(i);
  const from = v.next(u);
  if (!v.is(f, 'for') || !v.is(from, 'from')) return undefined;
  const k = v.next(from);
  if (k < 0 || v.lower[k] in EN_RELATIVE_DAYS || v.is(k, 'now')) return undefined;
  const d = parseDateEn(v, k, lex, ref);
  const value = d && !d.drop && typeof d.value === 'string' ? stretchFrom(d.value, grain, n) : undefined;
  return d && value ? { first: f, last: d.last, type: 'DATE', value } : undefined;
}

/**
 * "two days after Christmas", "a week before 5 May 2014": a duration (its unit at token u), "after"/"before",
 * and a date that names a day: that day shifted by the duration. Other dates ("a year after 2001") keep the
 * duration. The figure returned starts at u (the caller sets the start).
 */
function shiftFromDate(v: View, u: number, lex: Lexicon, ref: Ref | undefined, grain: Grain, n: number): Figure | undefined {
  const w = v.next(u);
  const dir = w >= 0 ? EN_SHIFT_FROM_DATE[v.lower[w]] : undefined;
  if (!dir || (grain !== 'D' && grain !== 'W')) return undefined;
  const k = v.next(w);
  // "a day after tomorrow" is no English phrase of a date ("the day after tomorrow" is read at "tomorrow").
  if (k < 0 || v.lower[k] in EN_RELATIVE_DAYS) return undefined;
  const d = parseDateEn(v, k, lex, ref);
  const day = d && !d.drop && typeof d.value === 'string' ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(d.value) : null;
  if (!d || !day) return undefined;
  return { first: u, last: d.last, type: 'DATE', value: dayOffset(+day[1], +day[2], +day[3], dir * n * (grain === 'W' ? 7 : 1)) };
}

/**
 * Whether the clause before token `at` speaks of the future: "is"/"are" right before it ("the vote is in two
 * weeks"), or a future word within three words before it with no punctuation between ("will resume in",
 * "is due in", "is expected back in"; tables/date-cues-en.ts).
 */
function futureBefore(v: View, at: number): boolean {
  let k = v.prev(at);
  if (k >= 0 && EN_COPULAS_AHEAD.has(v.lower[k])) return true;
  for (let n = 0; n < 3 && k >= 0 && v.kind(k) === 'word'; n++, k = v.prev(k))
    if (EN_FUTURE_CUES.has(v.lower[k]) || EN_FUTURE_CLITIC.test(v.lower[k])) return true;
  return false;
}

export function parseDateEn(v: View, i: number, lex: Lexicon, ref: Ref | undefined): Figure | undefined {
  const t = v.toks[i];
  if (t.kind === 'word') {
    const h = parseHolidayEn(v, i, ref, lex) ?? weekdayOfWeek(v, i, ref);
    if (h) return h;
    // Two rare words: asked only where the token is one of them.
    const rare = v.lower[i] === EN_IDES.word ? ides(v, i, ref) : EN_PERIOD_ABBREVIATIONS_LOWER.has(v.lower[i]) ? periodAbbreviation(v, i, ref) : undefined;
    if (rare) return rare;
  }
  if (t.kind === 'word' || t.kind === 'number') {
    const d = dayInPeriod(v, i, lex, ref);
    if (d) return d;
  }
  if (t.kind === 'word' || t.kind === 'number') {
    const p = period(v, i, lex, ref);
    if (p) return p;
  }
  if (t.kind === 'word') {
    const m = modified(v, i, lex, ref);
    if (m) return m;
    // "this past Wednesday", "this coming week": "this" only reinforces the adjective after it.
    const a = v.next(i);
    if (v.lower[i] === 'this' && a >= 0 && (EN_RELATIVE_ADJECTIVES[v.lower[a]] ?? 0) !== 0) {
      const f = parseDateEnSingle(v, a, lex, ref);
      if (f) return { ...f, first: i };
    }
    // "end of 2000", "the beginning of next week", "the end of the month": the part joins the span; the value
    // is that part of the period (period-part.ts) where the table has one ("the middle of": the period's).
    if (EN_PERIOD_PARTS.has(v.lower[i]) && v.is(a, 'of')) {
      const f = parseDateEnSingle(v, v.next(a), lex, ref) ?? currentPeriod(v, v.next(a), ref);
      if (isPoint(f) && typeof f.value === 'string' && !/-\d\d-\d\d$/.test(f.value)) {
        const part = EN_PART_WORDS[v.lower[i]];
        const ahead = f.ahead && ((part && periodPart(part, f.ahead)) ?? f.ahead);
        return { ...f, first: i, value: (part && periodPart(part, f.value)) ?? f.value, ahead };
      }
    }
    // "the past three months", "the next two days": the adjective joins the span, and with a reference
    // date the value is the whole units before or after the current one ("next 3 days" on a Tuesday:
    // Wednesday to Friday); without one, the duration.
    const dir = EN_RELATIVE_ADJECTIVES[v.lower[i]] ?? 0;
    if (dir !== 0 && a >= 0) {
      const f = parseDateEnSingle(v, a, lex, ref);
      if (f && !f.drop && typeof f.value === 'string' && f.value.startsWith('P')) return { ...f, first: i, value: unitsAround(ref, f.value, dir) ?? f.value };
    }
    // "Tue May 9", "Fri., Jan. 3": an abbreviated weekday only before a full date, or an ordinal day ("Mon, 15th").
    if (v.lower[i] in EN_WEEKDAY_ABBREVIATIONS && v.isUpperInitial(i)) {
      let k = v.next(v.dot(i));
      if (k >= 0 && v.toks[k].text === ',') k = v.next(k);
      const d = k >= 0 ? parseDateEnSingle(v, k, lex, ref) : undefined;
      if (d && typeof d.value === 'string' && /^(\d{4}|XXXX)-\d\d-\d\d$/.test(d.value)) return { ...d, first: i };
      const dayOnly = k >= 0 ? weekdayAndDay(v, k, ref, EN_WEEKDAY_ABBREVIATIONS[v.lower[i]]) : undefined;
      if (dayOnly) return { first: i, last: dayOnly.last, type: 'DATE', value: dayOnly.value };
    }
    const alone = abbreviatedWeekday(v, i, ref);
    if (alone) return alone;
  }
  if (t.kind === 'number') {
    const c = century(v, i, lex);
    if (c) return c;
  }
  return parseDateEnSingle(v, i, lex, ref);
}

/** The period abbreviations in lower case, for a quick test before the case-sensitive table. */
const EN_PERIOD_ABBREVIATIONS_LOWER: ReadonlySet<string> = new Set(Object.keys(EN_PERIOD_ABBREVIATIONS).map((w) => w.toLowerCase()));

/** "the Ides of March", "the ides of May 44": the 15th (March, May, July, October) or the 13th of the month. */
function ides(v: View, i: number, ref: Ref | undefined): Figure | undefined {
  if (v.lower[i] !== EN_IDES.word) return undefined;
  const of = v.next(i);
  if (!v.is(of, 'of')) return undefined;
  const mo = monthAt(v, v.next(of), true);
  if (!mo) return undefined;
  const day = EN_IDES.lateMonths.has(mo.month) ? EN_IDES.late : EN_IDES.early;
  const y = yearAt(v, v.next(mo.last));
  return { first: i, last: y ? y.last : mo.last, type: 'DATE', value: y ? ymd(y.year, mo.month, day) : withYear(ref, mo.month, day) };
}

/** "by EOD", "EOY", "the BOM": the part of the current period the abbreviation names (tables/date-cues-en.ts). */
function periodAbbreviation(v: View, i: number, ref: Ref | undefined): Figure | undefined {
  const a = EN_PERIOD_ABBREVIATIONS[v.toks[i].text];
  if (!a) return undefined;
  // In a line of capitals ("BOY, 5, RESCUED") the letters are a word: look at the nearest words of the line.
  const wordNear = (step: (k: number) => number): number => {
    let k = step(i);
    for (let n = 0; n < 4 && k >= 0 && v.kind(k) !== 'word'; n++) k = step(k);
    return k >= 0 && v.kind(k) === 'word' ? k : -1;
  };
  const shouting = (k: number) => k >= 0 && v.toks[k].text.length > 1 && v.toks[k].text === v.toks[k].text.toUpperCase();
  if (shouting(wordNear((k) => v.prev(k))) || shouting(wordNear((k) => v.next(k)))) return undefined;
  const [part, grain] = a;
  const period = relative(ref, grain, 0);
  return { first: i, last: i, type: 'DATE', value: grain === 'D' || !period ? period : (periodPart(part, period) ?? period) };
}

/**
 * "on Mon.", "by Thurs.", "tue.": an abbreviated weekday alone, read as its full name is, only with its dot; the
 * abbreviations that are words in lower case ("sat.", "sun.", "wed.") only with a capital, and "the Sun." is a paper.
 */
function abbreviatedWeekday(v: View, i: number, ref: Ref | undefined): Figure | undefined {
  const wd = EN_WEEKDAY_ABBREVIATIONS[v.lower[i]];
  const dot = v.dot(i);
  if (wd === undefined || dot === i) return undefined;
  if (!v.isUpperInitial(i) && EN_WORD_LIKE_WEEKDAY_ABBREVIATIONS.has(v.lower[i])) return undefined;
  if (v.is(v.prev(i), 'the')) return undefined;
  return { first: i, last: dot, type: 'DATE', value: weekday(ref, wd), ahead: weekdayAhead(ref, wd) };
}

/**
 * A year in words after "in"/"since"/"year": "two thousand nineteen" (one number of 1000-2100) or "nineteen
 * ninety-five" (two numbers read in pairs: 15-20, then 10-99; "in eleven twenty" is more likely a time), where
 * nothing it could count follows.
 */
function spelledYearAt(v: View, i: number, lex: Lexicon): { year: number; last: number } | undefined {
  if (v.kind(i) !== 'word' || !EN_SPELLED_YEAR_BEFORE.has(v.lower[v.prev(i)] ?? '')) return undefined;
  const c = parseCore(v, i, 'en', lex);
  if (!c || c.digits || c.ordinal || !Number.isInteger(c.value)) return undefined;
  let year: number | undefined;
  let last = c.last;
  if (c.value >= 1000 && c.value <= 2100) year = c.value;
  else if (c.value >= 15 && c.value <= 20 && c.last === i) {
    const d = parseCore(v, v.next(i), 'en', lex);
    if (d && !d.digits && !d.ordinal && Number.isInteger(d.value) && d.value >= 10 && d.value <= 99) {
      year = c.value * 100 + d.value;
      last = d.last;
    }
  }
  const after = v.next(last);
  if (year === undefined || (after >= 0 && v.kind(after) === 'word' && !EN_SPELLED_YEAR_AFTER.has(v.lower[after]))) return undefined;
  return { year, last };
}

/**
 * "Monday the 18th", "Thursday 15th": a weekday and a day of the month without the month. The month is the one
 * nearest the reference (up to half a year either way) whose day falls on that weekday; none without a reference.
 */
function weekdayAndDay(v: View, k: number, ref: Ref | undefined, wd: number): { last: number; value: string | undefined } | undefined {
  const j = v.is(k, 'the') ? v.next(k) : k;
  const d = dayAt(v, j);
  // An ordinal day only ("Monday 18" may be a count), and no month or "of" after it (read by the date grammar).
  if (!d || d.last === j || v.is(v.next(d.last), 'of') || monthAt(v, v.next(d.last))) return undefined;
  if (!ref) return { last: d.last, value: undefined };
  for (let n = 0; n <= 6; n++) {
    for (const off of n ? [n, -n] : [0]) {
      const t = new Date(Date.UTC(ref.y, ref.m - 1 + off, 1));
      const y = t.getUTCFullYear(),
        m = t.getUTCMonth() + 1;
      if (d.day > daysInMonth(y, m)) continue;
      if ((new Date(Date.UTC(y, m - 1, d.day)).getUTCDay() || 7) === wd) return { last: d.last, value: ymd(y, m, d.day) };
    }
  }
  return { last: d.last, value: undefined };
}

/**
 * After a month: "the 13th" (digits with their suffix after "the") or "third", "the twenty-first" (an ordinal word,
 * where no word it could rank follows: the closed words a year in words may stand before).
 */
function ordinalDayAt(v: View, j: number, lex: Lexicon): { day: number; last: number } | undefined {
  const the = v.is(j, 'the');
  const k = the ? v.next(j) : j;
  if (k < 0) return undefined;
  if (the) {
    const d = dayAt(v, k);
    if (d && d.last !== k) return d;
  }
  if (v.kind(k) !== 'word') return undefined;
  const c = parseCore(v, k, 'en', lex);
  if (!c || !c.ordinal || c.digits || !Number.isInteger(c.value) || c.value < 1 || c.value > 31) return undefined;
  // "March first-quarter results", "in March, second place": an ordinal word before what it ranks is no day.
  const after = v.next(c.last);
  return after >= 0 && v.kind(after) === 'word' && !EN_SPELLED_YEAR_AFTER.has(v.lower[after]) ? undefined : { day: c.value, last: c.last };
}

/** The ISO weekday `wd` of the reference's week (Monday to Sunday). */
function weekdayOfRefWeek(ref: Ref | undefined, wd: number): string {
  if (!ref) return weekday(ref, wd);
  const cur = new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay() || 7;
  return dayOffset(ref.y, ref.m, ref.d, wd - cur);
}

/** "and a half" right after token u: the index of "half", or -1. */
function andAHalf(v: View, u: number): number {
  const a = v.next(u);
  const b = v.next(a);
  const h = v.next(b);
  return v.is(a, 'and') && v.is(b, 'a') && v.is(h, 'half') ? h : -1;
}

function parseDateEnSingle(v: View, i: number, lex: Lexicon, ref: Ref | undefined): Figure | undefined {
  const t = v.toks[i];
  const date = (last: number, value: string | undefined, extra: Partial<Figure> = {}): Figure => ({ first: i, last, type: 'DATE', value, ...extra });
  const w0 = v.lower[i];

  // Month [day][, year] / Month year.
  const mo = monthAt(v, i);
  if (mo && (v.lower[i] !== 'may' || v.isUpperInitial(i))) {
    const dj = v.next(mo.last);
    // "February 13", "February the 13th", "March third": digits, or an ordinal after "the" or in words.
    const d = dayAt(v, dj) ?? ordinalDayAt(v, dj, lex);
    if (d) {
      let k = v.next(d.last);
      if (k >= 0 && v.toks[k].text === ',') k = v.next(k);
      const y = yearAt(v, k);
      return y ? date(y.last, ymd(y.year, mo.month, d.day)) : date(d.last, withYear(ref, mo.month, d.day), { ahead: dayAhead(ref, mo.month, d.day) });
    }
    // "June 1992", "April of 1987"
    const y = yearAt(v, dj) ?? (v.is(dj, 'of') ? yearAt(v, v.next(dj)) : undefined);
    if (y) return date(y.last, ymd(y.year, mo.month));
    // "March after next": a year after the coming March.
    if (v.isUpperInitial(i) && v.is(dj, 'after') && v.is(v.next(dj), 'next')) {
      const coming = monthAround(ref, mo.month, 1, false);
      return date(v.next(dj), ref ? ymd(+coming.slice(0, 4) + 1, mo.month) : coming);
    }
    const before = v.lower[v.prev(i)] ?? '';
    if (v.isUpperInitial(i) && (EN_MONTH_PREPOSITIONS.has(before) || (EN_MONTH_PREPOSITIONS_MORE.has(before) && !EN_MONTHS_ALSO_NAMES.has(v.lower[i])))) {
      // "since November" looks back from the reference date ("last March" is read at "last").
      if (v.is(v.prev(i), 'since')) return date(mo.last, monthAround(ref, mo.month, -1, true));
      return date(mo.last, withYear(ref, mo.month), { ahead: monthAround(ref, mo.month, 1, true) });
    }
  }

  // "12:30 december": digits glued to a colon before them are the minutes of a time.
  if (t.kind === 'number' && v.glued(i - 1, i) && v.toks[i - 1].text === ':' && v.glued(i - 2, i - 1) && v.kind(i - 2) === 'number') return undefined;
  if (t.kind === 'number') {
    // Day Month [Year]: "22 July 2024".
    const d = dayAt(v, i);
    if (d) {
      let j = v.next(d.last);
      if (v.is(j, 'of')) j = v.next(j);
      const lm = monthAt(v, j, true);
      const m2 = monthAt(v, j) ?? (lm && yearAt(v, v.next(lm.last)) ? lm : undefined);
      if (m2) {
        // "13 February 2014", "13 February, 2014" (after a comma only where no word follows the year: "On 13 February,
        // 1500 people marched" counts people).
        let k = v.next(m2.last);
        const comma = k >= 0 && v.toks[k].text === ',';
        if (comma) k = v.next(k);
        let y = yearAt(v, k);
        if (y && comma && v.kind(v.next(y.last)) === 'word') y = undefined;
        return y ? date(y.last, ymd(y.year, m2.month, d.day)) : date(m2.last, withYear(ref, m2.month, d.day), { ahead: dayAhead(ref, m2.month, d.day) });
      }
    }
    // "13-Feb-2014": day, month and year joined by hyphens (tables and datelines).
    {
      const n = v.toks;
      const g = (a: number) => v.glued(a, a + 1);
      // "31/Oct/1974" likewise, with slashes.
      const sep = n[i + 1]?.text;
      const mo =
        n[i + 4] && t.text.length <= 2 && g(i) && (sep === '-' || sep === '/') && g(i + 1) && g(i + 2) && n[i + 3].text === sep && g(i + 3)
          ? monthAt(v, i + 2, true)
          : undefined;
      const day = +t.text;
      if (mo && mo.last === i + 2 && n[i + 4].kind === 'number' && n[i + 4].text.length === 4 && day >= 1 && day <= daysInMonth(+n[i + 4].text, mo.month))
        return date(i + 4, ymd(+n[i + 4].text, mo.month, day));
    }
    // YYYY-MM-DD, MM/DD/YYYY.
    const n = v.toks;
    if (n[i + 4] && [1, 2, 3, 4].every((k) => v.glued(i + k - 1, i + k)) && n[i + 2].kind === 'number' && n[i + 4].kind === 'number') {
      // Not inside a longer chain of digits and dashes ("10-1-2018-10-7-2018").
      const chained = v.glued(i - 1, i) && v.toks[i - 1].text === '-' && v.glued(i - 2, i - 1) && v.kind(i - 2) === 'number';
      if (n[i + 1].text === '-' && n[i + 3].text === '-' && t.text.length === 4 && !chained) {
        const m = +n[i + 2].text,
          dd = +n[i + 4].text;
        if (m >= 1 && m <= 12 && dd >= 1 && dd <= 31) return date(i + 4, ymd(+t.text, m, dd));
      }
      if (n[i + 1].text === '/' && n[i + 3].text === '/' && n[i + 4].text.length === 4) {
        let m = +t.text,
          dd = +n[i + 2].text;
        if (m > 12) [m, dd] = [dd, m];
        if (m >= 1 && m <= 12 && dd >= 1 && dd <= 31) return date(i + 4, ymd(+n[i + 4].text, m, dd));
      }
      // "10/31/74": a two-digit year (EN_TWO_DIGIT_YEAR_PIVOT), only where the day is above 12 or equals the month, so
      // month and day cannot be read the other way round, and nothing more is glued on ("1/2/3", fractions, versions).
      if (n[i + 1].text === '/' && n[i + 3].text === '/' && n[i + 4].text.length === 2 && t.text.length <= 2 && n[i + 2].text.length <= 2) {
        const [a, b] = [+t.text, +n[i + 2].text];
        const [m, dd] = a > 12 ? [b, a] : [a, b];
        const yy = +n[i + 4].text;
        const more = n[i + 5] && v.glued(i + 4, i + 5) && /^[-–/.\d\w]/.test(n[i + 5].text) && !(n[i + 5].text === '.' && v.kind(i + 6) !== 'number');
        const before = v.toks[i - 1] && v.glued(i - 1, i) && /^[-–/.\d\w]/.test(v.toks[i - 1].text);
        if (!more && !before && (Math.max(a, b) > 12 || a === b) && m >= 1 && m <= 12 && dd >= 1 && dd <= 31)
          return date(i + 4, ymd(yy < EN_TWO_DIGIT_YEAR_PIVOT ? 2000 + yy : 1900 + yy, m, dd));
      }
      // "15.02.2013": with dots the day comes first, in every country that writes dates so; not inside a longer
      // chain of dotted numbers (an address "10.1.15.2013").
      const dotted = (a: number, b: number) => v.glued(a, b) && n[b]?.text === '.' && v.glued(b, b + 1) && v.kind(b + 1) === 'number';
      if (n[i + 1].text === '.' && n[i + 3].text === '.' && n[i + 4].text.length === 4 && t.text.length <= 2 && n[i + 2].text.length <= 2) {
        const dd = +t.text,
          m = +n[i + 2].text;
        const chain = (i >= 2 && dotted(i - 2, i - 1)) || dotted(i + 4, i + 5);
        if (!chain && m >= 1 && m <= 12 && dd >= 1 && dd <= daysInMonth(+n[i + 4].text, m)) return date(i + 4, ymd(+n[i + 4].text, m, dd));
      }
    }
    // "on 2/15": month and day after "on" (an American date without its year), not a fraction of something
    // ("on 1/3 of the land") and not inside a longer chain of digits.
    if (
      v.is(v.prev(i), 'on') &&
      t.text.length <= 2 &&
      n[i + 2] &&
      n[i + 1].text === '/' &&
      v.glued(i, i + 1) &&
      v.glued(i + 1, i + 2) &&
      n[i + 2].kind === 'number' &&
      n[i + 2].text.length <= 2 &&
      !(n[i + 3] && v.glued(i + 2, i + 3) && /^[-–/.\d\w]/.test(n[i + 3].text)) &&
      !v.is(v.next(i + 2), 'of')
    ) {
      const [m, dd] = [+t.text, +n[i + 2].text];
      if (m >= 1 && m <= 12 && dd >= 1 && dd <= daysInMonth(ref?.y ?? 2000, m)) return date(i + 2, withYear(ref, m, dd));
    }
    // "2014-10": ISO 8601 year and month. Two digits after a year are also a span of years ("2009-10",
    // the 2009/10 season, in date-range-en.ts): read as a month only where that span would run backwards
    // ("2014-10") or stand still ("2012-12"), and not as part of a longer chain ("2014-10-05", "2014-10-3").
    if (
      t.text.length === 4 &&
      n[i + 2] &&
      n[i + 1].text === '-' &&
      v.glued(i, i + 1) &&
      v.glued(i + 1, i + 2) &&
      n[i + 2].kind === 'number' &&
      n[i + 2].text.length === 2 &&
      !(n[i + 3] && v.glued(i + 2, i + 3) && /^[-–/.\d\w]/.test(n[i + 3].text)) &&
      !(v.glued(i - 1, i) && /^[-–/.\d]/.test(v.toks[i - 1]?.text ?? ''))
    ) {
      const y = +t.text;
      const m = +n[i + 2].text;
      if (y >= 1800 && y <= 2100 && m >= 1 && m <= 12 && m <= y % 100) return date(i + 2, ymd(y, m));
    }
    // "the 1990s", "1990s".
    if (t.text.length === 4 && v.toks[i + 1]?.text === 's' && v.glued(i, i + 1) && +t.text % 10 === 0) return date(i + 1, t.text.slice(0, 3) + 'X');
    // "the '90s", "the ’60s": a decade with its century cut off (the apostrophe joins the span). '30s to '90s are
    // the 1900s', '00s and '10s the 2000s'; the '20s are a hundred years apart in two kinds of story: no value.
    if (
      t.text.length === 2 &&
      +t.text % 10 === 0 &&
      v.toks[i + 1]?.text === 's' &&
      v.glued(i, i + 1) &&
      /^['’]$/.test(v.toks[i - 1]?.text ?? '') &&
      v.glued(i - 1, i)
    ) {
      const d = +t.text / 10;
      return { first: i - 1, last: i + 1, type: 'DATE', value: d === 2 ? undefined : `${d >= 3 ? 19 : 20}${d}X` };
    }
    const y = yearAt(v, i);
    if (y && y.year >= 1800 && y.year <= 2100) {
      const before = v.lower[v.prev(i)] ?? '';
      const after = v.next(y.last);
      // "1996 first-half net profit": the year before a hyphenated period is that period's year.
      const part = after >= 0 ? hyphenedPeriod(v, after, undefined) : undefined;
      if (part && typeof part.value === 'string') return date(part.last, `${ymd(y.year)}${part.value.slice(4)}`);
      if (EN_YEAR_PREPOSITIONS.has(before)) return date(y.last, ymd(y.year));
      // "until at least 2030": the qualifier joins the span where quantity.ts reads it (qualifiedYear).
      if (qualifiedYear(v, i) && (after < 0 || v.kind(after) !== 'word' || EN_AFTER_QUALIFIED_YEAR.has(v.lower[after]))) return date(y.last, ymd(y.year));
      // "For 2005, …"; "its 2003 performance", "the 2024 election".
      if (EN_YEAR_CLOSING_PREPOSITIONS.has(before) && (after < 0 || /^[,.;:)]$/.test(v.toks[after].text))) return date(y.last, ymd(y.year));
      if (EN_YEAR_DETERMINERS.has(before) && after >= 0 && v.kind(after) === 'word' && !v.glued(y.last, after) && !EN_LEVEL_NOUNS.has(v.lower[after]))
        return date(y.last, ymd(y.year));
    }
  }

  // "in a week's time": the possessive is one token.
  if ((w0 === 'a' || w0 === 'an') && v.is(v.prev(i), 'in') && v.is(v.next(v.next(i)), 'time')) {
    const pos = /^(\w+)['’]s$/.exec(v.lower[v.next(i)] ?? '');
    const grain = pos ? EN_TIME_UNITS[pos[1]] : undefined;
    if (grain && grain !== 'C' && grain !== 'Q' && grain !== 'DEC') return date(v.next(v.next(i)), shifted(ref, grain, EN_UNIT_MULTIPLES[pos![1]] ?? 1));
  }
  // "a week ago", "a year ago": the article is one unit; "a week from today" likewise.
  if ((w0 === 'a' || w0 === 'an') && EN_TIME_UNITS[v.lower[v.next(i)]]) {
    const grain = EN_TIME_UNITS[v.lower[v.next(i)]];
    // "a fortnight": two weeks
    const one = EN_UNIT_MULTIPLES[v.lower[v.next(i)]] ?? 1;
    if (grain !== 'C' && grain !== 'Q' && grain !== 'DEC') {
      // "a year and a half (ago)": one unit and a half.
      const half = andAHalf(v, v.next(i));
      if (half >= 0) {
        const dir = EN_SHIFT_WORDS[v.lower[v.next(half)]];
        return dir ? date(v.next(half), shifted(ref, grain, 1.5 * one * dir)) : date(half, duration(1.5 * one, grain));
      }
      const dir = EN_SHIFT_WORDS[v.lower[v.next(v.next(i))]];
      if (dir) return date(v.next(v.next(i)), shifted(ref, grain, dir * one));
      const stretch = stretchFromDate(v, i, v.next(i), lex, ref, grain, one);
      if (stretch) return stretch;
      const later = unitsLater(v, i, v.next(i), ref, grain, one) ?? shiftFromDate(v, v.next(i), lex, ref, grain, one);
      if (later) return { ...later, first: i };
    }
  }
  const spelled = spelledYearAt(v, i, lex);
  if (spelled) return date(spelled.last, ymd(spelled.year));
  // Durations and shifts: "three years ago", "two weeks", "in five days".
  const core = t.kind === 'number' || t.kind === 'word' ? parseCore(v, i, 'en', lex) : undefined;
  // "a 56-year-old": digits glued to the age word.
  if (core && core.digits && core.glued !== undefined && EN_AGE_COMPOUND_TAILS.has(core.glued) && Number.isInteger(core.value))
    return ageFigure(i, core.last, core.value);
  // A fraction of a unit is a duration too ("1.5 years", "two and a half weeks ago"); ages stay whole years.
  if (core && !core.ordinal && !core.plain4 && core.value > 0) {
    const u = v.next(core.last);
    const grain = u >= 0 ? EN_TIME_UNITS[v.lower[u]] : undefined;
    const whole = Number.isInteger(core.value);
    if (grain && grain !== 'C' && grain !== 'Q' && (whole || grain !== 'DEC')) {
      const n = core.value * (EN_UNIT_MULTIPLES[v.lower[u]] ?? 1);
      const nx = v.next(u);
      const dir = nx >= 0 ? EN_SHIFT_WORDS[v.lower[nx]] : undefined;
      if (dir) return date(nx, shifted(ref, grain, dir * n));
      const stretch = whole ? stretchFromDate(v, i, u, lex, ref, grain, n) : undefined;
      if (stretch) return stretch;
      const later = unitsLater(v, i, u, ref, grain, n) ?? (whole ? shiftFromDate(v, u, lex, ref, grain, n) : undefined);
      if (later) return { ...later, first: i };
      // "52 years old", "a 52-year-old": an age.
      if (v.is(nx, 'old') || v.is(u + 1, '-') || v.lower[u].endsWith('-old')) return whole ? ageFigure(i, v.is(nx, 'old') ? nx : u, core.value) : undefined;
      return date(u, duration(n, grain));
    }
  }
  // "two Sundays from now": the second of the coming Sundays.
  if (core && !core.ordinal && Number.isInteger(core.value) && core.value >= 1 && core.value <= 10) {
    const wd = pluralWeekday(v, v.next(core.last));
    const from = wd ? v.next(v.next(core.last)) : -1;
    const now = v.is(from, 'from') ? v.next(from) : -1;
    if (wd && now >= 0 && (v.is(now, 'now') || EN_RELATIVE_DAYS[v.lower[now]] === 0)) {
      const first = weekdayAfter(ref, wd);
      return date(now, ref ? dayOffset(+first.slice(0, 4), +first.slice(5, 7), +first.slice(8, 10), 7 * (core.value - 1)) : undefined);
    }
  }
  // "4th of July 1995", "the second of Aug": an ordinal day, "of", a month.
  if (core && core.ordinal && Number.isInteger(core.value) && core.value >= 1 && core.value <= 31 && v.is(v.next(core.last), 'of')) {
    const m2 = monthAt(v, v.next(v.next(core.last)));
    if (m2) {
      let k = v.next(m2.last);
      if (v.is(k, 'of') || (k >= 0 && v.toks[k].text === ',')) k = v.next(k);
      const y = yearAt(v, k);
      return y
        ? date(y.last, ymd(y.year, m2.month, core.value))
        : date(m2.last, withYear(ref, m2.month, core.value), { ahead: dayAhead(ref, m2.month, core.value) });
    }
  }
  if (t.kind !== 'word') return undefined;
  const w = v.lower[i];
  // "Tuesday, March 7", "Monday 21 July 2025": the weekday belongs to the date after it.
  // Full weekday names in any case ("tuesday the 19th"): no other English word is spelled so.
  if (w in EN_WEEKDAYS) {
    let k = v.next(i);
    if (k >= 0 && v.toks[k].text === ',') k = v.next(k);
    // "Friday, Saturday and Sunday": a weekday after it starts a list of days (weekday-ranges.ts), no date of its own.
    const d = k >= 0 && !(v.lower[k] in EN_WEEKDAYS) ? parseDateEnSingle(v, k, lex, ref) : undefined;
    if (d && typeof d.value === 'string' && /^(\d{4}|XXXX)-\d\d-\d\d$/.test(d.value)) return date(d.last, d.value, { ahead: d.ahead });
    const dayOnly = weekdayAndDay(v, k, ref, EN_WEEKDAYS[w]);
    if (dayOnly) return date(dayOnly.last, dayOnly.value);
  }
  if (w in EN_RELATIVE_DAYS) {
    // "the day after tomorrow", "the day before yesterday": one more day the same way. The span starts at
    // "day" (behind this token, which leads): "the" before it ends no figure, so nothing is overlapped.
    const by = v.prev(i);
    const day = v.prev(by);
    const off = EN_RELATIVE_DAYS[w];
    // Without its article only where nothing comes before "day" ("Day after tomorrow, the talks resume"): "a day after
    // tomorrow" is no such phrase.
    const lead = v.prev(day);
    if (
      v.is(day, 'day') &&
      (v.is(lead, 'the') || lead < 0 || v.kind(lead) === 'punct') &&
      ((off === 1 && v.is(by, 'after')) || (off === -1 && v.is(by, 'before')))
    )
      return { first: day, last: i, type: 'DATE', value: relative(ref, 'D', 2 * off) };
    return date(i, relative(ref, 'D', off));
  }
  if (w in EN_RELATIVE_ADJECTIVES) {
    const u = v.next(i);
    // "next fortnight" is no calendar period: a multiple of a unit is read only as a count.
    const grain = u >= 0 && !EN_UNIT_MULTIPLES[v.lower[u]] ? EN_TIME_UNITS[v.lower[u]] : undefined;
    // "the last day of the month", "on the last day": the final day of something, not yesterday.
    if (grain === 'D' && w === 'last') return undefined;
    if (grain && grain !== 'DEC') return date(u, relative(ref, grain, EN_RELATIVE_ADJECTIVES[w]));
    const wd = u >= 0 ? EN_WEEKDAYS[v.lower[u]] : undefined;
    // Full weekday names in any case ("next monday"): no other English word is spelled so.
    if (wd) {
      // "last Friday" is strictly before the reference day, "next Friday" strictly after it.
      const off = EN_RELATIVE_ADJECTIVES[w];
      // "this Friday" is that day of the reference's week (on a Tuesday, the coming Friday; "this Monday", yesterday).
      return date(u, off < 0 ? weekdayBefore(ref, wd) : off > 0 ? weekdayAfter(ref, wd) : weekdayOfRefWeek(ref, wd));
    }
    // "next summer", "last autumn", "this spring": the season before, around or after the reference day.
    // ("the next fall in prices" is a drop: "fall" before a preposition is no season.)
    const fallNoun = v.lower[u] === 'fall' && v.is(v.next(u), 'in', 'of', 'to', 'from', 'by');
    if (u >= 0 && v.lower[u] in EN_SEASONS && !fallNoun && !yearAt(v, v.next(u)))
      return date(u, seasonAround(ref, EN_SEASONS[v.lower[u]], EN_RELATIVE_ADJECTIVES[w]));
    // "the week after next", "the month after next": two units on. The span starts at the unit, behind
    // this token ("next" leads): "the" before it ends no figure.
    if (w === 'next' && v.is(v.prev(i), 'after')) {
      const unit = v.prev(v.prev(i));
      const g = unit >= 0 && !EN_UNIT_MULTIPLES[v.lower[unit]] ? EN_TIME_UNITS[v.lower[unit]] : undefined;
      if (g && (g === 'W' || g === 'M' || g === 'Y') && v.is(v.prev(unit), 'the')) return { first: unit, last: i, type: 'DATE', value: relative(ref, g, 2) };
    }
    // "this weekend", "last weekend": Saturday and Sunday of the week before, of or after the reference's.
    if (v.is(u, EN_WEEKEND.word)) {
      const week = relative(ref, 'W', EN_RELATIVE_ADJECTIVES[w]);
      return date(u, week ? weekDays(week, EN_WEEKEND.days) : undefined);
    }
    // "last March" looks back from the reference date, "next January" ahead, "this June" is this year's.
    const m = u >= 0 && v.isUpperInitial(u) ? monthAt(v, u) : undefined;
    if (m && !yearAt(v, v.next(m.last))) {
      const off = EN_RELATIVE_ADJECTIVES[w];
      return date(m.last, off < 0 ? monthAround(ref, m.month, -1, false) : off > 0 ? monthAround(ref, m.month, 1, false) : withYear(ref, m.month));
    }
  }
  if (w in EN_WEEKDAYS) {
    // "every Thursday": a day each week, no single date to give (TIMEX3 sets have no value shape here).
    const p = v.prev(i);
    if (p >= 0 && EN_RECURRING_WORDS.has(v.lower[p])) return { first: p, last: i, type: 'DATE' };
    const later = weekdayAfterNext(v, i, ref);
    if (later) return later;
    return date(i, weekday(ref, EN_WEEKDAYS[w]), { ahead: weekdayAhead(ref, EN_WEEKDAYS[w]) });
  }
  if (w in EN_SEASONS && !v.isUpperInitial(i)) {
    const y = yearAt(v, v.next(i)) ?? (v.is(v.next(i), 'of') ? yearAt(v, v.next(v.next(i))) : undefined);
    if (y) return date(y.last, `${y.year}-${EN_SEASONS[w]}`);
  }
  return undefined;
}
