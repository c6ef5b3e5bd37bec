// Words that make a number something other than a figure of its own: a time of day or a span of
// hours (TIME is not a figure type), a legal provision's number, a product or model designation.

/** Hours, minutes and seconds after a number: TIME, not a figure here. Whole words ("части" is not "час"). */
export const TIME_UNITS_NOT_FIGURES: ReadonlySet<string> = new Set([
  'час',
  'часа',
  'часов',
  'часам',
  'часами',
  'часах',
  'часу',
  'часом',
  'минут',
  'минута',
  'минуты',
  'минуту',
  'минуте',
  'минутам',
  'минутами',
  'минутах',
  'секунд',
  'секунда',
  'секунды',
  'секунду',
  'секунде',
  'секундам',
  'секундами',
  'секундах',
  'hour',
  'hours',
  'minute',
  'minutes',
  'second',
  'seconds',
]);

/** Stems of legal provisions around a number: "части 2 статьи 104", "пункту 6", "статье 19.7". */
export const LEGAL_STEMS: ReadonlyArray<string> = ['част', 'пункт', 'подпункт', 'стать', 'глав', 'абзац', 'параграф', 'раздел'];

/**
 * Abbreviations of Russian codes of law: a number next to one is a provision ("КоАП РФ 13.15", "ст. 105
 * УК"). "РФ" between them is stepped over.
 */
export const RU_LAW_CODES: ReadonlySet<string> = new Set(['УК', 'ГК', 'НК', 'ТК', 'ЖК', 'ЗК', 'БК', 'КоАП', 'АПК', 'ГПК', 'УПК', 'КАС', 'УИК']);
export const RU_COUNTRY_AFTER_CODE: ReadonlySet<string> = new Set(['РФ']);

/** Capitalized words before digits that are not product names ("In 2014", "Page 5", "ALL 3"). */
export const NOT_MODEL_NAMES: ReadonlySet<string> = new Set([
  'In',
  'On',
  'At',
  'By',
  'Of',
  'For',
  'To',
  'The',
  'And',
  'Or',
  'But',
  'From',
  'Since',
  'Until',
  'About',
  'Over',
  'Under',
  'Nearly',
  'Almost',
  'Some',
  'Around',
  'Between',
  'Only',
  'All',
  'ALL',
  'Page',
  'Room',
  'No',
]);

/** Names that take a model number even when written like ordinary words: "Windows 10", "Boeing 737", "Су-27". */
export const MODEL_NAMES: ReadonlySet<string> = new Set(['Windows', 'Android', 'iOS', 'Office', 'Boeing', 'Airbus', 'Tu', 'Su', 'MiG', 'Chapter']);
