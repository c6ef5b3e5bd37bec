// Value accuracy: turns each gold source's resolution (Duckling, Recognizers-Text, natasha) into
// what newsmark would print for the same phrase, and compares. Shapes a newsmark entity cannot
// express (relative ordinals "last", durations, date intervals with times) are reported as
// unsupported rather than silently counted right or wrong.
import { PredEntity } from './gold';
import { GOLD_CURRENCY_NAMES } from './currency-names';

export type Expected =
  | { kind: 'number'; value: number }
  | { kind: 'money'; amount?: number; from?: number; to?: number; codes: readonly string[] }
  | { kind: 'date'; accept: string[] }
  | { kind: 'unsupported'; reason: string };

/** The newsmark entity type that answers each pair-file kind. */
export const PAIR_KIND_TYPES: Readonly<Record<string, string>> = {
  number: 'NUMBER',
  ordinal: 'ORDINAL',
  percent: 'PERCENT',
  money: 'MONEY',
  date: 'DATE',
};

/**
 * Figures whose value also answers a gold mention of another type, for value accuracy only (span F1
 * still counts the type). Recognizers-Text marks the number inside an amount ("I want to earn [$2000]",
 * "[3 hundred and 21] yuan") as a NUMBER; newsmark reads the whole amount as MONEY (or PERCENT) with
 * that number as its value. The prediction of the gold's own type is preferred when there is one.
 */
export const VALUE_STAND_INS: Readonly<Record<string, readonly string[]>> = {
  NUMBER: ['PERCENT', 'MONEY'],
};

type Json = Record<string, unknown>;

function num(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const unsupported = (reason: string): Expected => ({ kind: 'unsupported', reason });

function money(currency: unknown, amounts: { amount?: unknown; from?: unknown; to?: unknown }): Expected {
  if (typeof currency !== 'string') return unsupported('money without a currency');
  const named = GOLD_CURRENCY_NAMES[currency];
  let codes: readonly string[];
  let scale = 1;
  if (named) {
    codes = named.codes;
    scale = named.scale ?? 1;
  } else if (/^[A-Z]{3}$/.test(currency)) {
    codes = [currency];
  } else {
    return unsupported(`unknown currency name ${JSON.stringify(currency)}`);
  }
  const scaled = (v: unknown) => (num(v) === undefined ? undefined : num(v)! * scale);
  const e: Expected = { kind: 'money', codes, amount: scaled(amounts.amount), from: scaled(amounts.from), to: scaled(amounts.to) };
  if (e.amount === undefined && e.from === undefined && e.to === undefined) return unsupported('money without an amount');
  return e;
}

/** Duckling's "2013-02-18T00:00:00.000-02:00" at grain "day" → "2013-02-18" (the local calendar day). */
function ducklingTime(value: unknown, grain: unknown): string[] | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(value)) return undefined;
  const day = value.slice(0, 10);
  switch (grain) {
    case 'year':
      return [value.slice(0, 4)];
    case 'quarter':
      return [`${value.slice(0, 4)}-Q${Math.floor((Number(value.slice(5, 7)) - 1) / 3) + 1}`];
    case 'month':
      return [value.slice(0, 7)];
    case 'week':
      return [day, isoWeek(day)];
    case 'day':
      return [day];
    case 'hour':
      return [value.slice(0, 13)];
    case 'minute':
      return [value.slice(0, 16)];
    case 'second':
      return [value.slice(0, 19)];
    default:
      return undefined;
  }
}

function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  // The Thursday of the same Monday-based week decides the ISO year and week number.
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const INTERVAL_GRAINS = new Set(['year', 'month', 'week', 'day']);

/**
 * Duckling's interval ["from", "to") with an exclusive end, at a calendar grain, → newsmark's inclusive
 * ISO interval "A/B" at that grain ("14 - 15.10.18" → "2018-10-14/2018-10-15", "следующие 3 года" →
 * "2014/2016"). Intervals of hours and minutes have no newsmark form.
 */
function ducklingInterval(from: unknown, to: unknown, grain: unknown): string[] | undefined {
  if (typeof grain !== 'string' || !INTERVAL_GRAINS.has(grain) || typeof from !== 'string' || typeof to !== 'string') return undefined;
  if (!/^\d{4}-\d\d-\d\d/.test(from) || !/^\d{4}-\d\d-\d\d/.test(to)) return undefined;
  const d = new Date(`${to.slice(0, 10)}T00:00:00Z`);
  if (grain === 'year') d.setUTCFullYear(d.getUTCFullYear() - 1);
  else if (grain === 'month') d.setUTCMonth(d.getUTCMonth() - 1);
  else d.setUTCDate(d.getUTCDate() - (grain === 'week' ? 7 : 1));
  const last = d.toISOString();
  const a = ducklingTime(from, grain);
  const b = ducklingTime(last, grain);
  if (!a || !b) return undefined;
  return a.map((x, i) => `${x}/${b[i]}`);
}

