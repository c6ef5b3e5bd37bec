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

/**
 * Nouns of company and economic reporting. A hyphenated ordinal part of a year used as a modifier ("third-quarter
 * profit", "first-half net sales") is that period of a reporting calendar only where one of them follows within
 * a few words; elsewhere it is as likely the part of a game ("a third-quarter goal", "a fourth-quarter
 * comeback"), which is no calendar date.
 */
export const EN_REPORTING_NOUNS: ReadonlySet<string> = new Set([
  'results',
  'result',
  'profit',
  'profits',
  'earnings',
  'sales',
  'revenue',
  'revenues',
  'loss',
  'losses',
  'income',
  'growth',
  'output',
  'gdp',
  'figures',
  'numbers',
  'report',
  'dividend',
  'margin',
  'margins',
  'deficit',
  'surplus',
  'shipments',
  'deliveries',
  'production',
  'forecast',
  'forecasts',
  'estimates',
  'estimate',
  'guidance',
  'performance',
  'turnover',
  'orders',
  'spending',
  'investment',
  'inflation',
  'unemployment',
  'charge',
  'writedown',
  'volume',
  'volumes',
  'update',
  'statement',
]);

/** How many words a reporting noun may stand after the hyphenated period ("third-quarter net operating profit"). */
export const EN_REPORTING_NOUN_REACH = 3;
