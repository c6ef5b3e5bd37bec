// NUMBER, PERCENT, MONEY and ORDINAL phrases: qualifier + number (or range) + sign, currency or
// counted noun. "свыше семисот отпечатков пальцев" → NUMBER 700 gt unit; "почти на 10 %" → PERCENT
// 10 approx; "от 3 до 5 тысяч рублей" → MONEY from 3000 to 5000 RUB; "$1.2 billion" → MONEY 1.2e9 USD.
import { Lang, Qualifier } from '../types';
import { Figure } from './types';
import { View } from './view';
import { Lexicon } from './lexicon';
import { NumberCore, parseCore, multiplierAt, withCore } from './number';
import { CurrencyMatch, currencyBefore, currencyAfter } from './currency';
import { unitAfter } from './unit';
import { QUALIFIER_PHRASES, RANGE_PATTERNS, RANGE_DASHES, GENITIVE_QUALIFIERS, RU_CHANGE_VERB } from './tables/qualifiers';
import {
  PERCENT_SIGNS,
  PERCENT_SIGN_FACTORS,
  RU_PERCENT_LEMMAS,
  EN_PERCENT_WORDS,
  EN_GLUED_PERCENT,
  EN_PER_CENT_TAILS,
  EN_PERCENT_PART_UNITS,
  EN_PERCENTAGE_TAILS,
  RU_PERCENT_POINT,
} from './tables/percent';
import { IDENTIFIER_PREFIXES } from './tables/identifiers';
import { EN_ONE_PRONOUN_AFTER } from './tables/pronoun-one-en';
import { EN_ORDINALS, EN_ORDINAL_SUFFIXES } from './tables/numerals-en';
import { RU_TIMES_ADVERBS, RU_VAGUE_PLURALS } from './tables/numerals-ru';
import { RU_VAGUE_AMOUNTS } from './tables/vague-amounts';
import { TIME_UNITS_NOT_FIGURES, LEGAL_STEMS, NOT_MODEL_NAMES, MODEL_NAMES, RU_LAW_CODES, RU_COUNTRY_AFTER_CODE } from './tables/not-figures';
import { RU_COMPOUND_FIGURES, RU_COMPOUND_COUNTS } from './tables/compounds-ru';
import { PhraseIndex } from './phrase-index';
import { spanInfix } from './span-adjective-ru';
import { duration } from './date-resolve';
import { GLUED_MULTIPLIERS_AFTER_CURRENCY } from './tables/multipliers';
import { EN_GLUED_MINOR_UNITS } from './tables/currencies';
import { RU_ONE_NOT_COUNT_AFTER } from './tables/pronoun-one-ru';
import { RU_TURNED_AGE, RU_AGE_STEMS, RU_ANNIVERSARY_STEMS, RU_AGE_ADJECTIVE_INFIX } from './tables/age-ru';
import { EN_AGE_BEFORE } from './tables/age-en';
import { EN_YEAR_PARTS, EN_PERIOD_DETERMINERS } from './tables/periods-en';
import { ageFigure, ageWordAt, yearsAdjective } from './age';
import { qualifiedYear } from './date-en';

const QUALIFIERS = new PhraseIndex(QUALIFIER_PHRASES);
/** Range openers with the joiner each expects: "от" … "до", "в пределах от" … "до". */
const OPENERS = new PhraseIndex(RANGE_PATTERNS.map(([o, j]) => [o, j.split(' ')] as const));

/** First words of qualifiers and range openers, for a quick candidate test. */
export const QUANTITY_LEAD_WORDS: ReadonlySet<string> = new Set([...QUALIFIERS.firstWords(), ...OPENERS.firstWords()]);

/** A qualifier or a range opener begins at token i: the finer candidate test behind QUANTITY_LEAD_WORDS. */
export function quantityPhraseAt(v: View, i: number): boolean {
  return QUALIFIERS.longestAt(v, i) !== undefined || OPENERS.longestAt(v, i) !== undefined;
}

/** Clause punctuation a verb of change does not reach over to govern "до" ("…, до" after a comma still does). */
const CLAUSE_END = new Set(['.', '!', '?', ';', ':', '«', '»', '(', ')']);

/** A verb of change (tables/qualifiers.ts) stands before token i in its clause, within sixteen words (a comparison may stand between: "увеличила выручку на 7% по сравнению с прошлым годом, до …"). */
function afterChangeVerb(v: View, i: number): boolean {
  let words = 0;
  for (let j = v.prev(i); j >= 0 && words < 16; j = v.prev(j)) {
    if (CLAUSE_END.has(v.toks[j].text)) return false;
    if (v.kind(j) !== 'word') continue;
    words++;
    if (RU_CHANGE_VERB.test(v.lower[j])) return true;
  }
  return false;
}

