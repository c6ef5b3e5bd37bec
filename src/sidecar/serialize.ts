// Writes the annotation list as sidecar text (always the current schema version: a version-1 file is
// upgraded here, losslessly). With a previous sidecar, its parsed YAML Document is edited in place (a
// clone), so the header, comments, extra keys, key order and quoting a person chose all survive; only
// values that changed are touched, and entries keep their place in the file (see orderEntries). The
// output depends only on the inputs.
import { Document, isMap, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { AnchorIndex } from './anchor';
import { claimSignature } from './claim';
import { contextAfter, contextBefore } from './context';
import { articleHash } from './hash';
import { sortAnnotations } from './merge';
import type { Sidecar } from './parse';
import { needsEscapes, needsQuotes, sidecarTags } from './quoting';
import { ANNOTATION_KEYS, ENTITY_EXTRA_KEYS, headerComment, headerCommentV1, RELATION_KEYS, SCHEMA_VERSION, TO_STRING } from './schema';
import { Relation, RELATION_TYPES } from './relations';
import { byPosition } from './parse';
import { Annotation } from './types';

type Value = string | number | boolean;

const keyName = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : String(p.key));

/** A scalar for a value we write: double-quoted when a YAML 1.1 reader could misread it plain. */
function scalar(value: Value, flow: boolean): Scalar {
  const node = new Scalar(value);
  if (typeof value === 'string' && needsQuotes(value, flow)) node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/** Quoted in a way every reader reads back as this string (single quotes cannot escape control characters). */
const isQuoted = (node: Scalar, value: string) =>
  node.type === Scalar.QUOTE_DOUBLE ||
  node.type === Scalar.BLOCK_LITERAL ||
  node.type === Scalar.BLOCK_FOLDED ||
  (node.type === Scalar.QUOTE_SINGLE && !needsEscapes(value));

/** Sets key to value, leaving the node alone when the value is already right; a new key goes to its
 *  place in `order` among the keys present (hand-added keys stay where the person put them). */
function setKey(map: YAMLMap, key: string, value: Value, order: readonly string[]): void {
  const pair = map.items.find((p) => keyName(p) === key);
  if (pair) {
    if (isScalar(pair.value)) {
      // Same kind of value: keep the node (and its comment and quoting); otherwise a fresh scalar.
      if (typeof pair.value.value === typeof value) {
        pair.value.value = value;
        // A quoting style a person (or version 1) chose stays, unless another reader would misread it.
        if (typeof value === 'string' && needsQuotes(value, !!map.flow) && !isQuoted(pair.value, value)) pair.value.type = Scalar.QUOTE_DOUBLE;
        return;
      }
    }
    pair.value = scalar(value, !!map.flow);
    return;
  }
  const rank = order.indexOf(key);
  const at = map.items.findIndex((p) => {
    const r = order.indexOf(keyName(p));
    return r > rank;
  });
  const fresh = new Pair(new Scalar(key), scalar(value, !!map.flow));
  if (at < 0) map.items.push(fresh);
  else map.items.splice(at, 0, fresh);
}

function deleteKey(map: YAMLMap, key: string): void {
  const i = map.items.findIndex((p) => keyName(p) === key);
  if (i >= 0) map.items.splice(i, 1);
}

/** Brings one entry in line with the annotation. Orphans keep their last known quote, context and offsets. */
function writeEntry(map: YAMLMap, a: Annotation, articleText: string, index: AnchorIndex): void {
  const set = (k: string, v: Value | undefined) => (v === undefined ? deleteKey(map, k) : setKey(map, k, v, ANNOTATION_KEYS));
  set('id', a.id);
  set('type', a.type);
  set('status', a.status);
  set('orphan', a.orphan ? true : undefined);
  set('note', a.note);
  for (const k of ENTITY_EXTRA_KEYS) set(k, a[k]);
  // A suggestion keeps the fingerprint it was read with (so a person's correction stays visible as
  // one); a fresh one gets the fingerprint of what the engine claims now. Decisions need none.
  set('sig', a.status === 'suggested' ? (a.sig ?? claimSignature(a)) : undefined);
  if (a.orphan) {
    // Fill in only what a brand-new entry lacks; everything else is the last known anchor.
    if (!map.has('text')) set('text', a.text);
    if (!map.has('before') && !map.has('after') && !map.has('start')) {
      set('start', a.start);
      set('end', a.end);
    }
    return;
  }
  // The anchor is quote + context (+ nth); positions are derived on load, so none are written.
  set('text', a.text);
  set('start', undefined);
  set('end', undefined);
  const nth = index.nthAt(a.text, a.start);
  set('nth', nth > 1 ? nth : undefined);
  set('before', contextBefore(articleText, a.start));
  set('after', contextAfter(articleText, a.end));
}

/**
 * The node an annotation is written as: its map in the file (a copy of `map` made by the caller, or
 * the document's own in a clone), brought in line with the annotation; a new entry is a one-line map.
 */
export function entryNode(map: YAMLMap | undefined, a: Annotation, articleText: string, index: AnchorIndex): YAMLMap {
  if (!map) {
    map = new YAMLMap();
    map.flow = true;
  }
  writeEntry(map, a, articleText, index);
  return map;
}

/**
 * The order of entries in the file. Entries already in the file keep their order, so moving a
 * paragraph (or any edit) does not move lines around; a new entry goes before the first entry it
 * precedes in the text (a fresh file is in text order). Orphans that are new to the file go last.
 */
function orderEntries(fileOrder: readonly string[], annotations: readonly Annotation[]): Annotation[] {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const out: Annotation[] = fileOrder.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
  const present = new Set(out.map((a) => a.id));
  const fresh = sortAnnotations(annotations.filter((a) => !present.has(a.id)));
  let from = 0;
  for (const a of fresh) {
    if (a.orphan) {
      out.push(a);
      continue;
    }
    // New entries arrive in text order, so each search starts after the previous insertion.
    let at = out.length;
    for (let i = from; i < out.length; i++) {
      if (!out[i].orphan && byPosition(a, out[i]) < 0) {
        at = i;
        break;
      }
    }
    out.splice(at, 0, a);
    from = at + 1;
  }
  return out;
}

function newDocument(articleName: string): Document {
  const doc = new Document({ newsmark: SCHEMA_VERSION, article: articleName, hash: '', annotations: [] }, { customTags: sidecarTags });
  doc.commentBefore = headerComment(articleName);
  return doc;
}

/** Entries of a list key (`annotations`, `relations`) by id, in file order; the list is created when missing. */
function listOf(top: YAMLMap, key: string): { list: YAMLSeq; byId: Map<string, YAMLMap>; fileOrder: string[] } {
  const existing: unknown = top.get(key, true);
  let list: YAMLSeq;
  if (isSeq(existing)) list = existing;
  else {
    // Missing or empty (null): a fresh list in its place.
    list = new YAMLSeq();
    const pair = top.items.find((p) => keyName(p) === key);
    if (pair) pair.value = list;
    else top.items.push(new Pair(new Scalar(key), list));
  }
  const byId = new Map<string, YAMLMap>();
  const fileOrder: string[] = [];
  for (const item of list.items) {
    if (!isMap(item)) continue;
    const id = item.get('id');
    if (typeof id === 'string') {
      byId.set(id, item);
      fileOrder.push(id);
    }
  }
  return { list, byId, fileOrder };
}

/** Relations already in the file keep their place; new ones follow, by the position of their `from` end, then type. */
function orderRelations(fileOrder: readonly string[], relations: readonly Relation[], annotations: readonly Annotation[]): Relation[] {
  const at = new Map(annotations.map((a) => [a.id, a]));
  const byId = new Map(relations.map((r) => [r.id, r]));
  const out = fileOrder.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
  const present = new Set(out.map((r) => r.id));
  const pos = (id: string) => at.get(id)?.start ?? Infinity;
  const fresh = relations
    .filter((r) => !present.has(r.id))
    .sort(
      (x, y) =>
        pos(x.from) - pos(y.from) ||
        RELATION_TYPES.indexOf(x.type) - RELATION_TYPES.indexOf(y.type) ||
        pos(x.to) - pos(y.to) ||
        (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
    );
  return [...out, ...fresh];
}

function writeRelation(map: YAMLMap, r: Relation): void {
  const set = (k: string, v: Value | undefined) => (v === undefined ? deleteKey(map, k) : setKey(map, k, v, RELATION_KEYS));
  set('id', r.id);
  set('type', r.type);
  set('status', r.status);
  set('from', r.from);
  set('to', r.to);
  set('note', r.note);
}

/**
 * The sidecar text for `annotations` (as returned by mergeSuggestions or the edit helpers) against
 * `articleText`. Byte-identical for identical inputs; keeps what a person wrote in `previous`.
 * A new file lists anchored annotations by position, orphans after them; a rewrite keeps the file's order.
 * `relations` undefined keeps the previous file's relations as they are (a caller that edits only
 * annotations cannot lose them).
 * A merge driver's `conflict:` (an extra key) is kept like any other until its id is in `resolved`.
 */
export function serializeSidecar(
  previous: Sidecar | undefined,
  articleName: string,
  articleText: string,
  annotations: readonly Annotation[],
  relations: readonly Relation[] = previous?.relations ?? [],
  /** Ids whose merge-driver `conflict:` a person resolved: the key goes from their entries. */
  resolved?: ReadonlySet<string>,
): string {
  const doc = previous ? previous.doc.clone() : newDocument(articleName);
  const top = doc.contents as YAMLMap;
  // Upgrading a version-1 file: its untouched header describes offsets that are no longer written.
  if (previous && previous.version < SCHEMA_VERSION && doc.commentBefore === headerCommentV1(previous.article)) {
    doc.commentBefore = headerComment(articleName);
  }
  const topOrder = ['newsmark', 'article', 'hash', 'annotations', 'relations'];
  setKey(top, 'newsmark', SCHEMA_VERSION, topOrder);
  setKey(top, 'article', articleName, topOrder);
  setKey(top, 'hash', articleHash(articleText), topOrder);

  const { list, byId, fileOrder } = listOf(top, 'annotations');

  for (const a of annotations) {
    // A list that does not match the text would write anchors that point nowhere: refuse, write nothing.
    if (!a.orphan && articleText.slice(a.start, a.end) !== a.text) {
      throw new Error(`annotation ${a.id} (${a.type} ${JSON.stringify(a.text)}) does not match the article at ${a.start}-${a.end}`);
    }
  }
  const index = new AnchorIndex(articleText);
  index.prepare(annotations.filter((a) => !a.orphan).map((a) => a.text));
  list.items = orderEntries(fileOrder, annotations).map((a) => {
    const map = entryNode(byId.get(a.id), a, articleText, index);
    if (resolved?.has(a.id)) deleteKey(map, 'conflict');
    return map;
  });
  // An empty list is written `annotations: []`, a list with entries as block items.
  list.flow = list.items.length === 0;

  // `relations:` only when there are some (or a person already wrote the key): a file without
  // relations reads exactly as before.
  if (relations.length || top.has('relations')) {
    const rel = listOf(top, 'relations');
    rel.list.items = orderRelations(rel.fileOrder, relations, annotations).map((r) => {
      let map = rel.byId.get(r.id);
      if (!map) {
        map = new YAMLMap();
        map.flow = true;
      }
      writeRelation(map, r);
      if (resolved?.has(r.id)) deleteKey(map, 'conflict');
      return map;
    });
    rel.list.flow = rel.list.items.length === 0;
  }
  const out = doc.toString(TO_STRING);
  return previous?.eol === '\r\n' ? out.replace(/\n/g, '\r\n') : out;
}