function pad2(n: unknown): string | undefined {
  return typeof n === 'number' && Number.isInteger(n) ? String(n).padStart(2, '0') : undefined;
}

/** A pair file's (kind, value) → what newsmark should output. */
export function expectedFromPair(kind: string, value: unknown): Expected {
  switch (kind) {
    case 'number':
    case 'ordinal':
    case 'percent': {
      const n = num(value);
      return n === undefined ? unsupported(`${kind} value is not a number`) : { kind: 'number', value: n };
    }
    case 'money':
      return isObj(value) ? money(value.currency, value) : unsupported('money value is not an object');
    case 'date': {
      if (!isObj(value)) return unsupported('date value is not an object');
      if (value.type === 'value') {
        const accept = ducklingTime(value.value, value.grain);
        if (accept) return { kind: 'date', accept };
        return unsupported(
          typeof value.value === 'string' && value.value.startsWith('-') ? 'date before the year 1' : `date grain ${JSON.stringify(value.grain)}`,
        );
      }
      if (value.type === 'interval') {
        const accept = ducklingInterval(value.from, value.to, value.grain);
        return accept
          ? { kind: 'date', accept }
          : unsupported(value.from && value.to ? `date interval at grain ${JSON.stringify(value.grain)}` : 'open date interval');
      }
      // natasha: {year?, month?, day?}
      const y = typeof value.year === 'number' ? String(value.year) : undefined;
      const m = pad2(value.month);
      const d = pad2(value.day);
      if (y && m && d) return { kind: 'date', accept: [`${y}-${m}-${d}`] };
      if (y && m) return { kind: 'date', accept: [`${y}-${m}`] };
      if (y && !d) return { kind: 'date', accept: [y] };
      if (m && d) return { kind: 'date', accept: [`XXXX-${m}-${d}`] };
      return unsupported('date without year, month or day');
    }
    default:
      return unsupported(`no newsmark type for kind '${kind}'`);
  }
}

/** A span file's entity value (Recognizers-Text resolutions) → what newsmark should output. */
export function expectedFromSpanValue(type: string, value: unknown): Expected {
  if (typeof value === 'number') return { kind: 'number', value };
  if (!isObj(value)) return unsupported('value is not an object');
  switch (type) {
    case 'NUMBER':
    case 'PERCENT': {
      const raw = typeof value.value === 'string' ? value.value.replace(/%$/, '') : value.value;
      const n = num(raw);
      return n === undefined ? unsupported(`${type} value ${JSON.stringify(value.value)}`) : { kind: 'number', value: n };
    }
    case 'ORDINAL': {
      if (value.relativeTo !== undefined && value.relativeTo !== 'start') return unsupported('relative ordinal');
      const n = num(value.offset ?? value.value);
      return n === undefined ? unsupported('ordinal without a number') : { kind: 'number', value: n };
    }
    case 'MONEY':
      return money(value.isoCurrency ?? value.unit, { amount: value.value });
    case 'DATE': {
      const values = Array.isArray(value.values) ? (value.values as unknown[]).filter(isObj) : [];
      const accept = new Set<string>();
      for (const v of values) {
        for (const s of [v.timex, v.value]) if (typeof s === 'string' && /^[\dX]{4}(-[\dXWQ]+)*$/.test(s)) accept.add(s);
      }
      return accept.size ? { kind: 'date', accept: [...accept] } : unsupported('date range or time');
    }
    default:
      return unsupported(`no value comparison for type ${type}`);
  }
}

function near(a: number | undefined, b: unknown): boolean {
  const n = num(b);
  return a !== undefined && n !== undefined && Math.abs(a - n) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(n));
}

export function valueMatches(exp: Expected, p: PredEntity): boolean {
  switch (exp.kind) {
    case 'number':
      return near(exp.value, p.value);
    case 'date':
      return typeof p.value === 'string' && exp.accept.includes(p.value);
    case 'money': {
      if (exp.codes.length && !(typeof p.currency === 'string' && exp.codes.includes(p.currency))) return false;
      if (exp.amount !== undefined) return near(exp.amount, p.value);
      const q = p.qualifier;
      const fromOk = exp.from === undefined || near(exp.from, p.from) || (exp.to === undefined && near(exp.from, p.value) && (q === 'gt' || q === 'gte'));
      const toOk = exp.to === undefined || near(exp.to, p.to) || (exp.from === undefined && near(exp.to, p.value) && (q === 'lt' || q === 'lte'));
      return fromOk && toOk;
    }
    case 'unsupported':
      return false;
  }
}