// Every amount has all four fields (cur undefined when there is none): one shape, as for NumberCore.
interface Amount {
  core: NumberCore;
  cur: CurrencyMatch | undefined;
  first: number;
  last: number;
}

/** Currency-before? number; e.g. "$ 280 million", "USD3.14", "120". */
function amountAt(v: View, i: number, lang: Lang, lex: Lexicon): Amount | undefined {
  const cb = currencyBefore(v, i, lang);
  if (cb) {
    const n = v.glued(cb.last, cb.last + 1) ? cb.last + 1 : v.next(cb.last);
    const core = n >= 0 ? scaledAfterCurrency(v, parseCore(v, n, lang, lex)) : undefined;
    if (core && !core.ordinal && !core.glued) return { core, cur: cb, first: cb.first, last: core.last };
    return undefined;
  }
  const core = parseCore(v, i, lang, lex);
  return core ? { core, cur: undefined, first: core.first, last: core.last } : undefined;
}

/** "£600m", "$7b": a glued letter that only a currency before the digits makes a multiplier. */
function scaledAfterCurrency(v: View, core: NumberCore | undefined): NumberCore | undefined {
  if (!core || core.glued === undefined || !core.digits) return core;
  const factor = GLUED_MULTIPLIERS_AFTER_CURRENCY[core.glued];
  const g = core.last + 1;
  if (factor === undefined || v.toks[g]?.text !== core.glued || !v.glued(core.last, g)) return core;
  return withCore(core, { glued: undefined, value: core.value * factor, last: g, scaled: true, plain4: false });
}

function percentAfter(v: View, j: number, lang: Lang, lex: Lexicon): number {
  if (j < 0) return -1;
  if (PERCENT_SIGNS.has(v.toks[j].text)) return j;
  if (v.kind(j) !== 'word') return -1;
  const w = v.lower[j];
  if (lang === 'ru') {
    if (lex.lemmas(w)?.some((l) => l in RU_PERCENT_LEMMAS)) return j;
    // Percentage points, a difference of percents: "на 0,3 процентного пункта", "на 2 п.п.".
    const n = v.next(j);
    if (n >= 0 && w.startsWith(RU_PERCENT_POINT.adjectiveStem) && v.lower[n].startsWith(RU_PERCENT_POINT.nounStem)) return n;
    const abbr = RU_PERCENT_POINT.abbreviation;
    if (abbr.every((x, k) => v.lower[j + k] === x && (k === 0 || v.glued(j + k - 1, j + k)))) return j + abbr.length - 1;
    return -1;
  }
  // "pc" in lower case only: "5 PC" is a count of computers.
  if (EN_PERCENT_WORDS.has(w) && (w !== 'pc' || v.toks[j].text === 'pc')) {
    const n = w === 'percentage' ? v.next(j) : -1;
    return n >= 0 && EN_PERCENTAGE_TAILS.has(v.lower[n]) ? n : j;
  }
  if (w === 'per') {
    const n = v.next(j) >= 0 ? v.next(j) : afterLineWrap(v, j);
    if (n >= 0 && EN_PER_CENT_TAILS.has(v.lower[n])) return n;
  }
  return percentPartAt(v, j)?.last ?? -1;
}

/**
 * "a percent", "a per cent", "a percentage point" ("less than a percent"): one percent, the article as its
 * number. A bare "a percentage" is a share of unknown size ("a percentage of sales"), no figure.
 */
function onePercentAfter(v: View, j: number, lex: Lexicon): Figure | undefined {
  const last = j >= 0 && v.kind(j) === 'word' ? percentAfter(v, j, 'en', lex) : -1;
  if (last < 0 || (last === j && /^percentages?$/.test(v.lower[j])) || /s$/.test(v.lower[last])) return undefined;
  const k = PERCENT_SIGNS.has(v.toks[last].text) ? 1 : (percentPartAt(v, j)?.factor ?? 1);
  return { first: j, last, type: 'PERCENT', value: k, unit: '%' };
}

/**
 * The percent named before its number: "percent of 10", "per cent of twenty-two", "percents of twenty" (the
 * spoken order of a rate read out), and a sign written first, "%5" or "% 5", as Turkish and Persian copy and
 * some tables do. Only where no number stands before (then the percent is that number's, read there) and,
 * after "of", where the number ends the phrase: "percent of 10 companies" counts companies.
 */
