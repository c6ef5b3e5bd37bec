// Russian dates at the grain the text gives: "22 июля 2024 года" → 2024-07-22, "в феврале 2025 года" →
// 2025-02, "2024 год" → 2024, "2025-го" → 2025, "пять месяцев 2025-го" → 2025-01/2025-05, "2006—2011 годы"
// → 2006/2011, "в 1990-х" → 199X, "XXI век" → 20, "весной 2002 года" → 2002-SP, "в прошлом году"
// (reference year − 1), "в пятницу", "две недели" → P2W, "три года назад". Prepositions stay outside.
import { View } from './view';
import { Lexicon } from './lexicon';
import { Figure } from './quantity';
import { parseCore } from './core';
import { Ref, ymd, pad, relative, shifted, weekday, withYear, duration } from './date-resolve';
import { RU_MONTH_LEMMAS, MONTH_ABBREVIATIONS, RU_WEEKDAY_LEMMAS, RU_SEASON_LEMMAS, RU_SEASON_ADVERBS } from './tables/months';
import { RU_TIME_UNIT_LEMMAS, RU_YEAR_ABBREVIATIONS, Grain } from './tables/time-units';
import { RU_RELATIVE_DAYS, RU_RELATIVE_ADJECTIVES } from './tables/relative-dates';
import { RANGE_DASHES } from './tables/qualifiers';

const VAGUE_AMOUNTS = new Set(['несколько', 'нескольких', 'пару', 'пара', 'пары', 'много', 'многих', 'ряд', 'последние', 'последних']);
const YEAR_PREPOSITIONS = new Set(['в', 'с', 'до', 'к', 'после', 'по', 'от', 'около', 'между', 'начиная', 'году']);
const ANAPHORIC = new Set(['тот', 'том', 'той', 'ту', 'того', 'же']);

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
  return j >= 0 && v.kind(j) === 'word' ? lemmaIn(lex, v.lower[j], RU_TIME_UNIT_LEMMAS) : undefined;
}

/** A year word after a year number: "год", "года", "г.", "гг."; returns the last index or -1. */
function yearWord(v: View, j: number, lex: Lexicon): number {
  if (j < 0 || v.kind(j) !== 'word') return -1;
  if (RU_YEAR_ABBREVIATIONS.has(v.lower[j])) return v.dot(j);
  return grainAt(v, j, lex) === 'Y' ? j : -1;
}

interface YearNum { year: number; last: number; ending?: string; decade?: boolean }

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
    const a = val[s[k]], b = val[s[k + 1]] ?? 0;
    n += a < b ? -a : a;
  }
  return n > 0 && n <= 30 ? n : undefined;
}

