// Finds stored annotations again in the current article text. In order of preference:
//   1. the quote at its stored offsets (with its context agreeing),
//   2. the quote elsewhere, at the occurrence whose surrounding text best matches the stored context,
//   3. a fuzzy match of the quote (a typo fixed inside a name),
//   4. otherwise the annotation becomes an orphan: kept, marked, listed — never dropped.
// Every occurrence of the text is claimed by at most one annotation, best evidence first, so when a
// sentence with one of two "Владимир Колокольцев" is deleted, its annotation does not steal the other's.
import { contextAfter, contextBefore, contextScore, edgesAgree } from './context';
import { fuzzyFind } from './fuzzy';
import { AnchorHow } from './types';

export interface StoredAnchor {
  id: string;
  type: string;
  text: string;
  start: number;
  end: number;
  before?: string;
  after?: string;
}

export interface Anchored {
  how: AnchorHow;
  start: number;
  end: number;
  text: string;
}

/** Below this context agreement an occurrence away from the stored offsets is not trusted… */
const MIN_CONTEXT = 0.2;
/** …unless the quote itself is long enough to be distinctive. */
const DISTINCTIVE_LENGTH = 8;
/** A quote that changed (fuzzy) needs at least half its stored context intact: "Россия" → "России"
 *  in the same phrase elsewhere is another mention, not a typo fix. */
const FUZZY_MIN_CONTEXT = 0.5;

/**
 * At most this many occurrences of a quote, the nearest to its stored offset, are weighed for one
 * annotation. On repetitive text ("Москва. " ten thousand times) every annotation would otherwise
 * weigh every occurrence: quadratic time and memory, out of memory at 10k. Occurrences further away
 * than the nearest few dozen only matter when their context is better, and on text that repetitive
 * the context of the near ones is the same.
 */
export const MAX_OCCURRENCES = 48;

interface Candidate {
  index: number;
  start: number;
  end: number;
  score: number;
  how: AnchorHow;
}

/** Every start of `quote` in `text`, found once per distinct quote (many annotations share one). */
class Occurrences {
  private readonly cache = new Map<string, number[]>();
  constructor(private readonly text: string) {}
  /** The starts of `quote` nearest to `near`, at most `limit`, in text order. */
  nearest(quote: string, near: number, limit = MAX_OCCURRENCES): number[] {
    let all = this.cache.get(quote);
    if (!all) {
      all = [];
      for (let s = this.text.indexOf(quote); s >= 0; s = this.text.indexOf(quote, s + 1)) all.push(s);
      this.cache.set(quote, all);
    }
    if (all.length <= limit) return all;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid] < near) lo = mid + 1;
      else hi = mid;
    }
    // Widen [left, right) around the insertion point, nearer side first.
    let left = lo;
    let right = lo;
    while (right - left < limit) {
      if (left === 0) right++;
      else if (right === all.length) left--;
      else if (near - all[left - 1] <= all[right] - near) left--;
      else right++;
    }
    return all.slice(left, right);
  }
}

export function reanchor(anchors: readonly StoredAnchor[], text: string): Anchored[] {
  const result: (Anchored | undefined)[] = new Array(anchors.length).fill(undefined);
  const occurrences = new Occurrences(text);
  const claimed = new Set<string>();
  const claimKey = (i: number, s: number, e: number) => `${anchors[i].type}:${s}:${e}`;
  const assign = (c: Candidate) => {
    if (result[c.index] || claimed.has(claimKey(c.index, c.start, c.end))) return;
    claimed.add(claimKey(c.index, c.start, c.end));
    result[c.index] = { how: c.how, start: c.start, end: c.end, text: text.slice(c.start, c.end) };
  };

  // Fast path, and the common case: quote and full context still in place. Nothing can score higher.
  anchors.forEach((a, index) => {
    if (a.text && text.slice(a.start, a.end) === a.text && contextScore(text, a.start, a.end, a.before, a.after) === 1) {
      assign({ index, start: a.start, end: a.end, score: Infinity, how: 'offsets' });
    }
  });

  // Next, occurrences whose whole stored context is still beside them (a paragraph inserted above, a
  // line-ending change): plain string comparison, nearest first. Only what is left needs edit distances.
  const perfect: Candidate[] = [];
  anchors.forEach((a, index) => {
    if (!a.text || result[index] || (a.before === undefined && a.after === undefined)) return;
    for (const s of occurrences.nearest(a.text, a.start)) {
      const e = s + a.text.length;
      if ((a.before ?? '') === contextBefore(text, s) && (a.after ?? '') === contextAfter(text, e)) {
        perfect.push({ index, start: s, end: e, score: -Math.abs(s - a.start), how: 'quote' });
      }
    }
  });
  perfect.sort((x, y) => y.score - x.score || x.index - y.index || x.start - y.start).forEach(assign);

  const candidates: Candidate[] = [];
  anchors.forEach((a, index) => {
    if (!a.text || result[index]) return;
    for (const s of occurrences.nearest(a.text, a.start)) {
      const e = s + a.text.length;
      const ctx = contextScore(text, s, e, a.before, a.after);
      const atOffsets = s === a.start && e === a.end;
      if (!edgesAgree(text, s, e, a.text, a.before, a.after)) continue;
      if (!atOffsets && ctx < MIN_CONTEXT && a.text.length < DISTINCTIVE_LENGTH) continue;
      // Context outweighs position: after a paragraph swap the old offsets may hold another occurrence.
      const nearness = 1 - Math.min(1, Math.abs(s - a.start) / Math.max(1, text.length));
      const score = 2 * ctx + (atOffsets ? 1 : 0) + 0.1 * nearness;
      candidates.push({ index, start: s, end: e, score, how: atOffsets ? 'offsets' : 'quote' });
    }
  });

  // Deterministic: ties fall back to file order, then position.
  candidates.sort((x, y) => y.score - x.score || x.index - y.index || x.start - y.start).forEach(assign);

  anchors.forEach((a, index) => {
    if (result[index]) return;
    const hit = fuzzyFind(text, a.text, a.start);
    // A changed quote needs its surroundings to vouch for it, whatever its length.
    if (hit && edgesAgree(text, hit.start, hit.end, a.text, a.before, a.after)) {
      if (contextScore(text, hit.start, hit.end, a.before, a.after) >= FUZZY_MIN_CONTEXT) {
        assign({ index, start: hit.start, end: hit.end, score: 0, how: 'fuzzy' });
      }
    }
  });

  return anchors.map((a, i) => result[i] ?? { how: 'orphan', start: a.start, end: a.end, text: a.text });
}
