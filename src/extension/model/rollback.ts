// What the editor shows after a sidecar write failed (a read-only file, a file that kept changing
// while we wrote it): the list as last read from or written to the file, so a change that did not
// reach the file is never shown as made. Pure, so the rule is tested without an editor.
import type { Annotation } from '../../sidecar';

/**
 * `saved` (the file's list) at the places its annotations are now in `current` (typing since the
 * last write moved them). A saved annotation the unsaved change removed comes back at its old
 * offsets if its quote is still there (`textAt`), else as an orphan, as undo does. What the file
 * does not hold (no sidecar yet, or a suggestion the engine made since the last write) is the
 * engine's: a decision or note on it goes, it stays a suggestion; one a person added goes.
 */
export function rollBack(current: readonly Annotation[], saved: readonly Annotation[], textAt: (start: number, end: number) => string): Annotation[] {
  const now = new Map(current.map((a) => [a.id, a]));
  const out: Annotation[] = [];
  for (const s of saved) {
    const n = now.get(s.id);
    if (n) {
      const back: Annotation = { ...s, start: n.start, end: n.end, text: n.text };
      if (n.orphan) back.orphan = true;
      else delete back.orphan;
      out.push(back);
    } else if (!s.orphan && textAt(s.start, s.end) !== s.text) out.push({ ...s, orphan: true });
    else out.push(s);
  }
  const known = new Set(saved.map((a) => a.id));
  for (const c of current) {
    if (known.has(c.id) || c.status === 'manual') continue;
    const { note: _note, ...engine } = c;
    out.push({ ...engine, status: 'suggested' });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
