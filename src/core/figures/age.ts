// AGE: how old someone or something is, in years — "56-летний", "в возрасте 52 лет", "ему исполнилось
// 30", "сорокалетнего", "100-летию" (an anniversary), "aged 56", "a 56-year-old", "52 years old".
// The grammars that find the number call ageFigure(); numeral words glued to "-летний" are read here.
import { Lang } from '../types';
import { Figure } from './types';
import { View } from './view';
import { Lexicon } from './lexicon';
import { ruAtom, enAtom } from './words';
import { RU_AGE_ADJECTIVE_INFIX, RU_TERM_NOUN_STEMS } from './tables/age-ru';
import { EN_AGE_COMPOUND_TAILS } from './tables/age-en';
import { hyphenParts } from './hyphen-parts';

export const AGE_UNIT = 'years';

/**
 * "N-летний" (token `last`) before a noun of a span of time is a duration in years, not an age:
 * "отбывал 23-летний срок" → DATE P23Y.
 */
export function yearsAdjective(v: View, first: number, last: number, years: number): Figure {
  const nx = v.nextWord(last);
  if (nx >= 0 && v.hasStem(nx, RU_TERM_NOUN_STEMS)) return { first, last, type: 'DATE', value: `P${years}Y` };
  return ageFigure(first, last, years);
}

export function ageFigure(first: number, last: number, years: number | undefined, extra?: Partial<Figure>): Figure {
  const f: Figure = { first, last, type: 'AGE', unit: AGE_UNIT, ...extra };
  if (years !== undefined && f.from === undefined) f.value = years;
  return f;
}

/** A cheap test for the candidate walk: the word may be an age written as one word. */
export function mayBeAgeWord(w: string, lang: Lang): boolean {
  return lang === 'ru' ? w.includes(RU_AGE_ADJECTIVE_INFIX) : w.endsWith('-old');
}

/** "сорокалетнего", "десятилетняя", "двухлетний"; "five-year-old": a numeral glued to the age word. */
export function ageWordAt(v: View, i: number, lang: Lang, lex: Lexicon): Figure | undefined {
  if (v.kind(i) !== 'word') return undefined;
  const w = v.lower[i];
  if (lang === 'ru') {
    const k = w.indexOf(RU_AGE_ADJECTIVE_INFIX);
    if (k <= 0) return undefined;
    const a = ruAtom(lex, w.slice(0, k));
    return a && a.t === 'card' && a.v >= 1 ? yearsAdjective(v, i, i, a.v) : undefined;
  }
  const parts = hyphenParts(w);
  if (parts.length < 3 || !EN_AGE_COMPOUND_TAILS.has(parts.slice(-2).join('-'))) return undefined;
  let value = 0;
  for (const p of parts.slice(0, -2)) {
    const a = enAtom(p);
    if (!a || a.t !== 'card') return undefined;
    value += a.v;
  }
  return value >= 1 ? ageFigure(i, i, value) : undefined;
}
