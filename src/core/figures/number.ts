// One number, however written: digits or words, with a sign, a multiplier ("5 тыс.", "3,2 млрд",
// "1.5 million", "3 hundred and 21") and a Russian case ending ("20-ти" cardinal, "1-го" ordinal),
// or an English ordinal suffix ("21st"). Context (currency, %, dates) is decided by the callers.
import { Lang } from '../types';
import { View } from './view';
import { Lexicon } from './lexicon';
import { parseDigits, parseLeadingDot, DigitNumber, currencyLetters } from './digits';
import { parseWords, isNegativeWord, ruAtom, enAtom } from './words';
import { MULTIPLIER_ABBREVIATIONS } from './tables/multipliers';
import { EN_ORDINAL_SUFFIXES } from './tables/numerals-en';
import { RU_CARDINAL_ENDINGS, RU_ORDINAL_ENDINGS } from './tables/endings-ru';
import { gluedDollarPrefix } from './tables/currencies';
import { VULGAR_FRACTIONS } from './tables/vulgar-fractions';
import { PERCENT_SIGNS } from './tables/percent';

/**
 * One class with all nine fields, always in this order: every core has one hidden class (V8 map). Cores
 * made by spreading (`{ ...core, ending }`) and frozen by the memo had about four, and each grammar that
 * had optimized for one of them deoptimized on meeting another ("wrong map"). The memo's sharing is
 * guarded by `Readonly<NumberCore>` in its type rather than by Object.freeze, whose frozen map is one more.
 */
export class NumberCore {
  constructor(
    public first: number,
    public last: number,
    public value: number,
    public ordinal: boolean,
    /** Written with digits (as opposed to words). */
    public digits: boolean,
    /** Four digits, no separators or multiplier: a possible year. */
    public plain4: boolean,
    /** A multiplier word or suffix was applied ("5 тыс."). */
    public scaled: boolean,
    /** Russian ending after a hyphen ("2024-го", "20-ти"), lower-cased, if any. */
    public ending: string | undefined = undefined,
    /** Letters glued to the digits that are not a known suffix ("29km"): the core is not a figure by itself. */
    public glued: string | undefined = undefined,
  ) {}
}

/** A copy of `c` with some fields changed: a spread would make an object of another shape. */
export function withCore(c: Readonly<NumberCore>, change: Partial<NumberCore>): NumberCore {
  return new NumberCore(
    change.first ?? c.first,
    change.last ?? c.last,
    change.value ?? c.value,
    change.ordinal ?? c.ordinal,
    change.digits ?? c.digits,
    change.plain4 ?? c.plain4,
    change.scaled ?? c.scaled,
    'ending' in change ? change.ending : c.ending,
    'glued' in change ? change.glued : c.glued,
  );
}

/** A multiplier after a number at token j: "тыс.", "млн", "миллиона", "million", "k" (spaced), "M". */
export function multiplierAt(v: View, j: number, lang: Lang, lex: Lexicon): { last: number; factor: number } | undefined {
  if (j < 0 || v.kind(j) !== 'word') return undefined;
  const w = v.lower[j];
  const raw = v.toks[j].text;
  // Spaced single letters are multipliers only in the case that means it: "2.33 k", "1,674,200.5 M".
  if (raw.length === 1 && !(raw === 'k' || raw === 'K' || raw === 'M' || raw === 'т' || raw === 'Т')) return undefined;
  if (raw === 'т' || raw === 'Т') {
    // "20 т. р." (тысяч рублей) only; a lone "т" is tonnes.
    const d = v.dot(j);
    if (d === j) return undefined;
    const n = v.next(d);
    if (!(n >= 0 && v.is(n, 'р', 'руб'))) return undefined;
    return { last: d, factor: 1e3 };
  }
  const abbr = MULTIPLIER_ABBREVIATIONS[w];
  if (abbr !== undefined && (lang === 'ru' ? /^[а-я]/.test(w) : /^[a-z]/.test(w))) return { last: v.dot(j), factor: abbr };
  const atom = lang === 'ru' ? ruAtom(lex, w) : enAtom(w);
  if (atom && atom.t === 'mult') return { last: j, factor: atom.v };
  // "3 dozens", "3 dzs", "3 десятка".
  if (atom && atom.t === 'noun') return { last: j, factor: atom.v };
  return undefined;
}

