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

/**
 * Forms of "возраст" (age): a span of years later in the same clause is an age, whatever stands between
 * ("в возрасте до 50 лет", "в возрасте более 100 лет", "пенсионный возраст повысится до 65 лет"). Forms, not
 * a stem: "возрастает на 5 лет" (grows) and "возрастной" are other words.
 */
export const RU_AGE_TOPIC_FORMS: ReadonlySet<string> = new Set([
  'возраст',
  'возраста',
  'возрасту',
  'возрастом',
  'возрасте',
  'возрасты',
  'возрастов',
  'возрастам',
  'возрастами',
  'возрастах',
]);

/** How many tokens back from the number the age topic may stand (a clause, not a paragraph). */
export const RU_AGE_TOPIC_REACH = 16;

/**
 * Before the number, prepositions of a shift in age, not of an age: "повысить возраст на 5 лет", "через 5 лет";
 * "за 5 лет" is a span of time.
 */
export const RU_AGE_SHIFT_PREPOSITIONS: ReadonlySet<string> = new Set(['на', 'через', 'за', 'спустя', 'течение']);
