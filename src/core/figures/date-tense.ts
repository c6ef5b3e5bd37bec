// Whether the clause of a year-less date speaks of the future, so that the date is the next one ("will host
// United on Wednesday", "выберут до 1 марта") rather than the last (the default: "said on Monday"). Only
// grammatical cues of the clause count, never the words of an event; punctuation ends the clause, so a
// cue in another clause ("said on Monday it will …") or in a quotation leaves the date as it was.
import { View } from './view';
import { Lexicon } from './lexicon';
import { Lang } from '../types';
import {
  EN_FUTURE_MODALS,
  EN_FUTURE_CLITIC,
  EN_PRESENT_COPULAS,
  EN_COPULA_CLITIC,
  EN_FUTURE_TO_HEADS,
  EN_PLAN_VERBS,
  EN_FUTURE_REACH,
  EN_NOUN_DETERMINERS,
  EN_BACK_PREPOSITIONS,
} from './tables/date-cues-en';
import { RU_FUTURE_WORDS, RU_FUTURE_REACH_BEFORE, RU_FUTURE_REACH_AFTER } from './tables/date-cues-ru';

/** The date over tokens first..last is in a clause about the future (see the file's header). */
export function futureClause(v: View, first: number, last: number, lang: Lang, lex: Lexicon): boolean {
  return lang === 'ru' ? futureRu(v, first, last, lex) : futureEn(v, first);
}

/** Words of the clause from token `from` stepping by `step`, at most `reach` of them (stops at punctuation and line ends). */
function clauseWords(v: View, from: number, step: (k: number) => number, reach: number): number[] {
  const out: number[] = [];
  for (let k = from; k >= 0 && out.length < reach; k = step(k)) {
    const kind = v.kind(k);
    if (kind === 'word') out.push(k);
    else if (kind !== 'number') break;
  }
  return out;
}

const copulaAt = (v: View, k: number): boolean => k >= 0 && v.kind(k) === 'word' && (EN_PRESENT_COPULAS.has(v.lower[k]) || EN_COPULA_CLITIC.test(v.lower[k]));

/**
 * English: a modal ("will", "shall", "'ll") or "to" after a present copula ("is to"), after a copula and a word of
 * schedule ("are due to", "is set to", "is expected to", "is going to") or after "plan(s)", before the date.
 * "would" and "was to" are left out: the future seen from the past moves the point to another day.
 */
function futureEn(v: View, first: number): boolean {
  if (EN_BACK_PREPOSITIONS.has(v.lower[v.prev(first)] ?? '')) return false;
  for (const k of clauseWords(v, v.prev(first), (j) => v.prev(j), EN_FUTURE_REACH)) {
    const w = v.lower[k];
    // A capital "Will" is as often a name ("Will Smith arrived on Friday") as a question: lower case only.
    if ((EN_FUTURE_MODALS.has(w) && v.toks[k].text === w) || EN_FUTURE_CLITIC.test(w)) return true;
    if (w !== 'to') continue;
    // "is due to the strike": "to" before a determiner is a preposition, not the infinitive's.
    const after = v.next(k);
    if (after < 0 || EN_NOUN_DETERMINERS.has(v.lower[after])) continue;
    const p = v.prev(k);
    if (p < 0) continue;
    if (copulaAt(v, p)) return true;
    if (EN_PLAN_VERBS.has(v.lower[p]) && !EN_NOUN_DETERMINERS.has(v.lower[v.prev(p)] ?? '')) return true;
    if (EN_FUTURE_TO_HEADS.has(v.lower[p]) && copulaAt(v, v.prev(p))) return true;
  }
  return false;
}

/**
 * Russian: a verb in the future ("выберут", "начнутся", "будет": az's 'futr' on the best parse) or a word of
 * intent or schedule (RU_FUTURE_WORDS) before the date or right after it ("в апреле начнутся").
 */
function futureRu(v: View, first: number, last: number, lex: Lexicon): boolean {
  const words = [
    ...clauseWords(v, v.prev(first), (j) => v.prev(j), RU_FUTURE_REACH_BEFORE),
    ...clauseWords(v, v.next(last), (j) => v.next(j), RU_FUTURE_REACH_AFTER),
  ];
  return words.some((k) => {
    const w = v.lower[k];
    if (RU_FUTURE_WORDS.has(w)) return true;
    if (lex.pos(w) !== 'VERB') return false;
    const best = lex.morph(w)[0];
    return !!best && best.pos === 'VERB' && /\bfutr\b/.test(best.tags);
  });
}
