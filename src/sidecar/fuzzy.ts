// Finds a quote that changed a little (a typo fixed inside a name) in the current article text.
// diff-match-patch (@sanity/diff-match-patch, the maintained TypeScript port of Google's library) does
// the two hard parts: `match` is Bitap fuzzy search that weighs errors against distance from where the
// quote used to be, and `makeDiff` aligns the old quote with the text found so we know where it ends.
// Bitap handles patterns up to 32 characters, so a longer quote is located by its first 32 and its end
// is found through the diff.
import { DIFF_DELETE, DIFF_EQUAL, DIFF_INSERT, makeDiff, match } from '@sanity/diff-match-patch';

const MAX_PATTERN = 32;
/** Share of the quote that may differ (edit distance / length) for a fuzzy hit to count. */
export const MAX_EDIT_SHARE = 0.25;
/** Quotes shorter than this are never matched fuzzily: "5" vs "6" or "РФ" vs "РБ" are different facts. */
export const MIN_FUZZY_LENGTH = 5;

export interface FuzzyHit {
  start: number;
  end: number;
  /** Edit distance between the old quote and text.slice(start, end). */
  distance: number;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
const digitsOf = (s: string) => s.replace(/\D+/g, '');

export function fuzzyFind(text: string, quote: string, near: number): FuzzyHit | undefined {
  if (quote.length < MIN_FUZZY_LENGTH || text.length === 0) return undefined;
  const pattern = quote.slice(0, MAX_PATTERN);
  const loc = Math.max(0, Math.min(near, text.length - 1));
  // distance: a hit anywhere in the article costs at most 0.25 — position only breaks ties,
  // because paragraphs may move far.
  let start = match(text, pattern, loc, { threshold: 0.5, distance: Math.max(1000, text.length * 4) });
  if (start < 0) return undefined;

  const slack = Math.ceil(quote.length * MAX_EDIT_SHARE) + 2;
  const window = text.slice(start, start + quote.length + slack);
  let end = start + alignedEnd(quote, window);

  // An entity starts and ends at word edges; Bitap may stop a letter short when the typo sits there.
  for (let k = 0; k < 3 && start > 0 && isWordChar(text[start - 1]) && isWordChar(text[start]); k++) start--;
  for (let k = 0; k < 3 && end < text.length && isWordChar(text[end - 1]) && isWordChar(text[end]); k++) end++;
  if (end <= start) return undefined;

  const found = text.slice(start, end);
  const distance = editDistance(quote, found);
  if (distance > Math.max(1, Math.floor(quote.length * MAX_EDIT_SHARE))) return undefined;
  // A changed figure is a different fact, not a typo: leave it to a person.
  if (digitsOf(found) !== digitsOf(quote)) return undefined;
  return { start, end, distance };
}

/** Where, in `window`, the last character of `quote` lands once the two are aligned by a diff. */
function alignedEnd(quote: string, window: string): number {
  let used = 0; // characters of quote consumed
  let pos = 0; // characters of window consumed
  let end = 0;
  for (const [op, s] of makeDiff(quote, window)) {
    if (used >= quote.length) break;
    if (op === DIFF_EQUAL) { used += s.length; pos += s.length; end = pos; }
    else if (op === DIFF_DELETE) { used += s.length; end = pos; }
    else if (op === DIFF_INSERT) pos += s.length;
  }
  return end;
}

/** Levenshtein distance (UTF-16 units); quotes are short, so the plain two-row table is enough. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
