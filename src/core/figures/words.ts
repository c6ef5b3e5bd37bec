// Numbers written with words, in any case form: "семисот", "пяти", "двадцати трёх", "полутора",
// "три с половиной", "двадцать первый" (ordinal), "seven hundred", "twenty-one", "one and a half",
// "five eighths". Russian forms come from the generated lexicon; the composition rules are shared.
import { Lang } from '../types';
import { View } from './view';
import { Lexicon } from './lexicon';
import { RU_CARDINALS, RU_COLLECTIVES, RU_ORDINALS, RU_MULTIPLIER_LEMMAS, RU_NUMBER_NOUNS, RU_NEGATIVE } from './tables/numerals-ru';
import { EN_CARDINALS, EN_HUNDRED, EN_MULTIPLIERS, EN_NUMBER_NOUNS, EN_ORDINALS, EN_FRACTION_WORDS, EN_NEGATIVE } from './tables/numerals-en';

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
  }
  return undefined;
}

const EN_DENOMINATORS: Record<string, number> = {};
for (const [w, v] of Object.entries(EN_ORDINALS)) if (v >= 3) { EN_DENOMINATORS[w] = v; EN_DENOMINATORS[w + 's'] = v; }
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
  const parts = w.split(/[-‐]/);
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

/** Composes a number from word tokens starting at i. */
export function parseWords(v: View, i: number, lang: Lang, lex: Lexicon): WordNumber | undefined {
  let total = 0;
  let group = 0;
  let hasGroup = false;
  let rank = 99;
  let lastMult = Infinity;
  let last = -1;
  let ordinal = false;
  let j = i;
  let article = false; // English "a"/"an" before "hundred", "dozen", "half"
  if (lang === 'en' && v.is(i, 'a', 'an')) {
    const n = v.next(i);
    const a = n >= 0 ? atomsOf(v, n, lang, lex) : undefined;
    if (!a || !['hund', 'mult', 'noun', 'frac', 'denom'].includes(a[0].t)) return undefined;
    article = true;
    group = 1;
    hasGroup = true;
    last = i;
    j = n;
  }
  outer: while (j >= 0 && j < v.length) {
    const atoms = atomsOf(v, j, lang, lex);
    if (!atoms) {
      // English "and" inside a number: "one hundred and six", "one and a half".
      if (lang === 'en' && v.is(j, 'and') && last >= 0) {
        const n = v.next(j);
        const na = n >= 0 ? (v.is(n, 'a', 'an') ? [{ t: 'article' }] : atomsOf(v, n, lang, lex)) : undefined;
        if (na && (na[0].t === 'card' && rank > rankOf((na[0] as { v: number }).v) || na[0].t === 'article' || na[0].t === 'frac')) {
          if (na[0].t === 'article') {
            const n2 = v.next(n);
            const fa = n2 >= 0 ? atomsOf(v, n2, lang, lex) : undefined;
            if (fa && (fa[0].t === 'frac' || fa[0].t === 'denom')) {
              group += fa[0].t === 'frac' ? fa[0].v : 1 / fa[0].v;
              last = n2;
              j = v.next(n2);
              rank = 0;
              continue;
            }
            break;
          }
          j = n;
          continue;
        }
        break;
      }
      // Russian "три с половиной".
      if (lang === 'ru' && v.is(j, 'с') && hasGroup) {
        const n = v.next(j);
        if (n >= 0 && v.is(n, 'половиной')) { group += 0.5; last = n; j = v.next(n); rank = 0; continue; }
      }
      break;
    }
    for (let k = 0; k < atoms.length; k++) {
      const a = atoms[k];
      const partial = k > 0;
      switch (a.t) {
        case 'card': {
          const r = a.v === 1.5 ? 1 : rankOf(a.v);
          if (r >= rank || (r === 1.5 && rank === 2)) { if (partial) return undefined; break outer; }
          group += a.v;
          hasGroup = true;
          rank = r === 1.5 ? 1 : r;
          break;
        }
        case 'hund':
          if (group >= 10 || rank <= 0) { if (partial) return undefined; break outer; }
          group = (hasGroup ? group : 1) * 100;
          hasGroup = true;
          rank = 3;
          break;
        case 'mult':
          if (a.v >= lastMult || (!hasGroup && last >= 0)) { if (partial) return undefined; break outer; }
          if (!hasGroup && lang === 'ru' && !['тысяча', 'тысячу', 'миллион', 'миллиард'].includes(v.lower[j])) return undefined;
          if (!hasGroup && lang === 'en') return undefined;
          total += (hasGroup ? group : 1) * a.v;
          group = 0;
          hasGroup = false;
          rank = 99;
          lastMult = a.v;
          break;
        case 'noun':
          // "десяток", "сотни", "a dozen", "3 dozens": multiply what precedes.
          if (last >= 0 && !hasGroup) break outer;
          total += (hasGroup ? group : 1) * a.v;
          group = 0;
          hasGroup = false;
          rank = -1;
          lastMult = a.v;
          break;
        case 'coll':
          if (last >= 0) break outer;
          group = a.v;
          hasGroup = true;
          rank = -1;
          break;
        case 'ord': {
          const r = rankOf(a.v);
          if (a.v < 1000 && (r >= rank || (r === 1.5 && rank === 2))) { if (partial) return undefined; break outer; }
          if (a.v >= 1000 && !hasGroup && last >= 0) break outer;
          if (lang === 'en' && last >= 0 && !partial && hasGroup && !article) {
            // "one eighth", "a fifth" are fractions, handled as denominators below when plural or after "a"/"one".
          }
          if (a.v >= 1000) { total += (hasGroup ? group : 1) * a.v; group = 0; hasGroup = false; }
          else { group += a.v; hasGroup = true; }
          ordinal = true;
          last = j;
          break outer;
        }
        case 'frac':
          // "half", "quarter": after "a" → 0.5; "three quarters" → 0.75; "quarter million" → 250000.
          if (article || !hasGroup) { group = a.v; hasGroup = true; rank = 0; article = false; break; }
          if (a.v === 0.25 && group > 1 && v.lower[j].endsWith('s')) { group = group * 0.25; rank = 0; break; }
          break outer;
        case 'denom':
          if (!hasGroup || k > 0 && atoms[k - 1].t !== 'card') break outer;
          group = group / a.v;
          rank = 0;
          break;
      }
    }
    last = j;
    j = v.next(j);
  }
  if (last < 0 || article && !hasGroup && total === 0) return undefined;
  if (v.kind(last) !== 'word') return undefined;
  const value = total + (hasGroup ? group : 0);
  // A lone article is not a number.
  if (article && last === i) return undefined;
  return { first: i, last, value, ordinal };
}

/** "минус", "minus", "negative" before a number. */
export function isNegativeWord(v: View, i: number, lang: Lang): boolean {
  return (lang === 'ru' ? RU_NEGATIVE : EN_NEGATIVE).has(v.lower[i]);
}
