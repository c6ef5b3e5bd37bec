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

/** What a person decides about an annotation; merged field by field. */
const DECISION_FIELDS = ['type', 'status', 'note', 'norm', 'value', 'unit', 'qualifier', 'currency', 'from', 'to', 'sig'] as const;
type Field = (typeof DECISION_FIELDS)[number];

export interface Merge3Result {
  text: string;
  /** Annotations with a field decided differently on the two sides. */
  conflicts: { id: string; fields: Field[] }[];
}

const all = (s: Sidecar | undefined) => new Map((s ? [...s.annotations, ...s.orphans] : []).map((a) => [a.id, a]));
const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);
const decided = (a: Annotation) => a.status !== 'suggested';
const changed = (a: Annotation, o: Annotation) => DECISION_FIELDS.some((f) => !same(a[f], o[f]));

function mergeOne(o: Annotation | undefined, a: Annotation, b: Annotation): { merged: Annotation; conflict: Field[]; theirs: Partial<Annotation> } {
  // Two engine suggestions that differ are no one's decision: ours stands.
  if (!decided(a) && !decided(b) && a.note === undefined && b.note === undefined) return { merged: a, conflict: [], theirs: {} };
  const merged: Annotation = { ...a };
  const conflict: Field[] = [];
  const theirs: Partial<Annotation> = {};
  for (const f of DECISION_FIELDS) {
    const [va, vb, vo] = [a[f], b[f], o?.[f]];
    if (same(va, vb)) continue;
    if (o && same(va, vo)) set(merged, f, vb);
    else if (o && same(vb, vo)) continue;
    else if (f === 'sig')
      continue; // follows the claim fields; never a conflict of its own
    else {
      conflict.push(f);
      (theirs as Record<string, unknown>)[f] = vb ?? null;
    }
  }
  // Anchors come from one article text: ours unless only theirs moved.
  if (o && same([a.start, a.end, a.orphan], [o.start, o.end, o.orphan])) Object.assign(merged, { start: b.start, end: b.end, text: b.text, orphan: b.orphan });
  if (!merged.orphan) delete merged.orphan;
  return { merged, conflict, theirs };
}

function set(a: Annotation, f: Field, v: unknown): void {
  if (v === undefined) delete (a as unknown as Record<string, unknown>)[f];
  else (a as unknown as Record<string, unknown>)[f] = v;
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
  const [mo, ma, mb] = [all(so), all(sa), all(sb)];
  const out: Annotation[] = [];
  const conflicts: Merge3Result['conflicts'] = [];
  const theirsOf = new Map<string, Partial<Annotation>>();
  for (const id of new Set([...ma.keys(), ...mb.keys()])) {
    const [o, a, b] = [mo.get(id), ma.get(id), mb.get(id)];
    if (a && b) {
      const r = mergeOne(o, a, b);
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
  let text = serializeSidecar(sa, articleName ?? sa.article, articleText, out);
  if (conflicts.length) text = markConflicts(text, theirsOf);
  return { text, conflicts };
}

/** Adds `conflict: { …their values… }` to each conflicted entry, on its own line. */
function markConflicts(text: string, theirsOf: ReadonlyMap<string, Partial<Annotation>>): string {
  const crlf = text.includes('\r\n');
  const doc: Document = parseDocument(text);
  const list = (doc.contents as YAMLMap).get('annotations', true);
  if (isSeq(list)) {
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

/** Entries still marked `conflict:` in a parsed sidecar (for `check` and the editor). */
export function unresolvedConflicts(sidecar: Sidecar): UnresolvedConflict[] {
  const list = (sidecar.doc.contents as YAMLMap | null)?.get?.('annotations', true);
  if (!isSeq(list)) return [];
  const out: UnresolvedConflict[] = [];
  for (const item of list.items) {
    if (!isMap(item) || !item.has('conflict')) continue;
    const id = String(item.get('id'));
    const node = item.get('conflict', true);
    const { side: _side, ...theirs } = isMap(node) ? (node.toJSON() as Record<string, unknown>) : {};
    out.push({ id, line: sidecar.lines.get(id) ?? 1, theirs });
  }
  return out;
}

/**
 * Ours with their side of a conflict taken (the resolution "take theirs"), or a reason why their
 * values cannot be an annotation (a hand-edited `conflict:` map with an unknown type or status).
 */
export function takeTheirs(ours: Annotation, theirs: Readonly<Record<string, unknown>>): Annotation | string {
  const out = { ...ours } as unknown as Record<string, unknown>;
  for (const f of DECISION_FIELDS) {
    if (!(f in theirs)) continue;
    const v = theirs[f];
    if (v === null || v === undefined) delete out[f];
    else out[f] = v;
  }
  const a = out as unknown as Annotation;
  if (!ENTITY_TYPES.includes(a.type)) return `their type ${JSON.stringify(a.type)} is not one of ${ENTITY_TYPES.join(', ')}`;
  if (!STATUSES.includes(a.status)) return `their status ${JSON.stringify(a.status)} is not one of ${STATUSES.join(', ')}`;
  if (a.note !== undefined && typeof a.note !== 'string') return 'their note is not text';
  // The engine-claim fingerprint follows the claim: the writer makes a fresh one for a suggestion.
  delete a.sig;
  return a;
}
