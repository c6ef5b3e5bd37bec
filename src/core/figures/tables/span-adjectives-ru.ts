// Russian adjectives that name a span by a number glued to a unit of time: "трёхдневный визит",
// "6-месячный срок", "восьмисуточный полёт", "многомесячный". Ages and terms in years ("-летний") are
// in age-ru.ts; hours ("двухчасовой") stay out: a span of hours is a time of day's kin, not a date.
import { Grain } from './time-units';

/** The unit part of the adjective and its grain ("сутки" count days). */
export const RU_SPAN_ADJECTIVE_INFIXES: ReadonlyArray<readonly [infix: string, grain: Grain]> = [
  ['дневн', 'D'],
  ['суточн', 'D'],
  ['недельн', 'W'],
  ['месячн', 'M'],
  ['годичн', 'Y'],
];

/** One cheap test for the candidate walk: the word holds one of the infixes. */
export const RU_SPAN_ADJECTIVE_TEST = /дневн|суточн|недельн|месячн|годичн/;

/** A prefix that says "many" without a number: "многомесячный" → PXM. */
export const RU_SPAN_VAGUE_PREFIX = 'много';

/** The unit alone that still names one of it: "годичный курс" (a year); "дневной", "месячная зарплата", "недельный" alone are "daytime", "monthly". */
export const RU_SPAN_ONE_UNIT_INFIXES: ReadonlySet<string> = new Set(['годичн']);
