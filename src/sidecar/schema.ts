// The sidecar file format: top-level keys, the keys of one annotation and their order, the header
// comment, and validation of what a person may have typed by hand. Version 2 (written since layout
// work of issue 18) anchors each annotation by its quote and context; version 1 (still read, upgraded
// on the next write) stored absolute offsets.
//
//   # header comment
//   newsmark: 2
//   article: article.txt
//   hash: sha256:…
//   annotations:
//     - { id: per-1f3a9c0b, type: PER, status: accepted, text: …, norm: …, before: …, after: … }
//
// One flow map per line and no positions in the file: text inserted, deleted or moved elsewhere in the
// article changes no annotation line (only `hash:`), so a review diff shows what a person decided.
// Positions are computed on load (anchor.ts); `nth: 2` appears only when the same quote with the same
// context occurs twice. `start`/`end` are still read (version 1, an orphan's last known place, or an
// entry typed by hand) and used as a hint.
//
// Quotes and roles (QUOTE, ROLE entries) may be linked by a `relations:` list after `annotations:`,
// one relation per line, its ends named by annotation id:
//
//   relations:
//     - { id: rel-5c0e1a2b, type: speaker, status: suggested, from: quote-0d4f…, to: per-1f3a9c0b }
//
// The key is written only when there are relations, so a file without them reads as before. No new
// version number: every relation has a QUOTE or ROLE end, which a newsmark from before relations
// refuses ("unknown type") without writing, so it can never rewrite a file and lose them.
import { isMap, isScalar, Scalar, YAMLMap, ToStringOptions } from 'yaml';
import { ENTITY_TYPES, EntityType, Qualifier } from '../core/types';
import { Annotation, Status, STATUSES } from './types';
import { Relation, RELATION_TYPES, RelationType } from './relations';

export const SCHEMA_VERSION = 2;
/** Versions this newsmark reads; anything older than SCHEMA_VERSION is upgraded on the next write. */
export const READABLE_VERSIONS: readonly number[] = [1, 2];

/** Key order of a new annotation entry; also where a missing key is inserted into an existing one. */
export const ANNOTATION_KEYS = [
  'id',
  'type',
  'status',
  'orphan',
  'text',
  'start',
  'end',
  'nth',
  'norm',
  'value',
  'unit',
  'qualifier',
  'currency',
  'from',
  'to',
  'note',
  'before',
  'after',
  'sig',
] as const;
export type AnnotationKey = (typeof ANNOTATION_KEYS)[number];
const KNOWN_KEYS: ReadonlySet<string> = new Set(ANNOTATION_KEYS);

/** Entity fields copied between engine output and annotations (besides type, text, start, end). */
export const ENTITY_EXTRA_KEYS = ['norm', 'value', 'unit', 'qualifier', 'currency', 'from', 'to'] as const;

const QUALIFIERS: readonly Qualifier[] = ['approx', 'gt', 'gte', 'lt', 'lte'];

/** lineWidth 0: never fold a long line, so one annotation stays one line whatever its length. */
export const TO_STRING: ToStringOptions = { lineWidth: 0 };

/** The article name as a comment can hold it: control characters (refused by YAML 1.1 readers, or a
 *  line break in a comment) become U+FFFD. */
const commentSafe = (s: string) => s.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g, '\ufffd');

export function headerComment(articleName: string): string {
  return [
    ` newsmark annotations for ${commentSafe(articleName)}: people, organizations, places and figures, one per line.`,
    ' status: suggested (by the engine) | accepted | rejected (by a person) | manual (added by a person).',
    ' text + before/after: the annotation is the text between its before and after context (positions are',
    ' computed when the file is read, so edits elsewhere in the article leave this line alone);',
    ' nth: which occurrence, when the same text and context occur more than once.',
    ' Comments, notes and extra keys written here are kept when newsmark rewrites this file.',
  ].join('\n');
}

/** The header version 1 wrote; replaced by the current one on upgrade when nobody edited it. */
export function headerCommentV1(articleName: string): string {
  return [
    ` newsmark annotations for ${articleName}: people, organizations, places and figures, one per line.`,
    ' status: suggested (by the engine) | accepted | rejected (by a person) | manual (added by a person).',
    ' start/end: UTF-16 offsets into the article, end exclusive; before/after: context for re-anchoring.',
    ' Comments, notes and extra keys written here are kept when newsmark rewrites this file.',
  ].join('\n');
}

/** What parse needs from one entry besides the annotation itself. */
export interface StoredEntry {
  /** start/end are -1 when the entry stores no offsets (version 2): parse computes them. */
  annotation: Annotation;
  /** Offsets were stored in the entry (version 1, an orphan's last known place, or typed by hand). */
  hasOffsets: boolean;
  /** Which occurrence of its quote-with-context (version 2), 1-based. */
  nth: number;
  /** Context recorded when the entry was last written; undefined when a person wrote the entry. */
  before?: string;
  after?: string;
  /** The entry carries something only a person writes: a comment or a key newsmark does not know. */
  handWritten: boolean;
}

type Fail = (reason: string, node?: unknown) => never;

/** One value of an entry as the checks see it: a single value (scalar) or not, and the node an error points at. */
interface Field {
  scalar: boolean;
  value: unknown;
  node: unknown;
}

/** An entry's keys as readEntryFields reads them, from a parsed YAML map or from plain values (preview.ts). */
interface EntryFields {
  /** Undefined when the key is absent. */
  get(key: string): Field | undefined;
  /** A comment or a key newsmark does not know: something only a person writes. */
  handWritten: boolean;
  /** Where an error about the whole entry points. */
  node: unknown;
}