function percentNamedFirst(v: View, i: number, lex: Lexicon): Figure | undefined {
  const p = v.prev(i);
  if (p >= 0 && (v.kind(p) === 'number' || PERCENT_SIGNS.has(v.toks[p].text))) return undefined;
  let n: number;
  const sign = PERCENT_SIGNS.has(v.toks[i].text);
  if (sign) {
    n = v.next(i);
    if (n < 0 || v.kind(n) !== 'number' || (n !== i + 1 && v.kind(i + 1) !== 'space')) return undefined;
  } else {
    const w = v.lower[i];
    const last = w === 'per' || EN_PERCENT_WORDS.has(w) ? percentAfter(v, i, 'en', lex) : -1;
    if (last < 0 || /^percentages?$/.test(v.lower[last]) || !v.is(v.next(last), 'of')) return undefined;
    n = v.next(v.next(last));
  }
  const core = n >= 0 ? parseCore(v, n, 'en', lex) : undefined;
  if (!core || core.ordinal || core.glued !== undefined || core.value < 0) return undefined;
  const after = v.next(core.last);
  if (!sign && after >= 0 && v.kind(after) !== 'punct') return undefined;
  const k = PERCENT_SIGN_FACTORS[v.toks[i].text] ?? 1;
  return { first: i, last: core.last, type: 'PERCENT', value: core.value * k, unit: '%' };
}

/** "25 basis points", "25bp", "5 per mille" at token j (case as written): the last token and the factor to percent. */
function percentPartAt(v: View, j: number): { last: number; factor: number } | undefined {
  for (const [words, factor] of EN_PERCENT_PART_UNITS) {
    const last = v.phrase(j, words);
    if (last >= 0 && v.toks[j].text === words[0]) return { last, factor };
  }
  return undefined;
}

/**
 * The token after a single line break that follows token j ("5 per⏎cent" in hard-wrapped copy), or -1; a blank
 * line (a new paragraph) ends the phrase as every line break does elsewhere.
 */
function afterLineWrap(v: View, j: number): number {
  let k = j + 1;
  while (v.kind(k) === 'space') k++;
  if (v.kind(k) !== 'newline' || !/^(\r\n|\r|\n)$/.test(v.toks[k].text)) return -1;
  k++;
  while (v.kind(k) === 'space') k++;
  return k < v.length && v.kind(k) !== 'newline' ? k : -1;
}

function identifierBefore(v: View, i: number, last: number, lex: Lexicon): boolean {
  const p = v.prev(i);
  const n = v.next(last);
  // "части 2 статьи 104", "пункту 6", "статье 19.7": numbers of legal provisions are identifiers.
  if (n >= 0 && v.kind(n) === 'word' && v.hasStem(n, LEGAL_STEMS) && !v.isUpperInitial(n)) return true;
  if (p >= 0 && v.kind(p) === 'word' && v.hasStem(p, LEGAL_STEMS)) return true;
  // "КоАП РФ 13.15", "128.1 УК РФ": next to the abbreviation of a code of law.
  const code = (j: number) => j >= 0 && v.kind(j) === 'word' && RU_LAW_CODES.has(v.toks[j].text);
  // After the code only when no counted noun follows ("УК 2 раза изменяли" counts times): az is asked
  // about the next word only after a code (asked at every number, it was a tenth of the Russian figure pass).
  const codeBefore = code(p) || (p >= 0 && RU_COUNTRY_AFTER_CODE.has(v.toks[p].text) && code(v.prev(p)));
  if (code(n) || (codeBefore && !(n >= 0 && v.kind(n) === 'word' && !v.isUpperInitial(n) && lex.morph(v.lower[n]).some((m) => m.pos === 'NOUN')))) return true;
  if (p < 0) return false;
  if (v.toks[p].text === '№' || v.toks[p].text === '#') return true;
  if (v.kind(p) === '.' || v.toks[p].text === '.') {
    const w = v.prev(p);
    return w >= 0 && IDENTIFIER_PREFIXES.has(v.lower[w]) && v.glued(w, p);
  }
  return v.kind(p) === 'word' && IDENTIFIER_PREFIXES.has(v.lower[p]) && v.lower[p].length > 2;
}

