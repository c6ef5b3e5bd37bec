// Numbers written with digits: "120", "1 500" (space, NBSP or thin space between thousands),
// "1,234,567" (English), "2,5" (Russian decimal comma), "1.5", ".77", "3/4", "1e10", "1.5 × 10^6", "10⁸", and glued
// multipliers "100к", "10M". Identifiers are refused: phone numbers, "COVID-19", ISBN-like chains,
// version numbers and IP addresses ("1.2.3"), and digits glued to letters ("29km", "A320").
import { Lang } from '../types';
import { View } from './view';
import { GLUED_MULTIPLIERS } from './tables/multipliers';
import { ISO_CODES, CURRENCY_ABBREVIATIONS } from './tables/currencies';
import { TIMES_SIGNS, SUPERSCRIPTS } from './tables/scientific';
import { PERCENT_SIGNS, EN_PERCENT_WORDS, RU_PERCENT_STEM } from './tables/percent';

/** Letters that may touch digits because they name a currency: "USD3.14", "Rs20", "42MYR", "10р", "43ц". */
export function currencyLetters(raw: string): boolean {
  return (
    ISO_CODES.has(raw) ||
    (raw.length === 4 && raw[0] === 'M' && ISO_CODES.has(raw.slice(1))) ||
    (CURRENCY_ABBREVIATIONS[raw.toLowerCase()] !== undefined && raw.length > 1)
  );
}

export interface DigitNumber {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  value: number;
  /** The integer as written had 4 digits and no separators (a possible year). */
  plain4: boolean;
  /** Number of digits before any separator, for ordinals and years. */
  intDigits: number;
  /** Written with a fraction or decimal part. */
  decimal: boolean;
  /** Letters glued right after the digits that are not a multiplier ("3й", "1ое", "29km"). */
  glued?: string;
}

const SPACE_SEP = /^[ \u00A0\u2009\u202F]$/;

/** True when token i (a number) is part of an identifier chain: "123-45-67", "978-5-699-12014-7", "1.2.3". */
const CHAIN_SEPARATORS = ['-', '.', '/'];

/** Dot-separated groups of three after token i, when they read as European grouping (see parseDigits). */
function europeanGroups(v: View, i: number): { groups: string[]; last: number } | undefined {
  const toks = v.toks;
  if (toks[i].text.length > 3) return undefined;
  let j = i;
  const groups: string[] = [];
  while (toks[j + 1]?.text === '.' && v.glued(j, j + 1) && toks[j + 2]?.kind === 'number' && toks[j + 2].text.length === 3 && v.glued(j + 1, j + 2)) {
    groups.push(toks[j + 2].text);
    j += 2;
  }
  // A chain that goes on with other groups ("1.234.56.7") is something else.
  if (toks[j + 1]?.text === '.' && v.glued(j, j + 1) && toks[j + 2]?.kind === 'number' && v.glued(j + 1, j + 2)) return undefined;
  const comma = toks[j + 1]?.text === ',' && v.glued(j, j + 1) && toks[j + 2]?.kind === 'number' && v.glued(j + 1, j + 2);
  return (groups.length >= 1 && comma) || groups.length === 2 ? { groups, last: j } : undefined;
}

function identifierChain(v: View, i: number): boolean {
  // Cheap exit: a chain needs a glued separator on one side.
  const l = v.toks[i - 1],
    r = v.toks[i + 1];
  if (!(r && r.start === v.toks[i].end && CHAIN_SEPARATORS.includes(r.text)) && !(l && l.end === v.toks[i].start && CHAIN_SEPARATORS.includes(l.text)))
    return false;
  // Walk left and right over glued separator+number pairs with the same separator.
  for (const sep of CHAIN_SEPARATORS) {
    let n = 1;
    let j = i;
    while (j - 2 >= 0 && v.toks[j - 1].text === sep && v.glued(j - 1, j) && v.glued(j - 2, j - 1) && v.kind(j - 2) === 'number') {
      n++;
      j -= 2;
    }
    j = i;
    while (j + 2 < v.length && v.toks[j + 1].text === sep && v.glued(j, j + 1) && v.glued(j + 1, j + 2) && v.kind(j + 2) === 'number') {
      n++;
      j += 2;
    }
    if (n >= 3 && !(sep === '.' && europeanGroups(v, j - 2 * (n - 1)))) return true;
  }
  return false;
}

/**
 * "+3%", "+2.5 percent", "+4 процента": digits after a glued "+" that a percent sign or word follows are a
 * signed change, not the country code of a phone number ("+7 495 …" never has a percent after its first group).
 */
