// What changed between two versions of one article's annotations, as a reviewer reads a pull request:
// added, removed, decided (suggested → accepted/rejected…), relabelled, noted, re-anchored (its quote
// or the text around it changed), orphaned, and other changed fields (norm, value…). Annotations are
// paired by id, which never changes once assigned. Pure: `newsmark diff` feeds it both sides.
import { contextAfter, contextBefore } from './context';
import { ENTITY_EXTRA_KEYS } from './schema';
import { Annotation } from './types';

export type ChangeKind = 'added' | 'removed' | 'decided' | 'relabelled' | 'noted' | 're-anchored' | 'orphaned' | 'changed';
export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'removed', 'decided', 'relabelled', 'noted', 're-anchored', 'orphaned', 'changed'];

/** One side: the article text and every annotation of its sidecar (orphans included), as parsed. */
export interface AnnotatedText {
  text: string;
  annotations: readonly Annotation[];
}

export interface Change {
  kind: ChangeKind;
  /** The annotation after the change (before it, for `removed`). */
  annotation: Annotation;
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
  return out;
}
