// A few characters of article text on each side of an annotation, stored so that the annotation can be
// found again after the article changes. Context stops at a line break: paragraphs then move (reorder,
// insert above) or change line endings (LF → CRLF) without disturbing the context of their annotations,
// and a reviewer reads one clean fragment of the sentence.
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

const isLineEdge = (text: string, i: number) => i < 0 || i >= text.length || text[i] === '\n' || text[i] === '\r';

/**
 * How well stored context agrees with the text around [start, end): the share of stored context
 * characters that still stand next to the span, counted outwards from it (0 … 1). Context shorter than
 * CONTEXT_CHARS was cut by a line edge, and that edge counts as one more character to agree on.
 * No stored context at all (an entry written by hand) scores a neutral 0.5.
 */
export function contextScore(text: string, start: number, end: number, before?: string, after?: string): number {
  if (before === undefined && after === undefined) return 0.5;
  const b = before ?? '';
  const a = after ?? '';
  let nb = 0;
  while (nb < b.length && start - 1 - nb >= 0 && text[start - 1 - nb] === b[b.length - 1 - nb]) nb++;
  let na = 0;
  while (na < a.length && end + na < text.length && text[end + na] === a[na]) na++;
  let total = b.length + a.length;
  if (before !== undefined && b.length < CONTEXT_CHARS) {
    total++;
    if (nb === b.length && isLineEdge(text, start - 1 - nb)) nb++;
  }
  if (after !== undefined && a.length < CONTEXT_CHARS) {
    total++;
    if (na === a.length && isLineEdge(text, end + na)) na++;
  }
  return total === 0 ? 1 : (nb + na) / total;
}
