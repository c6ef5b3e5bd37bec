// Lookups over a document's sorted annotations: what is under the cursor, what comes next.
// Pure (no vscode); orphans have no place in the text and are never "at" an offset.
import type { Annotation } from '../../sidecar';

/** Annotations covering `offset` (a cursor right after the last character counts), innermost first. */
export function annotationsAt(list: readonly Annotation[], offset: number): Annotation[] {
  return list.filter((a) => !a.orphan && a.start <= offset && offset <= a.end && a.start < a.end).sort((x, y) => x.end - x.start - (y.end - y.start));
}

/** The first annotation starting after `offset` (wrapping around), or before it when `backwards`. */
export function nextAnnotation(
  list: readonly Annotation[],
  offset: number,
  backwards: boolean,
  accept: (a: Annotation) => boolean = () => true,
): Annotation | undefined {
  const live = list.filter((a) => !a.orphan && accept(a));
  if (live.length === 0) return undefined;
  if (backwards) {
    for (let i = live.length - 1; i >= 0; i--) if (live[i].start < offset) return live[i];
    return live[live.length - 1];
  }
  return live.find((a) => a.start > offset) ?? live[0];
}

/**
 * Longest entity expected in news text, in UTF-16 units: a window that must catch every annotation
 * overlapping [lo, hi) starts its search at lo - MAX_SPAN.
 */
export const MAX_SPAN = 2000;

/** Index of the first annotation with start >= `start` in a list sorted by start (binary search). */
export function lowerBound(list: readonly Annotation[], start: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
