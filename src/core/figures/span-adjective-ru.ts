// DATE durations named by a Russian adjective: a numeral glued to a unit of time ("трёхдневный визит"
// P3D, "восьмисуточный полёт" P8D, "двухнедельный отпуск" P2W, "годичный курс" P1Y, "многомесячный"
// PXM). Digits with a hyphen ("6-месячный") are read where other compounds are (quantity.ts), with the
// same table.
import { View } from './view';
import { Lexicon } from './lexicon';
import { Figure } from './types';
import { ruAtom } from './words';
import { duration } from './date-resolve';
import { Grain } from './tables/time-units';
import { RU_SPAN_ADJECTIVE_INFIXES, RU_SPAN_ADJECTIVE_TEST, RU_SPAN_VAGUE_PREFIX, RU_SPAN_ONE_UNIT_INFIXES } from './tables/span-adjectives-ru';

/** A cheap test for the candidate walk. */
export function mayBeSpanAdjective(w: string): boolean {
  return RU_SPAN_ADJECTIVE_TEST.test(w);
}

/** The unit of a span adjective's tail ("месячный" → M), from where the infix starts in the word. */
export function spanInfix(w: string): { at: number; grain: Grain; infix: string } | undefined {
  for (const [infix, grain] of RU_SPAN_ADJECTIVE_INFIXES) {
    const at = w.indexOf(infix);
    if (at >= 0) return { at, grain, infix };
  }
  return undefined;
}

/** "трёхдневный", "многомесячного", "годичный" at token i: a DATE duration, or undefined. */
export function spanAdjectiveAt(v: View, i: number, lex: Lexicon): Figure | undefined {
  if (v.kind(i) !== 'word') return undefined;
  const w = v.lower[i];
  const s = spanInfix(w);
  if (!s) return undefined;
  const prefix = w.slice(0, s.at);
  if (!prefix) return RU_SPAN_ONE_UNIT_INFIXES.has(s.infix) ? { first: i, last: i, type: 'DATE', value: duration(1, s.grain) } : undefined;
  if (prefix === RU_SPAN_VAGUE_PREFIX) return { first: i, last: i, type: 'DATE', value: duration(undefined, s.grain) };
  // The numeral's combining form ("трёх", "шести", "сорока"); "еже-", "по-" ("понедельник") are not numerals.
  const a = ruAtom(lex, prefix.replace(/ё/g, 'е')) ?? ruAtom(lex, prefix);
  return a && a.t === 'card' && Number.isInteger(a.v) && a.v >= 1 ? { first: i, last: i, type: 'DATE', value: duration(a.v, s.grain) } : undefined;
}
