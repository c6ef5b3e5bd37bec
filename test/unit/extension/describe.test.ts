// Values in words for the hover: table of engine-shaped entities → the line a person reads. The
// words come from the core (figures/readable.ts, tested in full there); this checks the hover's seam.
import * as assert from 'assert';
import type { Entity } from '../../../src/core/types';
import { describeValue, TYPE_NAMES } from '../../../src/extension/hover/describe';

const e = (x: Partial<Entity> & Pick<Entity, 'type'>): Entity => ({ text: 'x', start: 0, end: 1, ...x });

describe('extension: values in words (describeValue)', () => {
  const cases: Array<[string, Entity, string | undefined]> = [
    // Cyrillic counted noun stays as the article wrote it
    ['qualifier gt with unit', e({ type: 'NUMBER', value: 700, qualifier: 'gt', unit: 'отпечатков пальцев' }), 'more than 700 — отпечатков пальцев'],
    ['percent', e({ type: 'PERCENT', value: 10, qualifier: 'approx', unit: '%' }), 'about 10%'],
    ['money in words', e({ type: 'MONEY', value: 6e8, currency: 'GBP' }), '£600 million'],
    ['ordinal', e({ type: 'ORDINAL', value: 21 }), '21st'],
    ['date with its weekday, no ISO shown', e({ type: 'DATE', value: '2025-07-18' }), 'Friday 18 July 2025'],
    ['date without year', e({ type: 'DATE', value: 'XXXX-03-03' }), '3 March'],
    ['quarter', e({ type: 'DATE', value: '2004-Q4' }), 'Q4 2004'],
    ['duration, qualified', e({ type: 'DATE', value: 'P3M', qualifier: 'gt' }), 'more than 3 months'],
    ['days of one week, the month and year said once', e({ type: 'DATE', value: '2013-02-11/2013-02-13' }), 'Monday 11 – Wednesday 13 February 2013'],
    ['age', e({ type: 'AGE', value: 56, unit: 'years' }), '56 years'],
    // false positives: names carry no value line, odd shapes are left as written
    ['person has no value', e({ type: 'PER', norm: 'Колокольцев' }), undefined],
    ['unknown date shape kept', e({ type: 'DATE', value: '2025-13' }), '2025-13'],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.strictEqual(describeValue(input), expected));

  it('every type has a name', () => assert.strictEqual(TYPE_NAMES.AGE, 'Age'));
});
