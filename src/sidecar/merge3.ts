// Three-way merge of a sidecar, for git's merge driver: two reviewers' branches merge by annotation id.
// Decisions on different annotations merge cleanly; the same decision on both sides merges; a field
// decided differently on each side (accepted vs rejected, two notes, two relabels) keeps ours in the
// entry and theirs in a `conflict:` map on the same line, which `check` reports and a person resolves.
// It never writes conflict markers and never drops a side's decision: an annotation deleted on one side
// and decided on the other is kept. All three versions are read against the same article text, so an
// article edited on one branch re-anchors the other branch's annotations.
import { Document, isMap, isSeq, parseDocument, YAMLMap } from 'yaml';
import { parseSidecar, Sidecar } from './parse';
import { TO_STRING } from './schema';
import { serializeSidecar } from './serialize';
import { ENTITY_TYPES } from '../core/types';
import { Annotation, STATUSES } from './types';
import { Relation, RELATION_TYPES } from './relations';

/** What a person decides about an annotation; merged field by field. */
const DECISION_FIELDS = ['type', 'status', 'note', 'norm', 'value', 'unit', 'qualifier', 'currency', 'from', 'to', 'sig'] as const;

/** What a person decides about a relation (its ends too: a hand edit may re-link one). */
const RELATION_FIELDS = ['type', 'from', 'to', 'status', 'note'] as const;

export interface Merge3Result {
  text: string;
  /** Annotations and relations with a field decided differently on the two sides. */
  conflicts: { id: string; fields: string[] }[];
}

const all = (s: Sidecar | undefined) => new Map((s ? [...s.annotations, ...s.orphans] : []).map((a) => [a.id, a]));
const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
const changed = (a: Annotation, o: Annotation) => DECISION_FIELDS.some((f) => !same(a[f], o[f]));

type Entry = Annotation | Relation;

/** One entry present on both sides, merged field by field (`fields`: annotations' or relations'). */
function mergeFields<T extends Entry>(
  o: T | undefined,
  a: T,
  b: T,
  fields: readonly string[],
): { merged: T; conflict: string[]; theirs: Record<string, unknown> } {
  // Two engine suggestions that differ are no one's decision: ours stands.
  if (a.status === 'suggested' && b.status === 'suggested' && a.note === undefined && b.note === undefined) return { merged: a, conflict: [], theirs: {} };
  const merged = { ...a };
  const conflict: string[] = [];
  const theirs: Record<string, unknown> = {};
  const get = (x: T | undefined, f: string) => (x as unknown as Record<string, unknown> | undefined)?.[f];
  for (const f of fields) {
    const [va, vb, vo] = [get(a, f), get(b, f), get(o, f)];
    if (same(va, vb)) continue;
    if (o && same(va, vo)) set(merged, f, vb);
    else if (o && same(vb, vo)) continue;
    else if (f === 'sig')
      continue; // follows the claim fields; never a conflict of its own
    else {
      conflict.push(f);
      theirs[f] = vb ?? null;
    }
  }
  return { merged, conflict, theirs };
}

function mergeOne(o: Annotation | undefined, a: Annotation, b: Annotation): { merged: Annotation; conflict: string[]; theirs: Record<string, unknown> } {
  const { merged, conflict, theirs } = mergeFields(o, a, b, DECISION_FIELDS);
  if (merged === a) return { merged, conflict, theirs };
  // Anchors come from one article text: ours unless only theirs moved.
  if (o && same([a.start, a.end, a.orphan], [o.start, o.end, o.orphan])) Object.assign(merged, { start: b.start, end: b.end, text: b.text, orphan: b.orphan });
  if (!merged.orphan) delete merged.orphan;
  return { merged, conflict, theirs };
}

function set(a: Entry, f: string, v: unknown): void {
  if (v === undefined) delete (a as unknown as Record<string, unknown>)[f];
  else (a as unknown as Record<string, unknown>)[f] = v;
}

/** Entries of both sides by id: merged when on both, kept when added or decided since the base on one, dropped when deleted on one side and untouched on the other. */
function mergeLists<T extends Entry>(
  mo: Map<string, T>,
  ma: Map<string, T>,
  mb: Map<string, T>,
  one: (o: T | undefined, a: T, b: T) => { merged: T; conflict: string[]; theirs: Record<string, unknown> },
  changed: (x: T, o: T) => boolean,
  conflicts: Merge3Result['conflicts'],
  theirsOf: Map<string, Record<string, unknown>>,
): T[] {
  const out: T[] = [];
  for (const id of new Set([...ma.keys(), ...mb.keys()])) {
    const [o, a, b] = [mo.get(id), ma.get(id), mb.get(id)];
    if (a && b) {
      const r = one(o, a, b);
      out.push(r.merged);
      if (r.conflict.length) {
        conflicts.push({ id, fields: r.conflict });
        theirsOf.set(id, r.theirs);
      }
    } else if (a) {
      // Theirs deleted it: gone, unless ours decided something since the base.
      if (!o || changed(a, o)) out.push(a);
    } else if (b) {
      if (!o || changed(b, o)) out.push(b);
    }
  }
  return out;
}

/**
 * @param base    the common ancestor's sidecar text (undefined when both sides added the file)
 * @param ours    our side (git's %A), whose file layout, comments and header the result keeps
 * @param theirs  their side (%B)
 * Throws SidecarError when a side cannot be read (git then keeps the conflict for a person).
 */
