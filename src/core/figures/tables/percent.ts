// Percent words and signs: "10 %", "десять процентов", "ten percent", "5 п.п." (percentage points).

export const PERCENT_SIGNS = new Set(['%', '％', '‰']);
export const RU_PERCENT_LEMMAS: Readonly<Record<string, number>> = { процент: 1 };
export const EN_PERCENT_WORDS = new Set(['percent', 'percents', 'percentage', 'pct']);
