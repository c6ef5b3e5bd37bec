// Words that do not contribute a letter to an abbreviation ("Министерство по чрезвычайным
// ситуациям" → "МЧС", "Bank of East Asia" → "BEA"). One table, both languages.
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // Russian prepositions and conjunctions
  'и', 'в', 'во', 'на', 'по', 'при', 'для', 'о', 'об', 'от', 'с', 'со', 'к', 'у', 'за', 'из',
  // English
  'of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', '&',
]);
