// Entities looked up by place: the quote and role finders ask, for every quote or person, which
// names lie inside a phrase, end just before a word or cover a point. Scanning every entity of the
// document for each of them was quadratic in a long article (seconds for 1 MB on the editor's host
// thread); sorted once by start and by end, each question is a binary search plus the few hits.
// Answers come in entity-list order, so a caller that takes "the first" gets what a scan would give.
import type { Entity } from '../types';

export interface SpanIndex {
  /** Indices of entities with from <= start and end <= to, ascending. */
  inside(from: number, to: number): number[];
  /** Indices of entities whose end is in [from, to], ascending. */
  endingIn(from: number, to: number): number[];
  /** Whether an entity covers the offset (start <= at < end). */
  covers(at: number): boolean;
}

/** First position in `order` whose key is >= x. */
function lowerBound(order: readonly number[], key: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(order[mid]) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An index of the entities that pass `keep` (all of them by default). */
export function spanIndex(entities: readonly Entity[], keep: (e: Entity) => boolean = () => true): SpanIndex {
  const kept = entities.map((_, i) => i).filter((i) => keep(entities[i]));
  const start = (i: number) => entities[i].start;
  const end = (i: number) => entities[i].end;
  const byStart = [...kept].sort((x, y) => start(x) - start(y) || x - y);
  const byEnd = [...kept].sort((x, y) => end(x) - end(y) || x - y);
  const longest = kept.reduce((m, i) => Math.max(m, end(i) - start(i)), 0);
  return {
    inside(from, to) {
      const out: number[] = [];
      for (let k = lowerBound(byStart, start, from); k < byStart.length && start(byStart[k]) <= to; k++) if (end(byStart[k]) <= to) out.push(byStart[k]);
      return out.sort((x, y) => x - y);
    },
    endingIn(from, to) {
      const out: number[] = [];
      for (let k = lowerBound(byEnd, end, from); k < byEnd.length && end(byEnd[k]) <= to; k++) out.push(byEnd[k]);
      return out.sort((x, y) => x - y);
    },
    covers(at) {
      // Only an entity starting within `longest` before the offset can reach over it.
      for (let k = lowerBound(byStart, start, at - longest + 1); k < byStart.length && start(byStart[k]) <= at; k++) if (end(byStart[k]) > at) return true;
      return false;
    },
  };
}
