// "quarter"/"half" after a determiner is the period a story reports on, not a fraction (quantity.ts,
// tables/periods-en.ts EN_PERIOD_DETERMINERS): "in the quarter ended Sept. 30" is no 0.25 (issue 14:
// "fourth quarter becomes the number 0.25"). False positives: fractions stay fractions.
import * as assert from 'assert';
import { useFigures } from './recognize';

const recognize = useFigures();
const numbers = (text: string) =>
  recognize(text, { lang: 'en', refDate: '2026-10-27' })
    .filter((e) => e.type === 'NUMBER')
    .map((e) => [e.text, e.value]);

describe('NUMBER en: "the quarter" is a period, not a fraction', () => {
  const cases: string[] = [
    'Net income rose to $412 million in the quarter ended Sept. 30.',
    'The company said that during the quarter, which began June 1, it bought shares.',
    'Sales fell 3% for the quarter.',
    'No fund may buy more than 1 percent of a stock during any quarter.',
    'Costs rose in each half.',
  ];
  for (const text of cases) it(text, () => assert.deepStrictEqual(numbers(text), []));
});

describe('NUMBER en: "the quarter", false positives (fractions stay)', () => {
  const cases: Array<[text: string, expected: unknown[][]]> = [
    ['Shares have lost nearly a quarter of their value.', [['nearly a quarter', 0.25]]],
    ['Three quarters of voters said no.', [['Three quarters', 0.75]]],
    ['The quarter of voters who left were young.', [['quarter', 0.25]]],
    ['A quarter said no.', [['A quarter', 0.25]]],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepStrictEqual(numbers(text), expected));
});
