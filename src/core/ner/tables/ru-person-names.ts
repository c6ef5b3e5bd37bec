// Word tables for the normal form of Russian person names (norm-ru-person.ts).

/**
 * Particles inside foreign names that never decline and are written as they stand ("Шарля де Голля",
 * "Людвига ван Бетховена", "Жан-Клода Ван Дамма", "Леонардо да Винчи"). Lower-case keys.
 */
export const RU_NAME_PARTICLES: ReadonlySet<string> = new Set([
  'ван',
  'фон',
  'дер',
  'де',
  'ди',
  'да',
  'дель',
  'делла',
  'дю',
  'ле',
  'ла',
  'ибн',
  'бен',
  'бин',
  'аль',
  'эль',
  'оглы',
  'кызы',
]);

/**
 * Patronymics: [inflected form, nominative]. az lemmatizes a patronymic to the father's name
 * ("Ильича" → "Илья"), so the patronymic's own nominative comes from its suffix.
 */
export const RU_PATRONYMIC_ENDINGS: ReadonlyArray<[RegExp, string]> = [
  [/^(.+(?:вич|ьич|ич))(?:а|у|ем|е)$/u, '$1'], // Ивановича, Ильичу, Николаевичем
  [/^(.+(?:вн|чн))(?:ы|е|у|ой|ою)$/u, '$1а'], // Николаевной, Ильиничны, Кузьминичне
];

/**
 * Endings of masculine nouns of the second declension by case, for foreign surnames that decline
 * like nouns but that az's guesser reads otherwise ("Дамма" as a feminine "дамма", "Шольца" with a
 * fleeting vowel "шолец"). [case, ending, what replaces it]; a vowel before "я"/"ем" makes "й".
 */
export const RU_MASC_NOUN_ENDINGS: ReadonlyArray<[string, string, string]> = [
  ['gent', 'а', ''],
  ['gent', 'я', 'ь'],
  ['accs', 'а', ''],
  ['accs', 'я', 'ь'],
  ['ablt', 'ом', ''],
  ['ablt', 'ем', 'ь'],
];
