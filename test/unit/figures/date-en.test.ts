// Table-driven tests for English DATE spans and values: day-month-year orders, modifiers ("mid-2024",
// "early March"), ranges ("2019-2020", "from Nov to March"), relative weekdays, centuries, and false positives.
import * as assert from 'assert';
import { useFigures } from './recognize';
import { Entity } from '../../../src/core/types';

const recognize = useFigures();

// Thursday 2019-01-31 as the reference: weekday arithmetic crosses a month boundary.
const REF = '2019-01-31';

function dates(text: string, refDate = REF): Entity[] {
  return recognize(text, { lang: 'en', refDate }).filter((e) => e.type === 'DATE');
}

const cases: Array<[input: string, text: string, value: string]> = [
  ["I'll go back 04th Jan 2019.", '04th Jan 2019', '2019-01-04'],
  ['on Jan 4, 2019', 'Jan 4, 2019', '2019-01-04'],
  ['on 4 January', '4 January', '2019-01-04'],
  ['in January 2019', 'January 2019', '2019-01'],
  ['the second of Aug', 'second of Aug', '2019-08-02'],
  ['Tue May 9', 'Tue May 9', '2019-05-09'],
  ['Fri., Jan. 3, 2020', 'Fri., Jan. 3, 2020', '2020-01-03'],
  // an abbreviated weekday alone, with its dot, read as the full name is
  ['the board meets on Mon.', 'Mon.', '2019-01-28'],
  ['by Thurs. noon', 'Thurs.', '2019-01-31'],
  ['fri.', 'fri.', '2019-01-25'],
  ['on Sat. morning', 'Sat.', '2019-01-26'],
  ['yesterday', 'yesterday', '2019-01-30'],
  ['last week', 'last week', '2019-W04'],
  // year-less months: "since"/"last" look back from the reference (2019-01-31), "next" ahead
  ['the first meeting since November', 'November', '2018-11'],
  ['since January', 'January', '2019-01'],
  ['last March', 'last March', '2018-03'],
  ['next March', 'next March', '2019-03'],
  ['next January', 'next January', '2020-01'],
  ['in November', 'November', '2019-11'],
  ['on Monday', 'Monday', '2019-01-28'],
  ['next Tuesday', 'next Tuesday', '2019-02-05'],
  ['last Thursday', 'last Thursday', '2019-01-24'],
  ['this past Wednesday', 'this past Wednesday', '2019-01-30'],
  ['this upcoming Friday', 'this upcoming Friday', '2019-02-01'],
  ['in the 1990s', '1990s', '199X'],
  ['in the late 1990s', 'late 1990s', '199X'],
  // a decade without its century; half-years written as "H1"; dotted numeric dates, day first
  // a fraction of a unit: a duration, or a point back in whole months where they are exact
  ['1.5 years ago', '1.5 years ago', '2017-07'],
  ['for three and a half years', 'three and a half years', 'P3.5Y'],
  ['two and a half weeks later', 'two and a half weeks', 'P2.5W'],
  ['a year and a half ago', 'a year and a half ago', '2017-07'],
  // a month and an ordinal day after "the" or in words; a comma before the year of a day-first date
  ['on February the 13th', 'February the 13th', '2019-02-13'],
  ['on March third the board met', 'March third', '2019-03-03'],
  ['by May the twenty-first', 'May the twenty-first', '2019-05-21'],
  ['on 13 February, 2014', '13 February, 2014', '2014-02-13'],
  ['filed 13-Feb-2014', '13-Feb-2014', '2014-02-13'],
  // a weekday and an ordinal day without the month: the month nearest the reference where they meet
  ['on Monday the 28th', 'Monday the 28th', '2019-01-28'],
  ['by Tuesday 5th', 'Tuesday 5th', '2019-02-05'],
  ['on Sunday the 30th', 'Sunday the 30th', '2018-12-30'],
  // a year in words after "in"/"since"/"year"
  ['in two thousand nineteen', 'two thousand nineteen', '2019'],
  ['In nineteen ninety-five the firm grew', 'nineteen ninety-five', '1995'],
  ['since two thousand and eight,', 'two thousand and eight', '2008'],
  ['for a year and a half', 'a year and a half', 'P1.5Y'],
  ["music of the '90s", "'90s", '199X'],
  ['the ’60s', '’60s', '196X'],
  ["in the '00s", "'00s", '200X'],
  ['H1 2013 profit', 'H1 2013', '2013-H1'],
  ['results in H2', 'H2', '2018-H2'],
  ['on 15.02.2013', '15.02.2013', '2013-02-15'],
  ['the notice of 5.7.1996', '5.7.1996', '1996-07-05'],
  ['by mid-2024', 'mid-2024', '2024'],
  // a month's thirds are its days; a year's or decade's modifier keeps the period's value
  ['in mid-November', 'mid-November', '2019-11-11/2019-11-20'],
  ['in early March', 'early March', '2019-03-01/2019-03-10'],
  ['until late February 2020', 'late February 2020', '2020-02-21/2020-02-29'],
  ['late 2019', 'late 2019', '2019'],
  ['in the 15th century', '15th century', '14'],
  ['in 2019-2020', '2019-2020', '2019/2020'],
  ['the 2019–20 season', '2019–20', '2019/2020'],
  ['from 2014 to 2018', 'from 2014 to 2018', '2014/2018'],
  ['between 2007 and 2009', 'between 2007 and 2009', '2007/2009'],
  ['in Korea Jan-Feb 2017', 'Jan-Feb 2017', '2017-01/2017-02'],
  ['from Nov to March', 'from Nov to March', '2019-11/2020-03'],
  ['Nov 18 2014-Dec 19 2015', 'Nov 18 2014-Dec 19 2015', '2014-11-18/2015-12-19'],
  ['from 10/1/2018-10/7/2018', 'from 10/1/2018-10/7/2018', '2018-10-01/2018-10-07'],
  ['Tim says:30 December', '30 December', '2019-12-30'],
  // a part of a period: the first or last days of a week or month, months of a year (tables/period-parts-en.ts)
  ['at the end of 2000', 'end of 2000', '2000-09/2000-12'],
  ['the beginning of next year', 'beginning of next year', '2020-01/2020-03'],
  ['at the beginning of next week', 'beginning of next week', '2019-02-04/2019-02-06'],
  ['by the end of this week', 'end of this week', '2019-02-01/2019-02-03'],
  ['at the end of the month', 'end of the month', '2019-01-21/2019-01-31'],
  ['from the start of the year', 'start of the year', '2019-01/2019-03'],
  ['in the middle of next year', 'middle of next year', '2020'],
  // a weekend: Saturday and Sunday of the week the adjective names
  ['protests this weekend', 'this weekend', '2019-02-02/2019-02-03'],
  ['since last weekend', 'last weekend', '2019-01-26/2019-01-27'],
  // next/last N units: the whole units after or before the reference's (Thursday 31 January 2019)
  ['earlier in the past three months', 'past three months', '2018-10/2018-12'],
  ['over the next three days', 'next three days', '2019-02-01/2019-02-03'],
  ['in the last two years', 'last two years', '2017/2018'],
  ['in the next two weeks', 'next two weeks', '2019-W06/2019-W07'],
  ["on Valentine's Day 2020", "Valentine's Day 2020", '2020-02-14'],
  ["Paddy's Day parade", "Paddy's Day", '2019-03-17'],
  ['on 14 nov 2023', '14 nov 2023', '2023-11-14'],
  // day ranges: the first day takes its month and year from the second end, or the second day from the first
  ['on 12-16 September', '12-16 September', '2019-09-12/2019-09-16'],
  ['from 12 to 16 September 2013', 'from 12 to 16 September 2013', '2013-09-12/2013-09-16'],
  ['from the 13 to the 15th of July', 'from the 13 to the 15th of July', '2019-07-13/2019-07-15'],
  ['August 27th - 29th', 'August 27th - 29th', '2019-08-27/2019-08-29'],
  // holidays: computed for the year given, else the reference year; "next"/"last" look ahead/back
  ['home for Christmas', 'Christmas', '2019-12-25'],
  ['at Easter 2013', 'Easter 2013', '2013-03-31'],
  ['by next Thanksgiving', 'next Thanksgiving', '2019-11-28'],
  ['since last Halloween', 'last Halloween', '2018-10-31'],
  ["on St. Patrick's Day", "St. Patrick's Day", '2019-03-17'],
  ['sales on Black Friday 2020', 'Black Friday 2020', '2020-11-27'],
  ['Orthodox Easter 2021', 'Orthodox Easter 2021', '2021-05-02'],
  ['before Chinese New Year 2020', 'Chinese New Year 2020', '2020-01-25'],
  ['on Good Friday 2024', 'Good Friday 2024', '2024-03-29'],
  ['MLK Day 2024', 'MLK Day 2024', '2024-01-15'],
  ['after Memorial Day 2023', 'Memorial Day 2023', '2023-05-29'],
  // a plural possessive's apostrophe inside a name; Whit Monday is the day after Pentecost (Easter + 50)
  ["on Presidents' Day 2013", "Presidents' Day 2013", '2013-02-18'],
  ['since Presidents’ Day 2020', 'Presidents’ Day 2020', '2020-02-17'],
  ['on Whit Monday 2013', 'Whit Monday 2013', '2013-05-20'],
  ['Pentecost Monday 2020', 'Pentecost Monday 2020', '2020-06-01'],
  // days inside a month or a week
  ['on the second Friday of next month', 'second Friday of next month', '2019-02-08'],
  ['the last Friday in March', 'last Friday in March', '2019-03-29'],
  ['by the last day of February 2020', 'last day of February 2020', '2020-02-29'],
  ['on the 20th of this month', '20th of this month', '2019-01-20'],
  ['Wednesday of next week', 'Wednesday of next week', '2019-02-06'],
  // lower-case weekdays, an article as "one", "yr"
  ['see you next monday', 'next monday', '2019-02-04'],
  // "this" + weekday: that day of the reference's week (Thursday 31 January: Friday is tomorrow, Monday was this week's)
  ['the vote is this Friday', 'this Friday', '2019-02-01'],
  ['this Monday the board met', 'this Monday', '2019-01-28'],
  ['a week ago', 'a week ago', '2019-01-24'],
  ['next yr', 'next yr', '2020'],
];

