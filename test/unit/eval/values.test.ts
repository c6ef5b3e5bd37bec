import * as assert from 'assert';
import { PredEntity } from '../../../src/core/eval/gold';
import { expectedFromPair, expectedFromSpanValue, valueMatches } from '../../../src/core/eval/values';

const pred = (type: string, extra: Partial<PredEntity>): PredEntity => ({ start: 0, end: 1, type, ...extra });

describe('eval/values pairs (Duckling, natasha)', () => {
  // One case a row: [what, kind, gold value, prediction, right?].
  // prettier-ignore
  const cases: Array<[string, string, unknown, PredEntity, boolean]> = [
    ['number', 'number', 700, pred('NUMBER', { value: 700 }), true],
    ['number wrong', 'number', 700, pred('NUMBER', { value: 70 }), false],
    ['decimal tolerance', 'number', 0.1 + 0.2, pred('NUMBER', { value: 0.3 }), true],
    ['ordinal', 'ordinal', 3, pred('ORDINAL', { value: 3 }), true],
    ['money ISO', 'money', { currency: 'RUB', amount: 10 }, pred('MONEY', { value: 10, currency: 'RUB' }), true],
    ['money wrong currency', 'money', { currency: 'RUB', amount: 10 }, pred('MONEY', { value: 10, currency: 'USD' }), false],
    ['Duckling Dollar is USD', 'money', { currency: 'Dollar', amount: 20.43 }, pred('MONEY', { value: 20.43, currency: 'USD' }), true],
    ['Cent is a hundredth', 'money', { currency: 'Cent', amount: 10 }, pred('MONEY', { value: 0.1, currency: 'USD' }), true],
    ['Unnamed: amount only', 'money', { currency: 'Unnamed', amount: 5 }, pred('MONEY', { value: 5, currency: 'KZT' }), true],
    ['range', 'money', { currency: 'Dollar', from: 10, to: 20 }, pred('MONEY', { from: 10, to: 20, currency: 'USD' }), true],
    ['range wrong end', 'money', { currency: 'Dollar', from: 10, to: 20 }, pred('MONEY', { from: 10, to: 25, currency: 'USD' }), false],
    ['open range as qualifier', 'money', { currency: 'Dollar', from: 1.42 }, pred('MONEY', { value: 1.42, qualifier: 'gt', currency: 'USD' }), true],
    ['open range without qualifier', 'money', { currency: 'Dollar', from: 1.42 }, pred('MONEY', { value: 1.42, currency: 'USD' }), false],
    ['upper bound as qualifier', 'money', { currency: 'EUR', to: 7 }, pred('MONEY', { value: 7, qualifier: 'lte', currency: 'EUR' }), true],
    ['Duckling day', 'date', { type: 'value', value: '2013-02-18T00:00:00.000-02:00', grain: 'day' }, pred('DATE', { value: '2013-02-18' }), true],
    ['Duckling month', 'date', { type: 'value', value: '2013-03-01T00:00:00.000-02:00', grain: 'month' }, pred('DATE', { value: '2013-03' }), true],
    ['Duckling month given as day', 'date', { type: 'value', value: '2013-03-01T00:00:00.000-02:00', grain: 'month' }, pred('DATE', { value: '2013-03-01' }), false],
    ['Duckling week as ISO week', 'date', { type: 'value', value: '2013-02-18T00:00:00.000-02:00', grain: 'week' }, pred('DATE', { value: '2013-W08' }), true],
    ['Duckling day interval, end exclusive', 'date', { type: 'interval', from: '2018-10-14T00:00:00.000-02:00', to: '2018-10-16T00:00:00.000-02:00', grain: 'day' }, pred('DATE', { value: '2018-10-14/2018-10-15' }), true],
    ['Duckling month interval', 'date', { type: 'interval', from: '2012-12-01T00:00:00.000-02:00', to: '2013-02-01T00:00:00.000-02:00', grain: 'month' }, pred('DATE', { value: '2012-12/2013-01' }), true],
    ['Duckling year interval', 'date', { type: 'interval', from: '2014-01-01T00:00:00.000-02:00', to: '2017-01-01T00:00:00.000-02:00', grain: 'year' }, pred('DATE', { value: '2014/2016' }), true],
    ['Duckling week interval as ISO weeks', 'date', { type: 'interval', from: '2013-01-28T00:00:00.000-02:00', to: '2013-02-11T00:00:00.000-02:00', grain: 'week' }, pred('DATE', { value: '2013-W05/2013-W06' }), true],
    ['natasha full date', 'date', { year: 2017, month: 1, day: 24 }, pred('DATE', { value: '2017-01-24' }), true],
    ['natasha year-less date', 'date', { month: 7, day: 22 }, pred('DATE', { value: 'XXXX-07-22' }), true],
    ['natasha year', 'date', { year: 2014 }, pred('DATE', { value: '2014' }), true],
  ];
  for (const [name, kind, value, p, ok] of cases) {
    it(name, () => {
      const exp = expectedFromPair(kind, value);
      assert.notStrictEqual(exp.kind, 'unsupported', JSON.stringify(exp));
      assert.strictEqual(valueMatches(exp, p), ok);
    });
  }
  const unsupported: Array<[string, string, unknown]> = [
    ['duration', 'duration', { value: 1, unit: 'second' }],
    ['date interval of hours', 'date', { type: 'interval', from: '2013-02-13T18:00:00.000-02:00', to: '2013-02-14T00:00:00.000-02:00', grain: 'hour' }],
    ['open date interval', 'date', { type: 'interval', grain: 'month', to: '2013-03-01T00:00:00.000-02:00' }],
    ['unknown currency word', 'money', { currency: 'Doubloon', amount: 3 }],
  ];
  for (const [name, kind, value] of unsupported) {
    it(`unsupported: ${name}`, () => assert.strictEqual(expectedFromPair(kind, value).kind, 'unsupported'));
  }
});

