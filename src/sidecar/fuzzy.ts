// Finds a quote that changed a little (a typo fixed inside a name) in the current article text.
// Locating is the hard part and comes from diff-match-patch (@sanity/diff-match-patch, the maintained
// TypeScript port of Google's library): `match` is Bitap fuzzy search that weighs errors against the
// distance from where the quote used to be. Bitap handles patterns up to 32 characters, so a longer
// quote is located by its first 32. The exact edges are then chosen by edit distance, preferring word
// edges, since Bitap only promises a good start.
import { match } from '@sanity/diff-match-patch';
import { editDistance } from './distance';

export { editDistance };

const MAX_PATTERN = 32;
/** Share of the quote that may differ (edit distance / length) for a fuzzy hit to count. */
export const MAX_EDIT_SHARE = 0.25;
/** Quotes shorter than this are never matched fuzzily: "5" vs "6" or "РФ" vs "РБ" are different facts. */
export const MIN_FUZZY_LENGTH = 5;
/** How far (UTF-16 units) the start may be moved from where Bitap put it. */
const START_SLACK = 3;

export interface FuzzyHit {
  start: number;
  end: number;
  /** Edit distance between the old quote and text.slice(start, end). */
  distance: number;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
/** Cutting between two letters splits a word: allowed, but worse than a word edge at equal distance. */
const splitsWord = (text: string, i: number) => isWordChar(text[i - 1]) && isWordChar(text[i]);
const digitsOf = (s: string) => s.replace(/\D+/g, '');

/**
 * Tie-breakers between cuts of equal edit distance: cutting inside a word, or an edge whose kind
 * (letter/digit or not) differs from the quote's ("Саденов." for "Саденовв"), is worse than a clean edge.
 */
function edgePenalty(text: string, cut: number, quoteEdge: string, foundEdge: string): number {
  return (splitsWord(text, cut) ? 0.5 : 0) + (isWordChar(quoteEdge) !== isWordChar(foundEdge) ? 0.5 : 0);
}

export function fuzzyFind(text: string, quote: string, near: number): FuzzyHit | undefined {
  if (quote.length < MIN_FUZZY_LENGTH || text.length === 0) return undefined;
  const loc = Math.max(0, Math.min(near, text.length - 1));
  // distance: a hit anywhere in the article costs at most 0.25 — position only breaks ties,
  // because paragraphs may move far.
  const found = match(text, quote.slice(0, MAX_PATTERN), loc, { threshold: 0.5, distance: Math.max(1000, text.length * 4) });
  if (found < 0) return undefined;

  const maxDistance = Math.max(1, Math.floor(quote.length * MAX_EDIT_SHARE));
  let best: (FuzzyHit & { cost: number }) | undefined;
  for (let s = Math.max(0, found - START_SLACK); s <= Math.min(text.length - 1, found + START_SLACK); s++) {
    // A quote that does not start or end with a space never gains one.
    if (/\s/.test(text[s]) && !/^\s/.test(quote)) continue;
    const hit = bestEnd(text, quote, s, maxDistance);
    if (!hit) continue;
    const cost = hit.cost + edgePenalty(text, s, quote[0], text[s]) + Math.abs(s - found) * 0.01;
    if (!best || cost < best.cost) best = { ...hit, cost };
  }
  if (!best || best.distance > maxDistance) return undefined;
  // A changed figure is a different fact, not a typo: leave it to a person.
  if (digitsOf(text.slice(best.start, best.end)) !== digitsOf(quote)) return undefined;
  return { start: best.start, end: best.end, distance: best.distance };
}

/**
 * The end e that makes text.slice(start, e) closest to quote (semi-global alignment: the quote must be
 * used whole, the text after the end is free), preferring word edges and the quote's own length.
 */
function bestEnd(text: string, quote: string, start: number, maxDistance: number): (FuzzyHit & { cost: number }) | undefined {
  const window = text.slice(start, start + quote.length + maxDistance);
  // row[j] = edit distance between the quote prefix so far and window.slice(0, j)
  let row = Array.from({ length: window.length + 1 }, (_, j) => j);
  for (let i = 1; i <= quote.length; i++) {
    const next = [i];
    for (let j = 1; j <= window.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (quote[i - 1] === window[j - 1] ? 0 : 1));
    }
    row = next;
  }
  let best: (FuzzyHit & { cost: number }) | undefined;
  for (let j = 1; j <= window.length; j++) {
    const end = start + j;
    if (/\s/.test(text[end - 1]) && !/\s$/.test(quote)) continue;
    const cost = row[j] + edgePenalty(text, end, quote[quote.length - 1], text[end - 1]) + Math.abs(j - quote.length) * 0.01;
    if (!best || cost < best.cost) best = { start, end, distance: row[j], cost };
  }
  return best;
}
