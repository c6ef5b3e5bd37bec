// English words around a date that decide how it is read: a bare year needs a preposition ("in 2014"),
// a bare month name needs one ("since November"); ranges join with "to"/"through"/a dash.

/** Words before a bare four-digit year that make it a year: "in 2014", "since 1990", "mid 2020". */
export const EN_YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'before',
  'after',
  'from',
  'during',
  'of',
  'through',
  'to',
  'early',
  'late',
  'mid',
]);

/**
 * Qualifiers that may stand between a year preposition and the year ("until at least 2030", "by as early as
 * 2027", "no later than 2028" after "by"): the year is still the date the preposition points to.
 */
export const EN_YEAR_QUALIFIERS: ReadonlyArray<readonly string[]> = [
  ['at', 'least'],
  ['as', 'early', 'as'],
  ['as', 'late', 'as'],
  ['no', 'later', 'than'],
  ['no', 'earlier', 'than'],
];

/**
 * Words that may follow a qualified year ("until at least 2030, when …", "until at least 2030 and beyond"):
 * a phrase ends there. Any other word after it makes the year a count of what it names ("until at least
 * 2030 people sign").
 */
export const EN_AFTER_QUALIFIED_YEAR: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'when',
  'as',
  'with',
  'because',
  'under',
  'in',
  'at',
  'on',
  'after',
  'before',
  'if',
  'while',
  'to',
  'for',
  'from',
  'the',
  'a',
  'an',
  'and',
  'unless',
  'so',
  'though',
  'although',
  'amid',
  'despite',
]);

/**
 * Words before a four-digit number and a noun that make the number a year modifying the noun: "its 2003
 * performance", "the 2024 election", "their 2004 results". A count after a determiner is written with a
 * thousands separator in news ("the 2,000 workers"), so "the 2003 …" is a year.
 */
export const EN_YEAR_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'whose', 'this', 'that']);

/** Nouns after "the N" that make N a level, not a year: "the 2000 point resistance level", "back to the 2000 mark". */
export const EN_LEVEL_NOUNS: ReadonlySet<string> = new Set(['point', 'points', 'level', 'levels', 'mark', 'barrier', 'threshold', 'line']);

/** Prepositions that make a bare year a year only where it closes a phrase: "For 2005, the firm expects …" ("for 2005 shares" is a count). */
export const EN_YEAR_CLOSING_PREPOSITIONS: ReadonlySet<string> = new Set(['for']);

/** Words before a capitalized month name alone that make it a date: "in March", "last June" ("May" alone is a name). */
export const EN_MONTH_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'since', 'by', 'until', 'of', 'early', 'late', 'mid', 'last', 'next', 'this']);

/**
 * More words before a month name alone that make it a date ("in the three months to December", "from
 * October"), for the months that are no given names too: "to May", "from April" may be a person's.
 */
export const EN_MONTH_PREPOSITIONS_MORE: ReadonlySet<string> = new Set(['to', 'from', 'through', 'till', 'before', 'after', 'during', 'for']);
export const EN_MONTHS_ALSO_NAMES: ReadonlySet<string> = new Set(['april', 'may', 'june', 'august']);

/** Joiners of a bare date range ("2014 to 2018", "Jan-Feb") and of "from … to …". */
export const EN_RANGE_JOINERS: ReadonlySet<string> = new Set(['to', 'through', 'thru', 'until', 'till']);

/**
 * Words that put "in N days" ahead of the reference day when they come within three words before "in":
 * "will resume in three days", "talks are due in two weeks", "is expected back in a month". ("would" is left
 * out: reported speech moves the point to another day.)
 */
export const EN_FUTURE_CUES: ReadonlySet<string> = new Set(['will', 'shall', 'due', 'expected', 'scheduled']);
/** "will" glued to its subject ("they'll", "we’ll"): the tokenizer keeps the contraction one word. */
export const EN_FUTURE_CLITIC = /['’]ll$/;

/** A copula right before "in N days": "the vote is in two weeks" (a point), unlike "rose 5% in two weeks". */
export const EN_COPULAS_AHEAD: ReadonlySet<string> = new Set(['is', 'are']);

/**
 * Words before a year written in words ("in two thousand nineteen", "since nineteen ninety-five", "the year two
 * thousand"): fewer than before digits, since "by two thousand" and "before two thousand" are as often counts.
 */
export const EN_SPELLED_YEAR_BEFORE: ReadonlySet<string> = new Set(['in', 'since', 'year', 'until']);

/**
 * Words that may follow a year in words inside a sentence ("In nineteen ninety-five the company…"): any other word
 * may be what the number counts ("in two thousand homes").
 */
export const EN_SPELLED_YEAR_AFTER: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'when',
  'and',
  'but',
  'as',
  'there',
  'this',
  'that',
]);