export function parseDateRu(v: View, i: number, lex: Lexicon, ref: Ref | undefined): Figure | undefined {
  const t = v.toks[i];
  const date = (last: number, value: string | undefined, extra: Partial<Figure> = {}): Figure =>
    ({ first: i, last, type: 'DATE', value, ...extra });

  if (t.kind === 'number') {
    // DD.MM.YYYY and YYYY-MM-DD.
    const n = v.toks;
    const g = (a: number, b: number) => v.glued(a, b);
    if (n[i + 4] && [1, 2, 3, 4].every((k) => g(i + k - 1, i + k)) && n[i + 2].kind === 'number' && n[i + 4].kind === 'number') {
      const s1 = n[i + 1].text, s2 = n[i + 3].text;
      if ((s1 === '.' || s1 === '/') && s2 === s1 && t.text.length <= 2 && n[i + 2].text.length <= 2 && n[i + 4].text.length === 4) {
        const d = +t.text, m = +n[i + 2].text;
        if (d >= 1 && d <= 31 && m >= 1 && m <= 12) return date(i + 4, ymd(+n[i + 4].text, m, d));
      }
      if (s1 === '-' && s2 === '-' && t.text.length === 4 && n[i + 2].text.length === 2 && n[i + 4].text.length === 2) {
        const m = +n[i + 2].text, d = +n[i + 4].text;
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
      const nextIsWord = nx >= 0 && v.kind(nx) === 'word' && !v.isUpperInitial(nx) && lex.morph(v.lower[nx])[0]?.pos === 'NOUN';
      if (p >= 0 && YEAR_PREPOSITIONS.has(v.lower[p]) && !nextIsWord && y.year >= 1800 && y.year <= 2100) return date(y.last, ymd(y.year));
    }
  }

  // "с 1994 по 2000 годы", "с 2010 по 2015 год".
  if (v.is(i, 'с', 'со')) {
    const y1 = yearAt(v, v.next(i), lex);
    const po = y1 ? v.next(y1.last) : -1;
    if (y1 && v.is(po, 'по')) {
      const y2 = yearAt(v, v.next(po), lex);
      const yw = y2 ? yearWord(v, v.next(y2.last), lex) : -1;
      if (y2 && y2.year > y1.year && (yw >= 0 || y2.ending)) return { first: v.next(i), last: yw >= 0 ? yw : y2.last, type: 'DATE', value: `${y1.year}/${y2.year}`, from: String(y1.year), to: String(y2.year) };
    }
  }

  // Day + month [+ year]: "22 июля 2024 года", "1-го сентября", "первого мая", "22 июл".
  const core = t.kind === 'number' || t.kind === 'word' ? parseCore(v, i, 'ru', lex) : undefined;
  if (core && !core.scaled && Number.isInteger(core.value) && core.value >= 1 && core.value <= 31 && (core.digits ? v.toks[i].text.length <= 2 : core.ordinal)) {
    const mo = monthAt(v, v.next(core.last), lex);
    if (mo) {
      const y = yearAt(v, v.next(mo.last), lex);
      if (y) {
        const yw = yearWord(v, v.next(y.last), lex);
        return date(yw >= 0 ? yw : y.last, ymd(y.year, mo.month, core.value));
      }
      return date(mo.last, withYear(ref, mo.month, core.value));
    }
  }

  // "пять месяцев 2025-го", "первые три месяца 2024 года" → an interval from January.
  if (core && !core.ordinal && Number.isInteger(core.value) && core.value >= 1) {
    const u = v.next(core.last);
    const grain = grainAt(v, u, lex);
    if (grain === 'M' && core.value <= 12) {
      const y = yearAt(v, v.next(u), lex);
      if (y && !y.decade) {
        const yw = yearWord(v, v.next(y.last), lex);
        return date(yw >= 0 ? yw : y.last, `${y.year}-01/${y.year}-${pad(core.value)}`, { from: `${y.year}-01`, to: `${y.year}-${pad(core.value)}` });
      }
    }
    if (grain && !(core.plain4)) {
      // "три года назад", "через два дня", or a duration "две недели".
      const p = v.prev(i);
      if (p >= 0 && v.is(p, 'возрасте')) return undefined;
      const nx = v.next(u);
      if (nx >= 0 && v.is(nx, 'назад', 'тому')) {
        const last = v.is(nx, 'тому') && v.is(v.next(nx), 'назад') ? v.next(nx) : nx;
        return date(last, shifted(ref, grain, -core.value));
      }
      if (p >= 0 && v.is(p, 'через', 'спустя')) return date(u, shifted(ref, grain, core.value));
      if (grain !== 'C') return date(u, duration(core.value, grain));
    }
  }
  if (t.kind !== 'word') return undefined;
  const w = v.lower[i];

  // Vague durations: "несколько месяцев", "последние 200 лет" (the number case is above).
  if (VAGUE_AMOUNTS.has(w)) {
    const u = v.next(i);
    const grain = grainAt(v, u, lex);
    if (grain && grain !== 'C') return date(u, duration(undefined, grain));
    return undefined;
  }

  // Month [+ year]: "феврале 2025 года", "май 2017 г.", "в апреле".
  const mo = monthAt(v, i, lex);
  if (mo && !(v.isUpperInitial(i) && v.prev(i) >= 0 && !v.is(v.prev(i), 'в', 'с', 'до', 'по', 'к'))) {
    const y = yearAt(v, v.next(mo.last), lex);
    if (y && !y.decade) {
      const yw = yearWord(v, v.next(y.last), lex);
      return date(yw >= 0 ? yw : y.last, ymd(y.year, mo.month));
    }
    // A bare month name needs a preposition or a lower-case form; "Марта" alone is a name.
    const p = v.prev(i);
    if (!v.isUpperInitial(i) || (p >= 0 && v.is(p, 'в', 'с', 'до', 'по', 'к'))) {
      if (w.length >= 3 && (p >= 0 && v.is(p, 'в', 'с', 'до', 'по', 'к', 'начале', 'конце', 'середине') || v.dot(i) === i)) return date(mo.last, withYear(ref, mo.month));
    }
  }

  // Relative: "вчера", "сегодня".
  if (w in RU_RELATIVE_DAYS) return date(i, relative(ref, 'D', RU_RELATIVE_DAYS[w]));

  // "в прошлом году", "в минувшем году", "на следующей неделе", "в том же году".
  const rel = lemmaIn(lex, w, RU_RELATIVE_ADJECTIVES);
  if (rel !== undefined || ANAPHORIC.has(w)) {
    let u = v.next(i);
    if (v.is(u, 'же')) u = v.next(u);
    const grain = grainAt(v, u, lex);
    if (grain && grain !== 'DEC') return date(u, rel !== undefined && !ANAPHORIC.has(w) ? relative(ref, grain, rel) : undefined);
  }

  // Weekday after "в"/"во": "в пятницу", "во вторник" ("среда" alone is "environment").
  const wd = lemmaIn(lex, w, RU_WEEKDAY_LEMMAS);
  if (wd && v.is(v.prev(i), 'в', 'во', 'на', 'с', 'до', 'по', 'к')) return date(i, weekday(ref, wd));

  // Seasons: "весной 2002 года", "летом".
  const season = RU_SEASON_ADVERBS[w] ?? lemmaIn(lex, w, RU_SEASON_LEMMAS);
  if (season) {
    const y = yearAt(v, v.next(i), lex);
    if (y && !y.decade) {
      const yw = yearWord(v, v.next(y.last), lex);
      return date(yw >= 0 ? yw : y.last, `${y.year}-${season}`);
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
