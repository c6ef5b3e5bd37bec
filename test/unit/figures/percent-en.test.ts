// Table-driven tests for English percent phrases beyond "N percent"/"N%": hyphenated compounds
// ("a 5-percent rise"), "per-cent", "percentage points", fractions of one percent ("half a percent"),
// and per mille ("‰" is a tenth of a percent), with a false-positive block.
import * as assert from 'assert';
import { useFigures } from './recognize';
import { Entity } from '../../../src/core/types';

const recognize = useFigures();

function run(text: string, lang: 'en' | 'ru' = 'en'): Entity[] {
  const ents = recognize(text, { lang });
  return ents;
}

describe('PERCENT en phrases', () => {
  const cases: Array<[input: string, text: string, value: number | undefined, extra?: Partial<Entity>]> = [
    ['a 7-percent cut in staff', '7-percent', 7],
    ['after a 3.5-per-cent gain', '3.5-per-cent', 3.5],
    ['a 4-percentage-point lead', '4-percentage-point', 4],
    ['rates went up 15 per-cent', '15 per-cent', 15],
    ['the gap narrowed by 1.2 percentage points', '1.2 percentage points', 1.2],
    ['turnout of 61 percentage', '61 percentage', 61],
    ['inflation slowed by half a percentage point', 'half a percentage point', 0.5],
    ['a quarter of a percent of the budget', 'a quarter of a percent', 0.25],
    ['three quarters of a percent', 'three quarters of a percent', 0.75],
    ['an alcohol level of 8‰', '8‰', 0.8],
    ['from 2 to 4‰', 'from 2 to 4‰', undefined, { from: 0.2, to: 0.4 }],
  ];
  for (const [input, text, value, extra] of cases) {
    it(`${input} → ${text} = ${value ?? JSON.stringify(extra)}`, () => {
      const got = run(input).filter((e) => e.type === 'PERCENT');
      assert.deepStrictEqual(
        got.map((e) => e.text),
        [text],
      );
      assert.ok(Math.abs(Number(got[0].value ?? NaN) - (value ?? NaN)) < 1e-9 || (value === undefined && got[0].value === undefined), `value ${got[0].value}`);
      for (const [k, x] of Object.entries(extra ?? {})) assert.ok(Math.abs(Number((got[0] as unknown as Record<string, unknown>)[k]) - Number(x)) < 1e-9, k);
    });
  }
  it('per mille in Russian text too: "5‰" is 0.5 %', () => {
    assert.deepStrictEqual(
      run('содержание 5‰', 'ru').map((e) => [e.type, e.value]),
      [['PERCENT', 0.5]],
    );
  });
});

describe('PERCENT en false positives', () => {
  const none: Array<[string, string]> = [
    ['the percentage point is small', 'the unit without a number'],
    ['half a dozen eggs', 'a fraction of something else'],
    ['a third of a mile', 'a fraction before "of a" and a unit that is not percent'],
    ['a 5-year plan', 'a hyphenated compound of another unit'],
    ['half an hour', 'a fraction of an hour'],
  ];
  for (const [input, why] of none) {
    it(`${input} (${why})`, () =>
      assert.deepStrictEqual(
        run(input).filter((e) => e.type === 'PERCENT'),
        [],
      ));
  }
});
