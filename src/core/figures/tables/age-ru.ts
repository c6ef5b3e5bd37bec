// Russian words that make a number an age (AGE, in years).

/** Verbs of turning an age: "ему исполнилось 30", "ей исполнится 18". */
export const RU_TURNED_AGE: ReadonlySet<string> = new Set(['исполнилось', 'исполнится', 'исполнился', 'исполнилась']);

/**
 * Stems after "N-" or a numeral that make an age or an anniversary: "27-летний", "13-ти летний",
 * "сорокалетнего", "100-летию", "90-летие" (NEREL marks anniversaries as AGE too).
 */
export const RU_AGE_STEMS: ReadonlyArray<string> = ['летн', 'лети'];

/** The adjective stem alone, for numeral words glued to it: "сорокалетнего", "десятилетняя" ("десятилетие" is a decade). */
export const RU_AGE_ADJECTIVE_INFIX = 'летн';

/** Nouns after an ordinal that make it an anniversary: "80-ю годовщину", "юбилей". */
export const RU_ANNIVERSARY_STEMS: ReadonlyArray<string> = ['годовщин', 'юбиле'];

/**
 * Nouns of a span of time after "N-летний": "23-летний срок", "10-летний перерыв" are durations (DATE,
 * P23Y), not ages; "56-летний мужчина" and "100-летний юбилей" stay ages.
 */
export const RU_TERM_NOUN_STEMS: ReadonlyArray<string> = [
  'срок',
  'период',
  'перерыв',
  'мораторий',
  'стаж',
  'контракт',
  'заключени',
  'правлени',
  'опыт',
  'план',
];
