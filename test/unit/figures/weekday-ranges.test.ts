// Weekdays joined into one period (src/core/figures/weekday-ranges.ts): a range ("Monday to Friday",
// "с понедельника по пятницу") is one DATE interval whose first day decides the resolution and whose end
// is the next such weekday on or after it; a list with "and"/"и" is one period only for days in a row.
// Reference day: Wednesday 2 December 2026, so a bare "Friday" resolves back to 27 November and a range
// read day by day would end before it starts. False positives: days with gaps, no conjunction.
import * as assert from 'assert';
import { useFigures } from './recognize';

const recognize = useFigures();
const dates = (text: string, lang: 'en' | 'ru', refDate: string | null = '2026-12-02') =>
  recognize(text, { lang, refDate: refDate ?? undefined })
    .filter((e) => e.type === 'DATE')
    .map((e) => [e.text, e.value]);

describe('Figures: weekday ranges', () => {
  const cases: Array<[text: string, lang: 'en' | 'ru', expected: unknown[][]]> = [
    ['Open from Monday to Friday.', 'en', [['Monday to Friday', '2026-11-30/2026-12-04']]],
    ['Open Monday through Friday.', 'en', [['Monday through Friday', '2026-11-30/2026-12-04']]],
    ['Open Monday – Friday.', 'en', [['Monday – Friday', '2026-11-30/2026-12-04']]],
    ['Open Thursday until Monday.', 'en', [['Thursday until Monday', '2026-11-26/2026-11-30']]],
    ['Talks on Saturday and Sunday.', 'en', [['Saturday and Sunday', '2026-11-28/2026-11-29']]],
    ['Polls on Friday, Saturday and Sunday.', 'en', [['Friday, Saturday and Sunday', '2026-11-27/2026-11-29']]],
    ['Магазин работает с понедельника по пятницу.', 'ru', [['понедельника по пятницу', '2026-11-30/2026-12-04']]],
    ['Выставка открыта в субботу и воскресенье.', 'ru', [['субботу и воскресенье', '2026-11-28/2026-11-29']]],
    ['Встречи в среду и четверг.', 'ru', [['среду и четверг', '2026-12-02/2026-12-03']]],
  ];
  for (const [text, lang, expected] of cases) it(text, () => assert.deepStrictEqual(dates(text, lang), expected));
  it('without a reference day the interval names the weekdays', () =>
    assert.deepStrictEqual(dates('Talks on Saturday and Sunday.', 'en', null), [['Saturday and Sunday', 'XXXX-WXX-6/XXXX-WXX-7']]));
});

describe('Figures: weekday ranges, false positives', () => {
  const cases: Array<[text: string, lang: 'en' | 'ru', expected: unknown[][], why: string]> = [
    [
      'Meetings on Monday and Wednesday.',
      'en',
      [
        ['Monday', '2026-11-30'],
        ['Wednesday', '2026-12-02'],
      ],
      'days with a gap stay two dates, the second on or after the first',
    ],
    [
      'Встречи в среду и пятницу.',
      'ru',
      [
        ['среду', '2026-12-02'],
        ['пятницу', '2026-12-04'],
      ],
      'days with a gap: the second after the first, not a week back',
    ],
    [
      'Open Sunday, Monday 7 December.',
      'en',
      [
        ['Sunday', '2026-11-29'],
        ['Monday 7 December', '2026-12-07'],
      ],
      'no "and": a weekday before a date still belongs to that date',
    ],
    [
      'He left on Monday. Tuesday was quiet.',
      'en',
      [
        ['Monday', '2026-11-30'],
        ['Tuesday', '2026-12-01'],
      ],
      'no conjunction, no period',
    ],
    ['Выставка открыта в субботу и воскресную ярмарку.', 'ru', [['субботу', '2026-11-28']], 'a word after "и" that is no weekday'],
  ];
  for (const [text, lang, expected, why] of cases) it(`${text} (${why})`, () => assert.deepStrictEqual(dates(text, lang), expected));
});