function digitCore(v: View, d: DigitNumber, lang: Lang, lex: Lexicon): NumberCore | undefined {
  const core = new NumberCore(d.first, d.last, d.value, false, true, d.plain4, false);
  if (d.glued !== undefined) {
    const g = d.glued.toLowerCase();
    // "3й", "1ое", "15я" (Russian ordinal endings glued), "21st" (English).
    if (!d.decimal && (lang === 'ru' ? RU_ORDINAL_ENDINGS.has(g) : EN_ORDINAL_SUFFIXES.has(g))) {
      return withCore(core, { last: d.last + 1, ordinal: true, plain4: false, ending: g });
    }
    if (lang === 'ru' && RU_ORDINAL_ENDINGS.has(g)) return withCore(core, { last: d.last + 1, ordinal: true, plain4: false, ending: g });
    // "42MYR", "115USD", "3.14US$", "43ц": the currency recognizer takes the letters.
    if (currencyLetters(d.glued) || (gluedDollarPrefix(d.glued) !== undefined && v.toks[d.last + 2]?.text === '$')) return core;
    return withCore(core, { glued: d.glued });
  }
  // Russian ending after a hyphen: "20-ти", "2-х" (cardinal); "1-го", "21-й", "2024-го" (ordinal or year).
  const h = d.last + 1;
  if (v.toks[h] && (v.toks[h].text === '-' || v.toks[h].text === '‐') && v.glued(d.last, h) && v.kind(h + 1) === 'word' && v.glued(h, h + 1)) {
    const e = v.lower[h + 1];
    if (lang === 'ru' && RU_CARDINAL_ENDINGS.has(e)) return withCore(core, { last: h + 1, ending: e });
    if (lang === 'ru' && RU_ORDINAL_ENDINGS.has(e)) return withCore(core, { last: h + 1, ordinal: true, ending: e });
    if (lang === 'en' && EN_ORDINAL_SUFFIXES.has(e)) return withCore(core, { last: h + 1, ordinal: true, ending: e });
    // "27-летний", "100-долларовой", "5-процентный": a compound adjective, not a figure of its own.
    return withCore(core, { last: h + 1, glued: e });
  }
  // "3½": a vulgar fraction glued to whole digits adds to them.
  const vf = d.decimal ? undefined : VULGAR_FRACTIONS[v.toks[d.last + 1]?.text ?? ''];
  if (vf !== undefined && v.glued(d.last, d.last + 1)) {
    core.value += vf;
    core.last = d.last + 1;
    core.plain4 = false;
  }
  // Multiplier: "5 тыс.", "3,2 млрд", "2 million", "3 hundred and 21", "4 thousand 3 hundred".
  let j = v.next(core.last);
  const m = multiplierAt(v, j, lang, lex);
  if (m) {
    core.value = core.value * m.factor;
    core.last = m.last;
    core.scaled = true;
    core.plain4 = false;
    // "4 thousand 3 hundred", "6 crore and two hundred": a smaller number continues the first.
    if (lang === 'en' && m.factor >= 1000) {
      let n = v.next(core.last);
      if (n >= 0 && v.is(n, 'and')) {
        n = v.next(n);
        // "3 million and a half"
        const f = n >= 0 ? parseWords(v, n, lang, lex) : undefined;
        if (f && f.fraction && f.value < 1) {
          core.value += f.value * m.factor;
          core.last = f.last;
          return core;
        }
      }
      const tail = n >= 0 ? parseCore(v, n, lang, lex) : undefined;
      if (tail && !tail.ordinal && !tail.glued && tail.value > 0 && tail.value < m.factor && Number.isInteger(tail.value) && (tail.scaled || !tail.digits)) {
        core.value += tail.value;
        core.last = tail.last;
      }
    }
    return core;
  }
  if (lang === 'en' && j >= 0 && v.is(j, 'hundred') && Number.isInteger(d.value) && d.value < 100) {
    core.value = d.value * 100;
    core.last = j;
    core.scaled = true;
    core.plain4 = false;
    // "3 hundred and 21", "3 hundred and one"
    const a = v.next(j);
    if (a >= 0 && v.is(a, 'and')) {
      const n = v.next(a);
      const tail = n >= 0 ? (v.kind(n) === 'number' ? parseDigits(v, n, lang) : parseWords(v, n, lang, lex)) : undefined;
      if (tail && tail.value > 0 && tail.value < 100 && !('ordinal' in tail && tail.ordinal)) {
        core.value += tail.value;
        core.last = tail.last;
      }
    }
    j = v.next(core.last);
    const m2 = multiplierAt(v, j, lang, lex);
    if (m2) {
      core.value *= m2.factor;
      core.last = m2.last;
    }
    return core;
  }
  return core;
}

/**
 * The number starting at token i, with a leading sign ("-1", "минус 5", "negative one"), and English "1 over 3".
 * The answer is kept on the view: the date and quantity grammars each ask about the same token (a
 * number token was parsed about three times before this memo). It is shared, hence read-only (by type:
 * freezing it gave it another map, see NumberCore).
 */
