// What changed between two versions of one article's annotations, as a reviewer reads a pull request:
// added, removed, decided (suggested → accepted/rejected…), relabelled, noted, re-anchored (its quote
// or the text around it changed), orphaned, and other changed fields (norm, value…). Annotations are
// paired by id, which never changes once assigned. Pure: `newsmark diff` feeds it both sides.
import { contextAfter, contextBefore } from './context';
import { ENTITY_EXTRA_KEYS } from './schema';
import { Annotation } from './types';
import { Relation } from './relations';

export type ChangeKind = 'added' | 'removed' | 'decided' | 'relabelled' | 'noted' | 're-anchored' | 'orphaned' | 'changed';
export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'removed', 'decided', 'relabelled', 'noted', 're-anchored', 'orphaned', 'changed'];

/** One side: the article text and every annotation of its sidecar (orphans included), as parsed. */
export interface AnnotatedText {
  text: string;
  annotations: readonly Annotation[];
  relations?: readonly Relation[];
}

export interface Change {
  kind: ChangeKind;
  /** The annotation after the change (before it, for `removed`); for a relation, its `from` end (else its `to` end). */
  annotation: Annotation;
  /** Set when the change is to a relation (added, removed, decided, noted): it and its ends as that side has them. */
  relation?: { relation: Relation; from?: Annotation; to?: Annotation };
  /** Which side `annotation` and `start` belong to. */
  side: 'old' | 'new';
  /** For decided/relabelled/noted/re-anchored/changed: the value before and after. */
  from?: string;
  to?: string;
}

const anchorOf = (a: Annotation, text: string) => (a.orphan ? `orphan:${a.text}` : `${contextBefore(text, a.start)}[${a.text}]${contextAfter(text, a.end)}`);

/** Changes from `old` to `new` (either may be absent: a sidecar created or deleted), in the new text's order. */
export function annotationChanges(old: AnnotatedText | undefined, now: AnnotatedText | undefined): Change[] {
  const before = new Map((old?.annotations ?? []).map((a) => [a.id, a]));
  const after = new Map((now?.annotations ?? []).map((a) => [a.id, a]));
  const out: Change[] = [];
  for (const a of now?.annotations ?? []) {
    const b = before.get(a.id);
    if (!b) {
      out.push({ kind: 'added', annotation: a, side: 'new' });
      continue;
    }
    // A relabel is itself a decision (the editor accepts it): one line, its status shown with it.
    if (b.status !== a.status && b.type === a.type) out.push({ kind: 'decided', annotation: a, side: 'new', from: b.status, to: a.status });
    if (b.type !== a.type) out.push({ kind: 'relabelled', annotation: a, side: 'new', from: b.type, to: a.type });
    if ((b.note ?? '') !== (a.note ?? '')) out.push({ kind: 'noted', annotation: a, side: 'new', from: b.note ?? '', to: a.note ?? '' });
    if (a.orphan && !b.orphan) out.push({ kind: 'orphaned', annotation: b, side: 'old' });
    else if (!a.orphan && anchorOf(a, now!.text) !== anchorOf(b, old!.text)) {
      out.push({ kind: 're-anchored', annotation: a, side: 'new', from: anchorOf(b, old!.text), to: anchorOf(a, now!.text) });
    }
    const fields = (x: Annotation) =>
      ENTITY_EXTRA_KEYS.filter((k) => x[k] !== undefined)
        .map((k) => `${k}=${x[k]}`)
        .join(' ');
    if (fields(a) !== fields(b)) out.push({ kind: 'changed', annotation: a, side: 'new', from: fields(b), to: fields(a) });
  }
  for (const b of old?.annotations ?? []) if (!after.has(b.id)) out.push({ kind: 'removed', annotation: b, side: 'old' });
  return [...out, ...relationChanges(old, now)];
}

/** Relations added, removed, decided or noted; a relation is paired by id like an annotation. */
function relationChanges(old: AnnotatedText | undefined, now: AnnotatedText | undefined): Change[] {
  const out: Change[] = [];
  const before = new Map((old?.relations ?? []).map((r) => [r.id, r]));
  const after = new Set((now?.relations ?? []).map((r) => r.id));
  const on = (side: AnnotatedText | undefined, r: Relation, which: 'old' | 'new') => {
    const byId = new Map((side?.annotations ?? []).map((a) => [a.id, a]));
    const from = byId.get(r.from);
    const to = byId.get(r.to);
    // A relation whose ends are both gone still gets a line: an orphan-like stand-in at line 1.
    const annotation = from ?? to ?? { id: r.id, type: 'QUOTE', status: r.status, text: '', start: 0, end: 0, orphan: true };
    return { annotation, relation: { relation: r, from, to }, side: which } as const;
  };
  for (const r of now?.relations ?? []) {
    const b = before.get(r.id);
    if (!b) out.push({ kind: 'added', ...on(now, r, 'new') });
    else {
      if (b.status !== r.status) out.push({ kind: 'decided', ...on(now, r, 'new'), from: b.status, to: r.status });
      if ((b.note ?? '') !== (r.note ?? '')) out.push({ kind: 'noted', ...on(now, r, 'new'), from: b.note ?? '', to: r.note ?? '' });
      if (b.from !== r.from || b.to !== r.to) out.push({ kind: 'changed', ...on(now, r, 'new'), from: `${b.from} → ${b.to}`, to: `${r.from} → ${r.to}` });
    }
  }
  for (const b of old?.relations ?? []) if (!after.has(b.id)) out.push({ kind: 'removed', ...on(old, b, 'old') });
  return out;
}
