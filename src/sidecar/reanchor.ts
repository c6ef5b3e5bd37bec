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

interface Candidate { index: number; start: number; end: number; score: number; how: AnchorHow }

export function reanchor(anchors: readonly StoredAnchor[], text: string): Anchored[] {
  const result: (Anchored | undefined)[] = new Array(anchors.length).fill(undefined);
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
    for (let s = text.indexOf(a.text); s >= 0; s = text.indexOf(a.text, s + 1)) {
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
    for (let s = text.indexOf(a.text); s >= 0; s = text.indexOf(a.text, s + 1)) {
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
