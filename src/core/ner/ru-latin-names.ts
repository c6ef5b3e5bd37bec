// Latin-script words and glued marks inside Russian text: a tagger feature (features.ts). In a
// Russian sentence a word in Latin letters is nearly always a name ("компания Piedmont Airlines",
// "сервис YouTube"), while in a line of English every word is Latin and says nothing. And a name's
// inner marks say what kind of name it is whatever its letters: the tokenizer splits "Lenta.ru",
// "Т-34", "AT&T" at the mark, and the tagger sees tokens without the spaces between them, so
// whether a mark is glued on both sides (inside a name) or stands free is told here.
import { Line } from './forms';
import { Token } from '../tokenize';

/** Marks between a token and the next (or previous) one with no space either side. */
const MARK_NONE = 0;
const MARK_DOT = 1; // "Lenta.ru", "Театр.doc"
// The tokenizer keeps letter-hyphen-letter in one word ("Coca-Cola"): a hyphen between tokens
// has a number on one side.
const MARK_HYPHEN = 2; // "Т-34", "Спартак-2", "Су-35"
const MARK_OTHER = 3; // "AT&T", "1+1", "Macy's"
const MARK_GLUED = 4; // a word and a number glued with no mark ("COVID19", "5TV")
const N_MARKS = 5;
/** Values of latinMarksOf are below this. */
export const N_LATIN_MARKS = 2 * N_MARKS * N_MARKS;

const OTHER_MARKS = new Set(['&', '/', '+', "'", '’', '!']);
const CYRILLIC = /[\u0400-\u04FF]/;
const LATIN = /[A-Za-z]/;

type Cached = Line & { latinMarks?: Uint8Array };

const glued = (a: Token, b: Token) => a.end === b.start;
const nameLike = (t: Token) => t.kind === 'word' || t.kind === 'number';

/** The mark from token a to token b in the direction given (b = a ± 1 or a ± 2 over a mark). */
function markBetween(toks: Token[], i: number, dir: 1 | -1): number {
  const n = toks[i + dir];
  if (!n || !glued(dir > 0 ? toks[i] : n, dir > 0 ? n : toks[i])) return MARK_NONE;
  if (nameLike(n)) return MARK_GLUED;
  const far = toks[i + 2 * dir];
  if (n.kind !== 'punct' || !far || !nameLike(far) || !glued(dir > 0 ? n : far, dir > 0 ? far : n)) return MARK_NONE;
  if (n.text === '.') return MARK_DOT;
  if (n.text === '-' || n.text === '‐') return MARK_HYPHEN;
  return OTHER_MARKS.has(n.text) ? MARK_OTHER : MARK_NONE;
}

/**
 * Per token: ((Latin word ? 1 : 0) × 5 + mark to the left) × 5 + mark to the right, 0 for a plain
 * Cyrillic word or a number with free space around. Only lines with a Cyrillic word get values, so an
 * English line's features are unchanged. Computed once per line.
 */
export function latinMarksOf(line: Line): Uint8Array {
  const c = line as Cached;
  if (c.latinMarks) return c.latinMarks;
  const toks = line.tokens;
  const out = new Uint8Array(toks.length);
  if (toks.some((t) => t.kind === 'word' && CYRILLIC.test(t.text)))
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!nameLike(t)) continue;
      const latin = t.kind === 'word' && !CYRILLIC.test(t.text) && LATIN.test(t.text) ? 1 : 0;
      out[i] = (latin * N_MARKS + markBetween(toks, i, -1)) * N_MARKS + markBetween(toks, i, 1);
    }
  return (c.latinMarks = out);
}
