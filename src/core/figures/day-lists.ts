// Days of one month listed before or after it: "6 и 7 декабря", "6, 7 и 8 декабря", "on 6 and 7 December",
// "Dec 6 and 7". The date grammars read the day that touches the month as a date and the others as bare
// numbers ("6" NUMBER, "7 декабря" DATE), which a reader takes for a count. Days in a row are one
// period ("6 и 7 декабря" = 2026-12-06/2026-12-07); days with gaps are dates of their own
// ("6 и 8 декабря"). A list needs its conjunction ("и", "and"): "5, 7 декабря" may be a count and a
// date, and stays so.
import { Entity } from '../types';

/** What may stand between two listed days: a comma, "и"/"and", or both ("6, 7, and 8 December"). */
export const LIST_JOIN = /^(?:,\s*|\s+(?:и|and)\s+|,\s+(?:и|and)\s+)$/;
/** A list needs its conjunction somewhere among its joins. */
export const LIST_AND = /(?:и|and)/;
/** A full day's value, with the year or without it: "2026-12-07", "XXXX-12-07". */
const DAY_VALUE = /^([\dX]{4}-\d\d)-(\d\d)$/;

/** A number standing alone, 1 to 31: not part of a score ("2:1"), a range ("35-12") or a decimal. */
function bareDay(text: string, e: Entity): boolean {
  if (e.type !== 'NUMBER' || !/^\d{1,2}$/.test(e.text) || e.unit || e.qualifier || Number(e.text) < 1 || Number(e.text) > 31) return false;
  const before = text[e.start - 1] ?? ' ';
  const after = text[e.end] ?? ' ';
  return /[\s(«"“]/.test(before) && (/[\s,;)»"”]/.test(after) || (after === '.' && !/\d/.test(text[e.end + 1] ?? '')));
}

/** Joins each such list in `out` (figures in text order), in place. */
export function joinDayLists(text: string, out: Entity[]): void {
  for (let k = 0; k < out.length; k++) {
    const date = out[k];
    const m = date.type === 'DATE' && typeof date.value === 'string' ? DAY_VALUE.exec(date.value) : null;
    if (!m) continue;
    const month = m[1];
    // The date's own day stands at its start ("7 декабря") or its end ("Dec 6"): the list goes the other way.
    const dayFirst = /^\d/.test(date.text);
    const run: Entity[] = [];
    let joins = '';
    for (let j = dayFirst ? k - 1 : k + 1; j >= 0 && j < out.length; dayFirst ? j-- : j++) {
      const e = out[j];
      const near = dayFirst ? out[j + 1] : out[j - 1];
      const gap = dayFirst ? text.slice(e.end, near.start) : text.slice(near.end, e.start);
      if (!bareDay(text, e) || !LIST_JOIN.test(gap)) break;
      run.push(e);
      joins += gap;
    }
    if (!run.length || !LIST_AND.test(joins)) continue;
    const listed = dayFirst ? [...run.reverse(), date] : [date, ...run];
    const days = listed.map((e) => (e === date ? Number(m[2]) : Number(e.text)));
    const inRow = days.every((d, i) => i === 0 || d === days[i - 1] + 1);
    const iso = (d: number) => `${month}-${String(d).padStart(2, '0')}`;
    if (inRow) {
      const first = listed[0];
      const last = listed[listed.length - 1];
      const whole: Entity = {
        start: first.start,
        end: last.end,
        type: 'DATE',
        text: text.slice(first.start, last.end),
        value: `${iso(days[0])}/${iso(days[days.length - 1])}`,
      };
      const at = out.indexOf(first);
      out.splice(at, listed.length, whole);
      k = at;
    } else {
      for (const e of run) {
        e.type = 'DATE';
        e.value = iso(Number(e.text));
      }
    }
  }
}
