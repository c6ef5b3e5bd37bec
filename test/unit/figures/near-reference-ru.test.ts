// Table-driven tests for Russian days, weekends and seasons named relative to the reference day: "на
// сегодняшний день", "в минувшие выходные", "этой осенью", "весной прошлого года". Reference day: Tuesday
// 12 February 2013. False positives: a bare "в выходные" (any weekend), a winter (two years, no value), a
// relative-day adjective without a preposition.
import * as assert from 'assert';
import { useDates } from './recognize';

const dates = useDates('ru', '2013-02-12');

describe('DATE ru: weekends and seasons near the reference day', () => {
  const cases: Array<[input: string, text: string, value: string]> = [
    ['вышли на улицы в минувшие выходные', 'минувшие выходные', '2013-02-09/2013-02-10'],
    ['в прошедшие выходные', 'прошедшие выходные', '2013-02-09/2013-02-10'],
    ['в эти выходные', 'эти выходные', '2013-02-16/2013-02-17'],
    ['этой осенью', 'этой осенью', '2013-FA'],
    ['прошлым летом', 'прошлым летом', '2012-SU'],
    ['следующей весной', 'следующей весной', '2013-SP'],
    ['весной прошлого года', 'весной прошлого года', '2012-SP'],
    ['осенью следующего года', 'осенью следующего года', '2014-FA'],
  ];
  for (const [input, text, value] of cases) {
    it(`${input} → ${text} = ${value}`, () => assert.deepStrictEqual(dates(input), [[text, value]]));
  }
});

describe('DATE ru: weekends and seasons, false positives', () => {
  const cases: Array<[input: string, expected: Array<[string, unknown]>, why: string]> = [
    ['в выходные магазин закрыт', [], 'a bare weekend may be any weekend'],
    ['прошлой зимой', [['прошлой зимой', undefined]], 'winter spans two years: no value'],
    ['летом 2019 года', [['летом 2019 года', '2019-SU']], 'a named year wins'],
    ['весной', [['весной', 'XXXX-SP']], 'no adjective: the year stays unknown'],
    ['матчи предстоящего летом чемпионата', [['летом', 'XXXX-SU']], 'a genitive adjective belongs to the noun after'],
  ];
  for (const [input, expected, why] of cases) {
    it(`${input} (${why})`, () => assert.deepStrictEqual(dates(input), expected));
  }
});

describe('DATE ru: a day named by a relative adjective', () => {
  const cases: Array<[input: string, expected: Array<[string, unknown]>]> = [
    ['на сегодняшний день в Грузии 13 министров', [['сегодняшний день', '2013-02-12']]],
    ['с сегодняшнего дня все подразделения', [['сегодняшнего дня', '2013-02-12']]],
    ['до вчерашнего дня', [['вчерашнего дня', '2013-02-11']]],
    ['с завтрашнего дня', [['завтрашнего дня', '2013-02-13']]],
    // false positives
    ['сегодняшний день стал трудным', []],
    ['вчерашняя неделя', []],
  ];
  for (const [input, expected] of cases) {
    it(input, () => assert.deepStrictEqual(dates(input), expected));
  }
});
