// Words before a number that make it an identifier rather than a quantity: "стр. 5", "№ 12",
// "p. 5", "No. 3", "ст. 105", "п. 2", "гл. 4", "vol. 2". Lower-cased, without the dot.
export const IDENTIFIER_PREFIXES = new Set([
  'стр', 'с', 'ст', 'п', 'пп', 'ч', 'гл', 'т', 'рис', 'табл', 'прил', 'кв', 'д', 'корп', 'стр', 'дом', 'квартира',
  'p', 'pp', 'no', 'nos', 'vol', 'ch', 'fig', 'tab', 'art', 'sec', 'page', 'chapter', 'article', 'section',
  'статья', 'статьи', 'статье', 'статьей', 'статьёй', 'пункт', 'пункта', 'пункте', 'номер', 'номером', 'ext',
]);
