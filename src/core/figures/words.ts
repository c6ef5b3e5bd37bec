// Numbers written with words, in any case form: "семисот", "пяти", "двадцати трёх", "полутора",
// "три с половиной", "двадцать первый" (ordinal), "seven hundred", "twenty-one", "one and a half",
// "five eighths". Russian forms come from the generated lexicon; the composition rules are shared.
import { Lang } from '../types';
import { View } from './view';
import { Lexicon } from './lexicon';
import { RU_CARDINALS, RU_COLLECTIVES, RU_ORDINALS, RU_MULTIPLIER_LEMMAS, RU_NUMBER_NOUNS, RU_FRACTION_LEMMAS, RU_NEGATIVE } from './tables/numerals-ru';
import { GENITIVE_QUALIFIERS } from './tables/qualifiers';
import { EN_CARDINALS, EN_HUNDRED, EN_MULTIPLIERS, EN_NUMBER_NOUNS, EN_ORDINALS, EN_FRACTION_WORDS, EN_NEGATIVE } from './tables/numerals-en';
import { hyphenParts } from './hyphen-parts';
import { EN_YEAR_PARTS } from './tables/periods-en';

export type Atom =
  | { t: 'card'; v: number }
  | { t: 'hund' }
  | { t: 'mult'; v: number }
  | { t: 'ord'; v: number }
  | { t: 'coll'; v: number }
  | { t: 'noun'; v: number }
  | { t: 'frac'; v: number }
  | { t: 'denom'; v: number };

export interface WordNumber {
  first: number;
  last: number;
  value: number;
  ordinal: boolean;
}

/** The numeral meaning of one Russian word form, if it has one. */
export function ruAtom(lex: Lexicon, form: string): Atom | undefined {
  const lemmas = lex.lemmas(form);
  if (!lemmas) return undefined;
  for (const l of lemmas) {
    if (l in RU_CARDINALS) return { t: 'card', v: RU_CARDINALS[l] };
    if (l in RU_ORDINALS) return { t: 'ord', v: RU_ORDINALS[l] };
    if (l in RU_MULTIPLIER_LEMMAS) return { t: 'mult', v: RU_MULTIPLIER_LEMMAS[l] };
    if (l in RU_COLLECTIVES && l !== 'оба') return { t: 'coll', v: RU_COLLECTIVES[l] };
    if (l in RU_NUMBER_NOUNS) return { t: 'noun', v: RU_NUMBER_NOUNS[l] };
    // "половина" is mostly "the second half of 1950s"-like vagueness; "треть", "четверть" are shares.
    if (l in RU_FRACTION_LEMMAS && l !== 'половина') return { t: 'frac', v: RU_FRACTION_LEMMAS[l] };
  }
  return undefined;
}

const EN_DENOMINATORS: Record<string, number> = {};
for (const [w, v] of Object.entries(EN_ORDINALS))
  if (v >= 3) {
    EN_DENOMINATORS[w] = v;
    EN_DENOMINATORS[w + 's'] = v;
  }
EN_DENOMINATORS.halves = 2;
EN_DENOMINATORS.quarters = 4;

/** English atoms of one word part ("twenty", "first", "fifths"). */
export function enAtom(part: string): Atom | undefined {
  if (part in EN_CARDINALS) return { t: 'card', v: EN_CARDINALS[part] };
  if (part in EN_HUNDRED) return { t: 'hund' };
  if (part in EN_MULTIPLIERS) return { t: 'mult', v: EN_MULTIPLIERS[part] };
  if (part in EN_NUMBER_NOUNS) return { t: 'noun', v: EN_NUMBER_NOUNS[part] };
  if (part in EN_FRACTION_WORDS) return { t: 'frac', v: EN_FRACTION_WORDS[part] };
  if (part in EN_ORDINALS) return { t: 'ord', v: EN_ORDINALS[part] };
  if (part in EN_DENOMINATORS) return { t: 'denom', v: EN_DENOMINATORS[part] };
  return undefined;
}

function atomsOf(v: View, i: number, lang: Lang, lex: Lexicon): Atom[] | undefined {
  if (v.kind(i) !== 'word') return undefined;
  const w = v.lower[i];
  if (lang === 'ru') {
    // All-caps "СТО" is an abbreviation (service station), not "сто".
    if (v.toks[i].text.length > 1 && v.toks[i].text === v.toks[i].text.toUpperCase() && /[А-ЯЁ]/.test(v.toks[i].text)) return undefined;
    const a = ruAtom(lex, w);
    return a ? [a] : undefined;
  }
  const parts = hyphenParts(w);
  const atoms: Atom[] = [];
  for (const p of parts) {
    const a = enAtom(p);
    if (!a) return undefined;
    atoms.push(a);
  }
  return atoms;
}

