// A read-only view over tokens for the figure grammars: lower-cased text, and stepping over
// spaces (never over line breaks, which end a phrase).
import { Token } from '../tokenize';
import type { Lang } from '../types';
import type { NumberCore } from './number';

function hasUpper(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 65 && c <= 90) || (c >= 0x400 && c <= 0x42f) || (c > 0x7f && c < 0x400 && s[k] !== s[k].toLowerCase())) return true;
  }
  return false;
}

export class View {
  readonly lower: string[];
  constructor(
    readonly text: string,
    readonly toks: Token[],
  ) {
    // Most words are already lower-case: lower-casing only those with a capital saves an allocation per token.
    const lower = new Array<string>(toks.length);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i].text;
      lower[i] = toks[i].kind === 'word' && hasUpper(t) ? t.toLowerCase() : t;
    }
    this.lower = lower;
  }
  private numberMemo: Array<Readonly<NumberCore> | null> | undefined;
  private numberLang: Lang | undefined;
  /**
   * The parsed number at each token (null: none), filled by parseCore (number.ts) for one language:
   * a view asked in another language starts afresh, so answers never mix.
   */
  numbers(lang: Lang): Array<Readonly<NumberCore> | null> {
    if (!this.numberMemo || this.numberLang !== lang) {
      this.numberMemo = new Array(this.toks.length);
      this.numberLang = lang;
    }
    return this.numberMemo;
  }
  get length(): number {
    return this.toks.length;
  }
  kind(i: number): string | undefined {
    return this.toks[i]?.kind;
  }
  /** Index of the next token after i that is not a space; -1 at a line break or the end. */
  next(i: number): number {
    let j = i + 1;
    while (j < this.toks.length && this.toks[j].kind === 'space') j++;
    return j < this.toks.length && this.toks[j].kind !== 'newline' ? j : -1;
  }
  prev(i: number): number {
    let j = i - 1;
    while (j >= 0 && this.toks[j].kind === 'space') j--;
    return j >= 0 && this.toks[j].kind !== 'newline' ? j : -1;
  }
  /** True when token j follows token i with nothing between (no space); spaces are never glued. */
  glued(i: number, j: number): boolean {
    if (i < 0 || j < 0 || i >= this.toks.length || j >= this.toks.length) return false;
    const a = this.toks[i],
      b = this.toks[j];
    return a.end === b.start && a.kind !== 'space' && b.kind !== 'space' && a.kind !== 'newline' && b.kind !== 'newline';
  }
  /** Index of the word token after i if there is one (spaces skipped), else -1. */
  nextWord(i: number): number {
    const j = this.next(i);
    return j >= 0 && this.toks[j].kind === 'word' ? j : -1;
  }
  is(i: number, ...texts: string[]): boolean {
    return i >= 0 && i < this.toks.length && texts.includes(this.lower[i]);
  }
  /** Matches a phrase of lower-cased words starting at i; returns the index of its last token or -1. */
  phrase(i: number, words: readonly string[]): number {
    let j = i;
    for (let k = 0; k < words.length; k++) {
      if (j < 0 || this.lower[j] !== words[k]) return -1;
      if (k < words.length - 1) j = this.next(j);
    }
    return j;
  }
  /** True when the lower-cased token i starts with one of the stems ("статьи" with "стать"). */
  hasStem(i: number, stems: readonly string[]): boolean {
    if (i < 0 || i >= this.toks.length) return false;
    const w = this.lower[i];
    return stems.some((s) => w.startsWith(s));
  }
  /** After token i, skip an immediately glued "." (abbreviations "тыс.", "г."); returns the last index used. */
  dot(i: number): number {
    return this.glued(i, i + 1) && this.toks[i + 1].text === '.' ? i + 1 : i;
  }
  isUpperInitial(i: number): boolean {
    const c = this.toks[i].text[0];
    return c !== c.toLowerCase();
  }
}
