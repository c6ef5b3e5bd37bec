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
// day apart, which the table cannot know. Hindu, Sikh and Jain festivals are computed from the Sun and
// Moon (hindu-calendar.ts): a lunar day (tithi 1–30, 30 = new moon) of an amanta month, read at the time
// of day the festival is kept, or a sankranti (the Sun entering a sidereal sign); festivals whose day
// differs by region under one name (Vesak, Hanuman Jayanti in the South) are left out.
//
// Names are written lower-case, dots dropped, one space between words; words are compared without
// apostrophes, but a first word that has one is written with it, so the figure pass looks at it in the
// text ("valentine's day"). `cased`: every word must be capitalized in the text, for names made of
// common words ("a memorial day for the victims", "a black Friday for markets" are not the holidays).

import { HinduRule } from '../hindu-calendar';

export type HolidayRule =
  /** A festival of the Indian lunisolar or solar calendar (hindu-calendar.ts). */
  | HinduRule
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
  { names: ["valentine's day", 'st valentines day', 'saint valentines day'], rule: { fixed: [2, 14] } },
  { names: ['st patricks day', 'saint patricks day', 'st paddys day', 'saint paddys day', "paddy's day"], rule: { fixed: [3, 17] } },
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
  { names: ['whit monday', 'pentecost monday'], rule: { easter: 50 } },
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
  // Indian calendars: tithi [amanta month, 1–30] and the time of day it must be current (hindu-calendar.ts)
  { names: ['diwali', 'deepavali', 'divali', 'lakshmi puja'], rule: { tithi: ['Ashvin', 30], at: 'sunset' } },
  { names: ['choti diwali', 'chhoti diwali', 'naraka chaturdashi', 'narak chaturdashi'], rule: { tithi: ['Ashvin', 30], at: 'sunset', plus: -1 } },
  // krishna chaturthi before Diwali, the fast broken at moonrise
  { names: ['karva chauth', 'karwa chauth', 'karaka chaturthi'], rule: { tithi: ['Ashvin', 19], at: 'moonrise' } },
  { names: ['dhanteras', 'dhanatrayodashi'], rule: { tithi: ['Ashvin', 28], at: 'sunset' } },
  { names: ['govardhan puja', 'annakut'], rule: { tithi: ['Kartika', 1], at: 'sunrise' } },
  { names: ['bhai dooj', 'bhaiya dooj', 'bhau beej', 'bhai tika', 'bhai phonta'], rule: { tithi: ['Kartika', 2], at: 'afternoon' } },
  { names: ['chhath', 'chhath puja'], rule: { tithi: ['Kartika', 6], at: 'sunset' } },
  {
    names: ['guru nanak jayanti', 'guru nanak gurpurab', 'guru nanaks birthday', 'guru nanak birthday', 'kartik purnima', 'dev deepawali'],
    rule: { tithi: ['Kartika', 15], at: 'sunrise' },
  },
  { names: ['guru gobind singh jayanti', 'guru gobind singh birthday', 'guru gobind singhs birthday'], rule: { tithi: ['Pausha', 7], at: 'sunrise' } },
  { names: ['vasant panchami', 'basant panchami', 'saraswati puja'], rule: { tithi: ['Magha', 5], at: 'sunrise' } },
  {
    names: ['guru ravidas jayanti', 'guru ravidass jayanti', 'ravidas jayanti', 'ravidass jayanti', 'guru ravidas birthday', 'guru ravidass birthday'],
    rule: { tithi: ['Magha', 15], at: 'sunrise' },
  },
  {
    names: ['maha shivaratri', 'maha shivratri', 'mahashivratri', 'mahashivaratri', 'shivaratri', 'shivratri'],
    rule: { tithi: ['Magha', 29], at: 'midnight' },
  },
  { names: ['holika dahan', 'chhoti holi', 'choti holi'], rule: { tithi: ['Phalguna', 15], at: 'sunset' } },
  { names: ['holi', 'dhulandi', 'dhuleti', 'dhulheti', 'rangwali holi'], rule: { tithi: ['Phalguna', 15], at: 'sunset', plus: 1 } },
  { names: ['ugadi', 'yugadi', 'gudi padwa', 'chaitra sukladi'], rule: { tithi: ['Chaitra', 1], at: 'sunrise' } },
  { names: ['ram navami', 'rama navami'], rule: { tithi: ['Chaitra', 9], at: 'midday' } },
  { names: ['mahavir jayanti', 'mahavir janma kalyanak'], rule: { tithi: ['Chaitra', 13], at: 'sunrise' } },
  { names: ['akshaya tritiya', 'akha teej'], rule: { tithi: ['Vaishakha', 3], at: 'sunrise' } },
  { names: ['buddha purnima', 'buddha jayanti'], rule: { tithi: ['Vaishakha', 15], at: 'sunrise' } },
  { names: ['rath yatra', 'ratha yatra'], rule: { tithi: ['Ashadha', 2], at: 'sunrise' } },
  { names: ['guru purnima'], rule: { tithi: ['Ashadha', 15], at: 'sunrise' } },
  { names: ['raksha bandhan'], rule: { tithi: ['Shravana', 15], at: 'afternoon' } },
  { names: ['janmashtami', 'krishna janmashtami', 'gokulashtami', 'krishna jayanti'], rule: { tithi: ['Shravana', 23], at: 'midnight' } },
  { names: ['ganesh chaturthi', 'vinayaka chaturthi', 'vinayaka chavithi', 'vinayagar chathurthi'], rule: { tithi: ['Bhadrapada', 4], at: 'midday' } },
  { names: ['navaratri', 'navratri', 'sharad navratri', 'sharada navaratri'], rule: { tithi: ['Ashvin', 1], at: 'sunrise', days: 9 } },
  { names: ['maha saptami'], rule: { tithi: ['Ashvin', 7], at: 'sunrise' } },
  { names: ['durga ashtami', 'maha ashtami', 'durgashtami'], rule: { tithi: ['Ashvin', 8], at: 'sunrise' } },
  { names: ['maha navami'], rule: { tithi: ['Ashvin', 9], at: 'sunrise' } },
  { names: ['dussehra', 'dasara', 'dussera', 'vijayadashami', 'vijaya dashami'], rule: { tithi: ['Ashvin', 10], at: 'afternoon' } },
  { names: ['valmiki jayanti', 'pargat diwas'], rule: { tithi: ['Ashvin', 15], at: 'sunrise' } },
  // Indian solar calendar: the sankranti's civil day (Tamil months: the day whose daytime holds it)
  { names: ['makar sankranti', 'makara sankranti'], rule: { sankranti: 'Makara' } },
  { names: ['lohri'], rule: { sankranti: 'Makara', plus: -1 } },
  { names: ['bhogi', 'bhogi pongal'], rule: { sankranti: 'Makara', tamil: true, plus: -1 } },
  // a dish too: the festival is capitalized
  { names: ['pongal', 'thai pongal'], rule: { sankranti: 'Makara', tamil: true }, cased: true },
  { names: ['mattu pongal'], rule: { sankranti: 'Makara', tamil: true, plus: 1 } },
  { names: ['kaanum pongal', 'kanum pongal'], rule: { sankranti: 'Makara', tamil: true, plus: 2 } },
  { names: ['vaisakhi', 'baisakhi', 'vaishakhi'], rule: { sankranti: 'Mesha' } },
  // 25 Boishakh of the Bengali solar calendar, whose month starts the day after the sankranti
  { names: ['rabindra jayanti', 'rabindranath jayanti'], rule: { sankranti: 'Mesha', plus: 25 } },
];