describe('DATE en (reference Thursday 2019-01-31)', () => {
  it('On 13 February, 1500 people marched: a number after the comma that counts a noun is no year', () =>
    assert.deepStrictEqual(
      dates('On 13 February, 1500 people marched').map((e) => [e.text, e.value]),
      [['13 February', '2019-02-13']],
    ));
  it('March first-quarter results: an ordinal word before what it ranks is no day', () =>
    assert.deepStrictEqual(
      dates('in March first quarter results').map((e) => e.text),
      ['March', 'first quarter'],
    ));
  it('on Monday 18 people came: a cardinal after a weekday may be a count, so the weekday stands alone', () =>
    assert.deepStrictEqual(
      dates('on Monday 18 people came').map((e) => e.text),
      ['Monday'],
    ));
  it("the '20s: a decade a hundred years apart in two kinds of story has no value", () =>
    assert.deepStrictEqual(
      dates("the '20s").map((e) => [e.text, e.value]),
      [["'20s", undefined]],
    ));
  for (const [input, text, value] of cases) {
    it(`${input} → ${text} = ${value}`, () => {
      const got = dates(input);
      assert.deepStrictEqual(
        got.map((e) => [e.text, e.value]),
        [[text, value]],
      );
    });
  }
  it('a day range needs a later second day and one dash style', () => {
    assert.deepStrictEqual(
      dates('16-12 September').map((e) => e.text),
      ['12 September'],
    );
    assert.ok(dates('12 -16 September').every((e) => !String(e.value).includes('/')));
    assert.deepStrictEqual(
      dates('August 27th - 29th 2020').map((e) => [e.text, e.value]),
      [['August 27th', '2019-08-27']],
    );
  });
  it('does not join an interval that ends before it starts', () => {
    assert.deepStrictEqual(
      dates('from Christmas to today').map((e) => [e.text, e.value]),
      [
        ['Christmas', '2019-12-25'],
        ['today', '2019-01-31'],
      ],
    );
  });
  it('a holiday without a reference date has a value only when its day is fixed', () => {
    assert.deepStrictEqual(
      recognize('Christmas and Easter', { lang: 'en' })
        .filter((e) => e.type === 'DATE')
        .map((e) => [e.text, e.value]),
      [
        ['Christmas', 'XXXX-12-25'],
        ['Easter', undefined],
      ],
    );
  });
  it('next/last N units without a reference date stay a duration', () => {
    assert.deepStrictEqual(
      recognize('over the next three days', { lang: 'en' })
        .filter((e) => e.type === 'DATE')
        .map((e) => [e.text, e.value]),
      [['next three days', 'P3D']],
    );
  });
  it('does not join a bare "to" between dates of different shapes', () => {
    assert.deepStrictEqual(
      dates('in 2019 to 28 June').map((e) => e.text),
      ['2019', '28 June'],
    );
  });
  it('keeps UTF-16 offsets after a non-BMP character and NBSP', () => {
    const text = '😀 by mid-2024 and 4\u00a0January';
    assert.deepStrictEqual(
      dates(text).map((e) => [e.start, e.end, e.text]),
      [
        [6, 14, 'mid-2024'],
        [19, 28, '4\u00a0January'],
      ],
    );
  });
});

