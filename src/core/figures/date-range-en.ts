// English date ranges read as one span: "2019-2020", "2019–20", "Jan-Feb 2017", "from 2014 to 2018",
// "between 2007 and 2009", "Nov 18 2014-Dec 19 2015". The value is an ISO 8601 interval "2019/2020".
import { View } from './view';
import { Lexicon } from './lexicon';
import { Figure } from './types';
import { Ref, ymd } from './date-resolve';
import { parseDateEn, monthAt, monthWord, yearAt, dayAt, stretchFrom } from './date-en';
import { EN_TIME_UNITS, EN_UNIT_MULTIPLES } from './tables/time-units';
import { parseCore } from './number';
import { RANGE_DASHES } from './tables/qualifiers';
import { EN_RANGE_JOINERS } from './tables/date-cues-en';
import { seasonYearsAt } from './season-years';
import { hyphenParts } from './hyphen-parts';

/** Openers and the joiners each accepts; a bare range takes a dash or "to"/"through". */
const OPENERS: Readonly<Record<string, ReadonlySet<string>>> = {
  from: new Set([...EN_RANGE_JOINERS, ...RANGE_DASHES]),
  between: new Set(['and']),
};
const BARE_JOINERS: ReadonlySet<string> = new Set([...EN_RANGE_JOINERS, ...RANGE_DASHES]);

const pointValue = (f: Figure | undefined): string | undefined =>
  f && !f.drop && typeof f.value === 'string' && /^(\d{4}|XXXX)(-|$)/.test(f.value) ? f.value : undefined;

/** An interval whose end comes before its start ("Christmas to today" in February) is no range. */
function backwards(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return !a.includes('X') && !b.includes('X') && b.slice(0, n) < a.slice(0, n);
}

/** A glued dash between two tokens: "2019-2020", not "2019 - 2020" minus signs in tables. */
const gluedDash = (v: View, a: number, b: number) => b === a + 1 && !!v.toks[b] && RANGE_DASHES.has(v.toks[b].text);

/** "2019-2020", "2019–20": two years joined by a dash, the second later and within a century. */
function yearSpan(v: View, i: number): Figure | undefined {
  const y1 = yearAt(v, i);
  if (!y1 || y1.year < 1800 || y1.year > 2100 || !v.toks[i + 2] || !gluedDash(v, i, i + 1) || !v.glued(i + 1, i + 2)) return undefined;
  // Part of a longer chain of digits and dashes ("10-1-2018-10-7-2018", phone numbers): not a year range.
  const before = v.toks[i - 1];
  if (before && v.glued(i - 1, i) && /^[-–/.\d]/.test(before.text)) return undefined;
  const t2 = v.toks[i + 2];
  if (t2.kind !== 'number' || (t2.text.length !== 2 && t2.text.length !== 4)) return undefined;
  const after = v.toks[i + 3];
  if (after && v.glued(i + 2, i + 3) && /^[-–/.\d\w]/.test(after.text)) return undefined;
  const y2 = t2.text.length === 4 ? +t2.text : Math.floor(y1.year / 100) * 100 + +t2.text;
  if (y2 <= y1.year || y2 - y1.year > 100) return undefined;
  return { first: i, last: i + 2, type: 'DATE', value: `${ymd(y1.year)}/${ymd(y2)}` };
}

/** "Jan-Feb 2017", "from Nov to March": two months, an optional shared year. */
function monthSpan(v: View, i: number, ref: Ref | undefined, joiners: ReadonlySet<string>): Figure | undefined {
  let m1: number | undefined, m2: number | undefined, last: number;
  const parts = v.toks[i].kind === 'word' ? hyphenParts(v.lower[i]) : [];
  if (parts.length === 2 && v.isUpperInitial(i) && monthWord(parts[0]) && monthWord(parts[1])) {
    [m1, m2, last] = [monthWord(parts[0]), monthWord(parts[1]), i];
  } else {
    const a = monthAt(v, i);
    if (!a || !v.isUpperInitial(i)) return undefined;
    const j = v.next(a.last);
    if (j < 0 || !joiners.has(v.lower[j])) return undefined;
    const b = monthAt(v, v.next(j));
    if (!b || !v.isUpperInitial(v.next(j))) return undefined;
    [m1, m2, last] = [a.month, b.month, b.last];
  }
  if (!m1 || !m2) return undefined;
  const y = yearAt(v, v.next(last));
  // "from Nov to March": a range that wraps ends in the following year.
  const y1 = y ? y.year : ref?.y;
  const y2 = y1 === undefined ? undefined : m2 < m1 ? y1 + 1 : y1;
  const value = `${ymd(y1, m1)}/${ymd(y2, m2)}`;
  return { first: i, last: y ? y.last : last, type: 'DATE', value };
}

const FULL_DAY = /^(\d{4}|XXXX)-\d\d-(\d\d)$/;

/** A joiner at token j of a range whose first end ends at token a: a dash glued or spaced alike on both sides, or a word. */
function joinerAt(v: View, a: number, j: number, joiners: ReadonlySet<string>): boolean {
  if (j < 0 || !joiners.has(v.lower[j])) return false;
  return !RANGE_DASHES.has(v.toks[j].text) || (!!v.toks[j + 1] && v.glued(a, j) === v.glued(j, j + 1));
}

