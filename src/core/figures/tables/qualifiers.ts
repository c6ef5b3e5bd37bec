// Words before a figure that qualify it: "около 120" (approx), "свыше 700" (gt), "не менее 5" (gte),
// "менее 3" (lt), "до 60" (lte). Phrases are matched longest first on lower-cased words.
import { Qualifier } from '../../types';

export const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  // Russian
  ['около', 'approx'],
  ['примерно', 'approx'],
  ['приблизительно', 'approx'],
  ['почти', 'approx'],
  ['порядка', 'approx'],
  ['где-то', 'approx'],
  ['ориентировочно', 'approx'],
  ['чуть ли не', 'approx'],
  ['едва ли не', 'approx'],
  ['без малого', 'approx'],
  ['около чем', 'approx'],
  ['свыше', 'gt'],
  ['более', 'gt'],
  ['больше', 'gt'],
  ['более чем', 'gt'],
  ['больше чем', 'gt'],
  ['чуть более', 'gt'],
  ['чуть больше', 'gt'],
  ['немногим более', 'gt'],
  ['немного больше', 'gt'],
  ['сверх', 'gt'],
  ['более чем на', 'gt'],
  ['больше чем на', 'gt'],
  ['не менее', 'gte'],
  ['не меньше', 'gte'],
  ['не менее чем', 'gte'],
  ['как минимум', 'gte'],
  ['минимум', 'gte'],
  ['по меньшей мере', 'gte'],
  ['от', 'gte'],
  ['менее', 'lt'],
  ['меньше', 'lt'],
  ['меньше чем', 'lt'],
  ['менее чем', 'lt'],
  ['чуть менее', 'lt'],
  ['чуть меньше', 'lt'],
  ['не достигая', 'lt'],
  ['до', 'lte'],
  ['не более', 'lte'],
  ['не больше', 'lte'],
  ['не более чем', 'lte'],
  ['максимум', 'lte'],
  ['как максимум', 'lte'],
  ['вплоть до', 'lte'],
  // English
  ['about', 'approx'],
  ['around', 'approx'],
  ['approximately', 'approx'],
  ['roughly', 'approx'],
  ['nearly', 'approx'],
  ['almost', 'approx'],
  ['some', 'approx'],
  ['circa', 'approx'],
  ['an estimated', 'approx'],
  ['close to', 'approx'],
  ['just under', 'approx'],
  ['just over', 'approx'],
  ['about a', 'approx'],
  ['over', 'gt'],
  ['more than', 'gt'],
  ['above', 'gt'],
  ['in excess of', 'gt'],
  ['greater than', 'gt'],
  ['upwards of', 'gt'],
  ['exceeding', 'gt'],
  ['at least', 'gte'],
  ['no less than', 'gte'],
  ['no fewer than', 'gte'],
  ['not less than', 'gte'],
  ['less than', 'lt'],
  ['fewer than', 'lt'],
  ['lower than', 'lt'],
  ['under', 'lt'],
  ['below', 'lt'],
  ['higher than', 'gt'],
  ['up to', 'lte'],
  ['at most', 'lte'],
  ['no more than', 'lte'],
  ['not more than', 'lte'],
  ['as many as', 'lte'],
];

/** Range openers and joiners: "от 5 до 7", "с 1994 по 2000", "между 10 и 20", "between 20 and 30", "from 5 to 7". */
export const RANGE_PATTERNS: ReadonlyArray<readonly [open: string, join: string]> = [
  ['от', 'до'],
  ['с', 'по'],
  ['между', 'и'],
  ['в пределах от', 'до'],
  ['between', 'and'],
  ['from', 'to'],
  ['from', 'through'],
];

/** Dashes and words that join a bare range "5–7", "10-20", "5 to 7". */
export const RANGE_DASHES = new Set(['-', '–', '—', '‒', '−']);

/** Qualifiers after which a number word stands in the genitive singular: "около тысячи". */
export const GENITIVE_QUALIFIERS = ['около', 'более', 'свыше', 'менее', 'порядка', 'больше', 'меньше', 'до', 'со', 'от'];

/**
 * Russian verbs of a change in value, any form (stems on lower-cased words): after one, "до" gives the value
 * reached, not a bound ("выросла на 7%, до 214 млрд рублей" = to 214 billion, not up to it). Prefixed
 * stems only, so "упасть" is there and "пасть" is not.
 */
export const RU_CHANGE_VERB =
  /^(?:вырос|вырас|подрос|увеличи|сократи|сокращ|снизи|сниж|упа[лвдс]|упад|подорож|подешев|повыси|повыш|понизи|пониж|подня|подним|опусти|опуска|подскоч|рухну|обвали|укрепи|ослаб|прибави|замедли|ускори|восстанови)/;
