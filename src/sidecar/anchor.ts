// The version-2 anchor of an annotation: its quote, the text around it (`before`/`after`, see
// context.ts) and, only when that exact combination occurs more than once, which occurrence it is
// (`nth`, 1-based). Positions are not stored: they are computed when the file is read, so text
// inserted or deleted elsewhere in the article leaves the annotation's line untouched.
import { contextAfter, contextBefore } from './context';

/**
 * Occurrences of quotes in one article text, grouped by their context, computed once per distinct
 * quote: finding an anchor, or the nth of one, costs a map lookup (plus a binary search), so a
 * repetitive article with thousands of identical quotes stays linear.
 */
export class AnchorIndex {
  private readonly byQuote = new Map<string, Map<string, number[]>>();
  constructor(readonly text: string) {}

  private places(quote: string): Map<string, number[]> {
    let byKey = this.byQuote.get(quote);
    if (!byKey) {
      byKey = new Map();
      this.byQuote.set(quote, byKey);
      if (quote) for (let s = this.text.indexOf(quote); s >= 0; s = this.text.indexOf(quote, s + 1)) this.add(byKey, quote, s);
    }
    return byKey;
  }

  private add(byKey: Map<string, number[]>, quote: string, s: number): void {
    const key = contextKey(contextBefore(this.text, s), contextAfter(this.text, s + quote.length));
    const starts = byKey.get(key);
    if (starts) starts.push(s);
    else byKey.set(key, [s]);
  }

  /**
   * Finds every occurrence of all these quotes in one pass over the text, as places() would one by
   * one. A sidecar of a long article holds thousands of distinct quotes, and a text search per quote
   * made reading or writing it cost quotes × text (1 MB, 11,849 entries: seconds). The quotes are
   * bucketed by their first two code units (one for a one-unit quote); each text position looks up
   * its two buckets and compares only the quotes in them.
   */
  prepare(quotes: Iterable<string>): void {
    const byPair = new Map<number, string[]>();
    const bySingle = new Map<number, string[]>();
    for (const q of quotes) {
      if (!q || this.byQuote.has(q)) continue;
      this.byQuote.set(q, new Map());
      const [buckets, key] = q.length === 1 ? [bySingle, q.charCodeAt(0)] : [byPair, q.charCodeAt(0) * 0x10000 + q.charCodeAt(1)];
      const bucket = buckets.get(key);
      if (bucket) bucket.push(q);
      else buckets.set(key, [q]);
    }
    if (!byPair.size && !bySingle.size) return;
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const single = bySingle.get(c);
      if (single) this.add(this.byQuote.get(single[0])!, single[0], i);
      const pair = i + 1 < text.length ? byPair.get(c * 0x10000 + text.charCodeAt(i + 1)) : undefined;
      if (pair) for (const q of pair) if (text.startsWith(q, i)) this.add(this.byQuote.get(q)!, q, i);
    }
  }

  /** Start of the nth (1-based) occurrence of the quote with exactly this context; undefined if none. */
  find(quote: string, before: string, after: string, nth = 1): number | undefined {
    return this.places(quote).get(contextKey(before, after))?.[nth - 1];
  }

  /**
   * The same answer as find(), searching the text only up to it: for a few quotes that sit near its
   * start (the first screen of a long article), where indexing every occurrence of each quote in 1 MB
   * would cost more than the search.
   */
  findEarly(quote: string, before: string, after: string, nth = 1): number | undefined {
    if (!quote) return undefined;
    let seen = 0;
    for (let s = this.text.indexOf(quote); s >= 0; s = this.text.indexOf(quote, s + 1)) {
      if (contextBefore(this.text, s) === before && contextAfter(this.text, s + quote.length) === after && ++seen === nth) return s;
    }
    return undefined;
  }

  /** Which occurrence (1-based) of its quote-with-context the span at `start` is. */
  nthAt(quote: string, start: number): number {
    const key = contextKey(contextBefore(this.text, start), contextAfter(this.text, start + quote.length));
    const starts = this.places(quote).get(key) ?? [];
    // Starts are ascending: binary search for `start`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < start) lo = mid + 1;
      else hi = mid;
    }
    return starts[lo] === start ? lo + 1 : 1;
  }
}

// Context never holds a line break (it stops at one), so a newline cannot occur inside either side.
const contextKey = (before: string, after: string) => `${before}\n${after}`;
