// Weekdays joined into one period: "Saturday and Sunday", "from Monday to Friday", "Monday – Friday",
// "в субботу и воскресенье", "с понедельника по пятницу". The date grammars read each weekday on its own,
// so a range came out as two dates, and each resolved alone could put the end before the start
// ("Monday to Friday" on a Wednesday: Monday 30 Nov, Friday 27 Nov). Here the first day's value
// decides and each later day is the next such weekday on or after the one before it. A range joiner
// ("to", "through", "по", a dash) always makes one period; a list ("и", "and", commas), as in
// day-lists.ts, makes one only for days in a row ("Saturday and Sunday"), else the days stay dates of
// their own, each resolved after the one before ("Monday and Wednesday").
import { Entity } from '../types';
import { Lexicon } from './lexicon';
import { EN_WEEKDAYS, RU_WEEKDAY_LEMMAS } from './tables/months';
import { EN_RANGE_JOINERS } from './tables/date-cues-en';
import { RANGE_DASHES } from './tables/qualifiers';
import { LIST_JOIN, LIST_AND } from './day-lists';
import { dayOffset } from './date-resolve';

/** The words that join two weekdays of one range: "to", "through", "until", "по", "до". */
const RANGE_WORDS = [...EN_RANGE_JOINERS, 'по', 'до'].join('|');
/** Two weekdays of one range: one of RANGE_WORDS, or a dash. */
const RANGE_JOIN = new RegExp(`^(?:\\s+(?:${RANGE_WORDS})\\s+|\\s*[${[...RANGE_DASHES].join('')}]\\s*)$`);
/** A day's value, resolved ("2026-11-30") or not ("XXXX-WXX-1"). */
const RESOLVED = /^(\d{4})-(\d\d)-(\d\d)$/;
const UNRESOLVED = /^XXXX-WXX-[1-7]$/;

/** The ISO weekday a word names ("Friday", "пятницу", "воскресенье"), else undefined. */
function weekdayWord(word: string, lex: Lexicon): number | undefined {
  const w = word.toLowerCase();
  if (w in EN_WEEKDAYS) return EN_WEEKDAYS[w];
  // Only a lone Cyrillic word can be a Russian weekday: spare the morphology every other date ("22 июля").
  if (!/^[а-яё]+$/.test(w)) return undefined;
  for (const l of lex.lemmas(w) ?? []) if (l in RU_WEEKDAY_LEMMAS) return RU_WEEKDAY_LEMMAS[l];
  return undefined;
}

/** The ISO weekday a DATE names when it is a weekday word alone, else undefined. */
function weekdayOf(e: Entity, lex: Lexicon): number | undefined {
  if (e.type !== 'DATE' || typeof e.value !== 'string' || !(RESOLVED.test(e.value) || UNRESOLVED.test(e.value))) return undefined;
  return weekdayWord(e.text, lex);
}

/** A weekday word right after a list's "and"/"и" or a range joiner ("в субботу и воскресенье"): the grammars
 *  read a Russian weekday in the nominative-accusative only after "в", so the second day goes unread. */
const NEXT_WORD = new RegExp(`^(\\s+(?:и|and)\\s+|\\s+(?:${RANGE_WORDS})\\s+|\\s*[-–—‒]\\s*)([A-Za-zА-Яа-яЁё]+)`);
function unreadDayAfter(text: string, e: Entity, next: Entity | undefined, lex: Lexicon): Entity | undefined {
  const m = NEXT_WORD.exec(text.slice(e.end, e.end + 40));
  if (!m) return undefined;
  const start = e.end + m[1].length;
  const end = start + m[2].length;
  if ((next && next.start < end) || /[\p{L}\d]/u.test(text[end] ?? '') || weekdayWord(m[2], lex) === undefined) return undefined;
  return { start, end, type: 'DATE', text: m[2], value: 'XXXX-WXX-1' };
}

/** The day `ahead` weekdays after a resolved value, or the bare weekday when unresolved. */
function later(value: string, from: number, to: number): string {
  const m = RESOLVED.exec(value);
  if (!m) return `XXXX-WXX-${to}`;
  return dayOffset(+m[1], +m[2], +m[3], (to - from + 7) % 7);
}

/** Joins weekday ranges and lists in `out` (figures in text order), in place. */
export function joinWeekdayRanges(text: string, out: Entity[], lex: Lexicon): void {
  for (let k = 0; k < out.length; k++) {
    const wd0 = weekdayOf(out[k], lex);
    if (wd0 === undefined) continue;
    const run: Array<{ e: Entity; wd: number }> = [{ e: out[k], wd: wd0 }];
    let joins = '';
    let range = false;
    const lone = unreadDayAfter(text, out[k], out[k + 1], lex);
    if (lone) out.splice(k + 1, 0, lone);
    for (let j = k + 1; j < out.length; j++) {
      const wd = weekdayOf(out[j], lex);
      const gap = text.slice(out[j - 1].end, out[j].start);
      if (wd === undefined) break;
      if (run.length === 1 && RANGE_JOIN.test(gap)) {
        range = true;
        run.push({ e: out[j], wd });
        break;
      }
      if (!LIST_JOIN.test(gap)) break;
      run.push({ e: out[j], wd });
      joins += gap;
    }
    if (run.length < 2 || (!range && !LIST_AND.test(joins))) {
      // An unread day stays unread unless it joins a period or a list.
      if (lone) out.splice(out.indexOf(lone), 1);
      continue;
    }
    // Each day after the first: the next such weekday on or after the day before it.
    const values = [String(out[k].value)];
    for (let i = 1; i < run.length; i++) values.push(later(values[i - 1], run[i - 1].wd, run[i].wd));
    const inRow = run.every((d, i) => i === 0 || d.wd === (run[i - 1].wd % 7) + 1);
    if (range || inRow) {
      const first = run[0].e;
      const last = run[run.length - 1].e;
      const whole: Entity = {
        start: first.start,
        end: last.end,
        type: 'DATE',
        text: text.slice(first.start, last.end),
        value: `${values[0]}/${values[values.length - 1]}`,
      };
      out.splice(k, run.length, whole);
    } else {
      run.forEach((d, i) => (d.e.value = values[i]));
      k += run.length - 1;
    }
  }
}
