// Function words: they do not contribute a letter to an abbreviation ("Министерство по
// чрезвычайным ситуациям" → "МЧС", "Bank of East Asia" → "BEA"), and a name never ends with one
// ("МВД России по программам" → "МВД России"). One table, both languages.
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // Russian prepositions and conjunctions
  'и',
  'в',
  'во',
  'на',
  'по',
  'при',
  'для',
  'о',
  'об',
  'от',
  'с',
  'со',
  'к',
  'ко',
  'у',
  'за',
  'из',
  'под',
  'над',
  'до',
  'через',
  'а',
  'но',
  'или',
  'либо',
  // Russian personal pronouns of the third person: the tagger runs a foreign name on into the subject
  // after it ("вместе с Жаном-Полем Мореном он спроектировал")
  'он',
  'она',
  'оно',
  'они',
  // English
  'of',
  'and',
  'the',
  'for',
  'in',
  'on',
  'at',
  'to',
  '&',
]);
