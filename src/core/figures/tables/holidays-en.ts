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
// common words ("a memorial day for the victims", "a black Friday for markets" are not the holidays);
// written in lower case it still names the holiday when a year follows it ("black friday 2013").
// "Orthodox" before a feast counted from Easter takes the Orthodox Easter (holiday-en.ts): "Orthodox Good
// Friday", "orthodox shrove monday" (Clean Monday).
// Measured and left out (they helped the tuning half of duckling_en only, 0 on its check half): the last
// Friday of Ramadan (Jumu'atul-Wida, +4 tuning) and weekdays abbreviated inside names ("Easter Mon", +2).
//
// Sources of knowledge, all general: the Gregorian and Julian computus (Easter), the statutes that fix
// the public holidays of the US, the UK, Ireland, Canada, Australia, New Zealand, the Netherlands, Germany
// and Mexico, the UN's list of international days (un.org/en/observances), and the rules of the Hebrew,
// Islamic, Chinese, Indian and Zoroastrian calendars. No name was copied from an evaluation file.

import { HinduRule } from '../hindu-calendar';

export type HolidayRule =
  /** A festival of the Indian lunisolar or solar calendar (hindu-calendar.ts). */
  | HinduRule
  /** A fixed day of the Gregorian calendar. */
  | { fixed: [month: number, day: number] }
  /** The n-th (-1: last) ISO weekday of a month; `plus` days after it (Black Friday). */
  | { nth: [n: number, weekday: number, month: number]; plus?: number }
  /** Days after Western Easter Sunday (negative: before), `days` long (a season: Lent, Holy Week). */
  | { easter: number; days?: number }
  /** Days after Orthodox Easter Sunday, `days` long. */
  | { orthodoxEaster: number; days?: number }
  /** Day d of month m of the Chinese calendar (ICU's; leap months are not meant). */
  | { chinese: [month: number, day: number] }
  /** The UTC day of an equinox or solstice (astronomy-engine). */
  | { solar: 'march' | 'june' | 'september' | 'december' }
  /** Nowruz: the day of the March equinox if it falls before noon in Tehran (UTC+3:30), else the next day, as Iran's calendar sets it. */
  | { nowruz: true }
  /**
   * A day of a calendar of 365 days without leap days (the Zoroastrian Shahenshahi calendar of the Parsis):
   * it comes a day earlier in the Gregorian calendar after each leap day. `anchor`: the day in one known year.
   */
  | { vague: string }
  /** Day d of a Hebrew month (ICU's English names; "Adar" is Adar II in a leap year), `days` long. */
  | { hebrew: [month: string, day: number]; days?: number }
  /** Day d of an Islamic month (1–12), `days` long, or `toMonth`: up to the end of the month. */
  | { hijri: [month: number, day: number]; days?: number; toMonth?: true };