export function mergeSidecars(base: string | undefined, ours: string, theirs: string, articleText: string, file: string, articleName?: string): Merge3Result {
  const so = base === undefined || base.trim() === '' ? undefined : parseSidecar(base, articleText, `${file} (base)`, articleName);
  const sa = parseSidecar(ours, articleText, `${file} (ours)`, articleName);
  const sb = parseSidecar(theirs, articleText, `${file} (theirs)`, articleName);
  const conflicts: Merge3Result['conflicts'] = [];
  const theirsOf = new Map<string, Record<string, unknown>>();
  const out = mergeLists(all(so), all(sa), all(sb), mergeOne, changed, conflicts, theirsOf);
  const rels = (s: Sidecar | undefined) => new Map((s?.relations ?? []).map((r) => [r.id, r]));
  const relationsOut = mergeLists(
    rels(so),
    rels(sa),
    rels(sb),
    (o, a, b) => mergeFields(o, a, b, RELATION_FIELDS),
    (x, o) => RELATION_FIELDS.some((f) => !same(x[f], o[f])),
    conflicts,
    theirsOf,
  );
  let text = serializeSidecar(sa, articleName ?? sa.article, articleText, out, relationsOut);
  if (conflicts.length) text = markConflicts(text, theirsOf);
  return { text, conflicts };
}

/** Adds `conflict: { …their values… }` to each conflicted entry (annotation or relation), on its own line. */
function markConflicts(text: string, theirsOf: ReadonlyMap<string, Record<string, unknown>>): string {
  const crlf = text.includes('\r\n');
  const doc: Document = parseDocument(text);
  for (const key of ['annotations', 'relations']) {
    const list = (doc.contents as YAMLMap).get(key, true);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (!isMap(item)) continue;
      const theirs = theirsOf.get(String(item.get('id')));
      if (!theirs) continue;
      const node = doc.createNode({ side: 'theirs', ...theirs });
      (node as YAMLMap).flow = true;
      item.set('conflict', node);
    }
  }
  const out = doc.toString(TO_STRING);
  return crlf ? out.replace(/\r?\n/g, '\r\n') : out;
}

/** An entry the merge driver marked: ours is the entry itself, theirs the values under `conflict:`. */
export interface UnresolvedConflict {
  id: string;
  /** 1-based line of the entry in the sidecar. */
  line: number;
  /** Their value of each field decided differently (null: theirs has none), as written under `conflict:`. */
  theirs: Record<string, unknown>;
}

/** Entries (annotations and relations) still marked `conflict:` in a parsed sidecar (for `check` and the editor). */
export function unresolvedConflicts(sidecar: Sidecar): UnresolvedConflict[] {
  const out: UnresolvedConflict[] = [];
  for (const key of ['annotations', 'relations']) {
    const list = (sidecar.doc.contents as YAMLMap | null)?.get?.(key, true);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (!isMap(item) || !item.has('conflict')) continue;
      const id = String(item.get('id'));
      const node = item.get('conflict', true);
      const { side: _side, ...theirs } = isMap(node) ? (node.toJSON() as Record<string, unknown>) : {};
      out.push({ id, line: sidecar.lines.get(id) ?? 1, theirs });
    }
  }
  return out;
}

/** A copy of ours with the fields their side of a conflict names: a null or missing value drops the field. */
function overlay(ours: object, theirs: Readonly<Record<string, unknown>>, fields: readonly string[]): Record<string, unknown> {
  const out = { ...ours } as Record<string, unknown>;
  for (const f of fields) {
    if (!(f in theirs)) continue;
    const v = theirs[f];
    if (v === null || v === undefined) delete out[f];
    else out[f] = v;
  }
  return out;
}

/**
 * Ours with their side of a conflict taken (the resolution "take theirs"), or a reason why their
 * values cannot be an annotation (a hand-edited `conflict:` map with an unknown type or status).
 */
export function takeTheirs(ours: Annotation, theirs: Readonly<Record<string, unknown>>): Annotation | string {
  const a = overlay(ours, theirs, DECISION_FIELDS) as unknown as Annotation;
  if (!ENTITY_TYPES.includes(a.type)) return `their type ${JSON.stringify(a.type)} is not one of ${ENTITY_TYPES.join(', ')}`;
  if (!STATUSES.includes(a.status)) return `their status ${JSON.stringify(a.status)} is not one of ${STATUSES.join(', ')}`;
  if (a.note !== undefined && typeof a.note !== 'string') return 'their note is not text';
  // The engine-claim fingerprint follows the claim: the writer makes a fresh one for a suggestion.
  delete a.sig;
  return a;
}

/**
 * Ours with their side of a relation's conflict taken, or a reason why their values cannot be a
 * relation (a hand-edited `conflict:` map with an unknown type or status, or an end that is not an id).
 */
export function takeTheirsRelation(ours: Relation, theirs: Readonly<Record<string, unknown>>): Relation | string {
  const r = overlay(ours, theirs, RELATION_FIELDS) as unknown as Relation;
  if (!RELATION_TYPES.includes(r.type)) return `their type ${JSON.stringify(r.type)} is not one of ${RELATION_TYPES.join(', ')}`;
  if (!STATUSES.includes(r.status)) return `their status ${JSON.stringify(r.status)} is not one of ${STATUSES.join(', ')}`;
  if (typeof r.from !== 'string' || typeof r.to !== 'string') return 'their relation does not name both of its ends';
  if (r.note !== undefined && typeof r.note !== 'string') return 'their note is not text';
  return r;
}
