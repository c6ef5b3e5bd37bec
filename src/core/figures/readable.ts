// A figure's machine value as a reader says it: "more than 700", "£600 million", "Q4 2004", "3 months",
// "Friday 18 July 2025", "56 years". For what people read (hover, Entities view); the sidecar and the
// CLI keep the machine value (ISO 8601, numbers) unchanged. Unknown shapes are shown as they are:
// a value read back wrongly would be worse than the machine text.
import type { Entity, Qualifier } from '../types';

export type ValueFields = Pick<Entity, 'type' | 'value' | 'unit' | 'qualifier' | 'from' | 'to' | 'currency'>;

const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  approx: 'about',
  gt: 'more than',
  gte: 'at least',
  lt: 'less than',
  lte: 'up to',
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SEASONS: Readonly<Record<string, string>> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const HALVES = ['first half', 'second half'];
/** Currencies whose sign readers know, written before the amount; the others keep their ISO code after it. */
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { USD: '$', GBP: '£', EUR: '€', JPY: '¥' };
/** Large round amounts in words, the way news writes them ("£600 million"). */
const SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
const DURATION_UNITS: Readonly<Record<string, [string, string]>> = {
  Y: ['year', 'years'],
  M: ['month', 'months'],
  W: ['week', 'weeks'],
  D: ['day', 'days'],
  C: ['century', 'centuries'],
  DE: ['decade', 'decades'],
  Q: ['quarter', 'quarters'],
};

/** The value in words, or undefined when the entity carries none (names, a date the engine could not place). */
export function readableValue(e: ValueFields): string | undefined {
  let core: string | undefined;
  if (e.from !== undefined || e.to !== undefined) {
    const parts = [e.from !== undefined ? `from ${amount(e.from, e)}` : '', e.to !== undefined ? `to ${amount(e.to, e)}` : ''];
    core = parts.filter(Boolean).join(' ');
  } else if (e.value !== undefined) {
    core = amount(e.value, e);
  }
  if (core === undefined) return undefined;
  if (e.qualifier) core = `${QUALIFIER_WORDS[e.qualifier]} ${core}`;
  // The counted noun stays in the article's words: it is what the figure counts.
  return e.type === 'NUMBER' && e.unit && e.unit !== '%' ? `${core} — ${e.unit}` : core;
}

function amount(v: number | string, e: ValueFields): string {
  if (typeof v === 'string') return e.type === 'DATE' ? readableDate(v) : v;
  switch (e.type) {
    case 'ORDINAL':
      return ordinal(v);
    case 'PERCENT':
      return `${readableNumber(v)}%`;
    case 'AGE':
      return `${readableNumber(v)} ${v === 1 ? 'year' : 'years'}`;
    case 'MONEY': {
      const sign = e.currency ? CURRENCY_SIGNS[e.currency] : undefined;
      if (sign) return `${v < 0 ? '−' : ''}${sign}${readableNumber(Math.abs(v))}`;
      return e.currency ? `${readableNumber(v)} ${e.currency}` : readableNumber(v);
    }
    default:
      return readableNumber(v);
  }
}

/** 600000000 → "600 million", 1234567 → "1,234,567", 2.5 → "2.5", 2/3 → "0.667", 1500 → "1500" (years, counts), 6.02e23 → "6.02 × 10^23". */
export function readableNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const sign = n < 0 ? '−' : '';
  const a = Math.abs(n);
  // Beyond the scale words, or below what three decimals show ("1.6 × 10^-19" is not "0"): as the text wrote it.
  if (a >= 1e15 || (a > 0 && a < 1e-3)) {
    const [mantissa, exp] = a.toExponential().split('e');
    return `${sign}${trim(Number(mantissa))} × 10^${Number(exp)}`;
  }
  for (const [scale, word] of SCALES) {
    const q = a / scale;
    // Only when the words say it exactly: "1.13 billion", not "1.234567 million".
    if (q >= 1 && Math.abs(Math.round(q * 1000) / 1000 - q) < 1e-9) return `${sign}${trim(q)} ${word}`;
  }
  const [int, frac] = trim(a).split('.');
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** At most three decimals, no trailing zeros: 0.6666… → "0.667". */
function trim(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 1000) / 1000);
}

