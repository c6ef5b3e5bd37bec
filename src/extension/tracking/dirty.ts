// The parts of a document edited since the engine last read it. After the typing pause only these
// lines are read again — one paragraph instead of a whole 1 MB article — and merged back; the rest
// of the annotations only moved with the text. Pure (no vscode).
import type { TextChange } from '../model/shift';

export type Region = [start: number, end: number];

/** Adds edits (in VS Code's order) to `regions`, moving earlier regions with the text. */
export function addChanges(regions: readonly Region[], changes: readonly TextChange[]): Region[] {
  let out = regions.slice();
  for (const c of changes) {
    const delEnd = c.offset + c.deleteLength;
    const delta = c.insertText.length - c.deleteLength;
    const moved: Region[] = [];
    for (const [s, e] of out) {
      // A region after the change shifts; one the change cuts into stretches or shrinks to the change.
      const ns = s >= delEnd ? s + delta : Math.min(s, c.offset);
      const ne = e >= delEnd ? e + delta : Math.min(e, c.offset);
      moved.push([ns, Math.max(ns, ne)]);
    }
    moved.push([c.offset, c.offset + c.insertText.length]);
    out = union(moved);
  }
  return out;
}

/** Sorted, overlapping or touching regions joined. */
export function union(regions: readonly Region[]): Region[] {
  const sorted = [...regions].sort((a, b) => a[0] - b[0]);
  const out: Region[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * Each region widened to whole lines (entities never cross a line break in news text, so a
 * re-read line sees every entity it holds), clamped to the text, joined where they meet.
 */
export function toLines(text: string, regions: readonly Region[]): Region[] {
  return union(
    regions.map(([s, e]) => {
      const start = s <= 0 ? 0 : text.lastIndexOf('\n', Math.min(s, text.length) - 1) + 1;
      const nl = text.indexOf('\n', Math.min(e, text.length));
      return [start, nl < 0 ? text.length : nl + 1] as Region;
    }),
  );
}

export function covered(regions: readonly Region[]): number {
  return regions.reduce((n, [s, e]) => n + (e - s), 0);
}
