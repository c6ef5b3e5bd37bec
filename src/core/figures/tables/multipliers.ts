// Multipliers written after a number: abbreviations ("5 тыс.", "3,2 млрд", "$1.2 bn") and
// letter suffixes glued to digits ("100к", "3М", "10k", "1MM"). Full words are inflected in Russian
// and come through the lexicon (numerals-ru.ts RU_MULTIPLIER_LEMMAS); English words are in numerals-en.ts.

/** Lower-cased abbreviation → factor; matched as a separate word, optionally followed by ".". */
export const MULTIPLIER_ABBREVIATIONS: Readonly<Record<string, number>> = {
  // Russian
  тыс: 1e3,
  т: 1e3,
  млн: 1e6,
  мн: 1e6,
  млрд: 1e9,
  трлн: 1e12,
  // English
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mil: 1e6,
  mln: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
};

/**
 * Suffixes glued to digits ("100к", "10k", "3М", "1MM", "2mil"), case-sensitive where case matters:
 * "1m" is a metre, "1M" a million (Microsoft Recognizers: "1m isn't a number").
 */
export const GLUED_MULTIPLIERS: Readonly<Record<string, number>> = {
  к: 1e3,
  К: 1e3,
  k: 1e3,
  K: 1e3,
  тыс: 1e3,
  М: 1e6,
  M: 1e6,
  MM: 1e6,
  mil: 1e6,
  млн: 1e6,
  mln: 1e6,
  B: 1e9,
  bn: 1e9,
  млрд: 1e9,
};

/**
 * Glued suffixes that are multipliers only after a currency sign: "£600m", "$7b", "$2tn" ("600m"
 * alone is metres). Financial news writes millions and billions so.
 */
export const GLUED_MULTIPLIERS_AFTER_CURRENCY: Readonly<Record<string, number>> = {
  m: 1e6,
  b: 1e9,
  tn: 1e12,
  trn: 1e12,
};
