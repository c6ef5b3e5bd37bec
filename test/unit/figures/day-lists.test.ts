// Days of one month in a list ("6 и 7 декабря", "Dec 6 and 7") are dates, not counts (src/core/figures/
// day-lists.ts): days in a row make one period, days with gaps dates of their own. Reference day:
// Sunday 29 November 2026. False positives: a list without its conjunction, a score or a range before the
// date, a number with a counted noun.
import * as assert from 'assert';
import { useFigures } from './recognize';

const recognize = useFigures();
const figures = (text: string, lang: 'ru' | 'en') => recognize(text, { lang, refDate: '2026-11-29' }).map((e) => [e.type, e.text, e.value]);

describe('Figures: days of one month in a list', () => {
  const cases: Array<[text: string, lang: 'ru' | 'en', expected: unknown[][]]> = [
    ['Тур пройдёт 6 и 7 декабря.', 'ru', [['DATE', '6 и 7 декабря', '2026-12-06/2026-12-07']]],
    ['Матчи пройдут 6, 7 и 8 декабря.', 'ru', [['DATE', '6, 7 и 8 декабря', '2026-12-06/2026-12-08']]],
    [
      'Выборы назначены на 6 и 13 декабря.',
      'ru',
      [
        ['DATE', '6', '2026-12-06'],
        ['DATE', '13 декабря', '2026-12-13'],
      ],
    ],
    ['The talks are on 6 and 7 December.', 'en', [['DATE', '6 and 7 December', '2026-12-06/2026-12-07']]],
    ['Arsenal play on Dec 6 and 7.', 'en', [['DATE', 'Dec 6 and 7', '2026-12-06/2026-12-07']]],
    ['Polls open on Dec 6, 7, and 8.', 'en', [['DATE', 'Dec 6, 7, and 8', '2026-12-06/2026-12-08']]],
  ];
  for (const [text, lang, expected] of cases) it(text, () => assert.deepStrictEqual(figures(text, lang), expected));
});

describe('Figures: days of one month in a list, false positives', () => {
  const cases: Array<[text: string, lang: 'ru' | 'en', expected: unknown[][]]> = [
    [
      'Он получил 5, 7 декабря вернулся.',
      'ru',
      [
        ['NUMBER', '5', 5],
        ['DATE', '7 декабря', '2026-12-07'],
      ],
    ],
    [
      'Счёт 2:1 и 7 декабря реванш.',
      'ru',
      [
        ['NUMBER', '2', 2],
        ['NUMBER', '1', 1],
        ['DATE', '7 декабря', '2026-12-07'],
      ],
    ],
    [
      'Пострадали 5 человек и 7 декабря ещё двое.',
      'ru',
      [
        ['NUMBER', '5 человек', 5],
        ['DATE', '7 декабря', '2026-12-07'],
        ['NUMBER', 'двое', 2],
      ],
    ],
    [
      'He scored 40 and 7 December was quiet.',
      'en',
      [
        ['NUMBER', '40', 40],
        ['DATE', '7 December', '2026-12-07'],
      ],
    ],
  ];
  for (const [text, lang, expected] of cases) it(text, () => assert.deepStrictEqual(figures(text, lang), expected));
});
