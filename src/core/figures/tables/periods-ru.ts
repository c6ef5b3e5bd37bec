// Russian names of parts of a year, read as DATE periods (TIMEX3 "2024-Q3", "2016-H1"), as
// tables/periods-en.ts for English: "в третьем квартале 2024 года", "первого полугодия".

/** Lemma of the part noun → the period letter and how many there are in a year. */
export const RU_YEAR_PARTS: Readonly<Record<string, { letter: string; count: number }>> = {
  квартал: { letter: 'Q', count: 4 },
  полугодие: { letter: 'H', count: 2 },
};