/** True when token i opens a sentence (start of text or line, or after . ! ? … or an opening quote). */
function sentenceStart(v: View, i: number): boolean {
  const p = v.prev(i);
  return p < 0 || /^[.!?…«"“(\-–—:]$/.test(v.toks[p].text);
}

/** A product or model designation: "Windows 10", "iPhone 13", "Boeing 737", "Су-27". */
function modelNumber(v: View, i: number, core: NumberCore): boolean {
  if (!core.digits || core.scaled) return false;
  const p = v.prev(i);
  if (p < 0 || v.kind(p) !== 'word' || v.glued(p, i)) return false;
  const raw = v.toks[p].text;
  // A Latin name with a capital letter (not a sentence start, not a month or an English unit word).
  return (
    (/^[A-Za-z][A-Za-z]*$/.test(raw) && /[A-Z]/.test(raw) && raw.length > 1 && !NOT_MODEL_NAMES.has(raw) && !/^[A-Z][a-z]+$/.test(raw)) || MODEL_NAMES.has(raw)
  );
}

const ROMAN = /^(X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** "Елизавета II", "XXVII фестиваля", "World War II": a Roman numeral (up to 39) names a rank. */
function romanOrdinal(v: View, i: number, lang: Lang): Figure | undefined {
  const raw = v.toks[i].text;
  if (!ROMAN.test(raw) || (raw === 'I' && lang === 'en')) return undefined;
  const p = v.prev(i),
    n = v.next(i);
  const afterName = p >= 0 && v.kind(p) === 'word' && v.isUpperInitial(p) && !v.glued(p, i);
  const beforeWord = n >= 0 && v.kind(n) === 'word';
  if (!afterName && !(beforeWord && raw.length >= 2)) return undefined;
  let value = 0;
  for (let k = 0; k < raw.length; k++) {
    const a = ROMAN_VALUES[raw[k]],
      b = ROMAN_VALUES[raw[k + 1]] ?? 0;
    value += a < b ? -a : a;
  }
  return { first: i, last: i, type: 'ORDINAL', value };
}

/** Figures other than dates starting at token i. */
export function parseQuantity(v: View, i: number, lang: Lang, lex: Lexicon, dateAt?: (j: number) => Figure | undefined): Figure | undefined {
  if (v.kind(i) === 'word' && /^[IVX]+$/.test(v.toks[i].text)) return romanOrdinal(v, i, lang);
  const ageWord = ageWordAt(v, i, lang, lex);
  if (ageWord) return ageWord;
  if (lang === 'ru' && v.lower[i] in RU_TIMES_ADVERBS) return { first: i, last: i, type: 'NUMBER', value: RU_TIMES_ADVERBS[v.lower[i]] };
  if (lang === 'ru' && v.lower[i] in RU_VAGUE_PLURALS && !countedBefore(v, i, lex)) {
    // "тысячи человек": more than a thousand, the exact count unknown.
    const fig: Figure = { first: i, last: i, type: 'NUMBER', value: RU_VAGUE_PLURALS[v.lower[i]], qualifier: 'gt' };
    const u = unitAfter(v, i, lang, lex);
    if (u >= 0) {
      fig.unit = v.text.slice(v.toks[v.next(i)].start, v.toks[u].end);
      fig.last = u;
    }
    return fig;
  }
  // "a dollar", "a euro": one of the currency.
  if (lang === 'en' && v.is(i, 'a', 'an')) {
    const c = currencyAfter(v, v.next(i), lang, lex);
    if (c && v.kind(c.first) === 'word' && !/s$/.test(v.lower[c.last])) return { first: i, last: c.last, type: 'MONEY', value: c.factor, currency: c.code };
    const one = onePercentAfter(v, v.next(i), lex);
    if (one) return { ...one, first: i };
  }
  // Only at a percent word or sign: this runs at every English candidate.
  if (lang === 'en' && (PERCENT_SIGNS.has(v.toks[i].text) || v.lower[i] === 'per' || EN_PERCENT_WORDS.has(v.lower[i]))) {
    const named = percentNamedFirst(v, i, lex);
    if (named) return named;
  }
  let first = i;
  let qualifier: Qualifier | undefined;
  let start = i;
  // Range with an opener: "от 5 до 7", "между 10 и 20", "between 20 and 30", "from 5 to 7".
  for (const { last: ol, data: join } of OPENERS.matchesAt(v, i)) {
    const a = v.next(ol);
    const x = a >= 0 ? amountAt(v, a, lang, lex) : undefined;
    if (!x || x.core.ordinal || x.core.glued) continue;
    // A currency may sit between: "from 10 dollars to 20 dollars", "от 10 долларов до 20".
    const mid = x.cur ? undefined : currencyAfter(v, v.next(x.last), lang, lex);
    const jl = v.phrase(v.next(mid ? mid.last : x.last), join);
    if (jl < 0) continue;
    const b = v.next(jl);
    const y = b >= 0 ? amountAt(v, b, lang, lex) : undefined;
    if (!y || y.core.ordinal || y.core.glued) continue;
    // "от 3 до 5 тысяч рублей": a multiplier after the second number applies to both.
    let from = x.core.value;
    if (y.core.scaled && !x.core.scaled && y.core.digits === x.core.digits) {
      const factor = y.core.value / valueBeforeScale(v, y.core);
      if (isFinite(factor) && factor > 1) from *= factor;
    }
    return finish(v, first, y, lang, lex, undefined, { from, to: y.core.value }, x.cur ?? mid);
  }
  const q = QUALIFIERS.longestAt(v, i);
  if (q) {
    qualifier = q.data;
    // "выросла на 7%, до 214 млрд": after a verb of change "до" gives the value reached, not a bound.
    if (q.last === i && v.lower[i] === 'до' && afterChangeVerb(v, i)) qualifier = undefined;
    start = v.next(q.last);
    // "почти на 10 %", "by nearly 10%": a preposition between the qualifier and the number.
    if (start >= 0 && v.is(start, 'на', 'by')) start = v.next(start);
    if (start < 0) return undefined;
    // "около 30 лет", "до шести месяцев" are qualified durations; "до 12 апреля" is a date found at the number.
    const d = dateAt?.(start);
    // "until at least 2030": a date after a year preposition keeps its qualifier in the span (date-en.ts qualifiedYear).
    if (d)
      return typeof d.value === 'string' && (d.value.startsWith('P') || (lang === 'en' && d.first === start && qualifiedYear(v, start)))
        ? { ...d, first: i, qualifier }
        : undefined;
  }
  // The tail of "128.1", "34-104", "19.7" whose head was not a figure.
  const tk = v.toks;
  if (
    start >= 2 &&
    tk[start].kind === 'number' &&
    /^[./\-–]$/.test(tk[start - 1].text) &&
    v.glued(start - 1, start) &&
    v.kind(start - 2) === 'number' &&
    v.glued(start - 2, start - 1)
  )
    return undefined;
  const x = amountAt(v, start, lang, lex);
  if (!x) return undefined;
  if (x.core.glued) return compound(v, x.core, lang);
  if (!qualifier && !x.cur && modelNumber(v, x.first, x.core)) return undefined;
  // "стр. 5", "статьи 282", "части 2", "№ 14": a designator that counts its place (the 282nd article),
  // so ORDINAL; a dotted sub-number ("статья 128.1") has no single numeric value.
  if (!qualifier && !x.cur && x.core.digits && identifierBefore(v, x.first, x.last, lex)) {
    const dotted = !Number.isInteger(x.core.value) || x.core.scaled;
    return dotted || x.core.glued
      ? { first: x.first, last: x.core.last, type: 'ORDINAL' }
      : { first: x.first, last: x.core.last, type: 'ORDINAL', value: x.core.value };
  }
  if (x.core.ordinal) {
    if (qualifier) return undefined;
    // "Второй мировой войны", "Первый канал": a capitalized ordinal inside a sentence belongs to a name.
    if (!x.core.digits && v.isUpperInitial(x.first) && !sentenceStart(v, x.first)) return undefined;
    // "80-ю годовщину", "на 97-м году жизни": an anniversary or an age, not a rank.
    const nx = v.nextWord(x.last);
    if (nx >= 0 && (v.hasStem(nx, RU_ANNIVERSARY_STEMS) || (/^год/.test(v.lower[nx]) && v.is(v.next(nx), 'жизни')))) {
      return ageFigure(x.first, nx, x.core.value);
    }
    return { first: x.first, last: x.last, type: 'ORDINAL', value: x.core.value };
  }
  // Bare range "10-20 долларов", "5–7 %", "10$-20$".
  let dashEnd = x.cur ? x.last : x.core.last;
  let sameCur: CurrencyMatch | undefined;
  const ca = x.cur ? undefined : currencyAfter(v, v.next(x.core.last), lang, lex);
  if (ca && ca.first === x.core.last + 1 && v.toks[ca.first].kind !== 'word') {
    dashEnd = ca.last;
    sameCur = ca;
  }
  // "5%-6%": a percent sign on both ends of a dash (one sign after the second end is read by finish()).
  const signEnd = !x.cur && !sameCur && PERCENT_SIGNS.has(v.toks[x.core.last + 1]?.text ?? '') && v.glued(x.core.last, x.core.last + 1) ? x.core.last + 1 : -1;
  if (signEnd >= 0) dashEnd = signEnd;
  const d = v.next(dashEnd);
  // "5 to 6 percent", "42 to 44 cents": in English "to" joins a range where the unit comes after the second end
  // only. With the unit on both ends it is most often a change and a level ("rose 5% to 6%", "was up C$0.30
  // to C$11.55"), so those stay two figures.
  const toRange = lang === 'en' && signEnd < 0 && !x.cur && v.is(d, 'to');
  // "down 2% -3% later": a dash spaced before and glued after is the second figure's minus sign.
  const minusSign = signEnd >= 0 && d >= 0 && !v.glued(signEnd, d) && v.glued(d, d + 1);
  if (d >= 0 && !minusSign && (RANGE_DASHES.has(v.toks[d].text) || toRange) && (!qualifier || qualifier === 'approx')) {
    const b = v.next(d);
    const y = b >= 0 ? amountAt(v, b, lang, lex) : undefined;
    if (y && !y.core.ordinal && !y.core.glued && y.core.value > x.core.value && x.core.digits === y.core.digits) {
      let from = x.core.value;
      if (y.core.scaled && !x.core.scaled) from *= y.core.value / valueBeforeScale(v, y.core);
      const f = finish(v, qualifier ? first : x.first, y, lang, lex, qualifier, { from, to: y.core.value }, x.cur ?? sameCur);
      const unitFirst = signEnd >= 0 ? f?.type === 'PERCENT' : !toRange || f?.type === 'PERCENT' || f?.type === 'MONEY';
      if (unitFirst) return f;
    }
  }
  if (!q) first = x.first;
  return finish(v, first, x, lang, lex, qualifier);
}

/**
 * A number inside a compound adjective: "630-местном парламенте" (NUMBER 630, the digits only),
 * "100-долларовой" (MONEY), "5-процентный" (PERCENT); ages ("27-летний") are not figures here.
 */
function compound(v: View, c: NumberCore, lang: Lang): Figure | undefined {
  const g = c.glued!;
  const hyphen = v.toks[c.last - 1]?.text === '-' && v.kind(c.last) === 'word';
  // "a 5-percent rise", "a 4.5-per-cent gain", "a 2-percentage-point drop".
  if (lang === 'en' && hyphen && EN_PERCENT_WORDS.has(g.toLowerCase())) return { first: c.first, last: c.last, type: 'PERCENT', value: c.value, unit: '%' };
  // "5pct", "a 1.5pc rise": the abbreviation glued to the digits (the glued word is the token after them).
  if (lang === 'en' && !hyphen && EN_GLUED_PERCENT.has(g)) return { first: c.first, last: c.last + 1, type: 'PERCENT', value: c.value, unit: '%' };
  // "a 25bp cut": basis points glued to the digits.
  if (lang === 'en' && !hyphen && (g === 'bp' || g === 'bps')) return { first: c.first, last: c.last + 1, type: 'PERCENT', value: c.value * 0.01, unit: '%' };
  if (lang !== 'ru' || !hyphen || !Number.isInteger(c.value)) return undefined;
  if (v.hasStem(c.last, RU_AGE_STEMS))
    return v.hasStem(c.last, [RU_AGE_ADJECTIVE_INFIX]) ? yearsAdjective(v, c.first, c.last, c.value) : ageFigure(c.first, c.last, c.value);
  // "6-месячный срок", "3-дневный визит": a span (DATE), as "шестимесячный" is (span-adjective-ru.ts).
  const span = spanInfix(g.toLowerCase());
  if (span && span.at === 0 && c.value >= 1) return { first: c.first, last: c.last, type: 'DATE', value: duration(c.value, span.grain) };
  for (const [stem, type, currency] of RU_COMPOUND_FIGURES) {
    if (!g.startsWith(stem)) continue;
    return type === 'PERCENT'
      ? { first: c.first, last: c.last, type, value: c.value, unit: '%' }
      : { first: c.first, last: c.last, type, value: c.value, currency };
  }
  if (v.hasStem(c.last, RU_COMPOUND_COUNTS)) return { first: c.first, last: c.last - 2, type: 'NUMBER', value: c.value };
  return undefined;
}

/** The digits' value before a multiplier was applied ("5 тысяч" → 5). */
function valueBeforeScale(v: View, c: NumberCore): number {
  // Re-read the digits without the multiplier.
  const t = v.toks[c.first];
  if (t.kind === 'number') {
    const text = v.text.slice(t.start, v.toks[c.last].end);
    const m = /^[\d\s\u00A0\u202F]+(?:[.,]\d+)?/.exec(text);
    if (m) return Number(m[0].replace(/[\s\u00A0\u202F]/g, '').replace(',', '.'));
  }
  return c.value;
}

/** An amount with no percent sign and no currency, about to become a NUMBER, and what is around it. */
interface PlainAmount {
  v: View;
  x: Amount;
  lang: Lang;
  lex: Lexicon;
  base: Pick<Figure, 'first' | 'qualifier' | 'from' | 'to'>;
  range?: { from: number; to: number };
  qualifier?: Qualifier;
}
const NO_FIGURE = 'no figure';
/** A rule's verdict: another figure (reported or dropped), no figure at all, or undefined to pass it on. */
type PlainVerdict = Figure | typeof NO_FIGURE | undefined;

/** A single number word "one"/"один" without qualifier or range. */
const loneOne = (p: PlainAmount) => !p.range && !p.x.core.digits && p.x.core.value === 1 && p.x.core.first === p.x.core.last && !p.qualifier;

/**
 * The exceptions to "an amount is a NUMBER", in the order they are tried (the first verdict wins).
 * Order matters: the pronoun rules look only at the number word, the age and time rules at the word after it.
 */
const PLAIN_AMOUNT_RULES: ReadonlyArray<readonly [name: string, rule: (p: PlainAmount) => PlainVerdict]> = [
  // "один из", "одной из клиник", "ещё один полицейский": in news the word is nearly always the pronoun
  // or an article-like "one", not a count (NEREL leaves ~6 of 7 unmarked). Digits "1" stay.
  // A count it is when the counted noun follows in the singular: "погиб один человек", "потерпев одно
  // поражение" (but "ещё один полицейский" is "another").
  [
    'Russian "один" as a pronoun',
    (p) => {
      const { v, x, lex } = p;
      if (p.lang !== 'ru' || !loneOne(p)) return undefined;
      const counted = countedOne(v, x.core.first, lex) && !RU_ONE_NOT_COUNT_AFTER.has(v.lower[v.prev(x.core.first)] ?? '');
      return counted ? undefined : NO_FIGURE;
    },
  ],
  // "the first one", "this one", "no one": the English pronoun after an ordinal or a determiner.
  [
    'English "one" as a pronoun',
    (p) => {
      const { v, x } = p;
      if (p.lang !== 'en' || !loneOne(p) || !v.is(x.core.first, 'one')) return undefined;
      const b = v.prev(x.core.first);
      return b >= 0 && (EN_ONE_PRONOUN_AFTER.has(v.lower[b]) || v.lower[b] in EN_ORDINALS) ? NO_FIGURE : undefined;
    },
  ],
  // "the fourth quarter of the game", "the second half": a part named by an ordinal, not the fraction 1/4.
  [
    '"quarter"/"half" after an ordinal',
    ({ v, x, lang }) => {
      if (lang !== 'en' || x.core.first !== x.core.last || !(v.lower[x.core.first] in EN_YEAR_PARTS)) return undefined;
      const p = v.prev(x.core.first);
      const ordinal = p >= 0 && (v.lower[p] in EN_ORDINALS || (EN_ORDINAL_SUFFIXES.has(v.lower[p]) && v.kind(p - 1) === 'number' && v.glued(p - 1, p)));
      return ordinal ? NO_FIGURE : undefined;
    },
  ],
  // "in the quarter ended Sept. 30", "this quarter": the period of a report, not the fraction 1/4.
  [
    '"the quarter"/"this half": a period',
    ({ v, x, lang }) => {
      if (lang !== 'en' || x.core.first !== x.core.last || !(v.lower[x.core.first] in EN_YEAR_PARTS)) return undefined;
      const p = v.prev(x.core.first);
      return p >= 0 && EN_PERIOD_DETERMINERS.has(v.lower[p]) && !v.is(v.next(x.core.last), 'of') ? NO_FIGURE : undefined;
    },
  ],
  // "ему исполнилось 30", "died aged 101": an age.
  [
    'age after "исполнилось" or "aged"',
    ({ v, x, base, range }) => {
      const p = v.lower[v.prev(x.first)] ?? '';
      return !x.cur && (RU_TURNED_AGE.has(p) || EN_AGE_BEFORE.has(p)) ? ageFigure(base.first, x.last, range ? undefined : x.core.value, base) : undefined;
    },
  ],
  // "13-ти летний мальчик": a spelled-apart compound adjective of age.
  [
    'spelled-apart age adjective',
    ({ v, x, base, range }) => {
      const nw = v.nextWord(x.last);
      return nw >= 0 && v.hasStem(nw, RU_AGE_STEMS) ? ageFigure(base.first, nw, range ? undefined : x.core.value, base) : undefined;
    },
  ],
  // "семью" is "family" unless a counted noun follows ("семью голосами").
  [
    '"семью" (family)',
    ({ v, x, lang, lex }) =>
      lang === 'ru' && v.lower[x.core.first] === 'семью' && x.core.first === x.core.last && unitAfter(v, x.last, lang, lex) < 0 ? NO_FIGURE : undefined,
  ],
  // Hours and minutes are TIME, which is not a figure type here.
  [
    'hours and minutes',
    ({ v, x, base }) => {
      const nw = v.nextWord(x.last);
      return nw >= 0 && TIME_UNITS_NOT_FIGURES.has(v.lower[nw]) ? { ...base, last: nw, type: 'NUMBER', drop: true } : undefined;
    },
  ],
];

function finish(
  v: View,
  first: number,
  x: Amount,
  lang: Lang,
  lex: Lexicon,
  qualifier?: Qualifier,
  range?: { from: number; to: number },
  curBefore?: CurrencyMatch,
): Figure | undefined {
  const after = v.next(x.last);
  let pct = x.cur ? -1 : percentAfter(v, after, lang, lex);
  // "half a percent", "three quarters of a percentage point": a fraction of one percent.
  if (pct < 0 && !x.cur && lang === 'en' && !x.core.digits && x.core.value < 1) {
    const a = v.is(after, 'of') ? v.next(after) : after;
    if (v.is(a, 'a')) pct = percentAfter(v, v.next(a), lang, lex);
  }
  const base = { first, qualifier, ...range };
  if (pct >= 0) {
    // "5‰": per mille, a tenth of a percent.
    const k =
      PERCENT_SIGN_FACTORS[v.toks[pct].text] ?? (lang === 'en' && !PERCENT_SIGNS.has(v.toks[pct].text) ? percentPartAt(v, after)?.factor : undefined) ?? 1;
    const scaled = range && k !== 1 ? { from: range.from * k, to: range.to * k } : undefined;
    return { ...base, ...scaled, last: pct, type: 'PERCENT', value: range ? undefined : x.core.value * k, unit: '%' };
  }
  let cur = x.cur ?? curBefore;
  let last = x.last;
  if (!x.cur) {
    const ca = currencyAfter(v, after, lang, lex);
    if (ca) {
      cur = ca;
      last = ca.last;
      // "75 USD million"
      const m = multiplierAt(v, v.next(ca.last), lang, lex);
      if (m && !x.core.scaled && v.kind(v.next(ca.last)) === 'word' && v.toks[v.next(ca.last)].text.length > 2) {
        cur = { ...ca, scale: (ca.scale ?? 1) * m.factor };
        last = m.last;
      }
    }
  }
  if (cur) {
    const scale = (cur.scale ?? 1) * cur.factor;
    const money: Figure = { ...base, last, type: 'MONEY', currency: cur.code };
    if (range) {
      money.from = range.from * scale;
      money.to = range.to * scale;
    } else {
      money.value = round(x.core.value * scale);
      const sub = cur.factor === 1 && !cur.scale && Number.isInteger(x.core.value) && !x.core.scaled ? subUnitAfter(v, last, cur.code, lang, lex) : undefined;
      if (sub) {
        money.value = round(money.value + sub.value);
        money.last = sub.last;
      }
    }
    return money;
  }
  const plain: PlainAmount = { v, x, lang, lex, base, range, qualifier };
  // An indexed loop: for-of with destructuring made an iterator and a result object per rule while
  // this function was not yet optimized, as it is for much of a first pass.
  for (let r = 0; r < PLAIN_AMOUNT_RULES.length; r++) {
    const rule = PLAIN_AMOUNT_RULES[r][1];
    const verdict = rule(plain);
    if (verdict === NO_FIGURE) return undefined;
    if (verdict) return verdict;
  }
  const fig: Figure = { ...base, last: x.last, type: 'NUMBER', value: range ? undefined : x.core.value };
  const u = unitAfter(v, x.last, lang, lex);
  if (u >= 0) {
    fig.unit = v.text.slice(v.toks[v.next(x.last)].start, v.toks[u].end);
    fig.last = u;
  }
  return fig;
}

/**
 * Cents after a main unit: "20 долларов 43ц", "$20 и 43ц", "1 доллар и сорок два цента", "3 dollars 50 cents",
 * "thirteen dollars forty five" — the trailing bare number only when nothing follows it.
 */
function subUnitAfter(v: View, last: number, code: string, lang: Lang, lex: Lexicon): { value: number; last: number } | undefined {
  let j = v.next(last);
  if (j >= 0 && v.is(j, 'и', 'and')) j = v.next(j);
  if (j < 0) return undefined;
  const core = parseCore(v, j, lang, lex);
  if (!core || core.ordinal || core.scaled || !Number.isInteger(core.value) || core.value <= 0 || core.value >= 100) return undefined;
  // "$12 and 50c", "£3 and 20p": a minor unit's letter glued to the digits.
  if (core.glued !== undefined && lang === 'en') {
    const minor = EN_GLUED_MINOR_UNITS[core.glued];
    return minor && (!minor.parents || minor.parents.includes(code)) ? { value: core.value * minor.factor, last: core.last + 1 } : undefined;
  }
  const c = currencyAfter(v, v.next(core.last), lang, lex);
  // "3 CAD 3 cents": a cent is a hundredth of whatever the main unit is.
  if (c && c.factor < 1 && (c.code === code || c.factor === 0.01)) return { value: core.value * c.factor, last: c.last };
  if (c) return undefined;
  const after = v.next(core.last);
  const end = after < 0 || /^[.,;!?)]$/.test(v.toks[after].text);
  return end && !core.glued ? { value: core.value / 100, last: core.last } : undefined;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** "один человек", "одного участника": a singular noun (no name) right after "один" in any form. */
function countedOne(v: View, i: number, lex: Lexicon): boolean {
  const j = v.next(i);
  if (j < 0 || v.kind(j) !== 'word' || v.isUpperInitial(j)) return false;
  // «Один день Ивана Денисовича»: a title.
  const q = v.prev(i);
  if (q >= 0 && /^[«"“„]$/.test(v.toks[q].text)) return false;
  if (lex.pos(v.lower[j]) !== 'NOUN') return false;
  const p = lex.morph(v.lower[j])[0];
  return !!p && p.pos === 'NOUN' && /\bsing\b/.test(p.tags);
}

/** "пять тысяч", "около тысячи", "несколько сотен": the word is part of a count, not vague on its own. */
function countedBefore(v: View, i: number, lex: Lexicon): boolean {
  const p = v.prev(i);
  if (p < 0) return false;
  if (v.kind(p) === 'number' || v.is(p, ...GENITIVE_QUALIFIERS) || RU_VAGUE_AMOUNTS.has(v.lower[p])) return true;
  return v.kind(p) === 'word' && lex.lemmas(v.lower[p]) !== undefined;
}