function signedPercent(v: View, i: number): boolean {
  let j = i;
  if ((v.toks[j + 1]?.text === '.' || v.toks[j + 1]?.text === ',') && v.glued(j, j + 1) && v.kind(j + 2) === 'number' && v.glued(j + 1, j + 2)) j += 2;
  const n = v.next(j);
  if (n < 0) return false;
  if (PERCENT_SIGNS.has(v.toks[n].text)) return true;
  const w = v.lower[n];
  return v.kind(n) === 'word' && (EN_PERCENT_WORDS.has(w) || w === 'per' || w.startsWith(RU_PERCENT_STEM));
}

/** A phone number starts with "+" or "(" code ")": "+7 (495) 123-45-67", "8 (800) 555-35-35". */
function phoneLike(v: View, i: number): boolean {
  const p = i - 1;
  if (p >= 0 && v.toks[p].text === '+' && v.glued(p, i)) return !signedPercent(v, i);
  // "(495) 123-45-67": a bracketed 3–5 digit code followed by a hyphenated chain.
  const n = v.next(i);
  if (!(n >= 0 && v.toks[n].text === '(' && v.kind(n + 1) === 'number' && v.toks[n + 2]?.text === ')')) return false;
  const after = v.next(n + 2);
  return after >= 0 && v.kind(after) === 'number';
}

/** Inside a URL or a path: "kremlin.ru/acts/news/58703", "bill/589658-7". */
function inUrl(v: View, i: number): boolean {
  const text = v.text;
  let s = v.toks[i].start,
    e = v.toks[i].end;
  while (s > 0 && !/\s/.test(text[s - 1]) && v.toks[i].start - s < 200) s--;
  while (e < text.length && !/\s/.test(text[e]) && e - v.toks[i].end < 200) e++;
  const run = text.slice(s, e);
  return /:\/\/|www\.|\.(ru|com|org|net|gov|рф)\b|\/\w/.test(run) && /[\p{L}]/u.test(run);
}

/** "10:00", "23:11": clock times belong to TIME, which newsmark does not mark. */
function clockTime(v: View, i: number): boolean {
  const n = v.toks;
  if (n[i + 1]?.text === ':' && v.glued(i, i + 1) && n[i + 2]?.kind === 'number' && n[i + 2].text.length === 2 && v.glued(i + 1, i + 2)) return true;
  return i >= 2 && n[i - 1].text === ':' && v.glued(i - 1, i) && n[i - 2].kind === 'number' && v.glued(i - 2, i - 1) && n[i].text.length === 2;
}

export function refusedDigits(v: View, i: number): boolean {
  const t = v.toks[i];
  if (clockTime(v, i) || inUrl(v, i)) return true;
  // Glued to a word on the left: "A320", "МИГ29", "COVID-19", "Су-27", "iPhone13".
  const l = i - 1;
  if (l >= 0 && v.glued(l, i)) {
    if (v.kind(l) === 'word' && !currencyLetters(v.toks[l].text)) return true;
    if ((v.toks[l].text === '-' || v.toks[l].text === '‐') && l - 1 >= 0 && v.glued(l - 1, l) && v.kind(l - 1) === 'word') return true;
    if (v.toks[l].text === '+' && !signedPercent(v, i)) return true;
  }
  if (phoneLike(v, i) || identifierChain(v, i)) return true;
  // Inside brackets of a phone code "(495) 123-45-67".
  if (l >= 0 && v.toks[l].text === '(' && v.toks[i + 1]?.text === ')' && t.text.length >= 3) {
    const after = v.next(i + 1);
    if (after >= 0 && v.kind(after) === 'number') return true;
  }
  return false;
}

