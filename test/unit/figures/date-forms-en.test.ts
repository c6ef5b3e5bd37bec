// Table-driven tests for English date forms of issue 14's second round: business abbreviations of a period's
// part ("by EOD", "EOY"), "hence", a duration before or after a named day ("two days after Christmas"), a
// weekday with its week ("Wednesday next week"), the Ides, "March after next", an abbreviated weekday with an
// ordinal day ("Mon, 15th"), slashed dates with a two-digit year or a month name, a month glued to its day,
// "thru" in a day range, fortnights, "on 2/15" and a stretch of days from a named day ("for 10 days from 18
// Dec"); with a false-positive block. Reference: Tuesday 12 February 2013.
import * as assert from 'assert';
import { useDates } from './recognize';

const dates = useDates('en', '2013-02-12');

describe('DATE en: more forms (reference Tuesday 2013-02-12)', () => {
  const cases: Array<[input: string, text: string, value: string | undefined]> = [
    // the part of the current period, as "the end of the year" is read; the end of the day is the day
    ['send it by EOD', 'EOD', '2013-02-12'],
    ['targets for EOY', 'EOY', '2013-09/2013-12'],
    ['the BOM figures', 'BOM', '2013-02-01/2013-02-10'],
    ['due EOM', 'EOM', '2013-02-21/2013-02-28'],
    ['by BOW', 'BOW', '2013-02-11/2013-02-13'],
    // "hence" shifts ahead as "ago" shifts back
    ['7 days hence', '7 days hence', '2013-02-19'],
    ['a week hence', 'a week hence', '2013-02-19'],
    // a duration and "after"/"before" a day
    ['two days after Christmas', 'two days after Christmas', '2013-12-27'],
    ['a week before 5 May 2014', 'a week before 5 May 2014', '2014-04-28'],
    // a weekday with its week, with or without "of"/"from"
    ['wednesday next week', 'wednesday next week', '2013-02-20'],
    ['Sunday from last week', 'Sunday from last week', '2013-02-10'],
    // the Roman calendar's ides: the 15th of March, May, July, October, else the 13th
    ['beware the Ides of March', 'Ides of March', '2013-03-15'],
    ['the ides of January 2014', 'ides of January 2014', '2014-01-13'],
    ['March after next', 'March after next', '2014-03'],
    // an abbreviated weekday and an ordinal day: the nearest month where that day is that weekday
    ['Mon, 15th', 'Mon, 15th', '2013-04-15'],
    // slashes: a two-digit year where the day is above 12; a month name between
    ['born on 10/31/74 in Ohio', '10/31/74', '1974-10-31'],
    ['31/Oct/1974', '31/Oct/1974', '1974-10-31'],
    ['14april 2015', '14april 2015', '2015-04-14'],
    ['July 13 thru 15', 'July 13 thru 15', '2013-07-13/2013-07-15'],
    // a fortnight is two weeks
    ['a fortnight ago', 'a fortnight ago', '2013-01-29'],
    ['3 fortnights hence', '3 fortnights hence', '2013-03-26'],
    ['for two fortnights', 'two fortnights', 'P4W'],
    // a two-digit year where month and day are equal; a day of a month by its ordinal; a lower-case weekday and day
    ['3/3/15', '3/3/15', '2015-03-03'],
    ['the third day of October', 'third day of October', '2013-10-03'],
    ['tuesday the 19th', 'tuesday the 19th', '2013-02-19'],
    ['Day after tomorrow, the talks resume', 'Day after tomorrow', '2013-02-14'],
    // a stretch of days or weeks from a named day: its days, the first one counted (ten days: 18 to 27 December)
    ['for 10 days from 18th Dec', 'for 10 days from 18th Dec', '2013-12-18/2013-12-27'],
    ['from 18th Dec for 10 days', 'from 18th Dec for 10 days', '2013-12-18/2013-12-27'],
    ['for a week from 5 May', 'for a week from 5 May', '2013-05-05/2013-05-11'],
    // month and day after "on", the year the reference's
    ['the board met on 2/15', '2/15', '2013-02-15'],
  ];
  for (const [input, text, value] of cases) {
    it(`${input} → ${text} = ${value}`, () => assert.deepStrictEqual(dates(input), [[text, value]]));
  }
});

describe('DATE en: more forms, false positives', () => {
  const cases: Array<[input: string, expected: Array<[string, unknown]>, why: string]> = [
    ['BOY, 5, RESCUED FROM RIVER', [], 'a word in a line of capitals'],
    ['the boy said', [], 'lower case'],
    ['on 1/2/3', [], 'three small numbers'],
    ['on 3/4/10', [], 'month and day could be read either way with a two-digit year'],
    ['version 10/31/74b', [], 'more glued after the year'],
    ['a year after 2001', [['2001', '2001']], 'a year, not a day: no shifted date'],
    ['two days after the vote', [['two days', 'P2D']], 'no date after "after"'],
    ['the ides were against him', [], '"ides" without a month'],
    ['march after next week', [['next week', '2013-W08']], 'lower-case "march" is a verb'],
    ['on Friday next to him', [['Friday', '2013-02-08']], '"next" before no week'],
    ['over the next fortnight', [], 'a fortnight is no calendar period to count from'],
    ['on 1/3 of the land', [], 'a fraction of something'],
    ['prices rose 2/15', [], 'a slash without "on"'],
    ['the third day of the strike', [], 'a day of something that is no month'],
    ['for 10 days from the start', [['10 days', 'P10D']], 'a stretch from no named day stays a duration'],
    [
      'from 2014 for 3 years',
      [
        ['2014', '2014'],
        ['3 years', 'P3Y'],
      ],
      'a year is no day to count days from',
    ],
    ['the 32nd day of May', [['May', '2013-05']], 'no such day: the month alone'],
  ];
  for (const [input, expected, why] of cases) {
    it(`${input} (${why})`, () => assert.deepStrictEqual(dates(input), expected));
  }
});
