// Tokenizer as a table of named token rules (natasha/yargy style). Each token keeps its span,
// so recognizers never recompute offsets. natural's tokenizers drop offsets and split
// hyphenated names ("Усть-Каменогорске"), which is why this one is ours.

export type TokenKind = 'word' | 'number' | 'punct' | 'space' | 'newline' | 'other';

export interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

interface TokenRule {
  kind: TokenKind;
  re: RegExp;
}

// Order matters: the first rule that matches at a position wins.
const TOKEN_RULES: readonly TokenRule[] = [
  // Paragraph/line breaks matter to recognizers (headlines, datelines), so they are their own kind.
  { kind: 'newline', re: /(?:\r\n|\r|\n)+/y },
  // Spaces include NBSP (U+00A0), narrow NBSP (U+202F) and thin space (U+2009) used as thousands separators.
  { kind: 'space', re: /[ \t\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/y },
  // Digits only; "1 500" and "2,5" are joined by the number recognizer, which knows the context.
  { kind: 'number', re: /\d+/y },
  // Letters with inner hyphens and apostrophes: "Усть-Каменогорске", "O'Brien", "Западно-Казахстанской".
  { kind: 'word', re: /[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*/uy },
  { kind: 'punct', re: /[\p{P}\p{S}]/uy },
];

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  outer: while (pos < text.length) {
    for (const rule of TOKEN_RULES) {
      rule.re.lastIndex = pos;
      const m = rule.re.exec(text);
      if (m && m[0].length > 0) {
        tokens.push({ kind: rule.kind, text: m[0], start: pos, end: pos + m[0].length });
        pos += m[0].length;
        continue outer;
      }
    }
    // A lone surrogate half or another code point no rule knows: one token per code point.
    const cp = text.codePointAt(pos)!;
    const len = cp > 0xffff ? 2 : 1;
    tokens.push({ kind: 'other', text: text.slice(pos, pos + len), start: pos, end: pos + len });
    pos += len;
  }
  return tokens;
}
