// The sidecar file format, version 1: top-level keys, the keys of one annotation and their order,
// the header comment, and validation of what a person may have typed by hand.
//
//   # header comment
//   newsmark: 1
//   article: article.txt
//   hash: sha256:…
//   annotations:
//     - { id: per-1f3a9c0b, type: PER, status: accepted, text: …, start: 10, end: 30, norm: …, before: …, after: … }
//
// One flow map per line: a change in one place of the article changes only the lines of the
// annotations there (plus the offsets of the ones after it), and `git diff --word-diff` shows just that.
import { isMap, isScalar, Scalar, YAMLMap, ToStringOptions } from 'yaml';
import { ENTITY_TYPES, EntityType, Qualifier } from '../core/types';
import { Annotation, Status, STATUSES } from './types';

export const SCHEMA_VERSION = 1;

/** Key order of a new annotation entry; also where a missing key is inserted into an existing one. */
export const ANNOTATION_KEYS = [
  'id', 'type', 'status', 'orphan', 'text', 'start', 'end',
  'norm', 'value', 'unit', 'qualifier', 'currency', 'from', 'to',
  'note', 'before', 'after', 'sig',
] as const;
export type AnnotationKey = (typeof ANNOTATION_KEYS)[number];
const KNOWN_KEYS: ReadonlySet<string> = new Set(ANNOTATION_KEYS);

/** Entity fields copied between engine output and annotations (besides type, text, start, end). */
export const ENTITY_EXTRA_KEYS = ['norm', 'value', 'unit', 'qualifier', 'currency', 'from', 'to'] as const;

const QUALIFIERS: readonly Qualifier[] = ['approx', 'gt', 'gte', 'lt', 'lte'];

/** lineWidth 0: never fold a long line, so one annotation stays one line whatever its length. */
export const TO_STRING: ToStringOptions = { lineWidth: 0 };

export function headerComment(articleName: string): string {
  return [
    ` newsmark annotations for ${articleName}: people, organizations, places and figures, one per line.`,
    ' status: suggested (by the engine) | accepted | rejected (by a person) | manual (added by a person).',
    ' start/end: UTF-16 offsets into the article, end exclusive; before/after: context for re-anchoring.',
    ' Comments, notes and extra keys written here are kept when newsmark rewrites this file.',
  ].join('\n');
}

/** What parse needs from one entry besides the annotation itself. */
export interface StoredEntry {
  annotation: Annotation;
  /** Context recorded when the entry was last written; undefined when a person wrote the entry. */
  before?: string;
  after?: string;
  /** The entry carries something only a person writes: a comment or a key newsmark does not know. */
  handWritten: boolean;
}

type Fail = (reason: string, node?: unknown) => never;

/** Validates one entry of `annotations:`; `fail` throws a SidecarError at the node's line. */
export function readEntry(node: unknown, fail: Fail): StoredEntry {
  if (!isMap(node)) fail('each annotation must be a mapping with type, text, start, end and status', node);
  const map = node as YAMLMap;
  const get = (key: string) => map.get(key, true) as unknown;
  const value = (key: string): unknown => {
    const n = get(key);
    if (n === undefined) return undefined;
    if (!isScalar(n)) fail(`'${key}' must be a single value`, n);
    return (n as Scalar).value;
  };
  const str = (key: string, required: boolean): string | undefined => {
    const v = value(key);
    if (v === undefined || v === null) {
      if (required) fail(`annotation has no '${key}'`, map);
      return undefined;
    }
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v !== 'string') fail(`'${key}' must be text`, get(key));
    return v as string;
  };
  const int = (key: string): number => {
    const v = value(key);
    if (v === undefined || v === null) fail(`annotation has no '${key}'`, map);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(`'${key}' must be a whole number ≥ 0, got ${JSON.stringify(v)}`, get(key));
    return v as number;
  };
  const numOrStr = (key: string): number | string | undefined => {
    const v = value(key);
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' && typeof v !== 'string') fail(`'${key}' must be a number or text`, get(key));
    return v as number | string;
  };

  const type = str('type', true) as EntityType;
  if (!ENTITY_TYPES.includes(type)) fail(`unknown type '${type}' (expected one of ${ENTITY_TYPES.join(', ')})`, get('type'));
  const status = str('status', true) as Status;
  if (!STATUSES.includes(status)) fail(`unknown status '${status}' (expected one of ${STATUSES.join(', ')})`, get('status'));
  const start = int('start');
  const end = int('end');
  if (end < start) fail(`'end' (${end}) is before 'start' (${start})`, get('end'));
  const text = str('text', true)!;
  const qualifier = str('qualifier', false) as Qualifier | undefined;
  if (qualifier !== undefined && !QUALIFIERS.includes(qualifier)) fail(`unknown qualifier '${qualifier}' (expected one of ${QUALIFIERS.join(', ')})`, get('qualifier'));
  const orphan = value('orphan');
  if (orphan !== undefined && typeof orphan !== 'boolean') fail(`'orphan' must be true or false`, get('orphan'));

  const annotation: Annotation = { id: str('id', false) ?? '', type, status, text, start, end };
  const norm = str('norm', false);
  if (norm !== undefined) annotation.norm = norm;
  for (const key of ['value', 'from', 'to'] as const) {
    const v = numOrStr(key);
    if (v !== undefined) annotation[key] = v;
  }
  const unit = str('unit', false);
  if (unit !== undefined) annotation.unit = unit;
  if (qualifier !== undefined) annotation.qualifier = qualifier;
  const currency = str('currency', false);
  if (currency !== undefined) annotation.currency = currency;
  const note = str('note', false);
  if (note !== undefined) annotation.note = note;
  if (orphan === true) annotation.orphan = true;
  const sig = str('sig', false);
  if (sig !== undefined) annotation.sig = sig;

  const handWritten =
    !!(map.commentBefore || map.comment) ||
    map.items.some((p) => {
      const k = isScalar(p.key) ? String(p.key.value) : String(p.key);
      return !KNOWN_KEYS.has(k) || !!(isScalar(p.key) && (p.key.commentBefore || p.key.comment)) ||
        !!(isScalar(p.value) && (p.value.commentBefore || p.value.comment));
    });
  return { annotation, before: str('before', false), after: str('after', false), handWritten };
}
