// Document-level evidence for the English rules. A capital letter at a sentence start or in a Title Case
// headline says nothing about a word, so such words need evidence from elsewhere: the same word opening a
// capitalized run in the middle of a sentence, or a name typed earlier in the document (the memory).
import { Line, sentenceStart } from './forms';
import { NerType } from './labels';

/** Names typed so far in a document (a later bare "Nurlanov" is the same person) plus document evidence. */
export class EnMemory extends Map<string, NerType> {
  /** Words that open a capitalized run in mid-sentence somewhere in the document's body (not in headlines). */
  readonly midRunFirst = new Set<string>();
  private headlines = new WeakMap<Line, boolean>();

  isHeadline(line: Line): boolean {
    let h = this.headlines.get(line);
    if (h === undefined) this.headlines.set(line, (h = headlineLike(line)));
    return h;
  }
}

export function isCapWord(text: string): boolean {
  return /^[A-Z][\p{L}'’.-]*$/u.test(text);
}

/** Strips a possessive ending: "Kazakhstan's" → "Kazakhstan". */
export function bare(w: string): string {
  return w.replace(/['’]s$/, '');
}

/** Builds the memory for one document: one pass over its lines collects the evidence. */
export function createEnMemory(lines: readonly Line[]): EnMemory {
  const m = new EnMemory();
  for (const line of lines) {
    if (m.isHeadline(line)) continue;
    const toks = line.tokens;
    for (let i = 0; i < toks.length; i++) {
      if (toks[i].kind !== 'word' || !isCapWord(toks[i].text)) continue;
      const prevCap = i > 0 && toks[i - 1].kind === 'word' && isCapWord(toks[i - 1].text);
      if (!prevCap && !sentenceStart(line, i)) m.midRunFirst.add(bare(toks[i].text));
    }
  }
  return m;
}

/**
 * A Title Case headline ("Floods Cut Roads In Northern Italy"): no sentence punctuation, no brackets,
 * and most words longer than three letters capitalized.
 */
function headlineLike(line: Line): boolean {
  const toks = line.tokens;
  if (!toks.length || toks[0].kind !== 'word' || !isCapWord(toks[0].text)) return false;
  let long = 0;
  let caps = 0;
  for (const t of toks) {
    if (t.kind === 'punct' && /^[.;()!?]$/.test(t.text)) return false;
    if (t.kind !== 'word' || t.text.length <= 3) continue;
    long++;
    if (isCapWord(t.text)) caps++;
  }
  return long >= 3 && caps >= 0.75 * long;
}
