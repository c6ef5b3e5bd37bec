// Percent words and signs: "10 %", "десять процентов", "ten percent", "5 п.п." (percentage points).

export const PERCENT_SIGNS = new Set(['%', '％', '‰']);
/** Signs that count in other parts than hundredths, as a factor to percent: "5‰" (per mille) is 0.5 %. */
export const PERCENT_SIGN_FACTORS: Readonly<Record<string, number>> = { '‰': 0.1 };
export const RU_PERCENT_LEMMAS: Readonly<Record<string, number>> = { процент: 1 };
/** "pc" is the British press's abbreviation ("a 3pc rise"); upper-case "PC" (a computer, a constable) is another word. */
export const EN_PERCENT_WORDS = new Set(['percent', 'percents', 'percentage', 'percentages', 'pct', 'pc', 'per-cent', 'percentage-point', 'percentage-points']);
/** Percent abbreviations written glued to the digits: "5pct", "1.5pc", "10percent". Case-sensitive: "5PC" is not one. */
export const EN_GLUED_PERCENT = new Set(['pct', 'pc', 'percent']);
/** The stem every case form of the Russian word for percent starts with ("процента", "процентов"). */
export const RU_PERCENT_STEM = 'процент';
/** Words after "percentage" that belong to the phrase: "2 percentage points" (a difference of percents, still in percent). */
export const EN_PERCENTAGE_TAILS = new Set(['point', 'points']);
/**
 * Russian percentage points: "0,3 процентного пункта", "1,5 процентных пунктов" (the stems of the adjective
 * and the noun: every case form starts so), "2 п.п." (the tokens of the abbreviation).
 */
export const RU_PERCENT_POINT = { adjectiveStem: 'процентн', nounStem: 'пункт', abbreviation: ['п', '.', 'п', '.'] } as const;
/** Words after "per" that make it percent: "5 per cent", "100 per cents", "5 per centum" (the Latin of legal texts). */
export const EN_PER_CENT_TAILS: ReadonlySet<string> = new Set(['cent', 'cents', 'centum']);

/**
 * Units that count in other parts than hundredths, after the number, as a factor to percent: basis points (a
 * hundredth of a percentage point: "cut by 25 basis points", "25bp", "25 bps"; lower case only, "BP" is a company)
 * and per mille in words ("5 per mille" is 0.5 %). Each entry: the words as written, the factor.
 */
export const EN_PERCENT_PART_UNITS: ReadonlyArray<readonly [words: readonly string[], factor: number]> = [
  [['basis', 'points'], 0.01],
  [['basis', 'point'], 0.01],
  [['bps'], 0.01],
  [['bp'], 0.01],
  [['per', 'mille'], 0.1],
  [['per', 'mil'], 0.1],
];