describe('DATE en false positives', () => {
  const none: Array<[string, string]> = [
    ['Theresa May said so', 'the name May'],
    ['It may rain', 'the verb may'],
    ['the March on Washington', 'March as a noun'],
    ['Apple 7 and Windows 10', 'product versions'],
    ['call 555-1234 now', 'phone number'],
    ['call 1-800-2000', 'phone number that looks like a year range'],
    ['they won 3-1', 'score'],
    ['ID 10-1-2018-10-7', 'a digit-dash code'],
    ['at 12:30 December', 'minutes of a time'],
    ['the late senator and early voting', 'modifiers without a date'],
    ['a mid-sized firm', 'hyphenated modifier without a month'],
    ['from 10 to 20 people', 'number range'],
    ['from 1,500 to 2,000 people', 'number range with thousands'],
    ['between 5 and 7 percent', 'percent range'],
    ['Sat down at the table', 'weekday abbreviation without a date'],
    ['the end of the war', 'a part of something that is not a period'],
    ['a weekend of talks over the weekend', 'a weekend no adjective places'],
    ['a dec 5 vote', 'lower-case abbreviation without a year'],
    ['Sun 14 people', 'weekday abbreviation before a count'],
    ['and then he sat.', 'a lower-case abbreviation that is a word'],
    ['as the couple wed.', 'a lower-case abbreviation that is a word'],
    ['it ran in The Sun.', 'a paper'],
    ['see you on Mon', 'an abbreviation alone without its dot'],
    ['a 2.5 years old child', 'an age is whole years: no date'],
    ['in two thousand homes', 'a year in words before what it counts'],
    ['on the last day of talks', '"last day" is a final day, not yesterday'],
    ['31-Feb-2013', 'no 31 February'],
    ['cut by two thousand', 'after "by" a number in words is as often a count'],
    ['in eleven twenty', 'a pair of numbers before 1500: a time as likely'],
    ['the H1N1 virus', 'a name with more glued after the half-year'],
    ['an H-1B visa', 'a visa class'],
    ['the h1 heading', 'lower-case h is no half-year'],
    ['temperatures in the 90s', 'two digits without an apostrophe may be degrees'],
    ['31.02.2013', 'no 31 February'],
    ['host 10.1.15.2013', 'a longer chain of dotted numbers'],
    ['from 10 to 12 people', 'a count range is no day range'],
    ['a memorial day for the victims', 'a holiday name of common words, not capitalized'],
    ["the presidents' day was long", 'a plural possessive of common words, not capitalized'],
    ['the first of the new rules', 'an ordinal of something that is not a month'],
  ];
  for (const [input, why] of none) {
    it(`${input} (${why})`, () =>
      assert.deepStrictEqual(
        dates(input).map((e) => e.text),
        [],
      ));
  }
});
