// Russian words that stand for an amount without saying it: "несколько месяцев", "пару лет",
// "много тысяч", "последние 200 лет". One list for the date grammar (a vague duration), the
// candidate test and the count check ("несколько тысяч" counts thousands: not vague plural "тысячи").
export const RU_VAGUE_AMOUNTS: ReadonlySet<string> = new Set([
  'несколько',
  'нескольких',
  'пару',
  'пара',
  'пары',
  'много',
  'многих',
  'ряд',
  'последние',
  'последних',
]);

/**
 * Adjectives that, before a calendar noun, make a span of an unsaid number of its units: "в ближайшие
 * месяцы", "долгие годы", "многие годы". Only the date grammar reads them ("многие тысячи" is still the
 * vague plural "тысячи").
 */
export const RU_VAGUE_SPAN_ADJECTIVES: ReadonlySet<string> = new Set(['ближайшие', 'ближайших', 'долгие', 'долгих', 'многие']);
