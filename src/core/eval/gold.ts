// Reads one line of a gold file (span or pair format, see ../shared/eval/README.md) or of a
// prediction file (`newsmark extract --jsonl` output). Never throws: a bad line yields a message
// that the caller prints with the line number, because users score their own, hand-made gold.
import { Lang } from '../types';
import { isIsoDate } from '../refdate';
import { mapGoldType } from './type-map';

export interface GoldEntity {
  start: number;
  end: number;
  type: string;
  optional: boolean;
  /** The name part of a mention with descriptors (factRuEval): [start, end). */
  core?: [number, number];
  /** The source's own resolution, in the source's own shape. */
  value?: unknown;
}

export interface SpanDoc {
  kind: 'span';
  id: string;
  lang?: Lang;
  text: string;
  refDate?: string;
  entities: GoldEntity[];
}

export interface PairItem {
  kind: 'pair';
  id: string;
  lang?: Lang;
  text: string;
  refDate?: string;
  /** number, ordinal, money, date, duration, percent … */
  pairKind: string;
  value: unknown;
}

export type GoldItem = SpanDoc | PairItem;

export interface PredEntity {
  start: number;
  end: number;
  type: string;
  value?: unknown;
  currency?: string;
  qualifier?: string;
  from?: unknown;
  to?: unknown;
}

export interface PredDoc {
  id: string;
  entities: PredEntity[];
}

export type Parsed<T> = { ok: T } | { error: string };

type Json = Record<string, unknown>;

function parseObject(line: string): Parsed<Json> {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    return { error: `not JSON (${(e as Error).message})` };
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { error: 'not a JSON object' };
  return { ok: v as Json };
}

function idOf(o: Json, lineNo: number): Parsed<string> {
  if (o.id === undefined || o.id === null) return { ok: `line ${lineNo}` };
  if (typeof o.id === 'string' || typeof o.id === 'number') return { ok: String(o.id) };
  return { error: '"id" must be a string or a number' };
}

function langOf(o: Json): Parsed<Lang | undefined> {
  if (o.lang === undefined || o.lang === null) return { ok: undefined };
  if (o.lang === 'ru' || o.lang === 'en') return { ok: o.lang };
  return { error: `"lang" must be "ru" or "en", got ${JSON.stringify(o.lang)}` };
}

/** Duckling/Recognizers give a reference *time*; the engine needs the calendar day it falls on there. */
function refDateOf(o: Json): Parsed<string | undefined> {
  const r = o.ref_date ?? o.ref_time;
  if (r === undefined || r === null) return { ok: undefined };
  const day = typeof r === 'string' ? r.slice(0, 10) : '';
  if (!isIsoDate(day)) return { error: `"ref_date"/"ref_time" must start with YYYY-MM-DD, got ${JSON.stringify(r)}` };
  return { ok: day };
}

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

function spanFault(e: Json, textLength: number): string | undefined {
  if (!isOffset(e.start) || !isOffset(e.end)) return '"start" and "end" must be non-negative integers';
  if (e.start >= e.end || e.end > textLength) return `span ${e.start}-${e.end} is empty or outside the text (length ${textLength})`;
  if (typeof e.type !== 'string' || e.type === '') return '"type" must be a non-empty string';
  return undefined;
}

/** The line's JSON object and its id (the line number when it has none): how every line of either file starts. */
function objectWithId(line: string, lineNo: number): Parsed<{ o: Json; id: string }> {
  const p = parseObject(line);
  if ('error' in p) return p;
  const id = idOf(p.ok, lineNo);
  if ('error' in id) return id;
  return { ok: { o: p.ok, id: id.ok } };
}

export function parseGoldLine(line: string, lineNo: number): Parsed<GoldItem> {
  const head = objectWithId(line, lineNo);
  if ('error' in head) return head;
  const { o, id } = head.ok;
  if (typeof o.text !== 'string') return { error: 'missing "text" (a string)' };
  const lang = langOf(o);
  if ('error' in lang) return lang;
  const refDate = refDateOf(o);
  if ('error' in refDate) return refDate;
  const text = o.text;
  const base = { id, lang: lang.ok, text, refDate: refDate.ok };
  if (Array.isArray(o.entities)) {
    const entities: GoldEntity[] = [];
    for (let i = 0; i < o.entities.length; i++) {
      const e = o.entities[i] as Json;
      const where = `entity #${i + 1}`;
      if (typeof e !== 'object' || e === null) return { error: `${where} is not an object` };
      const fault = spanFault(e, text.length);
      if (fault) return { error: `${where}: ${fault}` };
      const [start, end] = [e.start as number, e.end as number];
      if (e.text !== undefined && e.text !== text.slice(start, end)) {
        return {
          error: `${where}: "text" ${JSON.stringify(e.text)} differs from text.slice(${start}, ${end}) = ${JSON.stringify(text.slice(start, end))} (offsets must be UTF-16 code units)`,
        };
      }
      const g: GoldEntity = { start, end, type: mapGoldType(e.type as string), optional: e.optional === true };
      if (e.core_span !== undefined) {
        const c = e.core_span;
        if (!Array.isArray(c) || c.length !== 2 || !isOffset(c[0]) || !isOffset(c[1]) || c[0] < start || c[1] > end || c[0] >= c[1]) {
          return { error: `${where}: "core_span" must be [s, e] inside the entity's span ${start}-${end}` };
        }
        g.core = [c[0], c[1]];
      }
      if (e.value !== undefined) g.value = e.value;
      entities.push(g);
    }
    return { ok: { kind: 'span', ...base, entities } };
  }
  if (o.entities !== undefined) return { error: '"entities" must be an array' };
  if (typeof o.kind === 'string') {
    if (o.value === undefined) return { error: 'pair line without "value"' };
    return { ok: { kind: 'pair', ...base, pairKind: o.kind, value: o.value } };
  }
  return { error: 'neither a span line ("entities") nor a pair line ("kind" and "value")' };
}

export function parsePredLine(line: string, lineNo: number): Parsed<PredDoc> {
  const head = objectWithId(line, lineNo);
  if ('error' in head) return head;
  const { o, id } = head.ok;
  if (!Array.isArray(o.entities)) return { error: 'missing "entities" (an array)' };
  const entities: PredEntity[] = [];
  for (let i = 0; i < o.entities.length; i++) {
    const e = o.entities[i] as Json;
    if (typeof e !== 'object' || e === null) return { error: `entity #${i + 1} is not an object` };
    const fault = spanFault(e, Infinity);
    if (fault) return { error: `entity #${i + 1}: ${fault}` };
    entities.push(e as unknown as PredEntity);
  }
  return { ok: { id, entities } };
}
