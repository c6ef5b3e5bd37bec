// English number words. English barely inflects, so the table is the lexicon; "twenty-one" is
// split on the hyphen by the parser.

export const EN_CARDINALS: Readonly<Record<string, number>> = {
  zero: 0,
  nought: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** "a hundred", "three hundred": multiplies what precedes it inside the thousand group. */
export const EN_HUNDRED: Readonly<Record<string, number>> = { hundred: 100 };

export const EN_MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  crore: 1e7,
  // Plurals ("three billions", "five lakhs") and Indian spellings ("lac", "lkh", "cr", "krore").
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  lkh: 1e5,
  lkhs: 1e5,
  crores: 1e7,
  cr: 1e7,
  krore: 1e7,
  krores: 1e7,
};

/** Nouns that are numbers by themselves: "a dozen", "3 dozens", "three dzs". */
export const EN_NUMBER_NOUNS: Readonly<Record<string, number>> = {
  dozen: 12,
  dozens: 12,
  dz: 12,
  dzs: 12,
  doz: 12,
  dozs: 12,
};

export const EN_ORDINALS: Readonly<Record<string, number>> = {
  zeroth: 0,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1e3,
  millionth: 1e6,
  billionth: 1e9,
  trillionth: 1e12,
};

/** Fraction words: "a half", "three quarters", "one and a half". */
export const EN_FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 0.5,
  halves: 0.5,
  quarter: 0.25,
  quarters: 0.25,
};

export const EN_NEGATIVE = new Set(['minus', 'negative']);

/** Suffixes of digit ordinals: "1st", "22nd", "3rd", "21th" (tolerated). */
export const EN_ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
