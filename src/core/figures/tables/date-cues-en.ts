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
export const EN_RANGE_JOINERS: ReadonlySet<string> = new Set(['to', 'through', 'until', 'till']);

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
