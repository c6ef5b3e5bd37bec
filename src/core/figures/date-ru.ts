// Russian dates at the grain the text gives: "22 июля 2024 года" → 2024-07-22, "в феврале 2025 года" →
// 2025-02, "2024 год" → 2024, "2025-го" → 2025, "пять месяцев 2025-го" → 2025-01/2025-05, "2006—2011 годы"
// → 2006/2011, "в 1990-х" → 199X, "XXI век" → 20, "весной 2002 года" → 2002-SP, "в прошлом году"
// (reference year − 1), "в пятницу", "две недели" → P2W, "три года назад". Prepositions stay outside.
import { View } from './view';
import { Lexicon } from './lexicon';
import { Figure } from './types';
import { parseCore } from './number';
import {
  Ref,
  ymd,
  pad,
  relative,
  shifted,
  weekday,
  weekdayAfter,
  weekdayAhead,
  weekdayBefore,
  withYear,
  dayAhead,
  monthAround,
  duration,
  seasonAround,
  yearPartAround,
} from './date-resolve';
import { RU_MONTH_LEMMAS, MONTH_ABBREVIATIONS, RU_WEEKDAY_LEMMAS, RU_SEASON_LEMMAS, RU_SEASON_ADVERBS } from './tables/months';
import { RU_TIME_UNIT_LEMMAS, RU_YEAR_ABBREVIATIONS, RU_HALF_UNITS, Grain } from './tables/time-units';
import { RU_RELATIVE_DAYS, RU_RELATIVE_ADJECTIVES, RU_RELATIVE_DAY_ADJECTIVE_STEMS } from './tables/relative-dates';
import { RU_PERIOD_NOUN_STEMS, RU_SHIFT_ADVERBS } from './tables/time-phrases-ru';
import { RANGE_DASHES } from './tables/qualifiers';
import { RU_YEAR_PARTS } from './tables/periods-ru';
import { RU_VAGUE_AMOUNTS, RU_VAGUE_SPAN_ADJECTIVES } from './tables/vague-amounts';
import { ageFigure } from './age';
import { RU_AGE_TOPIC_FORMS, RU_AGE_TOPIC_REACH, RU_AGE_SHIFT_PREPOSITIONS } from './tables/age-ru';
import { spanAdjectiveAt } from './span-adjective-ru';
import { periodPart, weekDays } from './period-part';
import { EN_WEEKEND } from './tables/period-parts-en';
import { seasonYearsAt } from './season-years';
import {
  RU_YEAR_PREPOSITIONS,
  RU_MONTH_PREPOSITIONS,
  RU_PERIOD_PARTS,
  RU_PART_WORDS,
  RU_PART_PREPOSITIONS,
  RU_WEEKEND_FORMS,
  RU_WEEKDAY_PREPOSITIONS,
  RU_RECURRING_WORDS,
  RU_ANAPHORIC,
  RU_AGE_CUES,
  RU_AGE_CUE_GAP_WORDS,
  RU_COMPARATIVES,
  RU_AGO,
  RU_AFTER,
  RU_ONE_UNIT_BEFORE,
  RU_ONE_UNIT_FORMS,
  RU_ONE_UNIT_GENITIVES,
  RU_ONE_UNIT_GENITIVE_BEFORE,
} from './tables/date-cues-ru';

function lemmaIn<T>(lex: Lexicon, w: string, table: Readonly<Record<string, T>>): T | undefined {
  const ls = lex.lemmas(w);
  if (!ls) return undefined;
  for (const l of ls) if (l in table) return table[l];
  return undefined;
}

export function monthAt(v: View, j: number, lex: Lexicon): { month: number; last: number } | undefined {
  if (j < 0 || v.kind(j) !== 'word') return undefined;
  const w = v.lower[j];
  const m = lemmaIn(lex, w, RU_MONTH_LEMMAS);
  if (m) return { month: m, last: j };
  const a = MONTH_ABBREVIATIONS[w];
  return a && /^[а-я]/.test(w) ? { month: a, last: v.dot(j) } : undefined;
}

function grainAt(v: View, j: number, lex: Lexicon): Grain | undefined {
  // One-letter forms ("в", "г") are prepositions or abbreviations handled elsewhere.
  return j >= 0 && v.kind(j) === 'word' && v.lower[j].length > 1 ? lemmaIn(lex, v.lower[j], RU_TIME_UNIT_LEMMAS) : undefined;
}

/** A lower-case word whose likeliest reading is a noun at token j. */
function nounAt(v: View, j: number, lex: Lexicon): boolean {
  return j >= 0 && v.kind(j) === 'word' && !v.isUpperInitial(j) && lex.pos(v.lower[j]) === 'NOUN';
}

