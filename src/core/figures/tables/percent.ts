// Percent words and signs: "10 %", "десять процентов", "ten percent", "5 п.п." (percentage points).

export const PERCENT_SIGNS = new Set(['%', '％', '‰']);
/** Signs that count in other parts than hundredths, as a factor to percent: "5‰" (per mille) is 0.5 %. */
export const PERCENT_SIGN_FACTORS: Readonly<Record<string, number>> = { '‰': 0.1 };
export const RU_PERCENT_LEMMAS: Readonly<Record<string, number>> = { процент: 1 };
export const EN_PERCENT_WORDS = new Set(['percent', 'percents', 'percentage', 'pct', 'per-cent', 'percentage-point', 'percentage-points']);
/** Words after "percentage" that belong to the phrase: "2 percentage points" (a difference of percents, still in percent). */
export const EN_PERCENTAGE_TAILS = new Set(['point', 'points']);
/**
 * Russian percentage points: "0,3 процентного пункта", "1,5 процентных пунктов" (the stems of the adjective
 * and the noun: every case form starts so), "2 п.п." (the tokens of the abbreviation).
 */
export const RU_PERCENT_POINT = { adjectiveStem: 'процентн', nounStem: 'пункт', abbreviation: ['п', '.', 'п', '.'] } as const;