describe('eval/values span values (Recognizers-Text)', () => {
  // One case a row: [what, kind, gold value, prediction, right?].
  // prettier-ignore
  const cases: Array<[string, string, unknown, PredEntity, boolean]> = [
    ['integer', 'NUMBER', { subtype: 'integer', value: '192' }, pred('NUMBER', { value: 192 }), true],
    ['fraction in E notation', 'NUMBER', { subtype: 'fraction', value: '1E-12' }, pred('NUMBER', { value: 1e-12 }), true],
    ['percent', 'PERCENT', { value: '100%' }, pred('PERCENT', { value: 100 }), true],
    ['percent wrong', 'PERCENT', { value: '20%' }, pred('PERCENT', { value: 0.2 }), false],
    ['money, unit word', 'MONEY', { value: '48200000', unit: 'Dollar' }, pred('MONEY', { value: 48200000, currency: 'USD' }), true],
    ['money, isoCurrency wins', 'MONEY', { value: '16400000', unit: 'Canadian dollar', isoCurrency: 'CAD' }, pred('MONEY', { value: 16400000, currency: 'CAD' }), true],
    ['money, pence', 'MONEY', { value: '50', unit: 'Pence' }, pred('MONEY', { value: 0.5, currency: 'GBP' }), true],
    ['ordinal', 'ORDINAL', { offset: '11', relativeTo: 'start', value: '11' }, pred('ORDINAL', { value: 11 }), true],
    ['date timex', 'DATE', { values: [{ timex: 'XXXX-01-04', type: 'date', value: '2017-01-04' }] }, pred('DATE', { value: 'XXXX-01-04' }), true],
  ];
  for (const [name, type, value, p, ok] of cases) {
    it(name, () => {
      const exp = expectedFromSpanValue(type, value);
      assert.notStrictEqual(exp.kind, 'unsupported', JSON.stringify(exp));
      assert.strictEqual(valueMatches(exp, p), ok);
    });
  }
  it('relative ordinals and "null" percents are unsupported, not wrong', () => {
    assert.strictEqual(expectedFromSpanValue('ORDINAL', { offset: '-1', relativeTo: 'end', value: 'end-1' }).kind, 'unsupported');
    assert.strictEqual(expectedFromSpanValue('PERCENT', { value: 'null' }).kind, 'unsupported');
  });
});
