// Russian words around a date that decide how it is read: a year needs a preposition ("в 1984"),
// a bare month needs one ("в апреле"), "N лет" after an age cue is an age, "N лет назад" a shift.
import type { PeriodPart } from './period-parts-en';

/** Words before a bare four-digit year that make it a year: "в 1984", "с 2010", "после 1991". */
export const RU_YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['в', 'с', 'до', 'к', 'после', 'по', 'от', 'около', 'между', 'начиная', 'году']);

/** Prepositions that let a capitalized month name ("В Марте") or a weekday be a date: "в апреле", "до мая". */
export const RU_MONTH_PREPOSITIONS: ReadonlySet<string> = new Set(['в', 'с', 'до', 'по', 'к']);

/**
 * Parts of a period before it, by case form: "в начале апреля", "к концу 2017 года", "с начала года", "в
 * середине недели". The beginning and the end are the parts of tables/period-parts-en.ts (the same readings
 * in both languages); the middle has no agreed part and keeps the period's value (null).
 */
export const RU_PART_WORDS: Readonly<Record<string, PeriodPart | null>> = {
  начало: 'beginning',
  начала: 'beginning',
  началу: 'beginning',
  начале: 'beginning',
  конец: 'end',
  конца: 'end',
  концу: 'end',
  конце: 'end',
  середина: null,
  середины: null,
  середину: null,
  середине: null,
};
export const RU_PERIOD_PARTS: ReadonlySet<string> = new Set(Object.keys(RU_PART_WORDS));

/** Prepositions before a part of a period ("в конце", "к концу", "до конца", "с начала", "на конец", "под конец"). */
export const RU_PART_PREPOSITIONS: ReadonlySet<string> = new Set(['в', 'во', 'к', 'ко', 'до', 'с', 'со', 'от', 'по', 'на', 'под', 'из']);

/** Forms of "каждый" that make a weekday after them a recurring day, with no one date: "каждый четверг", "каждую пятницу". */
export const RU_RECURRING_WORDS: ReadonlySet<string> = new Set(['каждый', 'каждую', 'каждое', 'каждая', 'каждой', 'каждого', 'каждом', 'каждым', 'каждому']);

/** Prepositions before a weekday: "в пятницу", "во вторник", "до среды". */
export const RU_WEEKDAY_PREPOSITIONS: ReadonlySet<string> = new Set(['в', 'во', 'на', 'с', 'до', 'по', 'к']);

/** "в том же году", "в тот год": the year is the one just named, not resolvable by itself ("же" is stepped over). */
export const RU_ANAPHORIC: ReadonlySet<string> = new Set(['тот', 'том', 'той', 'ту', 'того']);

/** Words before "N лет" that make it an age ("ему было 64 года", "в возрасте 52 лет", "старше 70 лет"). */
export const RU_AGE_CUES: ReadonlySet<string> = new Set([
  'было',
  'будет',
  // "которому 69 лет", "исполняется 145 лет" (an anniversary is an age too).
  'которому',
  'которой',
  'которым',
  'исполняется',
  'исполнялось',
  'исполнилось',
  'исполнится',
  'исполнился',
  'ему',
  'ей',
  'им',
  'старше',
  'младше',
  'моложе',
  'возрасте',
  'в',
  'позже',
  'лет',
  'достигшие',
  'достигших',
  'достиг',
  'достигла',
]);

/** Adverbs and qualifiers between an age cue and "N лет": "которой сейчас 23 года", "ему было примерно 45 лет", "исполнилось бы 80 лет". */
export const RU_AGE_CUE_GAP_WORDS: ReadonlySet<string> = new Set([
  'сейчас',
  'теперь',
  'уже',
  'бы',
  'тогда',
  'почти',
  'примерно',
  'около',
  'ровно',
  'всего',
  'лишь',
]);

/** Comparatives that parse as rare dative nouns but qualify the number: "более трёх лет". */
export const RU_COMPARATIVES: ReadonlySet<string> = new Set(['более', 'менее', 'больше', 'меньше']);

/** After a duration: "три года назад", "два дня тому назад". */
export const RU_AGO: ReadonlySet<string> = new Set(['назад', 'тому']);

/** Before a duration: "через два дня", "спустя год" — a point after the reference date. */
export const RU_AFTER: ReadonlySet<string> = new Set(['через', 'спустя']);

/** Before a calendar noun alone, a stretch of one unit: "на год", "за неделю", "около месяца". */
export const RU_ONE_UNIT_BEFORE: ReadonlySet<string> = new Set(['на', 'за', 'около', 'примерно', 'почти', 'больше', 'более', 'менее', 'меньше']);

/** Forms of a calendar noun that name one unit ("на год", "за день до"); "в год" (per year) is a rate. */
export const RU_ONE_UNIT_FORMS: ReadonlySet<string> = new Set([
  'год',
  'месяц',
  'неделю',
  'недели',
  'день',
  'дня',
  'сутки',
  'суток',
  'десятилетие',
  'десятилетия',
]);

/**
 * Genitive singulars that name one unit only after a comparative or "около" ("более года", "чуть больше
 * месяца", "около года") or in "в течение года"; after "на"/"за" they are no unit ("за года работы").
 */
export const RU_ONE_UNIT_GENITIVES: ReadonlySet<string> = new Set(['года', 'месяца']);

/** Words before a genitive singular calendar noun that make it one unit: "более года", "около месяца". */
export const RU_ONE_UNIT_GENITIVE_BEFORE: ReadonlySet<string> = new Set(['около', 'примерно', 'почти', 'больше', 'более', 'менее', 'меньше']);

/**
 * "за последний месяц", "в последний год": before a calendar noun, a stretch of one unit back from now.
 * Its forms go into the figure lexicon (scripts/gen-figures-lexicon.ts) so that the figure pass looks at
 * them; without that the date grammar's rule for them never ran.
 */
export const RU_LAST_LEMMAS: readonly string[] = ['последний'];

/** "выходные" (the weekend) in its plural case forms, after a relative adjective: "в минувшие выходные". */
export const RU_WEEKEND_FORMS: ReadonlySet<string> = new Set(['выходные', 'выходных', 'выходным', 'выходными']);

/**
 * Words of intent or schedule in the present that speak of the future ("выборы планируется провести в марте",
 * "предстоит в апреле", "намерен в понедельник"): with the perfective non-past ("выберут", "начнутся", az's
 * 'futr') they put a year-less date of their clause ahead (date-tense.ts).
 */
export const RU_FUTURE_WORDS: ReadonlySet<string> = new Set([
  'планируется',
  'планируются',
  'планирует',
  'планируют',
  'предстоит',
  'предстоят',
  'намерен',
  'намерена',
  'намерено',
  'намерены',
  'собирается',
  'собираются',
]);

/** How many words before (and after: "в апреле начнутся") a year-less date a future cue may stand. */
export const RU_FUTURE_REACH_BEFORE = 8;
export const RU_FUTURE_REACH_AFTER = 3;
