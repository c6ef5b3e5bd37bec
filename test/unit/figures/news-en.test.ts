// English figures as business news writes them: money with a glued multiplier after the currency
// sign ("£600m"), and parts of a year as DATE periods ("the fourth quarter", "Q4 2004", "fiscal
// 2024"). Rows: input, then the figure expected (text, type, value[, currency]). The false-positive
// block lists the near misses each rule must leave alone.
import * as assert from 'assert';
import { useFigures } from './recognize';
import { Entity } from '../../../src/core/types';

const recognize = useFigures();

const run = (text: string): Entity[] => recognize(text, { lang: 'en', refDate: '2025-07-18' });
const brief = (e: Entity) => [e.text, e.type, e.value, ...(e.currency ? [e.currency] : [])];

const CASES: Array<[input: string, want: Array<string | number>]> = [
  // money: a glued "m", "b", "tn" after a currency sign
  ['profits of £600m last year', ['£600m', 'MONEY', 6e8, 'GBP']],
  ['a $639m loss', ['$639m', 'MONEY', 6.39e8, 'USD']],
  ['debts of $7b', ['$7b', 'MONEY', 7e9, 'USD']],
  ['a €2tn fund', ['€2tn', 'MONEY', 2e12, 'EUR']],
  ['$1.13bn', ['$1.13bn', 'MONEY', 1.13e9, 'USD']],
  // periods: parts of a year
  ['profits in the fourth quarter rose', ['fourth quarter', 'DATE', '2024-Q4']],
  ['the 4th quarter of 2004', ['4th quarter of 2004', 'DATE', '2004-Q4']],
  ['Q4 2004 sales', ['Q4 2004', 'DATE', '2004-Q4']],
  ['sales in Q1 fell', ['Q1', 'DATE', '2025-Q1']],
  ['the first half of 2024', ['first half of 2024', 'DATE', '2024-H1']],
  ['in fiscal 2024', ['fiscal 2024', 'DATE', '2024']],
  ['fiscal year 2023 results', ['fiscal year 2023', 'DATE', '2023']],
];

type Want = Array<string | number>;

/** One test per row: the figure named by want[0] is found in the input with the rest of want. */
function expectFigures(cases: Array<[input: string, want: Want]>): void {
  for (const [input, want] of cases) {
    it(`${input} → ${want.join(' ')}`, () => {
      const got = run(input).find((e) => e.text === want[0]);
      assert.ok(got, `no "${want[0]}" in ${JSON.stringify(run(input).map(brief))}`);
      assert.deepStrictEqual(brief(got), want);
    });
  }
}

/** One test per row: exactly these figures (in order) are found in the input. */
function expectOnly(cases: Array<[input: string, want: Want[]]>): void {
  for (const [input, want] of cases) it(`near miss: ${input}`, () => assert.deepStrictEqual(run(input).map(brief), want));
}

describe('figures: English news money and periods', () => {
  expectFigures(CASES);

  // [input, the figures expected there, in order]: none of them is money read from "m" or a period.
  const NEAR_MISSES: Array<[string, Array<Array<string | number>>]> = [
    ['a 600m race', []], // metres: no currency sign
    ['The fourth quarter of the game', [['fourth', 'ORDINAL', 4]]], // "of" without a year: not a date, and not 0.25
    ['the 4th quarter of the game', [['4th', 'ORDINAL', 4]]],
    ['three quarters of staff left', [['three quarters', 'NUMBER', 0.75]]], // a fraction stays a fraction
    ['a quarter of the votes', [['a quarter', 'NUMBER', 0.25]]],
    ['in the second half of the match', [['second', 'ORDINAL', 2]]],
    ['the fifth quarter', [['fifth', 'ORDINAL', 4 + 1]]], // a year has four quarters
    ['Q5 results', []],
    ['fiscal policy', []],
  ];
  expectOnly(NEAR_MISSES);
});

// Years and months as news writes them without "in": a year after a determiner before a noun ("its 2003
// performance"), after "for" closing a phrase ("For 2005, …"), and a month after "to"/"from"/"for"
// ("the three months to December"). Near misses: counts, index levels, and months that are given names.
describe('figures: English years and months in context', () => {
  const CASES: Array<[input: string, want: Array<string | number>]> = [
    ['up 27% from its 2003 performance', ['2003', 'DATE', '2003']],
    ['the 2024 election was close', ['2024', 'DATE', '2024']],
    ['their 1998 album sold well', ['1998', 'DATE', '1998']],
    ['For 2005, the firm expects growth', ['2005', 'DATE', '2005']],
    ['the target for 1997.', ['1997', 'DATE', '1997']],
    ['in the three months to December, profits rose', ['December', 'DATE', '2025-12']],
    ['shipments from October were late', ['October', 'DATE', '2025-10']],
  ];
  expectFigures(CASES);

  const NEAR_MISSES: Array<[string, Array<Array<string | number>>]> = [
    ['he sold 1990 cars', [['1990 cars', 'NUMBER', 1990]]], // no determiner: a count
    ['for 2005 shares', [['2005 shares', 'NUMBER', 2005]]], // "for" not closing a phrase
    ['falling through the 2000 point resistance level', [['2000', 'NUMBER', 2000]]], // an index level
    ['back to the 2000 mark', [['2000', 'NUMBER', 2000]]],
    ['the letter was sent to May', []], // a month that is a given name needs "in"/"since"/…
    ['a gift from April', []],
  ];
  expectOnly(NEAR_MISSES);
});

// Units of two words: the first word is no plural of its own ("basis" is not "bases").
describe('figures: English two-word units', () => {
  const CASES: Array<[string, Array<Array<string | number | undefined>>]> = [
    // basis points are a hundredth of a percentage point: PERCENT, as "percentage points" are (percent-en.test.ts)
    ['the yield rose 12 basis points', [['12 basis points', 0.12, '%']]],
    ['a flat of 40 square metres', [['40 square metres', 40, 'square metres']]],
    ['a star 3 light years away', [['3 light years', 3, 'light years']]],
    // Near misses: the first word alone is no unit, and a plural counted noun stays one word.
    ['on a 12 basis of trust', [['12', 12, undefined]]],
    ['12 square tables', [['12', 12, undefined]]],
    ['it sold 12 cars', [['12 cars', 12, 'cars']]],
  ];
  for (const [input, want] of CASES) {
    it(input, () =>
      assert.deepStrictEqual(
        run(input).map((e) => [e.text, e.value, e.unit]),
        want,
      ),
    );
  }
});
