// A few characters of article text on each side of an annotation, stored so that the annotation can be
// found again after the article changes. Context stops at a line break: paragraphs then move (reorder,
// insert above) or change line endings (LF → CRLF) without disturbing the context of their annotations,
// and a reviewer reads one clean fragment of the sentence.
import { editDistance } from './distance';

export const CONTEXT_CHARS = 24;

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function contextBefore(text: string, start: number, n = CONTEXT_CHARS): string {
  let from = Math.max(0, start - n);
  // Never cut a non-BMP character in half.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let s = text.slice(from, start);
  const nl = Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'));
  if (nl >= 0) s = s.slice(nl + 1);
  return s;
}

export function contextAfter(text: string, end: number, n = CONTEXT_CHARS): string {
  let to = Math.min(text.length, end + n);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  let s = text.slice(end, to);
  const nl = s.search(/[\r\n]/);
  if (nl >= 0) s = s.slice(0, nl);
  return s;
}

/**
 * How well stored context agrees with the text around [start, end), 0 … 1: one minus the edit distance
 * between the stored and the current context, per side, weighted by length. Edit distance, not exact
 * match, so a typo fixed in the next word ("Колокльцев и Ержан") barely lowers the score. An empty
 * context (the span sat at a line edge) agrees only with another line edge.
 * No stored context at all (an entry written by hand) scores a neutral 0.5.
 */
export function contextScore(text: string, start: number, end: number, before?: string, after?: string): number {
  if (before === undefined && after === undefined) return 0.5;
  const sides: [string | undefined, string][] = [
    [before, contextBefore(text, start)],
    [after, contextAfter(text, end)],
  ];
  let agree = 0;
  let total = 0;
  for (const [stored, now] of sides) {
    if (stored === undefined) continue;
    const weight = Math.max(stored.length, now.length, 1);
    agree += weight - (stored === now ? 0 : Math.min(weight, editDistance(stored, now)));
    total += weight;
  }
  return agree / total;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * Whether [start, end) cuts words the way the annotation originally did. An entity normally sits on
 * word edges; one that was cut mid-word (a person's selection) says so in its stored context. Without
 * this, "Казахстан" would re-anchor inside "Казахстана" once its own sentence is deleted.
 */
export function edgesAgree(text: string, start: number, end: number, quote: string, before?: string, after?: string): boolean {
  const splitAtStart = isWordChar(text[start - 1]) && isWordChar(text[start]);
  const splitAtEnd = isWordChar(text[end - 1]) && isWordChar(text[end]);
  const wasSplitAtStart = !!before && isWordChar(before[before.length - 1]) && isWordChar(quote[0]);
  const wasSplitAtEnd = !!after && isWordChar(after[0]) && isWordChar(quote[quote.length - 1]);
  return splitAtStart === wasSplitAtStart && splitAtEnd === wasSplitAtEnd;
}
