// Table-driven tests for the English holiday calendar (src/core/figures/tables/holidays-en.ts): feasts counted
// from Easter and "Orthodox" before them, days moved by their weekday (King's Day, Victoria Day), the UN's
// international days, equinoxes and solstices, Nowruz, the Parsis' 365-day year, the Chinese calendar, and a
// name of common words written in lower case with its year. Every expected day is the published one.
import * as assert from 'assert';
import { useDates } from './recognize';

const dates = useDates('en', '2013-02-12');

describe('holidays en: the calendar', () => {
  const cases: Array<[input: string, text: string, value: string | undefined]> = [
    // seasons of the church year: Lent (Ash Wednesday to Holy Saturday), Holy Week, the Orthodox Great Lent (40 days)
    ['during Lent 2018', 'Lent 2018', '2018-02-14/2018-03-31'],
    ['Holy Week 2019', 'Holy Week 2019', '2019-04-14/2019-04-20'],
    ['Great Lent 2018', 'Great Lent 2018', '2018-02-19/2018-03-30'],
    ['Administrative Professionals Day 2013', 'Administrative Professionals Day 2013', '2013-04-24'],
    // "Orthodox" before a feast counted from Easter takes the Orthodox Easter (2018-04-08, 2021-05-02)
    ['orthodox shrove monday 2018', 'orthodox shrove monday 2018', '2018-02-19'],
    ['Clean Monday 2018', 'Clean Monday 2018', '2018-02-19'],
    ['on Orthodox Good Friday 2021', 'Orthodox Good Friday 2021', '2021-04-30'],
    ['Orthodox Easter 2021', 'Orthodox Easter 2021', '2021-05-02'],
    ['orthodox christmas 2020', 'orthodox christmas 2020', '2020-01-07'],
    // Western feasts from Easter (2013-03-31, 2019-04-21, 2024-03-31)
    ['Corpus Christi 2013', 'Corpus Christi 2013', '2013-05-30'],
    ['Trinity Sunday 2019', 'Trinity Sunday 2019', '2019-06-16'],
    ['Mothering Sunday 2019', 'Mothering Sunday 2019', '2019-03-31'],
    ['Holy Saturday 2024', 'Holy Saturday 2024', '2024-03-30'],
    // a name of common words in lower case is the holiday when its year follows
    ['black friday 2013', 'black friday 2013', '2013-11-29'],
    // moved by the weekday: King's Day 2014 fell on a Sunday; Victoria Day is the Monday before 25 May
    ["King's Day 2014", "King's Day 2014", '2014-04-26'],
    ['koningsdag 2018', 'koningsdag 2018', '2018-04-27'],
    ['Victoria Day 2020', 'Victoria Day 2020', '2020-05-18'],
    // US and UK days set by a weekday of a month
    ['Small Business Saturday 2019', 'Small Business Saturday 2019', '2019-11-30'],
    ['Giving Tuesday 2019', 'Giving Tuesday 2019', '2019-12-03'],
    ['Remembrance Sunday 2019', 'Remembrance Sunday 2019', '2019-11-10'],
    ['the spring bank holiday 2019', 'spring bank holiday 2019', '2019-05-27'],
    // fixed days: national, church and UN days
    ['World AIDS Day 2019', 'World AIDS Day 2019', '2019-12-01'],
    ["on International Women's Day", "International Women's Day", '2013-03-08'],
    ['Australia Day 2020', 'Australia Day 2020', '2020-01-26'],
    ['Epiphany 2020', 'Epiphany 2020', '2020-01-06'],
    // the sky: equinoxes and solstices (UTC day), Nowruz (the equinox before or after noon in Tehran)
    ['the summer solstice 2020', 'summer solstice 2020', '2020-06-20'],
    ['the winter solstice 2020', 'winter solstice 2020', '2020-12-21'],
    ['Nowruz 2020', 'Nowruz 2020', '2020-03-20'],
    ['Nowruz 2021', 'Nowruz 2021', '2021-03-21'],
    // the Parsis' Shahenshahi year of 365 days: a day earlier after a leap day
    ['Parsi New Year 2018', 'Parsi New Year 2018', '2018-08-17'],
    ['Parsi New Year 2020', 'Parsi New Year 2020', '2020-08-16'],
    // the Chinese calendar
    ['Mid-Autumn Festival 2020', 'Mid-Autumn Festival 2020', '2020-10-01'],
    ['Dragon Boat Festival 2021', 'Dragon Boat Festival 2021', '2021-06-14'],
    ['Lantern Festival 2020', 'Lantern Festival 2020', '2020-02-08'],
    ['Rakhi 2019', 'Rakhi 2019', '2019-08-15'],
    // other names of Muslim holidays (Umm al-Qura)
    ['the Feast of Sacrifice 2022', 'Feast of Sacrifice 2022', '2022-07-09'],
  ];
  for (const [input, text, value] of cases) {
    it(`${input} → ${value}`, () => assert.deepStrictEqual(dates(input), [[text, value]]));
  }
});

describe('holidays en: false positives', () => {
  const none: Array<[string, string]> = [
    ['a black friday for markets', 'common words in lower case without a year'],
    ["the King's day in court", 'a name of common words needs its capitals'],
    ['a spring festival of music', 'lower case, no year'],
    ['she had an epiphany', 'a common noun'],
    ['the car he lent her', 'the verb'],
    ['a women’s day out', 'lower case'],
    ['the Orthodox church', '"Orthodox" before no feast'],
    ['the world health budget', 'the first words of a name only'],
  ];
  for (const [input, why] of none) {
    it(`${input} (${why})`, () => {
      const got = dates(input).filter(([, v]) => typeof v === 'string' && !/^2013-02-0[0-9]$/.test(v));
      assert.deepStrictEqual(got, []);
    });
  }
  it('"Orthodox" before a feast not counted from Easter stays outside the name', () =>
    assert.deepStrictEqual(dates('Orthodox Halloween 2019'), [['Halloween 2019', '2019-10-31']]));
});