/** "12-16 September", "from the 13 to 15 July 2013", "19th to 21st Aug": a first day that takes its month and year from the second. */
function dayRange(v: View, i: number, lex: Lexicon, ref: Ref | undefined, joiners: ReadonlySet<string>): Figure | undefined {
  const s = v.is(i, 'the') ? v.next(i) : i;
  const d1 = s >= 0 ? dayAt(v, s) : undefined;
  if (!d1) return undefined;
  const j = v.next(d1.last);
  if (!joinerAt(v, d1.last, j, joiners)) return undefined;
  let k = v.next(j);
  if (v.is(k, 'the')) k = v.next(k);
  const b = k >= 0 && v.kind(k) === 'number' ? parseDateEn(v, k, lex, ref) : undefined;
  const m = b && !b.drop && typeof b.value === 'string' ? FULL_DAY.exec(b.value) : null;
  if (!b || !m || +m[2] <= d1.day) return undefined;
  const from = `${(b.value as string).slice(0, -2)}${String(d1.day).padStart(2, '0')}`;
  return { first: i, last: b.last, type: 'DATE', value: `${from}/${b.value}` };
}

/** "August 27th - 29th": a full date, a joiner, a later day of the same month. */
function toDayOfMonth(v: View, a: Figure, joiners: ReadonlySet<string>): Figure | undefined {
  const m = typeof a.value === 'string' ? FULL_DAY.exec(a.value) : null;
  const j = v.next(a.last);
  if (!m || !joinerAt(v, a.last, j, joiners)) return undefined;
  const d2 = dayAt(v, v.next(j));
  if (!d2 || d2.day <= +m[2] || monthAt(v, v.next(d2.last), true) || yearAt(v, v.next(d2.last))) return undefined;
  // "10/1/2018-10/7/2018": digits that go on ("10/7") are another date, not a day.
  const after = v.toks[d2.last + 1];
  if (after && v.glued(d2.last, d2.last + 1) && /^[/\-–.:]$/.test(after.text) && v.kind(d2.last + 2) === 'number' && v.glued(d2.last + 1, d2.last + 2))
    return undefined;
  return { first: a.first, last: d2.last, type: 'DATE', value: `${a.value}/${(a.value as string).slice(0, -2)}${String(d2.day).padStart(2, '0')}` };
}

/** "from 18 December for 10 days": after a day, "for" and a count of days or weeks, the stretch's days (date-en.ts stretchFrom). */
function stretchAfter(v: View, a: Figure, lex: Lexicon): Figure | undefined {
  const f = v.next(a.last);
  if (!v.is(f, 'for') || typeof a.value !== 'string') return undefined;
  const c = parseCore(v, v.next(f), 'en', lex);
  const u = c && !c.ordinal && Number.isInteger(c.value) ? v.next(c.last) : -1;
  const grain = u >= 0 ? EN_TIME_UNITS[v.lower[u]] : undefined;
  const value = grain ? stretchFrom(a.value, grain, c!.value * (EN_UNIT_MULTIPLES[v.lower[u]] ?? 1)) : undefined;
  return value ? { first: a.first, last: u, type: 'DATE', value } : undefined;
}

/** A date or a range of two; undefined when no date starts at token i. */
export function parseDateRangeEn(v: View, i: number, lex: Lexicon, ref: Ref | undefined): Figure | undefined {
  const opener = OPENERS[v.lower[i]];
  const start = opener ? v.next(i) : i;
  if (start < 0) return undefined;
  const joiners = opener ?? BARE_JOINERS;
  const ys = yearSpan(v, start);
  if (ys) return { ...ys, first: i };
  const season = seasonYearsAt(v, start);
  if (season) return { first: i, last: season.last, type: 'DATE', value: `${season.from}/${season.to}` };
  const ms = monthSpan(v, start, ref, joiners);
  if (ms) return { ...ms, first: i };
  const dr = dayRange(v, start, lex, ref, joiners);
  if (dr) return { ...dr, first: i };
  // Inside "from … to …" / "between … and …" a bare year needs no preposition of its own.
  const pointAt = (j: number): Figure | undefined => {
    if (j < 0) return undefined;
    const f = parseDateEn(v, j, lex, ref);
    if (f || !opener) return f;
    const y = yearAt(v, j);
    return y && y.year >= 1800 && y.year <= 2100 ? { first: j, last: y.last, type: 'DATE', value: ymd(y.year) } : undefined;
  };
  const a = pointAt(start);
  const stretch = a && opener === OPENERS.from ? stretchAfter(v, a, lex) : undefined;
  if (stretch) return { ...stretch, first: i };
  const toDay = a ? toDayOfMonth(v, a, joiners) : undefined;
  if (toDay) return { ...toDay, first: i };
  const av = pointValue(a);
  if (a && av) {
    const j = v.next(a.last);
    // A dash joins when it is glued on both sides or spaced on both sides ("2014 - 2018"), not "2014 -2018".
    const dashOk = (k: number) => !RANGE_DASHES.has(v.toks[k].text) || (!!v.toks[k + 1] && v.glued(a.last, k) === v.glued(k, k + 1));
    if (j >= 0 && joiners.has(v.lower[j]) && dashOk(j)) {
      const b = pointAt(v.next(j));
      const bv = pointValue(b);
      // Without an opener both ends must be dates of one shape ("2014 to 2018", not "2019 to 28 June").
      const shape = (x: string) => x.replace(/\d/g, '9');
      if (b && bv && (opener || shape(av) === shape(bv)) && !backwards(av, bv)) return { first: i, last: b.last, type: 'DATE', value: `${av}/${bv}` };
    }
  }
  return opener ? undefined : a;
}
