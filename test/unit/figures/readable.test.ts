// Values a person reads: the machine value of a figure (as the sidecar and the CLI keep it) → words.
// Rows: [what, entity fields, expected words]. The last block: shapes that must stay as they are
// (a value read back wrongly would be worse than the machine text).
import * as assert from 'assert';
import { readableValue, readableNumber } from '../../../src/core/figures';
import type { ValueFields } from '../../../src/core/figures/readable';

const CASES: Array<[string, ValueFields, string | undefined]> = [
  // numbers
  [
    'qualifier and counted noun (Cyrillic kept)',
    { type: 'NUMBER', value: 700, qualifier: 'gt', unit: 'отпечатков пальцев' },
    'more than 700 — отпечатков пальцев',
  ],
  ['more than 700', { type: 'NUMBER', value: 700, qualifier: 'gt' }, 'more than 700'],
  ['round millions in words', { type: 'NUMBER', value: 7e9 }, '7 billion'],
  ['grouped digits when words would round', { type: 'NUMBER', value: 1234567 }, '1,234,567'],
  ['four digits not grouped', { type: 'NUMBER', value: 1500 }, '1500'],
  ['a fraction to three decimals', { type: 'NUMBER', value: 2 / 3 }, '0.667'],
  ['a range', { type: 'NUMBER', from: 5, to: 7 }, 'from 5 to 7'],
  ['negative', { type: 'NUMBER', value: -12 }, '−12'],
  // money, percent, ordinal, age
  ['pounds with the sign before', { type: 'MONEY', value: 6e8, currency: 'GBP' }, '£600 million'],
  ['dollars', { type: 'MONEY', value: 1.13e9, currency: 'USD' }, '$1.13 billion'],
  ['other currencies keep the code', { type: 'MONEY', value: 5e6, currency: 'RUB' }, '5 million RUB'],
  ['money range', { type: 'MONEY', from: 3000, to: 5000, currency: 'RUB' }, 'from 3000 RUB to 5000 RUB'],
  ['percent', { type: 'PERCENT', value: 10, qualifier: 'approx', unit: '%' }, 'about 10%'],
  ['ordinal', { type: 'ORDINAL', value: 21 }, '21st'],
  ['ordinal teens', { type: 'ORDINAL', value: 13 }, '13th'],
  ['age', { type: 'AGE', value: 56, unit: 'years' }, '56 years'],
  ['age of one', { type: 'AGE', value: 1, unit: 'years' }, '1 year'],
  // dates
  ['a full date has its weekday', { type: 'DATE', value: '2025-07-18' }, 'Friday 18 July 2025'],
  ['a month', { type: 'DATE', value: '2025-02' }, 'February 2025'],
  ['a day without a year', { type: 'DATE', value: 'XXXX-03-03' }, '3 March'],
  ['a year', { type: 'DATE', value: '2024' }, '2024'],
  ['a quarter', { type: 'DATE', value: '2004-Q4' }, 'Q4 2004'],
  ['a quarter without a year', { type: 'DATE', value: 'XXXX-Q4' }, 'Q4'],
  ['a half', { type: 'DATE', value: '2024-H1' }, 'first half of 2024'],
  ['a season', { type: 'DATE', value: '2002-SP' }, 'spring 2002'],
  ['a decade', { type: 'DATE', value: '199X' }, 'the 1990s'],
  ['a century', { type: 'DATE', value: '20' }, 'the 21st century'],
  ['an ISO week', { type: 'DATE', value: '2025-W05' }, 'week 5 of 2025'],
  ['a weekday without a reference date', { type: 'DATE', value: 'XXXX-WXX-5' }, 'a Friday'],
  // what both ends share is said once
  ['an interval of months', { type: 'DATE', value: '2025-01/2025-05' }, 'January – May 2025'],
  ['an interval of days in one month', { type: 'DATE', value: '2013-02-11/2013-02-13' }, 'Monday 11 – Wednesday 13 February 2013'],
  ['an interval of days across months', { type: 'DATE', value: '2019-01-30/2019-02-01' }, 'Wednesday 30 January – Friday 1 February 2019'],
  ['an interval across years', { type: 'DATE', value: '2018-12-30/2019-01-02' }, 'Sunday 30 December 2018 – Wednesday 2 January 2019'],
  ['an interval of weeks', { type: 'DATE', value: '2019-W06/2019-W07' }, 'weeks 6–7 of 2019'],
  ['an interval of years', { type: 'DATE', value: '2017/2018' }, '2017 – 2018'],
  // values of the date forms added for issue 14: a church season, "EOY", "BOM", "two fortnights"
  ['Great Lent 2018', { type: 'DATE', value: '2018-02-19/2018-03-30' }, 'Monday 19 February – Friday 30 March 2018'],
  ['EOY (the end of the year)', { type: 'DATE', value: '2013-09/2013-12' }, 'September – December 2013'],
  ['BOM (the beginning of the month)', { type: 'DATE', value: '2013-02-01/2013-02-10' }, 'Friday 1 – Sunday 10 February 2013'],
  ['two fortnights', { type: 'DATE', value: 'P4W' }, '4 weeks'],
  // durations (DATE values starting with P)
  ['months', { type: 'DATE', value: 'P3M' }, '3 months'],
  ['qualified duration', { type: 'DATE', value: 'P3M', qualifier: 'gt' }, 'more than 3 months'],
  ['years and months', { type: 'DATE', value: 'P1Y6M' }, '1 year 6 months'],
  ['one week', { type: 'DATE', value: 'P1W' }, '1 week'],
  ['a vague amount', { type: 'DATE', value: 'PXM' }, 'some months'],
  ['decades', { type: 'DATE', value: 'P2DE' }, '2 decades'],
  ['a duration range', { type: 'DATE', value: 'P2Y/P3Y' }, '2 years – 3 years'],
  // no value, or a shape not known here: left as the machine wrote it
  ['a name has no value', { type: 'PER' }, undefined],
  ['a date without a value', { type: 'DATE' }, undefined],
  ['month 13 stays ISO', { type: 'DATE', value: '2025-13' }, '2025-13'],
  ['day 32 stays ISO', { type: 'DATE', value: '2025-01-32' }, '2025-01-32'],
  ['an unknown shape stays', { type: 'DATE', value: '2025-07-18T10:00' }, '2025-07-18T10:00'],
  ['an unknown duration stays', { type: 'DATE', value: 'P3Z' }, 'P3Z'],
];

describe('figures: readable values', () => {
  for (const [what, input, want] of CASES)
    it(`${what}: ${JSON.stringify(input.value ?? [input.from, input.to])} → ${want}`, () => assert.strictEqual(readableValue(input), want));

  it('readableNumber writes numbers beyond the scale words or below three decimals as a power of ten', () => {
    assert.strictEqual(readableNumber(6.02e23), '6.02 × 10^23');
    assert.strictEqual(readableNumber(-1.6e-19), '−1.6 × 10^-19');
    assert.strictEqual(readableNumber(0.00023), '2.3 × 10^-4');
    assert.strictEqual(readableNumber(0.005), '0.005');
    assert.strictEqual(readableNumber(3e12), '3 trillion');
  });
  it('readableNumber keeps sign, fraction and grouping', () => {
    assert.strictEqual(readableNumber(-1234567.5), '−1,234,567.5');
    assert.strictEqual(readableNumber(1.5e6), '1.5 million');
  });
});
