// Holidays that English-language news names without a date, and how each one's day is found in a
// given year. Chosen as the widely observed public and religious days of the English-speaking world
// plus the lunar new year; a holiday whose day differs between countries under one name
// ("Independence Day", "Mother's Day", "Thanksgiving" in Canada) is left out: no value when unsure.
// Holidays of the Islamic, Hebrew and Hindu calendars are left out too: their civil days depend on
// moon sightings and on whether the eve counts, so a computed day would often be one off.
//
// Names are written lower-case, apostrophes and dots dropped, one space between words (how the
// grammar compares them). `cased`: every word must be capitalized in the text, for names made of
// common words ("a memorial day for the victims", "a black Friday for markets" are not the holidays).

export type HolidayRule =
  /** A fixed day of the Gregorian calendar. */
  | { fixed: [month: number, day: number] }
  /** The n-th (-1: last) ISO weekday of a month; `plus` days after it (Black Friday). */
  | { nth: [n: number, weekday: number, month: number]; plus?: number }
  /** Days after Western Easter Sunday (negative: before). */
  | { easter: number }
  /** Days after Orthodox Easter Sunday. */
  | { orthodoxEaster: number }
  /** The first day of the first month of the Chinese calendar. */
  | { lunarNewYear: true };

export interface Holiday {
  names: readonly string[];
  rule: HolidayRule;
  cased?: boolean;
}

export const EN_HOLIDAYS: readonly Holiday[] = [
  { names: ['new years day', 'new year day'], rule: { fixed: [1, 1] } },
  { names: ['new years eve'], rule: { fixed: [12, 31] } },
  { names: ['valentines day', 'st valentines day', 'saint valentines day'], rule: { fixed: [2, 14] } },
  { names: ['st patricks day', 'saint patricks day', 'st paddys day', 'saint paddys day', 'paddys day'], rule: { fixed: [3, 17] } },
  { names: ['april fools day'], rule: { fixed: [4, 1] } },
  { names: ['halloween'], rule: { fixed: [10, 31] } },
  { names: ['guy fawkes night', 'bonfire night'], rule: { fixed: [11, 5] }, cased: true },
  { names: ['armistice day', 'remembrance day', 'veterans day'], rule: { fixed: [11, 11] }, cased: true },
  { names: ['christmas eve', 'xmas eve'], rule: { fixed: [12, 24] } },
  { names: ['christmas', 'christmas day', 'xmas', 'xmas day'], rule: { fixed: [12, 25] } },
  { names: ['boxing day'], rule: { fixed: [12, 26] }, cased: true },
  { names: ['juneteenth'], rule: { fixed: [6, 19] } },
  { names: ['bastille day'], rule: { fixed: [7, 14] } },
  { names: ['martin luther king day', 'martin luther king jr day', 'martin luther kings day', 'mlk day'], rule: { nth: [3, 1, 1] } },
  { names: ['presidents day'], rule: { nth: [3, 1, 2] }, cased: true },
  { names: ['memorial day'], rule: { nth: [-1, 1, 5] }, cased: true },
  { names: ['labor day'], rule: { nth: [1, 1, 9] }, cased: true },
  { names: ['columbus day'], rule: { nth: [2, 1, 10] } },
  { names: ['thanksgiving', 'thanksgiving day'], rule: { nth: [4, 4, 11] } },
  { names: ['black friday'], rule: { nth: [4, 4, 11], plus: 1 }, cased: true },
  { names: ['cyber monday'], rule: { nth: [4, 4, 11], plus: 4 }, cased: true },
  { names: ['easter', 'easter sunday', 'easter day'], rule: { easter: 0 } },
  { names: ['easter monday'], rule: { easter: 1 } },
  { names: ['good friday'], rule: { easter: -2 }, cased: true },
  { names: ['maundy thursday', 'holy thursday'], rule: { easter: -3 } },
  { names: ['palm sunday'], rule: { easter: -7 }, cased: true },
  { names: ['ash wednesday'], rule: { easter: -46 }, cased: true },
  { names: ['shrove tuesday', 'pancake day', 'mardi gras'], rule: { easter: -47 } },
  { names: ['ascension day'], rule: { easter: 39 }, cased: true },
  { names: ['pentecost', 'whit sunday', 'whitsunday'], rule: { easter: 49 } },
  { names: ['orthodox easter'], rule: { orthodoxEaster: 0 } },
  { names: ['orthodox christmas'], rule: { fixed: [1, 7] } },
  { names: ['chinese new year', 'lunar new year'], rule: { lunarNewYear: true } },
];
