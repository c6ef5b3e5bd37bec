// Table-driven tests for Russian adjectives that name a span of time: a numeral word or digits glued to
// a unit ("трёхдневный", "6-месячный", "восьмисуточный"), "годичный" alone, "много-" as an unsaid
// number; false positives are the same stems that mean "daily", "monthly" or a weekday.
import * as assert from 'assert';
import { useFigures } from './recognize';

const recognize = useFigures();

function figures(text: string): Array<[string, string, unknown]> {
  return recognize(text, { lang: 'ru' }).map((e) => [e.type, e.text, e.value]);
}

describe('DATE ru: span adjectives', () => {
  const cases: Array<[input: string, text: string, value: string]> = [
    ['начался пятидневный фестиваль', 'пятидневный', 'P5D'],
    ['после трёхнедельной паузы', 'трёхнедельной', 'P3W'],
    ['девятимесячный контракт', 'девятимесячный', 'P9M'],
    ['десятисуточного ареста', 'десятисуточного', 'P10D'],
    ['за 4-дневный срок', '4-дневный', 'P4D'],
    ['12-месячная программа', '12-месячная', 'P12M'],
    ['двухгодичный курс', 'двухгодичный', 'P2Y'],
    ['годичная стажировка', 'годичная', 'P1Y'],
    ['после многонедельных споров', 'многонедельных', 'PXW'],
  ];
  for (const [input, text, value] of cases) {
    it(`${input} → ${text} = ${value}`, () => assert.deepStrictEqual(figures(input), [['DATE', text, value]]));
  }
});

describe('DATE ru: span adjectives, false positives', () => {
  const none: Array<[string, string]> = [
    ['ежедневная сводка', '"еже-" is "every", not a number'],
    ['месячная зарплата', 'the unit alone is "monthly"'],
    ['дневной сеанс', 'the unit alone is "daytime"'],
    ['повседневная жизнь', 'an unrelated word that holds the stem'],
    ['двухчасовая встреча', 'hours are no date'],
  ];
  for (const [input, why] of none) {
    it(`${input} (${why})`, () => assert.deepStrictEqual(figures(input), []));
  }
});