function ordinal(n: number): string {
  const r100 = n % 100;
  const suffix = r100 >= 11 && r100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * An ISO 8601 / TIMEX3 date value in words: "2025-07-18" → "Friday 18 July 2025", "XXXX-07-22" →
 * "22 July", "2004-Q4" → "Q4 2004", "2024-H1" → "first half of 2024", "199X" → "the 1990s",
 * "20" → "the 21st century", "P3M" → "3 months", "XXXX-WXX-5" → "a Friday", "A/B" → "A – B".
 */
export function readableDate(iso: string): string {
  if (iso.includes('/')) return readableInterval(iso);
  if (iso.startsWith('P')) return readableDuration(iso);
  let m = /^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (m) {
    const [, y, mo, d] = m;
    const year = y === 'XXXX' ? '' : y;
    if (!mo) return year || iso;
    const month = MONTHS[Number(mo) - 1];
    if (!month || (d && !(Number(d) >= 1 && Number(d) <= 31))) return iso;
    // The weekday helps a reader check a date against the story ("on Friday").
    const wd = year && d ? WEEKDAYS[(new Date(Date.UTC(Number(year), Number(mo) - 1, Number(d))).getUTCDay() + 6) % 7] : '';
    return [wd, d ? String(Number(d)) : '', month, year].filter(Boolean).join(' ');
  }
  if ((m = /^(\d{4}|XXXX)-(Q[1-4]|H[12]|SP|SU|FA|WI)$/.exec(iso))) {
    const year = m[1] === 'XXXX' ? '' : m[1];
    const part = m[2];
    if (part[0] === 'Q') return year ? `${part} ${year}` : part;
    if (part[0] === 'H') return year ? `${HALVES[Number(part[1]) - 1]} of ${year}` : `the ${HALVES[Number(part[1]) - 1]}`;
    return year ? `${SEASONS[part]} ${year}` : SEASONS[part];
  }
  if ((m = /^(\d{3})X$/.exec(iso))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})$/.exec(iso))) return `the ${ordinal(Number(m[1]) + 1)} century`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(iso))) return `week ${Number(m[2])} of ${m[1]}`;
  if ((m = /^XXXX-WXX-([1-7])$/.exec(iso))) return `a ${WEEKDAYS[Number(m[1]) - 1]}`;
  return iso;
}

/**
 * "A/B" with what both ends share said once, at the end: "2019-02-04/2019-02-06" → "Monday 4 – Wednesday
 * 6 February 2019", "2019-09/2019-12" → "September – December 2019", "2019-W06/2019-W07" → "weeks 6–7
 * of 2019"; ends of other shapes are written in full.
 */
function readableInterval(iso: string): string {
  const ends = iso.split('/');
  if (ends.length !== 2) return ends.map(readableDate).join(' – ');
  const [a, b] = ends;
  let m: RegExpExecArray | null;
  const wa = /^(\d{4})-W(\d{2})$/.exec(a);
  if (wa && (m = /^(\d{4})-W(\d{2})$/.exec(b)) && m[1] === wa[1]) return `weeks ${Number(wa[2])}–${Number(m[2])} of ${m[1]}`;
  const da = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(a);
  const db = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(b);
  if (da && db && !da[3] === !db[3] && da[1] === db[1]) {
    const full = readableDate(a).split(' ');
    // Drop the year from the first end, and the month too when both ends are days of one month.
    full.pop();
    if (da[3] && da[2] === db[2]) full.pop();
    return `${full.join(' ')} – ${readableDate(b)}`;
  }
  return ends.map(readableDate).join(' – ');
}

/** "P3M" → "3 months", "P1Y6M" → "1 year 6 months", "PXM" → "some months", "P2W" → "2 weeks". */
export function readableDuration(iso: string): string {
  const parts = /^P((?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|C|Q))+)$/.exec(iso);
  if (!parts) return iso;
  const out: string[] = [];
  for (const [, n, u] of parts[1].matchAll(/(\d+(?:\.\d+)?|X)(DE|Y|M|W|D|C|Q)/g)) {
    const [one, many] = DURATION_UNITS[u];
    out.push(n === 'X' ? `some ${many}` : `${trim(Number(n))} ${Number(n) === 1 ? one : many}`);
  }
  return out.join(' ');
}
