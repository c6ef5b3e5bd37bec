// Holidays that English-language news names without a date, and how each one's day is found in a
// given year. Chosen as the widely observed public and religious days of the English-speaking world,
// the lunar new year, and the main Jewish and Muslim holidays; a holiday whose day differs between
// countries under one name ("Independence Day", "Mother's Day", "Thanksgiving" in Canada) is left out:
// no value when unsure.
// Jewish holidays are exact arithmetic of the Hebrew calendar (ICU's). The value is the civil day (or
// days) whose daytime is the holiday, as calendars print it ("Yom Kippur" is 10 Tishri, as "Christmas"
// is 25 December): the eve on which it begins at sunset is the day before. Holidays whose length or
// day differs by place or moves with the weekday (Passover, Shavuot, Simchat Torah, Tisha B'Av, Yom
// HaAtzmaut) are left out. Muslim holidays follow the Umm al-Qura calendar (Saudi Arabia's civil
// calendar, ICU's islamic-umalqura); countries that start months by sighting the moon may keep them a
// day apart, which the table cannot know. Hindu festivals are left out: they follow lunar days (tithi)
// of a lunisolar calendar that ICU does not have.
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
  | { lunarNewYear: true }
  /** Day d of a Hebrew month (ICU's English names; "Adar" is Adar II in a leap year), `days` long. */
  | { hebrew: [month: string, day: number]; days?: number }
  /** Day d of an Islamic month (1–12), `days` long, or `toMonth`: up to the end of the month. */
  | { hijri: [month: number, day: number]; days?: number; toMonth?: true };

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
  // Hebrew calendar
  { names: ['rosh hashanah', 'rosh hashana', 'rosh hashanna', 'rosh ha-shanah'], rule: { hebrew: ['Tishri', 1], days: 2 } },
  { names: ['yom kippur'], rule: { hebrew: ['Tishri', 10] } },
  { names: ['sukkot', 'succot', 'sukkoth'], rule: { hebrew: ['Tishri', 15], days: 7 } },
  { names: ['shemini atzeret'], rule: { hebrew: ['Tishri', 22] } },
  { names: ['hanukkah', 'hanukah', 'chanukah', 'chanukkah', 'hannukah'], rule: { hebrew: ['Kislev', 25], days: 8 } },
  { names: ['tu bishvat', 'tu bshvat'], rule: { hebrew: ['Shevat', 15] } },
  { names: ['purim'], rule: { hebrew: ['Adar', 14] } },
  { names: ['lag baomer', 'lag bomer'], rule: { hebrew: ['Iyar', 18] } },
  // Islamic calendar
  { names: ['islamic new year', 'hijri new year', 'muharram new year'], rule: { hijri: [1, 1] } },
  { names: ['ashura'], rule: { hijri: [1, 10] } },
  { names: ['mawlid', 'mawlid al-nabi', 'mawlid an-nabi', 'mawlid al nabi', 'mawlid an nabi', 'milad un nabi', 'milad-un-nabi'], rule: { hijri: [3, 12] } },
  { names: ['isra and miraj', 'isra miraj', 'lailat al miraj', 'laylat al-miraj', 'laylat al miraj'], rule: { hijri: [7, 27] } },
  { names: ['ramadan', 'ramazan'], rule: { hijri: [9, 1], toMonth: true } },
  { names: ['laylat al-qadr', 'laylat al qadr', 'lailat al qadr', 'laylat al-kadr', 'laylat al kadr', 'lailat al-qadr'], rule: { hijri: [9, 27] } },
  { names: ['eid al-fitr', 'eid al fitr', 'eid ul-fitr', 'eid ul fitr', 'eid-ul-fitr', 'eid-al-fitr'], rule: { hijri: [10, 1] } },
  { names: ['day of arafah', 'day of arafat', 'arafat day', 'arafah day'], rule: { hijri: [12, 9] } },
  { names: ['eid al-adha', 'eid al adha', 'eid ul-adha', 'eid ul adha', 'eid-ul-adha', 'eid-al-adha'], rule: { hijri: [12, 10] } },
];