export function parseDigits(v: View, i: number, lang: Lang): DigitNumber | undefined {
  const toks = v.toks;
  if (v.kind(i) !== 'number' || refusedDigits(v, i)) return undefined;
  let last = i;
  let intText = toks[i].text;
  let fracText = '';
  let plain4 = intText.length === 4;
  // Thousands separated by a single (non-breaking/thin) space: "1 500", "1 414 021 100".
  if (intText.length <= 3) {
    while (
      toks[last + 1] &&
      SPACE_SEP.test(toks[last + 1].text) &&
      toks[last + 2]?.kind === 'number' &&
      toks[last + 2].text.length === 3 &&
      !refusedDigits(v, last + 2)
    ) {
      intText += toks[last + 2].text;
      last += 2;
      plain4 = false;
    }
  }
  // European grouping: dots between groups of three and a decimal comma ("1.234.567,89", "1.234,5"), or
  // two dot groups alone ("1.234.567"). Three dot groups without a decimal comma may be an IP address.
  const eu = intText.length <= 3 && last === i ? europeanGroups(v, last) : undefined;
  if (eu) {
    intText += eu.groups.join('');
    last = eu.last;
    plain4 = false;
  }
  // English thousands commas "1,234,567" and Indian "12,34,567"; the last group has 3 digits.
  if (lang === 'en' && intText.length <= 3 && last === i) {
    let j = last;
    const groups: string[] = [];
    while (toks[j + 1]?.text === ',' && v.glued(j, j + 1) && toks[j + 2]?.kind === 'number' && v.glued(j + 1, j + 2)) {
      groups.push(toks[j + 2].text);
      j += 2;
    }
    if (groups.length && groups[groups.length - 1].length === 3 && groups.every((g) => g.length === 3 || g.length === 2)) {
      intText += groups.join('');
      last = j;
      plain4 = false;
    }
  }
  // Decimal part: "1.5", "2,5" (comma only in Russian, or an English lone "5,00").
  const sep = toks[last + 1]?.text;
  if ((sep === '.' || sep === ',') && v.glued(last, last + 1) && toks[last + 2]?.kind === 'number' && v.glued(last + 1, last + 2)) {
    const afterFrac = toks[last + 3];
    const chained = afterFrac && v.glued(last + 2, last + 3) && (afterFrac.text === '.' || afterFrac.text === ',') && toks[last + 4]?.kind === 'number';
    // "22,24,26,31" is a list: a comma after a glued ",24" is not a decimal comma.
    const listBefore = i >= 2 && toks[i - 1].text === ',' && v.glued(i - 1, i) && toks[i - 2].kind === 'number' && v.glued(i - 2, i - 1);
    const commaOk = (lang === 'ru' || !!eu || (last === i && toks[last + 2].text.length !== 3)) && !listBefore;
    if (!chained && (sep === '.' ? !listBefore : commaOk)) {
      fracText = toks[last + 2].text;
      last += 2;
      plain4 = false;
    }
  }
  let value = Number(intText + (fracText ? '.' + fracText : ''));
  let decimal = fracText !== '';
  // Fractions "3/4", and mixed "2 1/4".
  if (toks[last + 1]?.text === '/' && v.glued(last, last + 1) && toks[last + 2]?.kind === 'number' && v.glued(last + 1, last + 2) && !fracText) {
    const den = Number(toks[last + 2].text);
    // Russian "9/11" or "24/7" are names, not ratios; "1/2", "3/4" are.
    if (
      den > 0 &&
      toks[last + 2].text.length <= 3 &&
      (lang === 'en' || (den <= 10 && value < den)) &&
      !(toks[last + 3]?.text === '/' && v.glued(last + 2, last + 3))
    ) {
      value = value / den;
      last += 2;
      decimal = true;
      plain4 = false;
    }
  }
  // "9/11", "24/7" that are not ratios: names and codes, not figures.
  if (toks[last + 1]?.text === '/' && v.glued(last, last + 1) && toks[last + 2]?.kind === 'number' && v.glued(last + 1, last + 2)) return undefined;
  // Mixed fraction "2 1/4": spaces, then a proper fraction.
  if (!decimal && lang === 'en') {
    let s = last + 1;
    while (toks[s]?.kind === 'space' && toks[s].text.length <= 3) s++;
    if (
      s > last + 1 &&
      toks[s]?.kind === 'number' &&
      toks[s + 1]?.text === '/' &&
      v.glued(s, s + 1) &&
      toks[s + 2]?.kind === 'number' &&
      v.glued(s + 1, s + 2)
    ) {
      const num = Number(toks[s].text),
        den = Number(toks[s + 2].text);
      if (num < den && den > 0) {
        value += num / den;
        last = s + 2;
        decimal = true;
        plain4 = false;
      }
    }
  }
  // Exponent "1e10", "1.3e6", "2.3E-4": the tokenizer gives "e" as a word followed by digits.
  const e = toks[last + 1];
  if (lang === 'en' && e && e.kind === 'word' && (e.text === 'e' || e.text === 'E') && v.glued(last, last + 1)) {
    const signed = (toks[last + 2]?.text === '-' || toks[last + 2]?.text === '+') && v.glued(last + 1, last + 2);
    const k = signed ? last + 3 : last + 2;
    if (toks[k]?.kind === 'number' && v.glued(k - 1, k) && toks[k].text.length <= 3) {
      value = timesPowerOfTen(value, (signed && toks[last + 2].text === '-' ? -1 : 1) * Number(toks[k].text));
      last = k;
      plain4 = false;
    }
  }
  // "1.5 × 10^6", "3x10⁸", "6,02·10²³": a mantissa times a power of ten.
  const ten = timesTenAt(v, last);
  if (ten) {
    value = timesPowerOfTen(value, ten.exp);
    last = ten.last;
    plain4 = false;
    decimal = true;
  }
  // "10⁸", "10⁻³": ten with a typeset exponent.
  const sup = intText === '10' && !fracText ? superscriptAt(v, last + 1) : undefined;
  if (sup) {
    value = 10 ** sup.exp;
    last = sup.last;
    plain4 = false;
    decimal = true;
  }
  // Power "2.5^-1", "1.1^+23".
  if (toks[last + 1]?.text === '^' && v.glued(last, last + 1)) {
    let k = last + 2;
    let sign = 1;
    if ((toks[k]?.text === '-' || toks[k]?.text === '+') && v.glued(k - 1, k)) {
      sign = toks[k].text === '-' ? -1 : 1;
      k++;
    }
    if (toks[k]?.kind === 'number' && v.glued(k - 1, k)) {
      value = value ** (sign * Number(toks[k].text));
      last = k;
      plain4 = false;
      decimal = true;
    }
  }
  // Glued multiplier "100к", "3М", "10k", "1MM", "2mil"; any other glued letters make it a code ("29km").
  const g = toks[last + 1];
  if (g && g.kind === 'word' && v.glued(last, last + 1)) {
    const mult = GLUED_MULTIPLIERS[g.text];
    if (mult === undefined) return { first: i, last, value, plain4, intDigits: intText.length, decimal, glued: g.text };
    value *= mult;
    last += 1;
    plain4 = false;
  }
  return { first: i, last, value, plain4, intDigits: intText.length, decimal };
}

