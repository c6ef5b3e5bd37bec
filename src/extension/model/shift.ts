// Moves annotations with the text while the person types, before the engine runs again: a change
// before an annotation shifts it, a change inside it stretches it, a change that cuts through it
// drops a suggestion (the engine will find it again) but turns a person's decision into an orphan
// — never lost — with a trace of where it was, so undoing the edit brings it back in place.
// Pure (no vscode): the bench measures it, and the unit tests drive it with tables.
import type { Annotation } from '../../sidecar';

/** One content change, offsets in the text as it was just before this change (VS Code's order). */
export interface TextChange {
  offset: number;
  deleteLength: number;
  insertText: string;
}

/** Where an orphan made by an edit used to be: its quote sat at [anchor+relStart, anchor+relEnd). */
export interface OrphanTrace {
  anchor: number;
  relStart: number;
  relEnd: number;
}

export interface Tracked {
  ann: Annotation;
  /** Set when an edit orphaned this annotation; lets undo/redo restore it. */
  trace?: OrphanTrace;
}

/**
 * Applies `changes` in order (each relative to the text after the previous one, as VS Code reports
 * them) and returns the new list; `textAt` reads the document after all changes, to refresh quotes
 * of stretched annotations. With `restore`, an insertion that puts an orphan's quote back at its
 * old place re-anchors it (undo/redo of a deletion).
 */
export function shiftAnnotations(
  items: readonly Tracked[],
  changes: readonly TextChange[],
  textAt: (start: number, end: number) => string,
  restore = false,
): Tracked[] {
  let out = items.slice();
  const stretched = new Set<Tracked>();
  for (const ch of changes) {
    const next: Tracked[] = [];
    const delEnd = ch.offset + ch.deleteLength;
    const delta = ch.insertText.length - ch.deleteLength;
    for (const t of out) {
      const a = t.ann;
      if (t.trace || a.orphan) {
        next.push(shiftOrphan(t, ch, delta, restore));
        continue;
      }
      if (a.end <= ch.offset) {
        next.push(t); // wholly before the change (typing right after a word does not extend it)
      } else if (a.start >= delEnd) {
        next.push(moved(t, a.start + delta, a.end + delta)); // wholly after: shift
      } else if (ch.offset >= a.start && delEnd <= a.end && !(ch.offset === a.start && ch.deleteLength > 0 && delEnd === a.end)) {
        const s = moved(t, a.start, a.end + delta); // inside: stretch, quote refreshed below
        stretched.add(s);
        next.push(s);
      } else if (a.status !== 'suggested') {
        // Cut through or replaced: keep the decision as an orphan at the change point.
        // Like the sidecar's orphans, it keeps its last known start/end/text; the trace follows the text.
        next.push({
          ann: { ...a, orphan: true },
          trace: { anchor: ch.offset, relStart: a.start - ch.offset, relEnd: a.end - ch.offset },
        });
      }
      // A suggestion cut through is dropped: the debounced re-extraction decides anew.
    }
    out = next;
  }
  for (const t of out) {
    if (stretched.has(t) && !t.ann.orphan) t.ann = { ...t.ann, text: textAt(t.ann.start, t.ann.end) };
  }
  return out;
}

function moved(t: Tracked, start: number, end: number): Tracked {
  return { ann: { ...t.ann, start, end }, trace: t.trace };
}

function shiftOrphan(t: Tracked, ch: TextChange, delta: number, restore: boolean): Tracked {
  const tr = t.trace;
  if (!tr) return t; // an orphan from the sidecar: nothing to follow
  const delEnd = ch.offset + ch.deleteLength;
  if (restore && ch.offset === tr.anchor && ch.deleteLength === 0) {
    const quote = ch.insertText.slice(tr.relStart, tr.relEnd);
    if (tr.relStart >= 0 && quote === t.ann.text) {
      const { orphan: _o, ...rest } = t.ann;
      return { ann: { ...rest, start: tr.anchor + tr.relStart, end: tr.anchor + tr.relEnd } };
    }
  }
  let anchor = tr.anchor;
  if (anchor >= delEnd && !(anchor === ch.offset && ch.deleteLength === 0)) anchor += delta;
  else if (anchor > ch.offset) anchor = ch.offset; // the point was deleted: collapse to the change
  return { ann: t.ann, trace: { ...tr, anchor } };
}
