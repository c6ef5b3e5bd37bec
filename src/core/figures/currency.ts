// Currency around a number: before it ("$1.2 billion", "€300", "c $ 16.4 million", "USD3.14", "EUR 20")
// or after it ("5 млн рублей", "гонконгских долларов", "долларов США", "10₽", "42 KWD", "australian dollars").
import { Lang } from '../types';
import { View } from './view';
import { Lexicon } from './lexicon';
import { EN_MULTIPLIERS } from './tables/numerals-en';
import { MULTIPLIER_ABBREVIATIONS } from './tables/multipliers';
import {
  CurrencyRef,
  CURRENCY_SIGNS,
  DOLLAR_PREFIXES,
  ISO_CODES,
  CURRENCY_ABBREVIATIONS,
  RU_CURRENCY_LEMMAS,
  RU_CURRENCY_ADJECTIVES,
  RU_CURRENCY_TAILS,
  EN_CURRENCY_WORDS,
  EN_CURRENCY_ADJECTIVES,
  EN_CURRENCY_WORDS_WITH_ADJECTIVE,
  EN_CURRENCY_WORDS_AFTER_SCALE,
  EN_CURRENCY_IRREGULAR_PLURALS,
  ABBREVIATIONS_AFTER_ONLY,
  ABBREVIATIONS_CAPITALS_ONLY,
  EURO_NAMES,
  gluedDollarPrefix,
} from './tables/currencies';

export interface CurrencyMatch {
  first: number;
  last: number;
  code: string;
  /** Sub-units: cents are 0.01 of a dollar. */
  factor: number;
  /** "MUSD": a million of the currency. */
  scale?: number;
}

function ref(r: CurrencyRef): { code: string; factor: number } {
  return typeof r === 'string' ? { code: r, factor: 1 } : { code: r[0], factor: r[1] };
}

/** Letters before "$" ("c $", "hk $", "US$", "u.s $", "Mex$", "usd$"), ending at the "$" token d. */
function dollarPrefix(v: View, d: number): { first: number; code: string } | undefined {
  let j = d - 1;
  while (j >= 0 && v.kind(j) === 'space' && v.toks[j].text.length === 1) j--;
  if (j < 0 || v.kind(j) !== 'word') return undefined;
  // "u.s $": letters and dots glued together.
  let first = j;
  let letters = v.lower[j];
  while (first - 2 >= 0 && v.toks[first - 1].text === '.' && v.glued(first - 1, first) && v.kind(first - 2) === 'word' && v.glued(first - 2, first - 1)) {
    letters = v.lower[first - 2] + letters;
    first -= 2;
  }
  if (first > 0 && v.kind(first - 1) === 'word' && v.glued(first - 1, first)) return undefined;
  const code = DOLLAR_PREFIXES[letters];
  // One letter apart from "$" is an article or a word ("a $48.2 million"); only "c $" (Canadian) is written so.
  if (code && letters.length === 1 && letters !== 'c' && !v.glued(j, d)) return undefined;
  return code ? { first, code } : undefined;
}

/** A currency written before the number, starting at token i; the number follows at next()/glued. */
export function currencyBefore(v: View, i: number, lang: Lang): CurrencyMatch | undefined {
  const t = v.toks[i];
  if (!t) return undefined;
  if (t.kind === 'punct' || t.kind === 'other') {
    const s = CURRENCY_SIGNS[t.text];
    if (!s) return undefined;
    return { first: i, last: i, ...ref(s) };
  }
  if (t.kind !== 'word') return undefined;
  // "c $", "hk $", "US$": the prefix letters, then "$".
  let d = i;
  while (d + 1 < v.length && (v.toks[d + 1].text === '.' || (v.kind(d + 1) === 'word' && v.glued(d, d + 1)))) d++;
  const dollar = v.next(d) >= 0 && v.toks[v.next(d)].text === '$' ? v.next(d) : -1;
  if (dollar >= 0 && (dollar === d + 1 || v.toks[d + 1].text.length === 1)) {
    const p = dollarPrefix(v, dollar);
    if (p && p.first === i) return { first: i, last: dollar, code: p.code, factor: 1 };
  }
  const raw = t.text;
  // ISO code: "EUR 20", "USD3.14"; "MUSD"/"MAUD" = millions.
  if (/^[A-Z]{3}$/.test(raw) && ISO_CODES.has(raw)) return { first: i, last: i, code: raw, factor: 1 };
  if (/^M[A-Z]{3}$/.test(raw) && ISO_CODES.has(raw.slice(1))) return { first: i, last: i, code: raw.slice(1), factor: 1, scale: 1e6 };
  const abbr = CURRENCY_ABBREVIATIONS[v.lower[i]];
  // Only unambiguous multi-letter abbreviations before a number ("Rs. 20", "RM 42", "грн 3.04").
  const capitalsOk = !ABBREVIATIONS_CAPITALS_ONLY.has(v.lower[i]) || raw === raw.toUpperCase();
  if (abbr && raw.length >= 2 && capitalsOk && !ABBREVIATIONS_AFTER_ONLY.has(v.lower[i])) return { first: i, last: v.dot(i), ...ref(abbr) };
  if (lang === 'ru' && EURO_NAMES.has(v.lower[i]) && v.isUpperInitial(i)) return { first: i, last: i, code: 'EUR', factor: 1 };
  return undefined;
}