/** Validates one entry of `annotations:`; `fail` throws a SidecarError at the node's line. */
export function readEntry(node: unknown, fail: Fail, version: number = SCHEMA_VERSION): StoredEntry {
  if (!isMap(node)) fail('each annotation must be a mapping with type, text, start, end and status', node);
  const map = node as YAMLMap;
  const handWritten =
    !!(map.commentBefore || map.comment) ||
    map.items.some((p) => {
      const k = isScalar(p.key) ? String(p.key.value) : String(p.key);
      return (
        !KNOWN_KEYS.has(k) ||
        !!(isScalar(p.key) && (p.key.commentBefore || p.key.comment)) ||
        !!(isScalar(p.value) && (p.value.commentBefore || p.value.comment))
      );
    });
  const get = (key: string): Field | undefined => {
    const n = map.get(key, true) as unknown;
    return n === undefined ? undefined : { scalar: isScalar(n), value: isScalar(n) ? n.value : undefined, node: n };
  };
  return readEntryFields({ get, handWritten, node: map }, fail, version);
}

/** The same checks over plain values (a YAML reader's output without nodes): comments cannot be seen. */
export function readPlainEntry(entry: unknown, fail: Fail, version: number = SCHEMA_VERSION): StoredEntry {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) fail('each annotation must be a mapping with type, text, start, end and status');
  const map = entry as Record<string, unknown>;
  const get = (key: string): Field | undefined => {
    if (!Object.prototype.hasOwnProperty.call(map, key)) return undefined;
    const v = map[key];
    return { scalar: v === null || typeof v !== 'object', value: v, node: undefined };
  };
  return readEntryFields({ get, handWritten: Object.keys(map).some((k) => !KNOWN_KEYS.has(k)), node: undefined }, fail, version);
}

function readEntryFields(fields: EntryFields, fail: Fail, version: number): StoredEntry {
  const get = (key: string) => fields.get(key)?.node;
  const value = (key: string): unknown => {
    const n = fields.get(key);
    if (n === undefined) return undefined;
    if (!n.scalar) fail(`'${key}' must be a single value`, n.node);
    return n.value;
  };
  const str = (key: string, required: boolean): string | undefined => {
    const v = value(key);
    if (v === undefined || v === null) {
      if (required) fail(`annotation has no '${key}'`, fields.node);
      return undefined;
    }
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v !== 'string') fail(`'${key}' must be text`, get(key));
    return v as string;
  };
  const int = (key: string): number => {
    const v = value(key);
    if (v === undefined || v === null) fail(`annotation has no '${key}'`, fields.node);
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
  // Version 1 requires offsets; version 2 reads them when present (both or neither).
  const hasOffsets = version < 2 || fields.get('start') !== undefined || fields.get('end') !== undefined;
  const start = hasOffsets ? int('start') : -1;
  const end = hasOffsets ? int('end') : -1;
  if (end < start) fail(`'end' (${end}) is before 'start' (${start})`, get('end'));
  const nthValue = value('nth');
  if (nthValue !== undefined && (typeof nthValue !== 'number' || !Number.isInteger(nthValue) || nthValue < 1)) {
    fail(`'nth' must be a whole number ≥ 1, got ${JSON.stringify(nthValue)}`, get('nth'));
  }
  const text = str('text', true)!;
  const qualifier = str('qualifier', false) as Qualifier | undefined;
  if (qualifier !== undefined && !QUALIFIERS.includes(qualifier))
    fail(`unknown qualifier '${qualifier}' (expected one of ${QUALIFIERS.join(', ')})`, get('qualifier'));
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
  return {
    annotation,
    hasOffsets,
    nth: (nthValue as number | undefined) ?? 1,
    before: str('before', false),
    after: str('after', false),
    handWritten: fields.handWritten,
  };
}

/** Key order of a relation entry. */
export const RELATION_KEYS = ['id', 'type', 'status', 'from', 'to', 'note'] as const;
const KNOWN_RELATION_KEYS: ReadonlySet<string> = new Set(RELATION_KEYS);

/** Validates one entry of `relations:`. The id is '' when a person wrote the entry without one. */
export function readRelation(node: unknown, fail: Fail): { relation: Relation; handWritten: boolean } {
  if (!isMap(node)) fail('each relation must be a mapping with type, from, to and status', node);
  const map = node as YAMLMap;
  const str = (key: string, required: boolean): string | undefined => {
    const n = map.get(key, true) as unknown;
    if (n === undefined || (isScalar(n) && n.value === null)) {
      if (required) fail(`relation has no '${key}'`, map);
      return undefined;
    }
    if (!isScalar(n) || typeof n.value !== 'string') fail(`'${key}' must be text`, n);
    return (n as Scalar<string>).value;
  };
  const type = str('type', true) as RelationType;
  if (!RELATION_TYPES.includes(type)) fail(`unknown relation type '${type}' (expected one of ${RELATION_TYPES.join(', ')})`, map.get('type', true));
  const status = str('status', true) as Status;
  if (!STATUSES.includes(status)) fail(`unknown status '${status}' (expected one of ${STATUSES.join(', ')})`, map.get('status', true));
  const relation: Relation = { id: str('id', false) ?? '', type, from: str('from', true)!, to: str('to', true)!, status };
  const note = str('note', false);
  if (note !== undefined) relation.note = note;
  const handWritten =
    !!(map.commentBefore || map.comment) || map.items.some((p) => !KNOWN_RELATION_KEYS.has(isScalar(p.key) ? String(p.key.value) : String(p.key)));
  return { relation, handWritten };
}
