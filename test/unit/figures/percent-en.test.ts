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

// The English percent forms a reader meets, one row each (issue 14): the spellings, words and signs, fractions
// of one percent, ranges, and a "per cent" broken across a hard-wrapped line. Rows marked "new" failed before
// this table was written; the others guard forms that already worked.
describe('PERCENT en: the forms a reader meets', () => {
  type Row = [input: string, text: string, value: number | undefined, range?: [number, number]];
  const rows: Row[] = [
    ['rates rose 5 per cent', '5 per cent', 5],
    ['rates rose 5 percent', '5 percent', 5],
    ['rates rose 5%', '5%', 5],
    ['rates rose 5 %', '5 %', 5],
    ['rates rose five percent', 'five percent', 5],
    ['shares fell 5 pct', '5 pct', 5],
    ['a rise of 2 percentage points', '2 percentage points', 2],
    ['three point five percent', 'three point five percent', 3.5],
    ['half a percent', 'half a percent', 0.5],
    ['a fifth of a percent', 'a fifth of a percent', 0.2],
    ['100 percents', '100 percents', 100],
    ['twenty-five percent', 'twenty-five percent', 25],
    ['one and a half percent', 'one and a half percent', 1.5],
    ['5 1/2 percent', '5 1/2 percent', 5.5],
    ['between 5 and 6 percent', 'between 5 and 6 percent', undefined, [5, 6]],
    ['rates of 5-6%', '5-6%', undefined, [5, 6]],
    // new: a plus sign is a change, not a phone number's country code
    ['margins +3% on the year', '3%', 3],
    ['up +2.5 percent', '2.5 percent', 2.5],
    // new: the British press's "pc" and abbreviations glued to the digits
    ['a 3 pc rise', '3 pc', 3],
    ['a 1.5pc rise', '1.5pc', 1.5],
    ['a 5pct fall', '5pct', 5],
    // new: rare spellings of the unit
    ['3.5 percentages', '3.5 percentages', 3.5],
    ['100 per cents', '100 per cents', 100],
    ['interest at 5 per centum', '5 per centum', 5],
    // new: ranges with "to" (the unit after the second end only) and a sign on both ends
    ['growth of 5 to 6 percent', '5 to 6 percent', undefined, [5, 6]],
    ['growth of 2 to 3 per cent', '2 to 3 per cent', undefined, [2, 3]],
    ['rates of 5%-6%', '5%-6%', undefined, [5, 6]],
    ['rates of 5% – 10%', '5% – 10%', undefined, [5, 10]],
    // new: basis points (a hundredth of a percentage point) and per mille in words
    ['rates were cut by 25 basis points', '25 basis points', 0.25],
    ['a 25bp cut', '25bp', 0.25],
    ['up 10 bps', '10 bps', 0.1],
    ['an alcohol level of 5 per mille', '5 per mille', 0.5],
    ['between 25 and 50 basis points', 'between 25 and 50 basis points', undefined, [0.25, 0.5]],
    // new: "per cent" across a line break of hard-wrapped copy
    ['prices rose 5 per\ncent last year', '5 per\ncent', 5],
    // new: the percent named before its number (a rate read out) and a sign written first
    ['the rate is percent of 10.', 'percent of 10', 10],
    ['percents of twenty', 'percents of twenty', 20],
    ['a fee of per cent of twenty-two', 'per cent of twenty-two', 22],
    ['a rise of %5 on the year', '%5', 5],
    ['turnout of % 62.5 in the first round', '% 62.5', 62.5],
    // new: the article as the number
    ['less than a percent of the budget', 'a percent', 1],
    ['up by a per cent', 'a per cent', 1],
    ['a percentage point higher', 'a percentage point', 1],
  ];
  for (const [input, text, value, range] of rows) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(text)} = ${value ?? range}`, () => {
      const got = run(input).filter((e) => e.type === 'PERCENT');
      assert.deepStrictEqual(
        got.map((e) => [e.text, e.value, e.from, e.to]),
        [[text, value, range?.[0], range?.[1]]],
      );
    });
  }

  const none: Array<[string, string]> = [
    ['call +7 495 123 45 67', 'a phone number keeps its plus sign refused'],
    ['+44 20 7946 0958', 'a phone number with a space after the country code'],
    ['he bought 5 PC units', 'upper-case PC is a computer'],
    ['BP shares rose 5 BP points', 'upper-case BP is a company'],
    ['a 10pcs set', 'pieces, glued'],
    ['prices rose 5 per\n\ncent', 'a blank line ends the phrase'],
    ['they paid 5 per\nhour', '"per" before another word on the next line'],
    ['the team won 3 to 1', '"to" between two numbers without a unit'],
    ['the percent of 10 companies that failed', 'after "of" the number counts something else'],
    ['what percent of voters', 'no number after "of"'],
    ['a percentage of sales', '"a percentage" is a share of unknown size'],
    ['percentages of 10', 'the bare word "percentage" before "of"'],
  ];
  for (const [input, why] of none) {
    it(`no PERCENT: ${JSON.stringify(input)} (${why})`, () =>
      assert.deepStrictEqual(
        run(input).filter((e) => e.type === 'PERCENT'),
        [],
      ));
  }
  it("50 % 5 years ago: a sign after a number is that number's, not the next one's", () =>
    assert.deepStrictEqual(
      run('a rise of 50 % 5 years ago')
        .filter((e) => e.type === 'PERCENT')
        .map((e) => [e.text, e.value]),
      [['50 %', 50]],
    ));
  // "rose 0.2% to 5.1%" gives a change and a level, not a range: two figures.
  it('rose 0.2% to 5.1%: a change and a level, two percents', () =>
    assert.deepStrictEqual(
      run('unemployment rose 0.2% to 5.1%').map((e) => [e.type, e.text, e.value]),
      [
        ['PERCENT', '0.2%', 0.2],
        ['PERCENT', '5.1%', 5.1],
      ],
    ));
  it('42 to 44 cents: "to" joins a money range when the unit follows the second end only', () =>
    assert.deepStrictEqual(
      run('scrap fetched 42 to 44 cents on Monday')
        .filter((e) => e.type === 'MONEY')
        .map((e) => [e.type, e.text, e.from, e.to, e.currency]),
      [['MONEY', '42 to 44 cents', 0.42, 0.44, 'USD']],
    ));
  it('up $0.30 to $11.55: a change and a level, two amounts', () =>
    assert.deepStrictEqual(
      run('the stock was up $0.30 to $11.55').map((e) => [e.type, e.text, e.value]),
      [
        ['MONEY', '$0.30', 0.3],
        ['MONEY', '$11.55', 11.55],
      ],
    ));
});
