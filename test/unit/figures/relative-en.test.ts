// Table-driven tests for English dates counted from the reference day, weeks of a month and ISO year-months:
// "two days from now", "in five days' time", "the day after tomorrow", "the week after next", "next summer",
// "the first week of October", "2014-10".
// The reference day is Tuesday 12 February 2013 (Duckling's); false positives keep a duration, a range of
// years or nothing.
import * as assert from 'assert';
import { useDates } from './recognize';

const dates = useDates('en', '2013-02-12');

describe('DATE en: counted from the reference day', () => {
  const cases: Array<[input: string, text: string, value: string]> = [
    ['the results are due two days from now', 'two days from now', '2013-02-14'],
    ['three weeks from today', 'three weeks from today', '2013-03-05'],
    ['a week from tomorrow', 'a week from tomorrow', '2013-02-20'],
    ['ten years from now', 'ten years from now', '2023'],
    ["the plant reopens in five days' time", "five days' time", '2013-02-17'],
    ['in two weeks’ time', 'two weeks’ time', '2013-02-26'],
    ["in a week's time", "a week's time", '2013-02-19'],
    // "in N units" ahead when the words before "in" speak of the future
    ['The vote is in two weeks.', 'two weeks', '2013-02-26'],
    ['Talks will resume in three days.', 'three days', '2013-02-15'],
    ["They'll meet again in 10 days", '10 days', '2013-02-22'],
    ['A ruling is due in two months.', 'two months', '2013-04'],
    ['He is expected back in a week.', 'a week', '2013-02-19'],
    ['we meet the day after tomorrow', 'day after tomorrow', '2013-02-14'],
    ['the day before yesterday', 'day before yesterday', '2013-02-10'],
    ['the week after next', 'week after next', '2013-W09'],
    ['the month after next', 'month after next', '2013-04'],
    // a week of a month: its days 1-7, 8-14, … or its last seven
    ['in the first week of October 2014', 'first week of October 2014', '2014-10-01/2014-10-07'],
    ['the last week of March', 'last week of March', '2013-03-25/2013-03-31'],
    ['the second week of next month', 'second week of next month', '2013-03-08/2013-03-14'],
    // meteorological seasons around Tuesday 12 February 2013
    ['next summer', 'next summer', '2013-SU'],
    ['last summer', 'last summer', '2012-SU'],
    ['this spring', 'this spring', '2013-SP'],
    ['next autumn', 'next autumn', '2013-FA'],
    // ISO 8601 year-month: a span of years would run backwards or stand still
    ['sales in 2014-10 fell', '2014-10', '2014-10'],
    ['2012-12', '2012-12', '2012-12'],
  ];
  for (const [input, text, value] of cases) {
    it(`${input} → ${text} = ${value}`, () => assert.deepStrictEqual(dates(input), [[text, value]]));
  }
  it('"next summer" in August is the next year\'s', () => assert.deepStrictEqual(dates('next summer', '2013-08-01'), [['next summer', '2014-SU']]));
  it('"last summer" in October is this year\'s', () => assert.deepStrictEqual(dates('last summer', '2013-10-01'), [['last summer', '2013-SU']]));
  it('without a reference date the span is kept and the value left out', () =>
    assert.deepStrictEqual(dates('two days from now', null), [['two days from now', undefined]]));
});

describe('DATE en: counted from the reference day, false positives', () => {
  const cases: Array<[input: string, expected: Array<[string, unknown]>, why: string]> = [
    ['prices rose 5% in two weeks', [['two weeks', 'P2W']], 'a bare "in N units" is a stretch of time'],
    ['It was the biggest fall in two years.', [['two years', 'P2Y']], 'no future before "in"'],
    ['He said it would be ready in two weeks.', [['two weeks', 'P2W']], 'reported speech: "would" is no cue'],
    ['The plant, which will close, opened in two years', [['two years', 'P2Y']], 'the cue is behind a comma'],
    ['in 1 week', [['1 week', 'P1W']], 'a phrase alone says no tense'],
    ['the first week of the trial', [], 'not a month'],
    ['the fifth week of May', [['May', '2013-05']], 'a month has four whole weeks'],
    ['two days from the start', [['two days', 'P2D']], '"from" something other than now or a relative day'],
    ["a week's pay", [], 'a possessive without "in … time"'],
    ['a day after tomorrow', [['tomorrow', '2013-02-13']], '"the day after" only'],
    ['the week after the vote', [], '"after next" only'],
    ['last winter', [['last winter', undefined]], 'winter spans two years: no value'],
    ['the next fall in prices', [], 'a drop, not the season'],
    ['the 2009-10 season', [['2009-10', '2009/2010']], 'a later second year is a span of years'],
    ['2010-12', [['2010-12', '2010/2012']], 'a span of years'],
    ['2014-10-05', [['2014-10-05', '2014-10-05']], 'a full ISO date'],
    ['call 555-2014-10', [], 'part of a longer chain of digits'],
  ];
  for (const [input, expected, why] of cases) {
    it(`${input} (${why})`, () => assert.deepStrictEqual(dates(input), expected));
  }
});
