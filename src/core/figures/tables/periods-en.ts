// English names of parts of a year, read as DATE periods (TIMEX3 values "2004-Q4", "2024-H1"):
// "the fourth quarter", "Q4 2004", "the first half of 2024", "fiscal 2024".

/** Ordinal + noun → the period letter and how many there are in a year. */
export const EN_YEAR_PARTS: Readonly<Record<string, { letter: string; count: number }>> = {
  quarter: { letter: 'Q', count: 4 },
  half: { letter: 'H', count: 2 },
};

/** The letter written glued before a quarter's number: "Q4", "q1". */
export const EN_QUARTER_LETTER = 'q';

/**
 * The letter written glued before a half-year's number: "H1 2013", "H2 profit". Upper case only ("h1" is a web
 * page's heading); "H1N1" and "H-1B" have more glued after the number or a hyphen, and are names.
 */
export const EN_HALF_LETTER = 'H';

/** Words before a year that name a fiscal year: "fiscal 2024", "fiscal year 2024". */
export const EN_FISCAL_WORDS: ReadonlySet<string> = new Set(['fiscal', 'financial']);

/**
 * Determiners that make "quarter"/"half" the period a story is about, not a fraction: "in the quarter
 * ended Sept. 30", "this quarter", "each half". ("a quarter of", "three quarters" stay fractions; "the
 * quarter of voters who …" too: "of" after the noun keeps the fraction.)
 */
export const EN_PERIOD_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'each',
  'every',
  'last',
  'next',
  'previous',
  'same',
  'current',
  'any',
]);