/** A currency written after the number, starting at token j. */
export function currencyAfter(v: View, j: number, lang: Lang, lex: Lexicon): CurrencyMatch | undefined {
  const t = v.toks[j];
  if (!t) return undefined;
  if (t.kind === 'punct' || t.kind === 'other') {
    const s = CURRENCY_SIGNS[t.text];
    return s ? { first: j, last: j, ...ref(s) } : undefined;
  }
  if (t.kind !== 'word') return undefined;
  const raw = t.text;
  const w = v.lower[j];
  // "3 USD50 Cards": a code glued to the next number belongs to that number.
  if (v.kind(j + 1) === 'number' && v.glued(j, j + 1)) return undefined;
  if (/^[A-Z]{3}$/.test(raw) && ISO_CODES.has(raw)) return { first: j, last: j, code: raw, factor: 1 };
  if (/^M[A-Z]{3}$/.test(raw) && ISO_CODES.has(raw.slice(1))) return { first: j, last: j, code: raw.slice(1), factor: 1, scale: 1e6 };
  // "3.14US$"
  const glued = gluedDollarPrefix(raw);
  // "a C$3.2 billion": a "$" with digits glued after it is the currency of those digits, not of "a" before it.
  if (glued && v.toks[j + 1]?.text === '$' && v.glued(j, j + 1) && !(v.kind(j + 2) === 'number' && v.glued(j + 1, j + 2))) {
    return { first: j, last: j + 1, code: glued, factor: 1 };
  }
  // Latin abbreviations in either language: "42 RM", "20 Rs", "40 rmb".
  const capitalsOk = !ABBREVIATIONS_CAPITALS_ONLY.has(w) || raw === raw.toUpperCase();
  if (/^[A-Za-z]{2,}$/.test(raw) && CURRENCY_ABBREVIATIONS[w] && capitalsOk && (raw !== raw.toLowerCase() || w === 'rmb' || w === 'usd')) {
    return { first: j, last: v.dot(j), ...ref(CURRENCY_ABBREVIATIONS[w]) };
  }
  if (lang === 'ru' && /^[a-z]/.test(w)) return enCurrencyWords(v, j);
  if (lang === 'ru') {
    const abbr = CURRENCY_ABBREVIATIONS[w];
    if (abbr && /^[а-яё]/.test(w)) {
      // "руб.", "р.", "млн.руб."; "т.р." is handled as a multiplier.
      if (w === 'р' && v.dot(j) === j) return undefined;
      return withTail(v, { first: j, last: v.dot(j), ...ref(abbr) });
    }
    // Adjective + currency noun: "гонконгских долларов".
    const lemmas = lex.lemmas(w);
    if (lemmas) {
      for (const l of lemmas) if (l in RU_CURRENCY_LEMMAS) return withTail(v, { first: j, last: j, ...ref(RU_CURRENCY_LEMMAS[l]) });
      const n = v.next(j);
      const nl = n >= 0 ? lex.lemmas(v.lower[n]) : undefined;
      if (nl) {
        for (const cur of nl) {
          const adj = RU_CURRENCY_ADJECTIVES[cur];
          const code = adj && lemmas.map((a) => adj[a]).find(Boolean);
          if (code) return withTail(v, { first: j, last: n, code, factor: 1 });
        }
      }
    }
    return undefined;
  }
  return enCurrencyWords(v, j);
}

/** English: "dollars", "us dollars", "australian dollars", "hong kong dollars". */
function enCurrencyWords(v: View, j: number): CurrencyMatch | undefined {
  const w = v.lower[j];
  if (w in EN_CURRENCY_WORDS) return { first: j, last: j, ...ref(EN_CURRENCY_WORDS[w]) };
  const p = v.prev(j);
  if (w in EN_CURRENCY_WORDS_AFTER_SCALE && p >= 0 && (v.lower[p] in EN_MULTIPLIERS || v.lower[p] in MULTIPLIER_ABBREVIATIONS)) {
    return { first: j, last: j, code: EN_CURRENCY_WORDS_AFTER_SCALE[w], factor: 1 };
  }
  let k = j;
  let adj = w;
  for (let n = 0; n < 2; n++) {
    const nx = v.next(k);
    if (nx < 0 || v.kind(nx) !== 'word') return undefined;
    const cw = v.lower[nx];
    const base = EN_CURRENCY_WORDS[cw] ?? (EN_CURRENCY_WORDS_WITH_ADJECTIVE.has(cw) ? cw : undefined);
    if (base) {
      const sing = EN_CURRENCY_IRREGULAR_PLURALS[cw] ?? cw.replace(/s$/, '');
      const table = EN_CURRENCY_ADJECTIVES[sing] ?? EN_CURRENCY_ADJECTIVES[cw];
      const code = table?.[adj];
      return code ? { first: j, last: nx, code, factor: 1 } : undefined;
    }
    adj = adj + ' ' + cw;
    k = nx;
  }
  return undefined;
}

/** "долларов США", "фунтов стерлингов". */
function withTail(v: View, m: CurrencyMatch): CurrencyMatch {
  const n = v.next(m.last);
  if (n >= 0 && v.kind(n) === 'word') {
    const code = RU_CURRENCY_TAILS[v.lower[n]];
    if (code) return { ...m, last: n, code: m.code === 'USD' || m.code === 'GBP' ? code : m.code };
  }
  return m;
}