function rankOf(n: number): number {
  if (n >= 100) return 3;
  if (n >= 20) return 2;
  if (n >= 10) return 1.5;
  return 1;
}

interface Acc {
  total: number;
  group: number;
  hasGroup: boolean;
  rank: number;
  lastMult: number;
  /** The last thing applied was a multiplier ("two million|"), so a following fraction scales it. */
  afterMult: boolean;
}

/**
 * An English fraction starting at j: "a half", "one eighth", "a fifth", "three quarters", "five eighths",
 * "a twenty-first" (1/21). Returns the value and the last token used.
 */
function enFraction(v: View, j: number, lex: Lexicon): { value: number; last: number } | undefined {
  if (j < 0) return undefined;
  // "one-fourth", "one - fourth"
  const lw = v.lower[j];
  const parts = lw === undefined ? undefined : hyphenParts(lw);
  if (parts && parts.length === 2 && (parts[0] === 'one' || parts[0] === 'a') && parts[1] in EN_ORDINALS && EN_ORDINALS[parts[1]] >= 2) {
    return { value: 1 / EN_ORDINALS[parts[1]], last: j };
  }
  if (v.is(j, 'a', 'an', 'one')) {
    let n = v.next(j);
    if (n >= 0 && v.toks[n].text === '-' && v.is(j, 'one')) n = v.next(n);
    if (n < 0) return undefined;
    // "a third-quarter goal", "a second-half rally": the ordinal counts parts of a year or a game, it divides nothing.
    const np = hyphenParts(v.lower[n]);
    if (np.length === 2 && np[1] in EN_YEAR_PARTS) return undefined;
    const a = atomsOf(v, n, 'en', lex);
    if (a && a.length === 1 && a[0].t === 'frac') return { value: a[0].v, last: n };
    if (a && a.length === 1 && a[0].t === 'denom') return { value: 1 / a[0].v, last: n };
    const o = parseWords(v, n, 'en', lex, true);
    if (o && o.ordinal && o.value >= 2) return { value: 1 / o.value, last: o.last };
    return undefined;
  }
  const w = parseWords(v, j, 'en', lex, true);
  if (w && !w.ordinal && w.fraction) return { value: w.value, last: w.last };
  return undefined;
}

/**
 * A fraction of a multiplier or a number noun: "half a million", "two thirds of a million", "a quarter
 * of a billion", "half a dozen". The article is required: "half of the million voters" is no number.
 */
function fractionOfMultiplier(v: View, i: number, lex: Lexicon): WordNumberEx | undefined {
  const f = enFraction(v, i, lex) ?? (v.is(i, 'half') ? { value: 0.5, last: i } : undefined);
  if (!f) return undefined;
  let k = v.next(f.last);
  if (v.is(k, 'of')) k = v.next(k);
  if (!v.is(k, 'a', 'an')) return undefined;
  k = v.next(k);
  const a = k >= 0 ? atomsOf(v, k, 'en', lex) : undefined;
  if (!a || a.length !== 1 || (a[0].t !== 'mult' && a[0].t !== 'noun')) return undefined;
  return { first: i, last: k, value: f.value * a[0].v, ordinal: false };
}

export interface WordNumberEx extends WordNumber {
  fraction?: boolean;
}

