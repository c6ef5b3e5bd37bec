// Calendar nouns: the grain of a date ("2024 год", "пять месяцев") and of a duration ("две недели" → P2W).

export type Grain = 'Y' | 'M' | 'W' | 'D' | 'C' | 'DEC' | 'Q';

export const RU_TIME_UNIT_LEMMAS: Readonly<Record<string, Grain>> = {
  год: 'Y',
  месяц: 'M',
  неделя: 'W',
  день: 'D',
  сутки: 'D',
  век: 'C',
  столетие: 'C',
  десятилетие: 'DEC',
  квартал: 'Q',
  полугодие: 'Q',
};

/**
 * Half a calendar unit in one word ("полгода", "полвека", "полмесяца"): the unit, and the shift the half
 * makes in whole smaller units ("полгода назад" is six months back) where there is one.
 */
export const RU_HALF_UNITS: Readonly<Record<string, { grain: Grain; shift?: readonly [Grain, number] }>> = {
  полгода: { grain: 'Y', shift: ['M', 6] },
  полвека: { grain: 'C', shift: ['Y', 50] },
  полмесяца: { grain: 'M' },
};

export const EN_TIME_UNITS: Readonly<Record<string, Grain>> = {
  year: 'Y',
  years: 'Y',
  // "next yr", "5 yrs": the abbreviation of news tables and headlines.
  yr: 'Y',
  yrs: 'Y',
  month: 'M',
  months: 'M',
  week: 'W',
  weeks: 'W',
  day: 'D',
  days: 'D',
  century: 'C',
  centuries: 'C',
  decade: 'DEC',
  decades: 'DEC',
  quarter: 'Q',
  quarters: 'Q',
  fortnight: 'W',
  fortnights: 'W',
};

/** English units that are a multiple of their grain: a fortnight is two weeks ("a fortnight ago", "3 fortnights hence"). */
export const EN_UNIT_MULTIPLES: Readonly<Record<string, number>> = { fortnight: 2, fortnights: 2 };

/** Abbreviation of "год": "2014 г", "2014 г.", "в 1990-х гг.". */
export const RU_YEAR_ABBREVIATIONS = new Set(['г', 'гг']);
