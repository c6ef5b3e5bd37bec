// Values in words for the hover: table of engine-shaped entities → the line a person reads.
import * as assert from 'assert';
import type { Entity } from '../../../src/core/types';
import { describeDate, describeValue, formatNumber } from '../../../src/extension/hover/describe';

const e = (x: Partial<Entity> & Pick<Entity, 'type'>): Entity => ({ text: 'x', start: 0, end: 1, ...x });

describe('extension: values in words (describeValue)', () => {
  const cases: Array<[string, Entity, string | undefined]> = [
    // Cyrillic counted noun stays as the article wrote it
    ['qualifier gt with unit', e({ type: 'NUMBER', value: 700, qualifier: 'gt', unit: 'отпечатков пальцев' }), 'more than 700 — отпечатков пальцев'],
    ['approx', e({ type: 'NUMBER', value: 120, qualifier: 'approx', unit: 'лиц' }), 'about 120 — лиц'],
    ['percent', e({ type: 'PERCENT', value: 10, qualifier: 'approx', unit: '%' }), 'about 10 %'],
    ['money with currency, grouped', e({ type: 'MONEY', value: 5000000, currency: 'RUB' }), '5,000,000 RUB'],
    ['range', e({ type: 'NUMBER', from: 5, to: 7 }), 'from 5 to 7'],
    ['fraction', e({ type: 'NUMBER', value: 2.5 }), '2.5'],
    ['four digits not grouped (years, counts)', e({ type: 'NUMBER', value: 1500 }), '1500'],
    ['ordinal', e({ type: 'ORDINAL', value: 21 }), '21st'],
    ['ordinal teens', e({ type: 'ORDINAL', value: 13 }), '13th'],
    ['date month', e({ type: 'DATE', value: '2025-02' }), 'February 2025 (2025-02)'],
    ['date without year', e({ type: 'DATE', value: 'XXXX-07-22' }), '22 July (XXXX-07-22)'],
    ['date interval', e({ type: 'DATE', value: '2025-01/2025-05' }), 'January 2025 (2025-01) – May 2025 (2025-05)'],
    // false positives: names carry no value line, odd shapes are left as written
    ['person has no value', e({ type: 'PER', norm: 'Колокольцев' }), undefined],
    ['year only', e({ type: 'DATE', value: '2024' }), '2024'],
    ['unknown date shape kept', e({ type: 'DATE', value: '2025-W05' }), '2025-W05'],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.strictEqual(describeValue(input), expected));

  it('formatNumber keeps sign and fraction', () => {
    assert.strictEqual(formatNumber(-1234567.5), '−1,234,567.5');
    assert.strictEqual(describeDate('2025-13'), '2025-13'); // month 13: no month name, ISO kept
  });
});
