// Month names: Russian lemmas (forms come from the lexicon), abbreviations of both languages, English names.

export const RU_MONTH_LEMMAS: Readonly<Record<string, number>> = {
  январь: 1,
  февраль: 2,
  март: 3,
  апрель: 4,
  май: 5,
  июнь: 6,
  июль: 7,
  август: 8,
  сентябрь: 9,
  октябрь: 10,
  ноябрь: 11,
  декабрь: 12,
};

/** Abbreviations, lower-cased, optionally followed by "." ("22 июл", "3 сент.", "Jan. 5"). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  янв: 1,
  фев: 2,
  февр: 2,
  мар: 3,
  апр: 4,
  мая: 5,
  июн: 6,
  июл: 7,
  авг: 8,
  сен: 9,
  сент: 9,
  окт: 10,
  ноя: 11,
  нояб: 11,
  дек: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export const EN_MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** Weekdays as ISO numbers (Monday = 1). */
export const RU_WEEKDAY_LEMMAS: Readonly<Record<string, number>> = {
  понедельник: 1,
  вторник: 2,
  среда: 3,
  четверг: 4,
  пятница: 5,
  суббота: 6,
  воскресенье: 7,
};
export const EN_WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** Seasons as TIMEX3-style ISO extensions ("2002-SP"). */
export const RU_SEASON_LEMMAS: Readonly<Record<string, string>> = {
  весна: 'SP',
  лето: 'SU',
  осень: 'FA',
  зима: 'WI',
};
export const RU_SEASON_ADVERBS: Readonly<Record<string, string>> = {
  весной: 'SP',
  летом: 'SU',
  осенью: 'FA',
  зимой: 'WI',
};
export const EN_SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

/** Weekday abbreviations: before a full date ("Tue May 9", "Fri., Jan. 3"), or alone with their dot ("on Mon."). */
export const EN_WEEKDAY_ABBREVIATIONS: Readonly<Record<string, number>> = {
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

/** Abbreviations that are English words in lower case ("he sat.", "the sun.", "they wed."): read only with a capital. */
export const EN_WORD_LIKE_WEEKDAY_ABBREVIATIONS: ReadonlySet<string> = new Set(['sat', 'sun', 'wed']);

/** Part-of-period modifiers that belong to the date span: "mid-2024", "early March", "late 1990s". */
export const EN_PERIOD_MODIFIERS: ReadonlySet<string> = new Set(['early', 'mid', 'late']);

/** "(the) end of 2000", "the beginning of next year": a part of a period, read with the period it names. */
export const EN_PERIOD_PARTS: ReadonlySet<string> = new Set(['end', 'beginning', 'start', 'middle']);

/** Words that can open an English date span besides month, weekday and relative words (range openers, modifiers). */
export const EN_DATE_LEAD: ReadonlyArray<string> = [
  'from',
  'between',
  'q',
  'h',
  'fiscal',
  'financial',
  ...EN_PERIOD_MODIFIERS,
  ...EN_PERIOD_PARTS,
  ...Object.keys(EN_WEEKDAY_ABBREVIATIONS),
  // "the Ides of March"; "by EOD", "EOY" (tables/date-cues-en.ts)
  'ides',
  'eod',
  'cob',
  'eow',
  'eom',
  'eoy',
  'bow',
  'bom',
  'boy',
];

/**
 * A month by the first three letters of a word, as datelines abbreviate or spell it ("июл", "июля",
 * "мая", "Sept", "July"); the three-letter abbreviations plus the two months whose name is that short.
 */
export function monthByPrefix(word: string): number | undefined {
  const p = word.toLowerCase().slice(0, 3);
  return MONTH_ABBREVIATIONS[p] ?? RU_MONTH_LEMMAS[p] ?? EN_MONTHS[p];
}