/** Composes a number from word tokens starting at i. `inner` parses a part of a larger phrase. */
export function parseWords(v: View, i: number, lang: Lang, lex: Lexicon, inner = false): WordNumberEx | undefined {
  const acc: Acc = { total: 0, group: 0, hasGroup: false, rank: 99, lastMult: Infinity, afterMult: false };
  let last = -1;
  let ordinal = false;
  let fraction = false;
  let j = i;
  if (lang === 'en' && !inner) {
    const of = fractionOfMultiplier(v, i, lex);
    if (of) return of;
    // "a half", "one eighth", "a twenty-first", "a quarter million" (the multiplier is handled below).
    const f = enFraction(v, i, lex);
    if (f) {
      const m = v.next(f.last);
      const ma = m >= 0 ? atomsOf(v, m, lang, lex) : undefined;
      if (ma && ma.length === 1 && ma[0].t === 'mult') return { first: i, last: m, value: f.value * ma[0].v, ordinal: false };
      if (v.is(i, 'a', 'an') || !v.is(i, 'one') || f.value !== 1) return { first: i, last: f.last, value: f.value, ordinal: false, fraction: true };
    }
    if (v.is(i, 'a', 'an')) {
      // "a hundred", "a dozen", "a million"
      const n = v.next(i);
      const a = n >= 0 ? atomsOf(v, n, lang, lex) : undefined;
      if (!a || !['hund', 'mult', 'noun'].includes(a[0].t)) return undefined;
      acc.group = 1;
      acc.hasGroup = true;
      last = i;
      j = n;
    }
  }
  outer: while (j >= 0 && j < v.length) {
    const atoms = atomsOf(v, j, lang, lex);
    if (!atoms) {
      if (lang === 'en' && last >= 0 && v.is(j, 'and')) {
        const n = v.next(j);
        if (n < 0) break;
        // "one and a half", "3 million and a half", "two million and three fifths", "one billion and a quarter million"
        // After a hundred, "and thirty fifths" continues the numerator (130/5); after a million it is a fraction of it.
        const na0 = atomsOf(v, n, lang, lex);
        let cardFirst = !acc.afterMult && na0 && na0[0].t === 'card' && acc.rank > rankOf(na0[0].v);
        // "two hundred and fifty-four hundredths" reads like a cheque: 200 + 54/100.
        if (cardFirst) {
          const dec = enFraction(v, n, lex);
          const lastAtoms = dec ? atomsOf(v, dec.last, lang, lex) : undefined;
          const den = lastAtoms?.[lastAtoms.length - 1];
          if (dec && den && den.t === 'denom' && (den.v === 10 || den.v === 100 || den.v === 1000)) cardFirst = false;
        }
        const f = cardFirst ? undefined : enFraction(v, n, lex);
        if (f) {
          const m = v.next(f.last);
          const ma = m >= 0 ? atomsOf(v, m, lang, lex) : undefined;
          if (ma && ma.length === 1 && ma[0].t === 'mult' && ma[0].v < acc.lastMult) {
            // "one billion and a quarter million" adds a fraction of the smaller multiplier; "one and a
            // quarter million" scales the whole number before it (1.25 million).
            if (acc.afterMult) acc.total += f.value * ma[0].v;
            else {
              acc.group = ((acc.hasGroup ? acc.group : 0) + f.value) * ma[0].v;
              acc.hasGroup = true;
            }
            last = m;
          } else if (acc.afterMult) {
            acc.total += f.value * acc.lastMult;
            last = f.last;
          } else {
            acc.group += f.value;
            acc.hasGroup = true;
            last = f.last;
          }
          break;
        }
        // "hundred and six", "thousand and two"
        const na = atomsOf(v, n, lang, lex);
        if (na && na[0].t === 'card' && acc.rank > rankOf(na[0].v) && (acc.rank !== 2 || rankOf(na[0].v) !== 1.5)) {
          j = n;
          continue;
        }
        break;
      }
      // "ninety - five": a spaced hyphen inside an English compound, as in tokenized text.
      if (lang === 'en' && last >= 0 && v.toks[j].text === '-' && acc.rank === 2) {
        const n = v.next(j);
        const na = n >= 0 ? atomsOf(v, n, lang, lex) : undefined;
        if (na && na[0].t === 'card' && na[0].v < 10) {
          j = n;
          continue;
        }
        break;
      }
      // "minus five point five"
      if (lang === 'en' && last >= 0 && v.is(j, 'point') && !acc.afterMult) {
        let digits = '';
        let k = v.next(j);
        let dl = -1;
        while (k >= 0) {
          const a = atomsOf(v, k, lang, lex);
          if (!a || a.length !== 1 || a[0].t !== 'card' || a[0].v > 9) break;
          digits += String(a[0].v);
          dl = k;
          k = v.next(k);
        }
        if (digits) {
          acc.group += Number('0.' + digits);
          acc.hasGroup = true;
          last = dl;
        }
        break;
      }
      // Russian "три с половиной".
      if (lang === 'ru' && v.is(j, 'с') && acc.hasGroup) {
        const n = v.next(j);
        if (n >= 0 && v.is(n, 'половиной')) {
          acc.group += 0.5;
          last = n;
          j = v.next(n);
          acc.rank = 0;
          continue;
        }
      }
      break;
    }
    for (let k = 0; k < atoms.length; k++) {
      const a = atoms[k];
      const partial = k > 0;
      switch (a.t) {
        case 'card': {
          const r = a.v === 1.5 ? 1 : rankOf(a.v);
          if (r >= acc.rank || (r === 1.5 && acc.rank === 2)) {
            if (partial) return undefined;
            break outer;
          }
          acc.group += a.v;
          acc.hasGroup = true;
          acc.rank = r === 1.5 ? 1 : r;
          acc.afterMult = false;
          break;
        }
        case 'hund':
          // "three hundred"; "nineteen hundred", "ninety-five hundred" (= 9500) at the top level only.
          if (acc.rank <= 0 || acc.group >= 100 || (acc.group >= 10 && (acc.total > 0 || acc.rank === 3))) {
            if (partial) return undefined;
            break outer;
          }
          acc.group = (acc.hasGroup ? acc.group : 1) * 100;
          acc.hasGroup = true;
          acc.rank = 3;
          break;
        case 'mult':
          // "three lakh crore", "a thousand million": a larger multiplier right after a smaller one scales the whole.
          if (lang === 'en' && !acc.hasGroup && acc.afterMult && a.v > acc.lastMult && !partial) {
            acc.total *= a.v;
            acc.lastMult = a.v;
            break;
          }
          if (a.v >= acc.lastMult || (!acc.hasGroup && last >= 0)) {
            if (partial) return undefined;
            break outer;
          }
          // "тысяча", "более миллиона": singular forms count one; "тысячи людей" (plural) is vague.
          // "около тысячи", "более тысячи": after a word that governs the genitive, "тысячи" is one thousand.
          if (
            !acc.hasGroup &&
            lang === 'ru' &&
            !/^(тысяч(а|у|ей|е)|(миллион|миллиард|триллион)(а|у|ом|е)?)$/.test(v.lower[j]) &&
            !(v.lower[j] === 'тысячи' && v.is(v.prev(j), ...GENITIVE_QUALIFIERS))
          )
            return undefined;
          if (!acc.hasGroup && lang === 'en') return undefined;
          acc.total += (acc.hasGroup ? acc.group : 1) * a.v;
          acc.group = 0;
          acc.hasGroup = false;
          acc.rank = 99;
          acc.lastMult = a.v;
          acc.afterMult = true;
          break;
        case 'noun':
          // "десяток", "сотни", "a dozen", "three dozens": multiply what precedes.
          if (last >= 0 && !acc.hasGroup) break outer;
          acc.total += (acc.hasGroup ? acc.group : 1) * a.v;
          acc.group = 0;
          acc.hasGroup = false;
          acc.rank = -1;
          acc.lastMult = a.v;
          break;
        case 'coll':
          if (last >= 0) break outer;
          acc.group = a.v;
          acc.hasGroup = true;
          acc.rank = -1;
          break;
        case 'ord': {
          const r = rankOf(a.v);
          if (a.v < 1000 && (r >= acc.rank || (r === 1.5 && acc.rank === 2))) {
            if (partial) return undefined;
            break outer;
          }
          if (a.v >= 1000 && !acc.hasGroup && last >= 0) break outer;
          if (a.v >= 1000) {
            acc.total += (acc.hasGroup ? acc.group : 1) * a.v;
            acc.group = 0;
            acc.hasGroup = false;
          } else {
            acc.group += a.v;
            acc.hasGroup = true;
          }
          ordinal = true;
          last = j;
          break outer;
        }
        case 'frac':
          // "half million" (from the start), "three quarters".
          if (!acc.hasGroup && last < 0) {
            acc.group = a.v;
            acc.hasGroup = true;
            acc.rank = 0;
            break;
          }
          // "две трети", "двух третей", "три четверти": a small cardinal counts the fraction noun.
          if (lang === 'ru' && acc.hasGroup && acc.total === 0 && Number.isInteger(acc.group) && acc.group >= 1 && acc.group <= 10) {
            acc.group *= a.v;
            acc.rank = 0;
            fraction = true;
            last = j;
            break outer;
          }
          if (a.v === 0.25 && acc.hasGroup && acc.group >= 1 && v.lower[j].endsWith('s')) {
            acc.group *= 0.25;
            acc.rank = 0;
            fraction = true;
            last = j;
            break outer;
          }
          break outer;
        case 'denom':
          // "five eighths", "twenty-three fifths", "a hundred thousand trillionths": the whole so far is the numerator.
          if ((!acc.hasGroup && acc.total === 0) || (k > 0 && atoms[k - 1].t !== 'card' && atoms[k - 1].t !== 'hund')) break outer;
          acc.total = (acc.total + (acc.hasGroup ? acc.group : 0)) / a.v;
          acc.group = 0;
          acc.hasGroup = false;
          fraction = true;
          last = j;
          break outer;
      }
    }
    last = j;
    j = v.next(j);
  }
  if (last < 0 || v.kind(last) !== 'word') return undefined;
  const value = acc.total + (acc.hasGroup ? acc.group : 0);
  if (!isFinite(value)) return undefined;
  if (last === i && v.is(i, 'a', 'an')) return undefined;
  return { first: i, last, value, ordinal, fraction };
}

/** "минус", "minus", "negative" before a number. */
export function isNegativeWord(v: View, i: number, lang: Lang): boolean {
  return (lang === 'ru' ? RU_NEGATIVE : EN_NEGATIVE).has(v.lower[i]);
}
