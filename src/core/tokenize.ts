// Tokenizer as a table of named token rules (natasha/yargy style). Each token keeps its span,
// so recognizers never recompute offsets. natural's tokenizers drop offsets and split
// hyphenated names ("Усть-Каменогорске"), which is why this one is ours.
//
// Speed: the rules are defined by the regexes below, but running them at every position was the
// main cost of tokenizing. The first code unit decides which rule can match, and the common cases
// (basic Latin/Russian letters, ASCII digits, spaces, line breaks, ASCII and news punctuation) are
// scanned with one table of code-unit classes that matches exactly what the regexes would. Anything
// else — accented letters, combining marks, surrogates, rare symbols — still goes to the Unicode-aware
// regexes. The table (rather than chains of comparisons) also keeps V8's optimized code of the scan:
// a chain such as `c === 0x20 || c === 0x09 || ...` has comparisons that ordinary text never reaches,
// and the first text that did (an NBSP, a tab) threw the optimized tokenizer away and had it compiled
// again, four to six times in a first pass over a corpus.

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

/** Classes of UTF-16 code units (CLASS below). */
const U_OTHER = 0; // ASCII control characters other than tab and line breaks: no rule matches
const U_LETTER = 1; // basic letters, certain without Unicode tables: A–Z, a–z, Russian А–я, Ё, ё
const U_NEWLINE = 2; // CR, LF
const U_SPACE = 3; // the space rule's set
const U_DIGIT = 4; // ASCII digits
const U_PUNCT = 5; // one-unit PUNCT tokens that never join a word: ASCII punctuation and symbols, NEWS_PUNCT
const U_UNICODE = 6; // anything else from U+0080 up (incl. surrogates): the Unicode regexes decide

/**
 * Common non-ASCII punctuation and symbols of news text (\p{P} or \p{S}): quotes, dashes, ellipsis,
 * №, minus, degree, currency signs. Each is one PUNCT token and never part of a word.
 */
const NEWS_PUNCT = [0xab, 0xbb, 0xb0, 0x2013, 0x2014, 0x2026, 0x201c, 0x201d, 0x201e, 0x2018, 0x2019, 0x2116, 0x2212, 0x20ac, 0x20bd, 0x20b8];
const SPACE_UNITS = [0x20, 0x09, 0xa0, 0x202f, 0x205f, 0x3000, 0xfeff];

/** The class of every BMP code unit (64 KB, filled once at load). */
const CLASS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000).fill(U_OTHER, 0, 0x80).fill(U_UNICODE, 0x80);
  const range = (from: number, to: number, k: number) => t.fill(k, from, to + 1);
  // All of ASCII's printable non-alphanumerics are \p{P} or \p{S}; letters and digits overwrite theirs.
  range(0x21, 0x7e, U_PUNCT);
  range(0x30, 0x39, U_DIGIT);
  range(0x41, 0x5a, U_LETTER);
  range(0x61, 0x7a, U_LETTER);
  range(0x0410, 0x044f, U_LETTER);
  t[0x0401] = t[0x0451] = U_LETTER;
  t[0x0a] = t[0x0d] = U_NEWLINE;
  range(0x2000, 0x200b, U_SPACE);
  for (const c of SPACE_UNITS) t[c] = U_SPACE;
  for (const c of NEWS_PUNCT) t[c] = U_PUNCT;
  return t;
})();

/** The inner joiners of the WORD rule: - ‐ ' ’. */
function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2010 || c === 0x2019;
}

/**
 * The end of the WORD match at pos (which holds a basic letter), or -1 when a code unit that only
 * the Unicode tables can classify decides it: the caller then runs the WORD regex. A code unit surely
 * ends the word when its class is neither U_LETTER nor U_UNICODE (below U+0080 anything but a letter,
 * above it a space or news punctuation); the test is written out, not called, so that no call site
 * of the scan lacks type feedback when V8 optimizes it.
 */
function basicWordEnd(text: string, pos: number): number {
  const n = text.length;
  let i = pos + 1;
  for (;;) {
    while (i < n && CLASS[text.charCodeAt(i)] === U_LETTER) i++;
    if (i >= n) return i;
    const c = text.charCodeAt(i);
    if (!isJoiner(c)) {
      const k = CLASS[c];
      return k !== U_LETTER && k !== U_UNICODE ? i : -1;
    }
    // A joiner continues the word only when a letter follows it.
    if (i + 1 >= n) return i;
    const d = CLASS[text.charCodeAt(i + 1)];
    if (d === U_LETTER) i += 2;
    else return d !== U_LETTER && d !== U_UNICODE ? i : -1;
  }
}

/** The end of the run of code units from pos (which is of class k) that are of class k. */
function runEnd(text: string, pos: number, k: number): number {
  let i = pos + 1;
  while (i < text.length && CLASS[text.charCodeAt(i)] === k) i++;
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
    let kind: TokenKind = 'other';
    let end = -1;
    switch (CLASS[text.charCodeAt(pos)]) {
      case U_LETTER:
        kind = 'word';
        end = basicWordEnd(text, pos);
        if (end < 0) end = matchEnd(WORD, text, pos);
        break;
      case U_NEWLINE:
        kind = 'newline';
        end = runEnd(text, pos, U_NEWLINE);
        break;
      case U_SPACE:
        kind = 'space';
        end = runEnd(text, pos, U_SPACE);
        break;
      case U_DIGIT:
        kind = 'number';
        end = runEnd(text, pos, U_DIGIT);
        break;
      case U_PUNCT:
        kind = 'punct';
        end = pos + 1;
        break;
      case U_UNICODE:
        // Other code units from U+0080 up ask the Unicode-aware regexes (ASCII controls, class U_OTHER, match no rule).
        kind = 'word';
        end = matchEnd(WORD, text, pos);
        if (end < 0) {
          kind = 'punct';
          end = matchEnd(PUNCT, text, pos);
        }
        break;
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

/**
 * One line that takes every branch of the scan: a word ended by each kind of code unit, by a joiner
 * before a space, a Unicode letter, the end of the text; words the regex finishes (after a basic
 * letter and from a Unicode letter); Unicode punctuation; code points no rule knows (a lone
 * surrogate, private use inside and outside the BMP, an ASCII control); each space, line break,
 * digit and punctuation class.
 */
export const EVERY_BRANCH = 'ab cd-ef g- h-\u00e9 caf\u00e9 \u00e9t\u00e9 \u2010 \u00a9 \ud800 \ue000 \udb80\udc00 \u0001\t\u00a0 12,5 «x»\r\n\nz-';

/**
 * Tokenizes EVERY_BRANCH enough times for V8 to record type feedback on each branch (it keeps none
 * for a function's first few calls). Without it, V8 optimizes the scan on ordinary words and throws
 * that code away the first time a text reaches a branch it had not seen (an accented letter, a lone
 * surrogate, a control character): five or six compiles in a first pass over a corpus, with the
 * unoptimized scan running in between. Under a millisecond; called once when an engine is made.
 */
export function primeTokenizer(): void {
  for (let k = 0; k < 32; k++) tokenize(EVERY_BRANCH);
}