export function parseCore(v: View, i: number, lang: Lang, lex: Lexicon): Readonly<NumberCore> | undefined {
  const memo = v.numbers(lang);
  const known = memo[i];
  if (known !== undefined) return known === null ? undefined : known;
  const c = parseCoreAt(v, i, lang, lex);
  memo[i] = c ?? null;
  return c;
}

function parseCoreAt(v: View, i: number, lang: Lang, lex: Lexicon): NumberCore | undefined {
  const c = parseSigned(v, i, lang, lex);
  if (!c || lang !== 'en' || c.ordinal || c.scaled || c.glued) return c;
  // "1 over 3", "one over twenty": a ratio, when the phrase ends right after the divisor.
  const o = v.next(c.last);
  // "1 in twenty-one", "one in five": a ratio with one as the numerator.
  if (o >= 0 && v.is(o, 'in') && c.value === 1) {
    const d = v.next(o);
    const den = d >= 0 ? parseSigned(v, d, lang, lex) : undefined;
    if (den && !den.ordinal && !den.glued && !den.plain4 && Number.isInteger(den.value) && den.value > 1)
      return withCore(c, { last: den.last, value: 1 / den.value, plain4: false });
    return c;
  }
  if (o < 0 || !v.is(o, 'over')) return c;
  const d = v.next(o);
  const den = d >= 0 ? parseSigned(v, d, lang, lex) : undefined;
  if (!den || den.ordinal || den.glued || den.value === 0) return c;
  const after = v.next(den.last);
  if (after >= 0 && !/^[.,;!?)]$/.test(v.toks[after].text)) return c;
  return withCore(c, { last: den.last, value: c.value / den.value, plain4: false });
}

function parseSigned(v: View, i: number, lang: Lang, lex: Lexicon): NumberCore | undefined {
  const t = v.toks[i];
  if (!t) return undefined;
  // Sign: "-1200000", "−5" glued; "минус 12".
  if ((t.text === '-' || t.text === '−') && v.kind(i + 1) === 'number' && v.glued(i, i + 1)) {
    const p = i - 1;
    // Glued after a word, digits or a percent sign ("5%-10%") the dash joins two things: no minus sign.
    if (p >= 0 && v.glued(p, i) && (v.kind(p) === 'word' || v.kind(p) === 'number' || PERCENT_SIGNS.has(v.toks[p].text))) return undefined;
    const c = parseSigned(v, i + 1, lang, lex);
    return c && !c.ordinal ? withCore(c, { first: i, value: -c.value, plain4: false }) : undefined;
  }
  if (t.kind === 'word' && isNegativeWord(v, i, lang)) {
    const n = v.next(i);
    const c = n >= 0 ? parseSigned(v, n, lang, lex) : undefined;
    return c && !c.ordinal ? withCore(c, { first: i, value: -c.value, plain4: false }) : undefined;
  }
  if (t.kind === 'number') {
    const d = parseDigits(v, i, lang);
    return d ? digitCore(v, d, lang, lex) : undefined;
  }
  // "⅜ inch": a vulgar fraction alone.
  if (t.text in VULGAR_FRACTIONS && !(v.kind(i - 1) === 'number' && v.glued(i - 1, i))) {
    return new NumberCore(i, i, VULGAR_FRACTIONS[t.text], false, true, false, false);
  }
  if (t.text === '.') {
    const d = parseLeadingDot(v, i);
    return d ? digitCore(v, d, lang, lex) : undefined;
  }
  if (t.kind === 'word') {
    const w = parseWords(v, i, lang, lex);
    if (!w) return undefined;
    // "the one you mentioned", "this one": a pronoun, not a number.
    if (
      lang === 'en' &&
      w.first === w.last &&
      v.lower[i] === 'one' &&
      (v.is(v.prev(i), 'the', 'this', 'that', 'which', 'every', 'any', 'each', 'no', 'another', 'some') || v.is(v.next(i), 'of'))
    )
      return undefined;
    const core = new NumberCore(w.first, w.last, w.value, w.ordinal, false, false, false);
    // "полтора миллиона" is composed by parseWords; an abbreviation after words: "пять тыс."
    if (!w.ordinal) {
      const m = multiplierAt(v, v.next(w.last), lang, lex);
      if ((m && v.kind(m.last) !== 'word') || (m && MULTIPLIER_ABBREVIATIONS[v.lower[m.last]] !== undefined)) {
        core.value *= m!.factor;
        core.last = m!.last;
        core.scaled = true;
      }
    }
    return core;
  }
  return undefined;
}