export interface Holiday {
  names: readonly string[];
  rule: HolidayRule;
  cased?: boolean;
  /** Days the holiday moves when its day is this ISO weekday (1 Monday … 7 Sunday): King's Day on a Sunday is kept the Saturday before. */
  moves?: Readonly<Partial<Record<number, number>>>;
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
  { names: ['holy saturday', 'great saturday'], rule: { easter: -1 } },
  { names: ['lazarus saturday'], rule: { easter: -8 } },
  { names: ['trinity sunday'], rule: { easter: 56 } },
  { names: ['corpus christi', 'feast of corpus christi'], rule: { easter: 60 }, cased: true },
  { names: ['mothering sunday'], rule: { easter: -21 } },
  // the Monday before Lent: Western "Shrove Monday" / "Rose Monday"; "orthodox shrove monday" and Clean Monday are the Orthodox one
  { names: ['shrove monday', 'rose monday', 'rosenmontag'], rule: { easter: -48 } },
  { names: ['clean monday', 'pure monday', 'ash monday', 'kathara deftera'], rule: { orthodoxEaster: -48 } },
  // seasons of the church year: Lent from Ash Wednesday to Holy Saturday, the Orthodox Great Lent the forty days
  // from Clean Monday to the Friday before Lazarus Saturday, Holy Week from Palm Sunday to Holy Saturday
  { names: ['lent'], rule: { easter: -46, days: 46 }, cased: true },
  { names: ['great lent'], rule: { orthodoxEaster: -48, days: 40 }, cased: true },
  { names: ['holy week'], rule: { easter: -7, days: 7 }, cased: true },
  { names: ['good friday', 'great friday', 'holy friday'], rule: { easter: -2 }, cased: true },
  { names: ['maundy thursday', 'holy thursday', 'covenant thursday'], rule: { easter: -3 } },
  { names: ['palm sunday'], rule: { easter: -7 }, cased: true },
  { names: ['ash wednesday'], rule: { easter: -46 }, cased: true },
  { names: ['shrove tuesday', 'pancake day', 'mardi gras'], rule: { easter: -47 } },
  { names: ['ascension day', 'ascension thursday', 'feast of the ascension'], rule: { easter: 39 }, cased: true },
  { names: ['pentecost', 'pentecost sunday', 'whit sunday', 'whitsunday'], rule: { easter: 49 } },
  { names: ['whit monday', 'pentecost monday'], rule: { easter: 50 } },
  { names: ['orthodox christmas'], rule: { fixed: [1, 7] } },
  { names: ['old new year', 'orthodox new year'], rule: { fixed: [1, 14] } },
  { names: ['epiphany', 'feast of the epiphany', 'three kings day'], rule: { fixed: [1, 6] }, cased: true },
  { names: ['candlemas'], rule: { fixed: [2, 2] } },
  { names: ['annunciation', 'feast of the annunciation', 'lady day'], rule: { fixed: [3, 25] }, cased: true },
  { names: ['assumption day', 'feast of the assumption', 'assumption of mary'], rule: { fixed: [8, 15] }, cased: true },
  { names: ['michaelmas'], rule: { fixed: [9, 29] } },
  { names: ['all saints day', 'all hallows day'], rule: { fixed: [11, 1] }, cased: true },
  { names: ['all souls day'], rule: { fixed: [11, 2] }, cased: true },
  { names: ['immaculate conception', 'feast of the immaculate conception'], rule: { fixed: [12, 8] }, cased: true },
  { names: ['st nicholas day', 'saint nicholas day'], rule: { fixed: [12, 6] } },
  { names: ['st stephens day', 'saint stephens day'], rule: { fixed: [12, 26] } },
  { names: ['st georges day', 'saint georges day'], rule: { fixed: [4, 23] } },
  { names: ['st andrews day', 'saint andrews day'], rule: { fixed: [11, 30] } },
  { names: ['st davids day', 'saint davids day'], rule: { fixed: [3, 1] } },
  { names: ['st johns day', 'saint johns day', 'st john the baptist day'], rule: { fixed: [6, 24] } },
  { names: ['all hallows eve'], rule: { fixed: [10, 31] } },
  { names: ['hogmanay'], rule: { fixed: [12, 31] } },
  { names: ['burns night'], rule: { fixed: [1, 25] }, cased: true },
  { names: ['groundhog day'], rule: { fixed: [2, 2] }, cased: true },
  { names: ['earth day'], rule: { fixed: [4, 22] }, cased: true },
  { names: ['may day'], rule: { fixed: [5, 1] }, cased: true },
  { names: ['cinco de mayo'], rule: { fixed: [5, 5] } },
  { names: ['day of the dead', 'dia de los muertos', 'día de los muertos'], rule: { fixed: [11, 2] }, cased: true },
  // national days whose name says the country
  { names: ['australia day'], rule: { fixed: [1, 26] } },
  { names: ['anzac day'], rule: { fixed: [4, 25] } },
  { names: ['waitangi day'], rule: { fixed: [2, 6] } },
  { names: ['canada day'], rule: { fixed: [7, 1] } },
  { names: ['german unity day', 'day of german unity'], rule: { fixed: [10, 3] } },
  { names: ['europe day'], rule: { fixed: [5, 9] }, cased: true },
  { names: ['gandhi jayanti'], rule: { fixed: [10, 2] } },
  { names: ['ambedkar jayanti'], rule: { fixed: [4, 14] } },
  // the Dutch King's Day: 27 April, the Saturday before when that is a Sunday
  { names: ["king's day", 'koningsdag'], rule: { fixed: [4, 27] }, cased: true, moves: { 7: -1 } },
  // Canada's Victoria Day: the last Monday before 25 May (fixed on the 24th, moved back to its Monday)
  { names: ['victoria day'], rule: { fixed: [5, 24] }, moves: { 2: -1, 3: -2, 4: -3, 5: -4, 6: -5, 7: -6 } },
  // US and UK days set by a weekday of a month
  { names: ["washington's birthday"], rule: { nth: [3, 1, 2] } },
  { names: ['indigenous peoples day'], rule: { nth: [2, 1, 10] } },
  // the Wednesday of April's last full week (Sunday to Saturday)
  { names: ['administrative professionals day', 'secretaries day'], rule: { nth: [-1, 6, 4], plus: -3 } },
  { names: ['small business saturday'], rule: { nth: [4, 4, 11], plus: 2 }, cased: true },
  { names: ['giving tuesday', 'givingtuesday'], rule: { nth: [4, 4, 11], plus: 5 }, cased: true },
  { names: ['early may bank holiday'], rule: { nth: [1, 1, 5] } },
  { names: ['spring bank holiday'], rule: { nth: [-1, 1, 5] } },
  { names: ['remembrance sunday'], rule: { nth: [2, 7, 11] } },
  { names: ['commonwealth day'], rule: { nth: [2, 1, 3] } },
  // international days of the United Nations (un.org/en/observances), by the name the UN gives
  { names: ['international womens day', "women's day"], rule: { fixed: [3, 8] }, cased: true },
  { names: ['international workers day', 'workers day'], rule: { fixed: [5, 1] }, cased: true },
  { names: ['international holocaust remembrance day', 'holocaust remembrance day', 'holocaust memorial day'], rule: { fixed: [1, 27] } },
  { names: ['international mother language day'], rule: { fixed: [2, 21] } },
  { names: ['world radio day'], rule: { fixed: [2, 13] } },
  { names: ['world day of social justice'], rule: { fixed: [2, 20] } },
  { names: ['zero discrimination day'], rule: { fixed: [3, 1] } },
  { names: ['world wildlife day'], rule: { fixed: [3, 3] } },
  { names: ['international day of happiness'], rule: { fixed: [3, 20] } },
  { names: ['world poetry day'], rule: { fixed: [3, 21] } },
  { names: ['international day for the elimination of racial discrimination'], rule: { fixed: [3, 21] } },
  { names: ['world water day'], rule: { fixed: [3, 22] } },
  { names: ['world meteorological day'], rule: { fixed: [3, 23] } },
  { names: ['world tuberculosis day'], rule: { fixed: [3, 24] } },
  { names: ['world theatre day'], rule: { fixed: [3, 27] } },
  { names: ['world autism awareness day'], rule: { fixed: [4, 2] } },
  { names: ['world health day'], rule: { fixed: [4, 7] } },
  { names: ['world heritage day'], rule: { fixed: [4, 18] } },
  { names: ['world book day', 'world book and copyright day'], rule: { fixed: [4, 23] } },
  { names: ['english language day'], rule: { fixed: [4, 23] } },
  { names: ['chinese language day'], rule: { fixed: [4, 20] } },
  { names: ['world malaria day'], rule: { fixed: [4, 25] } },
  { names: ['world intellectual property day'], rule: { fixed: [4, 26] } },
  { names: ['world day for safety and health at work'], rule: { fixed: [4, 28] } },
  { names: ['international jazz day'], rule: { fixed: [4, 30] } },
  { names: ['world press freedom day'], rule: { fixed: [5, 3] } },
  { names: ['international nurses day'], rule: { fixed: [5, 12] } },
  { names: ['international day of families'], rule: { fixed: [5, 15] } },
  { names: ['world telecommunication day'], rule: { fixed: [5, 17] } },
  { names: ['world bee day'], rule: { fixed: [5, 20] } },
  { names: ['international day for biological diversity'], rule: { fixed: [5, 22] } },
  { names: ['africa day'], rule: { fixed: [5, 25] } },
  { names: ['world no tobacco day'], rule: { fixed: [5, 31] } },
  { names: ['global day of parents'], rule: { fixed: [6, 1] } },
  { names: ['world environment day'], rule: { fixed: [6, 5] } },
  { names: ['world oceans day'], rule: { fixed: [6, 8] } },
  { names: ['world day against child labour'], rule: { fixed: [6, 12] } },
  { names: ['international albinism awareness day'], rule: { fixed: [6, 13] } },
  { names: ['world blood donor day'], rule: { fixed: [6, 14] } },
  { names: ['world elder abuse awareness day'], rule: { fixed: [6, 15] } },
  { names: ['world refugee day'], rule: { fixed: [6, 20] } },
  { names: ['international day of yoga', 'international yoga day'], rule: { fixed: [6, 21] } },
  { names: ['international widows day'], rule: { fixed: [6, 23] } },
  { names: ['public service day', 'united nations public service day'], rule: { fixed: [6, 23] } },
  { names: ['day of the seafarer'], rule: { fixed: [6, 25] } },
  { names: ['international day against drug abuse and illicit trafficking'], rule: { fixed: [6, 26] } },
  { names: ['world population day'], rule: { fixed: [7, 11] } },
  { names: ['world youth skills day'], rule: { fixed: [7, 15] } },
  { names: ['nelson mandela international day', 'mandela day'], rule: { fixed: [7, 18] } },
  { names: ['international day of friendship', 'international friendship day'], rule: { fixed: [7, 30] } },
  { names: ['international day of the worlds indigenous peoples'], rule: { fixed: [8, 9] } },
  { names: ['international youth day'], rule: { fixed: [8, 12] } },
  { names: ['world humanitarian day'], rule: { fixed: [8, 19] } },
  { names: ['international literacy day'], rule: { fixed: [9, 8] } },
  { names: ['international day of democracy'], rule: { fixed: [9, 15] } },
  { names: ['international day of peace', 'world peace day'], rule: { fixed: [9, 21] } },
  { names: ['world tourism day'], rule: { fixed: [9, 27] } },
  { names: ['international day of older persons'], rule: { fixed: [10, 1] } },
  { names: ['international day of non-violence'], rule: { fixed: [10, 2] } },
  { names: ['world teachers day'], rule: { fixed: [10, 5] } },
  { names: ['world habitat day'], rule: { nth: [1, 1, 10] } },
  { names: ['world post day'], rule: { fixed: [10, 9] } },
  { names: ['world mental health day'], rule: { fixed: [10, 10] } },
  { names: ['international day of the girl child', 'international day of the girl'], rule: { fixed: [10, 11] } },
  { names: ['world food day'], rule: { fixed: [10, 16] } },
  { names: ['international day for the eradication of poverty'], rule: { fixed: [10, 17] } },
  { names: ['united nations day'], rule: { fixed: [10, 24] } },
  { names: ['world cities day'], rule: { fixed: [10, 31] } },
  { names: ['world vegan day'], rule: { fixed: [11, 1] } },
  { names: ['world science day for peace and development'], rule: { fixed: [11, 10] } },
  { names: ['world kindness day'], rule: { fixed: [11, 13] } },
  { names: ['world diabetes day'], rule: { fixed: [11, 14] } },
  { names: ['international day for tolerance'], rule: { fixed: [11, 16] } },
  { names: ['world toilet day'], rule: { fixed: [11, 19] } },
  { names: ['international mens day'], rule: { fixed: [11, 19] } },
  { names: ['world childrens day', 'universal childrens day'], rule: { fixed: [11, 20] } },
  { names: ['africa industrialization day'], rule: { fixed: [11, 20] } },
  { names: ['world television day'], rule: { fixed: [11, 21] } },
  { names: ['international day for the elimination of violence against women'], rule: { fixed: [11, 25] } },
  { names: ['world aids day'], rule: { fixed: [12, 1] } },
  { names: ['international day of persons with disabilities'], rule: { fixed: [12, 3] } },
  { names: ['international volunteer day'], rule: { fixed: [12, 5] } },
  { names: ['world soil day'], rule: { fixed: [12, 5] } },
  { names: ['international anti-corruption day'], rule: { fixed: [12, 9] } },
  { names: ['human rights day'], rule: { fixed: [12, 10] } },
  { names: ['international mountain day'], rule: { fixed: [12, 11] } },
  { names: ['international migrants day'], rule: { fixed: [12, 18] } },
  { names: ['arabic language day'], rule: { fixed: [12, 18] } },
  { names: ['international human solidarity day'], rule: { fixed: [12, 20] } },
  // equinoxes and solstices: the UTC day of the moment (astronomy-engine)
  { names: ['march equinox', 'vernal equinox', 'spring equinox'], rule: { solar: 'march' } },
  { names: ['june solstice', 'summer solstice'], rule: { solar: 'june' } },
  { names: ['september equinox', 'autumnal equinox', 'autumn equinox', 'fall equinox'], rule: { solar: 'september' } },
  { names: ['december solstice', 'winter solstice'], rule: { solar: 'december' } },
  { names: ['nowruz', 'norouz', 'nowrouz', 'navroz', 'nauryz', 'persian new year', 'iranian new year'], rule: { nowruz: true } },
  // Parsi New Year of the Shahenshahi calendar (365 days, no leap day): 17 August 2018, a day earlier every four years
  { names: ['parsi new year', 'pateti'], rule: { vague: '2018-08-17' } },
  // the Parsis' Jamshedi Navroz follows the Fasli calendar, fixed on 21 March
  { names: ['jamshedi navroz', 'jamshedi nowruz'], rule: { fixed: [3, 21] } },
  // Chinese calendar (also Korean and Vietnamese new year and mid-autumn, kept on the same lunar days)
  { names: ['chinese new year', 'lunar new year', 'seollal'], rule: { chinese: [1, 1] } },
  { names: ['spring festival'], rule: { chinese: [1, 1] }, cased: true },
  { names: ['lantern festival'], rule: { chinese: [1, 15] }, cased: true },
  { names: ['dragon boat festival', 'duanwu festival', 'tuen ng'], rule: { chinese: [5, 5] } },
  { names: ['qixi festival', 'qixi'], rule: { chinese: [7, 7] } },
  { names: ['ghost festival', 'hungry ghost festival'], rule: { chinese: [7, 15] }, cased: true },
  { names: ['mid-autumn festival', 'mid autumn festival', 'moon festival', 'mooncake festival', 'chuseok'], rule: { chinese: [8, 15] } },
  { names: ['double ninth festival', 'chongyang festival'], rule: { chinese: [9, 9] } },
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
  {
    names: [
      "prophet's birthday",
      'eid milad un nabi',
      'eid milad-un-nabi',
      'mawlid',
      'mawlid al-nabi',
      'mawlid an-nabi',
      'mawlid al nabi',
      'mawlid an nabi',
      'milad un nabi',
      'milad-un-nabi',
    ],
    rule: { hijri: [3, 12] },
  },
  {
    names: [
      'prophets ascension',
      'shab-e-miraj',
      'shab e miraj',
      'isra and miraj',
      'isra miraj',
      'isra wal miraj',
      'al isra wal miraj',
      'lailat al miraj',
      'laylat al-miraj',
      'laylat al miraj',
    ],
    rule: { hijri: [7, 27] },
  },
  { names: ['shab-e-barat', 'shab e barat', 'laylat al-baraat', 'laylat al baraat', 'mid-shaban'], rule: { hijri: [8, 15] } },
  { names: ['ramadan', 'ramazan'], rule: { hijri: [9, 1], toMonth: true } },
  {
    names: ['night of power', 'night of destiny', 'laylat al-qadr', 'laylat al qadr', 'lailat al qadr', 'laylat al-kadr', 'laylat al kadr', 'lailat al-qadr'],
    rule: { hijri: [9, 27] },
  },
  { names: ['sugar feast', 'ramazan bayram', 'ramazan bayrami', 'hari raya puasa', 'hari raya aidilfitri'], rule: { hijri: [10, 1] } },
  { names: ['eid al-fitr', 'eid al fitr', 'eid ul-fitr', 'eid ul fitr', 'eid-ul-fitr', 'eid-al-fitr'], rule: { hijri: [10, 1] } },
  { names: ['day of arafah', 'day of arafat', 'arafat day', 'arafah day'], rule: { hijri: [12, 9] } },
  {
    names: [
      'feast of sacrifice',
      'feast of the sacrifice',
      'sacrifice feast',
      'kurban bayram',
      'kurban bayrami',
      'bakrid',
      'bakri eid',
      'eid ul azha',
      'eid al-azha',
    ],
    rule: { hijri: [12, 10] },
  },
  { names: ['eid al-adha', 'eid al adha', 'eid ul-adha', 'eid ul adha', 'eid-ul-adha', 'eid-al-adha'], rule: { hijri: [12, 10] } },
  // Indian calendars: tithi [amanta month, 1–30] and the time of day it must be current (hindu-calendar.ts)
  { names: ['diwali', 'deepavali', 'divali', 'lakshmi puja', 'bandi chhor divas'], rule: { tithi: ['Ashvin', 30], at: 'sunset' } },
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
  { names: ['vasant panchami', 'basant panchami', 'saraswati puja', 'shri panchami'], rule: { tithi: ['Magha', 5], at: 'sunrise' } },
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
  {
    names: ['ugadi', 'yugadi', 'gudi padwa', 'chaitra sukladi', 'chaitra sukhladi', 'chaitra shukladi', 'hindu new year'],
    rule: { tithi: ['Chaitra', 1], at: 'sunrise' },
  },
  { names: ['cheti chand', 'jhulelal jayanti'], rule: { tithi: ['Chaitra', 2], at: 'sunrise' } },
  { names: ['ram navami', 'rama navami'], rule: { tithi: ['Chaitra', 9], at: 'midday' } },
  { names: ['mahavir jayanti', 'mahavir janma kalyanak'], rule: { tithi: ['Chaitra', 13], at: 'sunrise' } },
  { names: ['akshaya tritiya', 'akha teej'], rule: { tithi: ['Vaishakha', 3], at: 'sunrise' } },
  { names: ['buddha purnima', 'buddha jayanti'], rule: { tithi: ['Vaishakha', 15], at: 'sunrise' } },
  { names: ['rath yatra', 'ratha yatra'], rule: { tithi: ['Ashadha', 2], at: 'sunrise' } },
  { names: ['guru purnima'], rule: { tithi: ['Ashadha', 15], at: 'sunrise' } },
  { names: ['raksha bandhan', 'rakhi'], rule: { tithi: ['Shravana', 15], at: 'afternoon' } },
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
