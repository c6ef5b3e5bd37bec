// The version-2 anchor of an annotation: its quote, the text around it (`before`/`after`, see
// context.ts) and, only when that exact combination occurs more than once, which occurrence it is
// (`nth`, 1-based). Positions are not stored: they are computed when the file is read, so text
// inserted or deleted elsewhere in the article leaves the annotation's line untouched.
import { contextAfter, contextBefore } from './context';

/** Occurrences of quotes in one article text, each with its context, computed once per distinct quote. */
export class AnchorIndex {
  private readonly byQuote = new Map<string, { start: number; key: string }[]>();
  constructor(readonly text: string) {}

  private occurrences(quote: string): { start: number; key: string }[] {
    let list = this.byQuote.get(quote);
    if (!list) {
      list = [];
      if (quote) {
        for (let s = this.text.indexOf(quote); s >= 0; s = this.text.indexOf(quote, s + 1)) {
          list.push({ start: s, key: contextKey(contextBefore(this.text, s), contextAfter(this.text, s + quote.length)) });
        }
      }
      this.byQuote.set(quote, list);
    }
    return list;
  }

  /** Start of the nth (1-based) occurrence of the quote with exactly this context; undefined if none. */
  find(quote: string, before: string, after: string, nth = 1): number | undefined {
    const key = contextKey(before, after);
    let seen = 0;
    for (const o of this.occurrences(quote)) if (o.key === key && ++seen === nth) return o.start;
    return undefined;
  }

  /** Which occurrence (1-based) of its quote-with-context the span at `start` is. */
  nthAt(quote: string, start: number): number {
    const key = contextKey(contextBefore(this.text, start), contextAfter(this.text, start + quote.length));
    let n = 0;
    for (const o of this.occurrences(quote)) {
      if (o.key === key) n++;
      if (o.start === start) return n;
    }
    return 1;
  }
}

// Context never holds a line break (it stops at one), so a newline cannot occur inside either side.
const contextKey = (before: string, after: string) => `${before}\n${after}`;
