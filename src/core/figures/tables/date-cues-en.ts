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

/** Words before a capitalized month name alone that make it a date: "in March", "last June" ("May" alone is a name). */
export const EN_MONTH_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'since', 'by', 'until', 'of', 'early', 'late', 'mid', 'last', 'next', 'this']);

/** Joiners of a bare date range ("2014 to 2018", "Jan-Feb") and of "from … to …". */
export const EN_RANGE_JOINERS: ReadonlySet<string> = new Set(['to', 'through', 'until', 'till']);
