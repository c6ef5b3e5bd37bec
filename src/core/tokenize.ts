// Tokenizer as a table of named token rules (natasha/yargy style). Each token keeps its span,
// so recognizers never recompute offsets. natural's tokenizers drop offsets and split
// hyphenated names ("Усть-Каменогорске"), which is why this one is ours.
//
// Speed: the rules are defined by the regexes below, but running them at every position was the
// main cost of tokenizing. The first code unit decides which rule can match, and the common cases
// (basic Latin/Russian letters, ASCII digits, spaces, line breaks, ASCII and news punctuation) are
// scanned by code-unit checks that match exactly what the regexes would. Anything else — accented
// letters, combining marks, surrogates, rare symbols — still goes to the Unicode-aware regexes.

export type TokenKind = 'word' | 'number' | 'punct' | 'space' | 'newline' | 'other';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

// The rules, in order (the first that matches at a position wins). Their first characters are
// disjoint, so only WORD and PUNCT ever compete, and WORD comes first.
// Paragraph/line breaks matter to recognizers (headlines, datelines), so they are their own kind.
//   newline: /(?:\r\n|\r|\n)+/  — any run of CR and LF
// Spaces include NBSP (U+00A0), narrow NBSP (U+202F) and thin space (U+2009) used as thousands separators.
//   space:   /[ \t\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/
// Digits only; "1 500" and "2,5" are joined by the number recognizer, which knows the context.
//   number:  /\d+/  — ASCII digits
// Letters with inner hyphens and apostrophes: "Усть-Каменогорске", "O'Brien", "Западно-Казахстанской".
const WORD = /[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*/uy;
const PUNCT = /[\p{P}\p{S}]/uy;

function isNewlineUnit(c: number): boolean {
  return c === 0x0a || c === 0x0d;
}

function isSpaceUnit(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Letters whose class is certain without Unicode tables: A–Z, a–z, Russian А–я, Ё, ё. */
function isBasicLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x0410 && c <= 0x044f) || c === 0x0401 || c === 0x0451;
}

/** The inner joiners of the WORD rule: - ‐ ' ’. */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2010 || c === 0x2019;
}

/**
 * Common non-ASCII punctuation and symbols of news text (\p{P} or \p{S}): quotes, dashes, ellipsis,
 * №, minus, degree, currency signs. Each is one PUNCT token and never part of a word.
 */
const NEWS_PUNCT = new Set([0xab, 0xbb, 0xb0, 0x2013, 0x2014, 0x2026, 0x201c, 0x201d, 0x201e, 0x2018, 0x2019, 0x2116, 0x2212, 0x20ac, 0x20bd, 0x20b8]);

/** ASCII punctuation and symbols: all of ASCII's printable non-alphanumerics are \p{P} or \p{S}. */
function isAsciiPunct(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

/** True when c surely cannot continue a WORD match (false also means "don't know"). */
function endsWord(c: number): boolean {
  return c < 0x80 ? !isBasicLetter(c) : isSpaceUnit(c) || NEWS_PUNCT.has(c);
}

/**
 * The end of the WORD match at pos (which holds a basic letter), or -1 when a code unit that only
 * the Unicode tables can classify decides it: the caller then runs the WORD regex.
 */
function basicWordEnd(text: string, pos: number): number {
  const n = text.length;
  let i = pos + 1;
  for (;;) {
    while (i < n && isBasicLetter(text.charCodeAt(i))) i++;
    if (i >= n) return i;
    const c = text.charCodeAt(i);
    if (!isJoiner(c)) return endsWord(c) ? i : -1;
    // A joiner continues the word only when a letter follows it.
    if (i + 1 >= n) return i;
    const d = text.charCodeAt(i + 1);
    if (isBasicLetter(d)) i += 2;
    else return endsWord(d) ? i : -1;
  }
}

/** The end of the run of code units from pos (which is in the class) that are in the class. */
function runEnd(text: string, pos: number, inClass: (c: number) => boolean): number {
  let i = pos + 1;
  while (i < text.length && inClass(text.charCodeAt(i))) i++;
  return i;
}

/** End of the match of a sticky regex at pos, or -1. */
function matchEnd(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(text) && re.lastIndex > pos ? re.lastIndex : -1;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const c = text.charCodeAt(pos);
    let kind: TokenKind = 'other';
    let end = -1;
    if (isBasicLetter(c)) {
      kind = 'word';
      end = basicWordEnd(text, pos);
      if (end < 0) end = matchEnd(WORD, text, pos);
    } else if (isNewlineUnit(c)) {
      kind = 'newline';
      end = runEnd(text, pos, isNewlineUnit);
    } else if (isSpaceUnit(c)) {
      kind = 'space';
      end = runEnd(text, pos, isSpaceUnit);
    } else if (isDigit(c)) {
      kind = 'number';
      end = runEnd(text, pos, isDigit);
    } else if (isAsciiPunct(c) || NEWS_PUNCT.has(c)) {
      kind = 'punct';
      end = pos + 1;
    } else if (c >= 0x80) {
      // ASCII control characters match no rule; other code units ask the Unicode-aware regexes.
      kind = 'word';
      end = matchEnd(WORD, text, pos);
      if (end < 0) {
        kind = 'punct';
        end = matchEnd(PUNCT, text, pos);
      }
    }
    if (end < 0) {
      // A lone surrogate half or another code point no rule knows: one token per code point.
      kind = 'other';
      end = pos + (text.codePointAt(pos)! > 0xffff ? 2 : 1);
    }
    tokens.push({ kind, text: text.slice(pos, end), start: pos, end });
    pos = end;
  }
  return tokens;
}
