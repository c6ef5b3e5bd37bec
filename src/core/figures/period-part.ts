// "The beginning of next week", "the end of the month", "the beginning of 2017": the part of the
// period as an interval value (tables/period-parts-en.ts), from the period's own value.
import { pad, daysInMonth, dayOffset, ymd } from './date-resolve';
import { EN_PERIOD_PART_RANGES, EN_MONTH_THIRDS, PeriodPart } from './tables/period-parts-en';

/** Monday of ISO week w of ISO year y, as y/m/d. */
function isoWeekMonday(y: number, w: number): { y: number; m: number; d: number } {
  // The ISO week 1 holds 4 January.
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const t = new Date(jan4.getTime() + ((w - 1) * 7 - ((jan4.getUTCDay() + 6) % 7)) * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** ISO weekdays [a, b] of the week "2013-W07" as "A/B" days; undefined for another value. */
export function weekDays(week: string, [a, b]: readonly [number, number]): string | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return undefined;
  const mon = isoWeekMonday(+m[1], +m[2]);
  return `${dayOffset(mon.y, mon.m, mon.d, a - 1)}/${dayOffset(mon.y, mon.m, mon.d, b - 1)}`;
}

/** The part of the period whose value is `period` ("2013-W07", "2013-02", "2017") as "A/B"; undefined for other values. */
export function periodPart(part: PeriodPart, period: string): string | undefined {
  const week = weekDays(period, EN_PERIOD_PART_RANGES.week[part]);
  if (week) return week;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(period))) {
    const [a, b] = EN_PERIOD_PART_RANGES.month[part];
    const y = +m[1];
    const mo = +m[2];
    return `${ymd(y, mo, a)}/${ymd(y, mo, b || daysInMonth(y, mo))}`;
  }
  if ((m = /^(\d{4})$/.exec(period))) {
    const [a, b] = EN_PERIOD_PART_RANGES.year[part];
    return `${m[1]}-${pad(a)}/${m[1]}-${pad(b)}`;
  }
  return undefined;
}

/** "late March" with a known year ("2019-03") → "2019-03-21/2019-03-31"; undefined for other modifiers or values. */
export function monthThird(modifier: string, month: string): string | undefined {
  const third = EN_MONTH_THIRDS[modifier];
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!third || !m) return undefined;
  const y = +m[1];
  const mo = +m[2];
  return `${ymd(y, mo, third[0])}/${ymd(y, mo, third[1] || daysInMonth(y, mo))}`;
}