/** value × 10^exp through the decimal text, so "2.3e-4" is 0.00023 and not 0.00022999999999999995. */
function timesPowerOfTen(value: number, exp: number): number {
  const s = String(value);
  return s.includes('e') ? value * 10 ** exp : Number(`${s}e${exp}`);
}

/** A typeset exponent glued at token k ("⁸", "⁻¹²"): its value and last token. */
function superscriptAt(v: View, k: number): { exp: number; last: number } | undefined {
  let text = '';
  let last = k - 1;
  for (let j = k; j < v.toks.length && v.glued(j - 1, j); j++) {
    const t = v.toks[j].text;
    let part = '';
    for (const ch of t) {
      const d = SUPERSCRIPTS[ch];
      if (d === undefined) return undefined;
      part += d;
    }
    text += part;
    last = j;
  }
  return /^[-+]?\d{1,3}$/.test(text) ? { exp: Number(text), last } : undefined;
}

/** "× 10^6", "x10⁸", "· 10^-3" after a mantissa ending at token `last`: the power of ten and the last token. */
function timesTenAt(v: View, last: number): { exp: number; last: number } | undefined {
  const toks = v.toks;
  // The sign is glued on both sides or spaced on both sides (one space at most).
  let k = last + 1;
  const spaced = toks[k]?.kind === 'space' && toks[k].text.length === 1;
  if (spaced) k++;
  if (!toks[k] || !TIMES_SIGNS.has(toks[k].text) || (!spaced && !v.glued(last, k))) return undefined;
  let t = k + 1;
  if (spaced) {
    if (toks[t]?.kind !== 'space' || toks[t].text.length !== 1) return undefined;
    t++;
  } else if (!v.glued(k, t)) return undefined;
  if (toks[t]?.text !== '10' || toks[t].kind !== 'number') return undefined;
  const sup = superscriptAt(v, t + 1);
  if (sup) return sup;
  if (toks[t + 1]?.text !== '^' || !v.glued(t, t + 1)) return undefined;
  let j = t + 2;
  let sign = 1;
  if ((toks[j]?.text === '-' || toks[j]?.text === '+') && v.glued(j - 1, j)) {
    sign = toks[j].text === '-' ? -1 : 1;
    j++;
  }
  return toks[j]?.kind === 'number' && v.glued(j - 1, j) && toks[j].text.length <= 3 ? { exp: sign * Number(toks[j].text), last: j } : undefined;
}

/** ".77" → 0.77 when a dot stands alone before digits. */
export function parseLeadingDot(v: View, i: number): DigitNumber | undefined {
  const t = v.toks[i];
  if (t.text !== '.' || v.kind(i + 1) !== 'number' || !v.glued(i, i + 1)) return undefined;
  if (i > 0 && (v.kind(i - 1) === 'number' || v.kind(i - 1) === 'word') && v.glued(i - 1, i)) return undefined;
  const after = v.toks[i + 2];
  if (after && v.glued(i + 1, i + 2) && after.kind === 'word') return undefined;
  return { first: i, last: i + 1, value: Number('0.' + v.toks[i + 1].text), plain4: false, intDigits: 0, decimal: true };
}