/** Words after a duration that shift the reference by it: "three days ago" (back), "seven days hence" (ahead). */
export const EN_SHIFT_WORDS: Readonly<Record<string, number>> = { ago: -1, hence: 1 };

/** Words between a duration and a date that shift the date by it: "two days after Christmas", "a week before 5 May". */
export const EN_SHIFT_FROM_DATE: Readonly<Record<string, number>> = { after: 1, before: -1 };

/**
 * The Roman calendar's ides, still named in English ("the Ides of March"): the 15th of March, May, July and
 * October, the 13th of the other months.
 */
export const EN_IDES = { word: 'ides', lateMonths: new Set([3, 5, 7, 10]), late: 15, early: 13 } as const;

/**
 * Two-digit years ("10/31/74"): 69–99 are the 1900s, 00–68 the 2000s, the POSIX rule (strptime's %y) most
 * date libraries follow.
 */
export const EN_TWO_DIGIT_YEAR_PIVOT = 69;

/**
 * Business abbreviations of the part of a period ("by EOD", "EOY", "BOM"): the part and the current period,
 * read as "the end of the year" is (tables/period-parts-en.ts); the end of the day is the day itself. Upper
 * case only, and not inside a line in capitals ("BOY, 5, RESCUED").
 */
export const EN_PERIOD_ABBREVIATIONS: Readonly<Record<string, readonly ['beginning' | 'end', 'D' | 'W' | 'M' | 'Y']>> = {
  EOD: ['end', 'D'],
  COB: ['end', 'D'],
  EOW: ['end', 'W'],
  EOM: ['end', 'M'],
  EOY: ['end', 'Y'],
  BOW: ['beginning', 'W'],
  BOM: ['beginning', 'M'],
  BOY: ['beginning', 'Y'],
};

/**
 * The future said by a modal before a year-less date in its clause ("will host Arsenal on Wednesday", "shall
 * meet in March"; "'ll" is EN_FUTURE_CLITIC): the date is the next one, not the last (date-tense.ts).
 */
export const EN_FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'shall', "won't", 'won’t']);

/** A present copula before "to" or before a word of EN_FUTURE_TO_HEADS: "is to", "are due to", "is set to". */
export const EN_PRESENT_COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'am']);
/** "he's", "they're": the copula glued to its subject (one token). */
export const EN_COPULA_CLITIC = /['’](s|re)$/;

/** Words between a present copula and "to" that put the action ahead: "is due to", "are set to", "is going to". */
export const EN_FUTURE_TO_HEADS: ReadonlySet<string> = new Set(['due', 'set', 'scheduled', 'expected', 'going']);

/** Verbs of intent right before "to" that put it ahead without a copula: "plans to", "plan to". */
export const EN_PLAN_VERBS: ReadonlySet<string> = new Set(['plans', 'plan']);

/** How many words before a year-less date the future cue may stand (the clause is cut shorter by punctuation). */
export const EN_FUTURE_REACH = 12;

/**
 * Determiners: the word after one is a noun. After "to" they make it a preposition ("is due to the strike", "is set
 * to its lowest"), not an infinitive's; before "plan(s)" they make it the noun ("unveiled a plan to …").
 */
export const EN_NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those']);

/** A preposition before a date that looks back whatever the clause's tense: "will stay shut, as since Monday". */
export const EN_BACK_PREPOSITIONS: ReadonlySet<string> = new Set(['since']);

/** Words that make a weekday after them a recurring day, a set of dates with no one value: "every Thursday", "each Monday". */
export const EN_RECURRING_WORDS: ReadonlySet<string> = new Set(['every', 'each']);
