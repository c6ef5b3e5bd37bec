// Table-driven tests for Russian parts of a period: "в начале года", "к концу 2017 года", "в конце января",
// "в конце прошлой недели". The part word joins the span and the value is that part (the readings of
// tables/period-parts-en.ts); the middle keeps the period's value. Reference day: Tuesday 12 February 2013.
import * as assert from 'assert';
import { useDates } from './recognize';

const dates = useDates('ru', '2013-02-12');

describe('DATE ru: parts of a period', () => {
  const cases: Array<[input: string, text: string, value: string]> = [
    // the current period
    ['В начале года цены выросли', 'начале года', '2013-01/2013-03'],
    ['с начала года', 'начала года', '2013-01/2013-03'],
    ['в конце года, когда', 'конце года', '2013-09/2013-12'],
    ['до конца месяца', 'конца месяца', '2013-02-21/2013-02-28'],
    ['в середине недели', 'середине недели', '2013-W07'],
    // a named period
    ['в начале 2017 года', 'начале 2017 года', '2017-01/2017-03'],
    ['к концу 2017 года', 'концу 2017 года', '2017-09/2017-12'],
    ['на конец 2019 года', 'конец 2019 года', '2019-09/2019-12'],
    ['в конце января', 'конце января', '2013-01-21/2013-01-31'],
    ['в начале января 2020 года', 'начале января 2020 года', '2020-01-01/2020-01-10'],
    ['в конце мая 2014 года', 'конце мая 2014 года', '2014-05-21/2014-05-31'],
    ['в конце прошлой недели', 'конце прошлой недели', '2013-02-08/2013-02-10'],
    // periods without a part value keep their own
    ['в середине 1990-х', 'середине 1990-х', '199X'],
    ['в начале XX века', 'начале XX века', '19'],
  ];
  for (const [input, text, value] of cases) {
    it(`${input} → ${text} = ${value}`, () => assert.deepStrictEqual(dates(input), [[text, value]]));
  }
});

describe('DATE ru: parts of a period, false positives', () => {
  const cases: Array<[input: string, expected: Array<[string, unknown]>, why: string]> = [
    ['в конце года выборов', [], 'a year named by the noun after it is not the current one'],
    ['конец года', [], 'no preposition before the part'],
    ['начало года было трудным', [], 'no preposition before the part'],
    ['в начале пути', [], 'not a calendar noun'],
    ['в конце концов', [], 'an idiom'],
    ['в начале 27 апреля', [['27 апреля', '2013-04-27']], 'a day has no part'],
    ['в конце 90-х годов', [['конце 90-х годов', '199X']], 'a decade keeps its value'],
  ];
  for (const [input, expected, why] of cases) {
    it(`${input} (${why})`, () => assert.deepStrictEqual(dates(input), expected));
  }
});
