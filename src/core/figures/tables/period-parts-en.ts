// The part of a week, month or year that "the beginning of" / "the end of" names, as an interval of
// the period's own units (inclusive). The beginning of a week is its first three days (Monday to
// Wednesday), the end its last three (Friday to Sunday); of a month, its first and last ten days or so
// (1–10, 21 to the last); of a year, its first quarter and its last four months. These are the readings
// Duckling gives; a reader shares them (the end of the month is not the whole month), and they keep a
// value that can be checked against a dated event. "The middle of" has no agreed part and keeps the
// period's value.
export type PeriodGrain = 'week' | 'month' | 'year';
export type PeriodPart = 'beginning' | 'end';

/** [first, last] weekday (ISO, 1 = Monday), day of month (0: the month's last day) or month. */
export const EN_PERIOD_PART_RANGES: Readonly<Record<PeriodGrain, Readonly<Record<PeriodPart, readonly [number, number]>>>> = {
  week: { beginning: [1, 3], end: [5, 7] },
  month: { beginning: [1, 10], end: [21, 0] },
  year: { beginning: [1, 3], end: [9, 12] },
};

/** The words that name a part: "start of the week", "the beginning of 2017". */
export const EN_PART_WORDS: Readonly<Record<string, PeriodPart>> = {
  beginning: 'beginning',
  start: 'beginning',
  end: 'end',
};

/** Calendar nouns that, after a part ("the end of the month"), name the current period. */
export const EN_CURRENT_PERIOD_NOUNS: Readonly<Record<string, PeriodGrain>> = {
  week: 'week',
  month: 'month',
  year: 'year',
};

/** "early March", "mid-March", "late March": the thirds of a month, as days (0: the month's last day). */
export const EN_MONTH_THIRDS: Readonly<Record<string, readonly [number, number]>> = {
  early: [1, 10],
  mid: [11, 20],
  late: [21, 0],
};

/** "this weekend", "last weekend": Saturday and Sunday (ISO weekdays) of the week the adjective names. */
export const EN_WEEKEND: { word: string; days: readonly [number, number] } = { word: 'weekend', days: [6, 7] };
