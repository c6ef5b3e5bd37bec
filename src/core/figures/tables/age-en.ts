// English words that make a number an age (AGE, in years).

/** Before a number: "aged 56", "died aged 101". */
export const EN_AGE_BEFORE: ReadonlySet<string> = new Set(['aged']);

/** The glued tail of a compound age: "56-year-old", "a five-year-old", "two-years-old". */
export const EN_AGE_COMPOUND_TAILS: ReadonlySet<string> = new Set(['year-old', 'years-old']);