function ageCue(v: View, i: number, lex: Lexicon, unit: number): boolean {
  let p = v.prev(i);
  // "Им было 30, 20 и 19 лет": the last number of a list takes the cue before the first.
  if (v.is(p, 'и', 'или')) while (p >= 0 && (v.is(p, 'и', 'или') || v.toks[p].text === ',') && v.kind(v.prev(p)) === 'number') p = v.prev(v.prev(p));
  // "которой сейчас 23 года", "ему было примерно 45 лет", "исполнилось бы 80 лет": look past an adverb or a qualifier.
  for (let k = 0; k < 2 && p >= 0 && RU_AGE_CUE_GAP_WORDS.has(v.lower[p]); k++) p = v.prev(p);
  // "на 85 году жизни"
  if (v.is(v.next(unit), 'жизни')) return true;
  if (p < 0) return false;
  if (RU_AGE_CUES.has(v.lower[p]) || v.toks[p].text === '(' || v.toks[p].text === ',') return true;
  // "с 14 лет" (since the age of 14)
  if (v.is(p, 'с') && v.is(unit, 'лет')) return true;
  // "Кандидату 68 лет", "Кравцову 39 лет": a dative noun or name right before.
  // ("более"/"менее" parse as rare dative nouns too, but they qualify the number: "более трёх лет".)
  if (
    v.kind(p) === 'word' &&
    v.lower[p].length > 2 &&
    !RU_COMPARATIVES.has(v.lower[p]) &&
    lex.morph(v.lower[p]).some((m) => m.pos === 'NOUN' && /\bdatv\b/.test(m.tags))
  )
    return true;
  // "Принцу Филиппу 97 лет", "Келли 52 года": a name right before the number.
  if (v.kind(p) === 'word' && v.isUpperInitial(p)) {
    const pp = v.prev(p);
    if (pp >= 0 && !/^[.!?»"…]$/.test(v.toks[pp].text)) return true;
  }
  return ageTopicBefore(v, i, p);
}

/**
 * "в возрасте до 50 лет", "пенсионный возраст повысится до 65 лет": a form of "возраст" earlier in the same
 * clause (no sentence end or line break between) makes the years an age, unless the number is a shift ("на 5 лет").
 */
function ageTopicBefore(v: View, i: number, p: number): boolean {
  if (RU_AGE_SHIFT_PREPOSITIONS.has(v.lower[p])) return false;
  for (let k = p, n = 0; k >= 0 && n < RU_AGE_TOPIC_REACH; k = v.prev(k), n++) {
    if (v.kind(k) === 'punct' && /^[.!?;]$/.test(v.toks[k].text)) return false;
    if (RU_AGE_TOPIC_FORMS.has(v.lower[k])) return true;
  }
  return false;
}

/**
 * "122 лет и 164 дней", "60 лет 164 дней": the months or days after an age in years belong to the age (the
 * value stays the whole years). Returns the last token of the age: the tail's unit, or `u` without one.
 */
function ageTail(v: View, u: number, lex: Lexicon): number {
  let k = v.next(u);
  if (v.is(k, 'и')) k = v.next(k);
  const c = k >= 0 && v.kind(k) === 'number' ? parseCore(v, k, 'ru', lex) : undefined;
  const g = c && !c.ordinal && Number.isInteger(c.value) ? grainAt(v, v.next(c.last), lex) : undefined;
  return g === 'D' ? v.next(c!.last) : u;
}

/** A year word after a year number: "год", "года", "г.", "гг."; returns the last index or -1. */
function yearWord(v: View, j: number, lex: Lexicon): number {
  if (j < 0 || v.kind(j) !== 'word') return -1;
  if (RU_YEAR_ABBREVIATIONS.has(v.lower[j])) return v.dot(j);
  return grainAt(v, j, lex) === 'Y' ? j : -1;
}

interface YearNum {
  year: number;
  last: number;
  ending?: string;
  decade?: boolean;
}

/** A four-digit year, possibly with a case ending ("2025-го", "2024-м", "1990-х", "1990-е"). */
function yearAt(v: View, j: number, lex: Lexicon): YearNum | undefined {
  if (j < 0 || v.kind(j) !== 'number' || v.toks[j].text.length !== 4) return undefined;
  const c = parseCore(v, j, 'ru', lex);
  if (!c || !c.digits || (c.last !== j && !c.ending) || c.scaled) return undefined;
  const year = Number(v.toks[j].text);
  if (year < 1000 || year > 2200) return undefined;
  const decade = c.ending === 'х' || c.ending === 'е' || c.ending === 'ые' || c.ending === 'ых' || c.ending === 'ми' || c.ending === 'ыми';
  if (decade && year % 10 !== 0) return undefined;
  return { year, last: c.last, ending: c.ending, decade };
}

function roman(s: string): number | undefined {
  if (!/^[IVXLC]+$/.test(s)) return undefined;
  const val: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let n = 0;
  for (let k = 0; k < s.length; k++) {
    const a = val[s[k]],
      b = val[s[k + 1]] ?? 0;
    n += a < b ? -a : a;
  }
  return n > 0 && n <= 30 ? n : undefined;
}

function dateFigure(first: number, last: number, value: string | undefined, extra?: Partial<Figure>): Figure {
  return extra ? { first, last, type: 'DATE', value, ...extra } : { first, last, type: 'DATE', value };
}

/**
 * A date at token i, with the part of a period before it ("в конце 2017 года" 2017-09/2017-12, "к началу
 * апреля", "в конце прошлой недели") or a part of the current period ("в начале года", "до конца месяца").
 * The part word joins the span; it is not a candidate token, so the span starts behind i, after a
 * preposition, which ends no figure.
 */
export function parseDateRu(v: View, i: number, lex: Lexicon, ref: Ref | undefined): Figure | undefined {
  const p = i > 0 ? v.prev(i) : -1;
  const hasPart = p >= 0 && RU_PART_WORDS[v.lower[p]] !== undefined && RU_PART_PREPOSITIONS.has(v.lower[v.prev(p)] ?? '');
  const f = parseDateRuAt(v, i, lex, ref) ?? (hasPart ? currentPeriod(v, i, lex, ref) : undefined);
  if (!f || !hasPart || f.first !== i || f.type !== 'DATE' || f.drop) return f;
  const part = RU_PART_WORDS[v.lower[p]];
  // A duration or an interval has no part; a day is too small to have one.
  if (typeof f.value === 'string' && (f.value.startsWith('P') || f.value.includes('/') || /-\d\d-\d\d$/.test(f.value))) return f;
  const value = typeof f.value === 'string' && part ? (periodPart(part, f.value) ?? f.value) : f.value;
  const ahead = f.ahead && part ? (periodPart(part, f.ahead) ?? f.ahead) : f.ahead;
  return { ...f, first: p, value, ahead };
}

/** "года", "месяца", "недели" after a part ("в конце года"): the current period; undefined for other words. */
function currentPeriod(v: View, i: number, lex: Lexicon, ref: Ref | undefined): Figure | undefined {
  const g = v.kind(i) === 'word' && /(а|и|у|е)$/.test(v.lower[i]) ? grainAt(v, i, lex) : undefined;
  if (g !== 'Y' && g !== 'M' && g !== 'W') return undefined;
  // "в конце года, когда…" but not "в конце года выборов" (a year named by what follows is not the current
  // one): a word that can only be a genitive noun ("цены" may be the subject: "В начале года цены выросли").
  const nx = v.next(i);
  if (nx >= 0 && v.kind(nx) === 'word' && lex.morph(v.lower[nx]).length > 0 && lex.morph(v.lower[nx]).every((m) => m.pos === 'NOUN' && /\bgent\b/.test(m.tags)))
    return undefined;
  return dateFigure(i, i, relative(ref, g, 0));
}

/** The offset a relative-day adjective names ("сегодняшнего" 0, "вчерашний" −1), by its stem; undefined for other words. */
function relativeDayAdjective(w: string): number | undefined {
  for (const stem in RU_RELATIVE_DAY_ADJECTIVE_STEMS) if (w.startsWith(stem)) return RU_RELATIVE_DAY_ADJECTIVE_STEMS[stem];
  return undefined;
}

function parseDateRuAt(v: View, i: number, lex: Lexicon, ref: Ref | undefined): Figure | undefined {
  const t = v.toks[i];
  const date = (last: number, value: string | undefined, extra?: Partial<Figure>): Figure => dateFigure(i, last, value, extra);
  const part = yearPart(v, i, lex, ref);
  if (part) return part;

  if (t.kind === 'number') {
    // "ЕГЭ-2013", "Евро-2020": a year glued by a hyphen to a name is the year of the event the name stands for
    // (the digits themselves are refused as a number: "Су-27", "COVID-19").
    if (
      t.text.length === 4 &&
      +t.text >= 1900 &&
      +t.text <= 2100 &&
      v.toks[i - 1]?.text === '-' &&
      v.glued(i - 2, i - 1) &&
      v.glued(i - 1, i) &&
      v.kind(i - 2) === 'word' &&
      !(v.toks[i + 1] && v.glued(i, i + 1) && v.kind(i + 1) !== 'punct')
    )
      return date(i, t.text);
    // "сезон 2001/02": a season across two years.
    const season = seasonYearsAt(v, i);
    if (season) return date(season.last, `${season.from}/${season.to}`, { from: String(season.from), to: String(season.to) });
    // DD.MM.YYYY and YYYY-MM-DD.
    const n = v.toks;
    const g = (a: number, b: number) => v.glued(a, b);
    if (n[i + 4] && [1, 2, 3, 4].every((k) => g(i + k - 1, i + k)) && n[i + 2].kind === 'number' && n[i + 4].kind === 'number') {
      const s1 = n[i + 1].text,
        s2 = n[i + 3].text;
      if ((s1 === '.' || s1 === '/') && s2 === s1 && t.text.length <= 2 && n[i + 2].text.length <= 2 && n[i + 4].text.length === 4) {
        const d = +t.text,
          m = +n[i + 2].text;
        if (d >= 1 && d <= 31 && m >= 1 && m <= 12) return date(i + 4, ymd(+n[i + 4].text, m, d));
      }
      if (s1 === '-' && s2 === '-' && t.text.length === 4 && n[i + 2].text.length === 2 && n[i + 4].text.length === 2) {
        const m = +n[i + 2].text,
          d = +n[i + 4].text;
        if (d >= 1 && d <= 31 && m >= 1 && m <= 12) return date(i + 4, ymd(+t.text, m, d));
      }
    }
    // A year: "2024 год", "2025-го", "2006—2011 годы", "1990-х", "в 1984".
    const y = yearAt(v, i, lex);
    if (y) {
      const d = v.next(y.last);
      if (d >= 0 && RANGE_DASHES.has(v.toks[d].text) && !y.ending) {
        const y2 = yearAt(v, v.next(d), lex);
        if (y2 && y2.year > y.year) {
          const yw = yearWord(v, v.next(y2.last), lex);
          if (yw >= 0 || y2.ending) return date(yw >= 0 ? yw : y2.last, `${y.year}/${y2.year}`, { from: String(y.year), to: String(y2.year) });
        }
      }
      const yw = yearWord(v, v.next(y.last), lex);
      if (y.decade) return date(yw >= 0 ? yw : y.last, String(y.year).slice(0, 3) + 'X');
      if (yw >= 0 || (y.ending && y.ending !== 'ти')) return date(yw >= 0 ? yw : y.last, ymd(y.year));
      const p = v.prev(i);
      const nx = v.next(y.last);
      // "(1994)" after a title; "1985—1990" without "годы".
      if (y.year >= 1800 && y.year <= 2100 && !y.ending) {
        if (p >= 0 && v.toks[p].text === '(' && v.toks[y.last + 1]?.text === ')') return date(y.last, ymd(y.year));
        if (d >= 0 && RANGE_DASHES.has(v.toks[d].text)) {
          const y2 = yearAt(v, v.next(d), lex);
          const after = y2 ? v.next(y2.last) : -1;
          // A counted noun ("1500-2000 человек") is genitive; "2013-2014 руководство клуба" is not counted.
          const noun =
            after >= 0 &&
            v.kind(after) === 'word' &&
            v.lower[after].length > 2 &&
            lex.morph(v.lower[after]).some((m) => m.pos === 'NOUN' && /\bgent\b/.test(m.tags));
          if (y2 && y2.year > y.year && y2.year <= 2100 && !y2.ending && !noun)
            return date(y2.last, `${y.year}/${y2.year}`, { from: String(y.year), to: String(y2.year) });
        }
      }
      // Not before a counted noun ("до 1900 человек"); az is asked last, only where its answer decides.
      if (p >= 0 && RU_YEAR_PREPOSITIONS.has(v.lower[p]) && y.year >= 1800 && y.year <= 2100 && !nounAt(v, nx, lex)) return date(y.last, ymd(y.year));
      // A bare year in a list or after a title: "(1994, 1997)", "«Фабрика чудес», 2006)", "в 1958, 1962 и 1970 годах".
      if (!y.ending && y.year >= 1900 && y.year <= 2030 && (nx < 0 || /^[,;)\].]$/.test(v.toks[nx].text) || v.is(nx, 'и', 'или'))) {
        if (p < 0 || /^[,(—–-]$/.test(v.toks[p].text) || v.is(p, 'и', 'или')) return date(y.last, ymd(y.year));
      }
    }
  }

  // "с 1994 по 2000 годы", "с 2010 по 2015 год".
  if (v.is(i, 'с', 'со')) {
    const y1 = yearAt(v, v.next(i), lex);
    const po = y1 ? v.next(y1.last) : -1;
    if (y1 && v.is(po, 'по')) {
      const y2 = yearAt(v, v.next(po), lex);
      const yw = y2 ? yearWord(v, v.next(y2.last), lex) : -1;
      const after = y2 ? v.next(y2.last) : -1;
      const counted =
        after >= 0 &&
        v.kind(after) === 'word' &&
        v.lower[after].length > 2 &&
        lex.morph(v.lower[after]).some((m) => m.pos === 'NOUN' && /\bgent\b/.test(m.tags));
      if (y2 && y2.year > y1.year && (yw >= 0 || y2.ending || (y1.year >= 1800 && y2.year <= 2100 && !counted)))
        return { first: v.next(i), last: yw >= 0 ? yw : y2.last, type: 'DATE', value: `${y1.year}/${y2.year}`, from: String(y1.year), to: String(y2.year) };
    }
  }

  // Day ranges: "27-28 сентября 2014 года", "с 25 по 28 июля 2019 года".
  {
    const opener = v.is(i, 'с', 'со');
    const a = opener ? v.next(i) : i;
    const d1 = a >= 0 && v.kind(a) === 'number' && v.toks[a].text.length <= 2 ? +v.toks[a].text : 0;
    const sep = d1 ? v.next(a) : -1;
    // "в ночь с 18 на 19 апреля": a night across two days is the same kind of range.
    const night = opener && v.is(sep, 'на');
    if (d1 >= 1 && d1 <= 31 && sep >= 0 && (opener ? v.is(sep, 'по') || night : RANGE_DASHES.has(v.toks[sep].text))) {
      const b = v.next(sep);
      const d2 = b >= 0 && v.kind(b) === 'number' && v.toks[b].text.length <= 2 ? +v.toks[b].text : 0;
      const mo = d2 > d1 && d2 <= 31 && (!night || d2 === d1 + 1) ? monthAt(v, v.next(b), lex) : undefined;
      if (mo) {
        const y = yearAt(v, v.next(mo.last), lex);
        const yw = y ? yearWord(v, v.next(y.last), lex) : -1;
        const last = y ? (yw >= 0 ? yw : y.last) : mo.last;
        const from = y ? ymd(y.year, mo.month, d1) : withYear(ref, mo.month, d1);
        const to = y ? ymd(y.year, mo.month, d2) : withYear(ref, mo.month, d2);
        return { first: a, last, type: 'DATE', value: `${from}/${to}`, from, to };
      }
    }
  }
  // Day + month [+ year]: "22 июля 2024 года", "1-го сентября", "первого мая", "22 июл".
  const core = t.kind === 'number' || t.kind === 'word' ? parseCore(v, i, 'ru', lex) : undefined;
  // "в две тысячи девятнадцатом году": a year in words is an ordinal before a year word.
  if (core && core.ordinal && !core.digits && Number.isInteger(core.value) && core.value >= 1000 && core.value <= 2200) {
    const yw = yearWord(v, v.next(core.last), lex);
    if (yw >= 0) return date(yw, ymd(core.value));
  }
  if (
    core &&
    !core.scaled &&
    Number.isInteger(core.value) &&
    core.value >= 1 &&
    core.value <= 31 &&
    (core.digits ? v.toks[i].text.length <= 2 : core.ordinal)
  ) {
    const mo = monthAt(v, v.next(core.last), lex);
    if (mo) {
      const y = yearAt(v, v.next(mo.last), lex);
      if (y) {
        const yw = yearWord(v, v.next(y.last), lex);
        return date(yw >= 0 ? yw : y.last, ymd(y.year, mo.month, core.value));
      }
      // "25 июля, в четверг": the weekday belongs to the date.
      const c = v.next(mo.last);
      const pr = c >= 0 && v.toks[c].text === ',' ? v.next(c) : -1;
      const wdl = pr >= 0 && v.is(pr, 'в', 'во') ? v.next(pr) : -1;
      const ahead = { ahead: dayAhead(ref, mo.month, core.value) };
      if (wdl >= 0 && lemmaIn(lex, v.lower[wdl], RU_WEEKDAY_LEMMAS)) return date(wdl, withYear(ref, mo.month, core.value), ahead);
      return date(mo.last, withYear(ref, mo.month, core.value), ahead);
    }
  }

  // "2-3 года", "5–7 лет": a duration range.
  if (t.kind === 'number' && core && !core.ordinal && !core.ending) {
    const d = v.next(core.last);
    if (d >= 0 && RANGE_DASHES.has(v.toks[d].text)) {
      const c2 = parseCore(v, v.next(d), 'ru', lex);
      const g = c2 && !c2.ordinal ? grainAt(v, v.next(c2.last), lex) : undefined;
      if (c2 && g && g !== 'C' && c2.value > core.value && !(g === 'Y' && ageCue(v, i, lex, v.next(c2.last)))) {
        const from = duration(core.value, g),
          to = duration(c2.value, g);
        return date(v.next(c2.last), `${from}/${to}`, { from, to });
      }
    }
  }
  // "в 90-х", "90-е годы": a decade of the 1900s (later decades are written with four digits).
  if (
    core &&
    core.digits &&
    (core.ending === 'х' || core.ending === 'е' || core.ending === 'ые' || core.ending === 'ых') &&
    v.toks[i].text.length === 2 &&
    core.value % 10 === 0 &&
    core.value >= 20
  ) {
    const yw = yearWord(v, v.next(core.last), lex);
    return date(yw >= 0 ? yw : core.last, `19${String(core.value)[0]}X`);
  }
  // "девяностых годов", "в восьмидесятые": the same decade named by a plural ordinal word, with a year
  // word after it or a preposition before it and no noun after it ("в девяностые минуты" counts minutes).
  if (
    core &&
    core.ordinal &&
    !core.digits &&
    core.last === i &&
    core.value >= 20 &&
    core.value <= 90 &&
    core.value % 10 === 0 &&
    /(ые|ых|ыми)$/.test(v.lower[i])
  ) {
    const yw = yearWord(v, v.next(i), lex);
    const nx = v.next(i);
    if (yw >= 0 || (v.is(v.prev(i), 'в', 'во', 'с', 'до', 'к') && !(nx >= 0 && v.kind(nx) === 'word')))
      return date(yw >= 0 ? yw : i, `19${String(core.value)[0]}X`);
  }
  // "пять месяцев 2025-го", "первые три месяца 2024 года" → an interval from January.
  if (core && !core.ordinal && core.value > 0 && (Number.isInteger(core.value) || core.value === 1.5 || !core.digits || core.value < 100)) {
    const u = v.next(core.last);
    const grain = grainAt(v, u, lex);
    if (grain === 'M' && core.value <= 12) {
      const y = yearAt(v, v.next(u), lex);
      if (y && !y.decade) {
        const yw = yearWord(v, v.next(y.last), lex);
        return date(yw >= 0 ? yw : y.last, `${y.year}-01/${y.year}-${pad(core.value)}`, { from: `${y.year}-01`, to: `${y.year}-${pad(core.value)}` });
      }
    }
    if (grain && !core.plain4) {
      // "три года назад", "через два дня", or a duration "две недели".
      const p = v.prev(i);
      const nx = v.next(u);
      if (nx >= 0 && RU_AGO.has(v.lower[nx])) {
        const last = v.is(nx, 'тому') && v.is(v.next(nx), 'назад') ? v.next(nx) : nx;
        return date(last, shifted(ref, grain, -core.value));
      }
      if (p >= 0 && RU_AFTER.has(v.lower[p]) && Number.isInteger(core.value)) return date(u, shifted(ref, grain, core.value));
      if (grain === 'Y' && ageCue(v, i, lex, u)) return ageFigure(i, ageTail(v, u, lex), core.value);
      // «Один день Ивана Денисовича»: a title, not a duration.
      const q = v.prev(i);
      if (q >= 0 && /^[«"“]$/.test(v.toks[q].text) && !core.digits) return undefined;
      if (grain !== 'C' && grain !== 'Q') {
        // "1 год 6 месяцев" → P1Y6M
        const n2 = v.next(u);
        const c2 = n2 >= 0 && grain === 'Y' ? parseCore(v, n2, 'ru', lex) : undefined;
        const g2 = c2 && !c2.ordinal ? grainAt(v, v.next(c2.last), lex) : undefined;
        if (c2 && g2 === 'M' && Number.isInteger(core.value)) return date(v.next(c2.last), `P${core.value}Y${c2.value}M`);
        return date(u, duration(core.value, grain));
      }
    }
  }
  if (t.kind !== 'word') return undefined;
  const w = v.lower[i];

  // "трёхдневный визит", "многомесячный": a span named by an adjective.
  const span = spanAdjectiveAt(v, i, lex);
  if (span) return span;

  // Vague durations: "несколько месяцев", "последние 200 лет" (the number case is above), "долгие годы".
  if (RU_VAGUE_AMOUNTS.has(w) || RU_VAGUE_SPAN_ADJECTIVES.has(w)) {
    const u = v.next(i);
    const grain = grainAt(v, u, lex);
    if (grain && grain !== 'C') return date(u, duration(undefined, grain));
    return undefined;
  }

  // Month [+ year]: "феврале 2025 года", "май 2017 г.", "в апреле".
  const mo = monthAt(v, i, lex);
  const afterPreposition = (p: number) => p >= 0 && RU_MONTH_PREPOSITIONS.has(v.lower[p]);
  if (mo && !(v.isUpperInitial(i) && v.prev(i) >= 0 && !afterPreposition(v.prev(i)))) {
    const y = yearAt(v, v.next(mo.last), lex);
    if (y && !y.decade) {
      const yw = yearWord(v, v.next(y.last), lex);
      return date(yw >= 0 ? yw : y.last, ymd(y.year, mo.month));
    }
    // "в сентябре прошлого года", "в феврале этого года".
    const ra = v.next(mo.last);
    const rel = ra >= 0 ? lemmaIn(lex, v.lower[ra], RU_RELATIVE_ADJECTIVES) : undefined;
    if (rel !== undefined && grainAt(v, v.next(ra), lex) === 'Y') {
      const ry = relative(ref, 'Y', rel);
      return date(v.next(ra), ry ? `${ry}-${pad(mo.month)}` : undefined);
    }
    // A bare month name needs a preposition or a lower-case form; "Марта" alone is a name.
    const p = v.prev(i);
    if (!v.isUpperInitial(i) || afterPreposition(p)) {
      if (w.length >= 3 && (afterPreposition(p) || (p >= 0 && RU_PERIOD_PARTS.has(v.lower[p])) || v.dot(i) === i))
        return date(mo.last, withYear(ref, mo.month), { ahead: monthAround(ref, mo.month, 1, true) });
    }
  }

  // "в среду, 3 октября 2018 года", "вчера, 9 мая 2019 года": one date.
  const wd = lemmaIn(lex, w, RU_WEEKDAY_LEMMAS);
  if (wd || w in RU_RELATIVE_DAYS) {
    const c = v.next(i);
    if (c >= 0 && v.toks[c].text === ',') {
      const d = parseDateRu(v, v.next(c), lex, ref);
      if (d && d.value && /^(\d{4}|XXXX)-\d\d-\d\d$/.test(String(d.value))) return date(d.last, String(d.value));
    }
  }
  // "в ноябре-декабре": two months in one hyphenated word.
  if (w.includes('-')) {
    const [a, b] = w.split('-');
    const ma = lemmaIn(lex, a, RU_MONTH_LEMMAS),
      mb = lemmaIn(lex, b, RU_MONTH_LEMMAS);
    if (ma && mb && mb > ma && afterPreposition(v.prev(i))) {
      // "в ноябре-декабре 2019 года": the year after the pair is the pair's.
      const y = yearAt(v, v.next(i), lex);
      if (y && !y.decade) {
        const yw = yearWord(v, v.next(y.last), lex);
        const from = ymd(y.year, ma),
          to = ymd(y.year, mb);
        return date(yw >= 0 ? yw : y.last, `${from}/${to}`, { from, to });
      }
      const from = withYear(ref, ma),
        to = withYear(ref, mb);
      return date(i, `${from}/${to}`, { from, to });
    }
  }
  // Half a unit in one word: "полгода" (P0.5Y), "через полгода", "полвека назад".
  const half = lemmaIn(lex, w, RU_HALF_UNITS);
  if (half) {
    const nx = v.next(i);
    const p = v.prev(i);
    const s = half.shift;
    if (v.is(nx, 'назад')) return date(nx, s ? shifted(ref, s[0], -s[1]) : undefined);
    if (p >= 0 && RU_AFTER.has(v.lower[p])) return date(i, s ? shifted(ref, s[0], s[1]) : undefined);
    return date(i, duration(0.5, half.grain));
  }
  // "на сегодняшний день", "с сегодняшнего дня", "до вчерашнего дня": a day named by a relative adjective
  // before "день" (a preposition before it, so the adjective, behind this token, ends no figure).
  const g1 = grainAt(v, i, lex);
  if (g1 === 'D' && w.charCodeAt(0) === 0x434 /* д */) {
    const a = v.prev(i);
    const off = a >= 0 ? relativeDayAdjective(v.lower[a]) : undefined;
    if (off !== undefined && RU_PART_PREPOSITIONS.has(v.lower[v.prev(a)] ?? '')) return { first: a, last: i, type: 'DATE', value: relative(ref, 'D', off) };
  }
  // A calendar noun alone after a preposition: "на год", "за неделю", "через год", "год назад", "в течение недели".
  if ((g1 && g1 !== 'C' && !v.isUpperInitial(i)) || (g1 && v.is(v.next(i), 'назад'))) {
    const p = v.prev(i);
    const nx = v.next(i);
    if (v.is(nx, 'назад')) return date(nx, shifted(ref, g1!, -1));
    if (p >= 0 && RU_AFTER.has(v.lower[p])) return date(i, shifted(ref, g1!, 1));
    const throughout = (v.is(p, 'течение') && v.is(v.prev(p), 'в')) || (v.is(p, 'протяжении') && v.is(v.prev(p), 'на'));
    if (p >= 0 && (RU_ONE_UNIT_BEFORE.has(v.lower[p]) || throughout)) {
      // "за день до", "на год": a stretch of one unit; "в год"/"в день" (per year) are rates, not dates.
      if (RU_ONE_UNIT_FORMS.has(w)) return date(i, duration(1, g1!));
      if (RU_ONE_UNIT_GENITIVES.has(w) && (throughout || RU_ONE_UNIT_GENITIVE_BEFORE.has(v.lower[p]))) return date(i, duration(1, g1!));
      // "в течение десятилетий", "на протяжении веков": a plural alone is an unsaid number of units.
      if (throughout && lex.morph(w).length > 0 && lex.morph(w).every((m) => /\bplur\b/.test(m.tags))) return date(i, duration(undefined, g1!));
    }
  }
  // "за последний месяц", "за последнее десятилетие".
  if (/^последн/.test(w)) {
    const g = grainAt(v, v.next(i), lex);
    if (g && g !== 'C') return date(v.next(i), duration(1, g));
  }
  // Relative: "вчера", "сегодня".
  if (w in RU_RELATIVE_DAYS) return date(i, relative(ref, 'D', RU_RELATIVE_DAYS[w]));

  // "годом позже", "неделей ранее"
  if (grainAt(v, i, lex) && /(ом|ем|ёй|ей|ью)$/.test(w) && v.next(i) >= 0 && RU_SHIFT_ADVERBS.has(v.lower[v.next(i)])) return date(v.next(i), undefined);

  // "в прошлом году", "в минувшем году", "на следующей неделе", "в том же году".
  const rel = lemmaIn(lex, w, RU_RELATIVE_ADJECTIVES);
  if (rel !== undefined || RU_ANAPHORIC.has(w)) {
    let u = v.next(i);
    // "в текущем сезоне", "до конца этого сезона": a period without a calendar value.
    if (rel !== undefined && u >= 0 && v.hasStem(u, RU_PERIOD_NOUN_STEMS)) return date(u, undefined);
    // "в прошлую пятницу", "в минувшую среду" (strictly before), "в следующую среду" (strictly after)
    const wd2 = rel !== undefined && u >= 0 ? lemmaIn(lex, v.lower[u], RU_WEEKDAY_LEMMAS) : undefined;
    if (wd2) return date(u, rel! < 0 ? weekdayBefore(ref, wd2) : rel! > 0 ? weekdayAfter(ref, wd2) : weekday(ref, wd2));
    // "в минувшие выходные", "в эти выходные", "в следующие выходные": Saturday and Sunday of that week
    // (a bare "в выходные" may be any weekend: no date).
    if (rel !== undefined && u >= 0 && RU_WEEKEND_FORMS.has(v.lower[u])) {
      const week = relative(ref, 'W', rel);
      return date(u, week ? weekDays(week, EN_WEEKEND.days) : undefined);
    }
    // "этой осенью", "прошлым летом", "следующей весной": the season around, before or after the reference.
    // The adjective agrees with the season's instrumental ("этим летом"); "матчи предстоящего летом
    // чемпионата" is a genitive that belongs to the noun after.
    const seasonNear = rel !== undefined && u >= 0 && /(ым|им|ой|ей)$/.test(w) ? RU_SEASON_ADVERBS[v.lower[u]] : undefined;
    if (seasonNear && !yearAt(v, v.next(u), lex)) return date(u, seasonAround(ref, seasonNear, rel!));
    if (v.is(u, 'же')) u = v.next(u);
    const grain = grainAt(v, u, lex);
    if (grain && grain !== 'DEC') return date(u, rel !== undefined && !RU_ANAPHORIC.has(w) ? relative(ref, grain, rel) : undefined);
  }

  // "каждый четверг", "по четвергам": a day each week, no single date to give (as "every Thursday" in English).
  if (wd && v.prev(i) >= 0 && RU_RECURRING_WORDS.has(v.lower[v.prev(i)])) return { first: v.prev(i), last: i, type: 'DATE' };
  const plural = wd !== undefined && lex.morph(w).length > 0 && lex.morph(w).every((m) => /\bplur\b/.test(m.tags));
  // Weekday after "в"/"во": "в пятницу", "во вторник" ("среда" alone is "environment").
  if (wd && v.prev(i) >= 0 && RU_WEEKDAY_PREPOSITIONS.has(v.lower[v.prev(i)]))
    return plural ? { first: i, last: i, type: 'DATE' } : date(i, weekday(ref, wd), { ahead: weekdayAhead(ref, wd) });

  // Seasons: "весной 2002 года", "летом".
  const season = RU_SEASON_ADVERBS[w] ?? lemmaIn(lex, w, RU_SEASON_LEMMAS);
  if (season) {
    const y = yearAt(v, v.next(i), lex);
    if (y && !y.decade) {
      const yw = yearWord(v, v.next(y.last), lex);
      return date(yw >= 0 ? yw : y.last, `${y.year}-${season}`);
    }
    // "весной прошлого года", "летом этого года": the season of the year the adjective names.
    const ra = v.next(i);
    const rel = ra >= 0 && RU_SEASON_ADVERBS[w] ? lemmaIn(lex, v.lower[ra], RU_RELATIVE_ADJECTIVES) : undefined;
    if (rel !== undefined && grainAt(v, v.next(ra), lex) === 'Y') {
      const ry = relative(ref, 'Y', rel);
      return date(v.next(ra), ry ? `${ry}-${season}` : undefined);
    }
    if (RU_SEASON_ADVERBS[w]) return date(i, `XXXX-${season}`);
  }

  // Century: "XXI век", "в XIX веке".
  const rn = roman(v.toks[i].text);
  if (rn) {
    const u = v.next(i);
    if (grainAt(v, u, lex) === 'C') return date(u, pad(rn - 1));
  }
  return undefined;
}

/**
 * Parts of a year: "в третьем квартале 2024 года" (2024-Q3), "IV квартал 2023 г." (2023-Q4), "первого
 * полугодия" (XXXX-H1), "за 1-й квартал". An ordinal (in words, digits with an ending or Roman) right
 * before the part noun; the year, when one follows with its year word or ending. Without a year the
 * reference date gives it, as in English (date-resolve.ts yearPartAround).
 */
function yearPart(v: View, i: number, lex: Lexicon, ref: Ref | undefined): Figure | undefined {
  let n: number | undefined;
  let last = i;
  if (v.kind(i) === 'word' && /^[IVX]+$/.test(v.toks[i].text)) n = roman(v.toks[i].text);
  else if (v.kind(i) === 'word' || v.kind(i) === 'number') {
    const core = parseCore(v, i, 'ru', lex);
    if (!core?.ordinal || !Number.isInteger(core.value)) return undefined;
    n = core.value;
    last = core.last;
  }
  const u = v.next(last);
  if (n === undefined || u < 0 || v.kind(u) !== 'word') return undefined;
  const part = lemmaIn(lex, v.lower[u], RU_YEAR_PARTS);
  if (!part || n < 1 || n > part.count) return undefined;
  const y = yearAt(v, v.next(u), lex);
  const yw = y ? yearWord(v, v.next(y.last), lex) : -1;
  if (y && !y.decade && (yw >= 0 || y.ending)) return dateFigure(i, yw >= 0 ? yw : y.last, `${ymd(y.year)}-${part.letter}${n}`);
  const around = yearPartAround(ref, part.letter, n, part.count);
  return dateFigure(i, u, around.value, around.ahead ? { ahead: around.ahead } : undefined);
}
