// Russian fractions counted by a small cardinal ("две трети" 2/3, "трёх четвертей" 3/4; words.ts) and
// percentage points ("0,3 процентного пункта", "2 п.п."; quantity.ts `percentAfter`). Before, "две трети"
// was the number 2 with the unit "трети", and percentage points were plain numbers.
import * as assert from 'assert';
import { useFigures } from './recognize';

const recognize = useFigures();
const run = (text: string) => recognize(text, { lang: 'ru' }).map((e) => [e.type, e.text, e.value]);
const close = (got: unknown[][], want: unknown[][]) => {
  assert.equal(got.length, want.length, JSON.stringify(got));
  got.forEach((g, k) => {
    assert.deepStrictEqual(g.slice(0, 2), want[k].slice(0, 2));
    assert.ok(Math.abs((g[2] as number) - (want[k][2] as number)) < 1e-9, JSON.stringify(g));
  });
};

describe('figures ru: fractions and percentage points', () => {
  const CASES: Array<[string, unknown[][]]> = [
    ['две трети опрошенных согласны', [['NUMBER', 'две трети', 2 / 3]]],
    ['около двух третей избирателей', [['NUMBER', 'около двух третей избирателей', 2 / 3]]],
    ['три четверти жителей', [['NUMBER', 'три четверти жителей', 0.75]]],
    ['одной трети депутатов', [['NUMBER', 'одной трети депутатов', 1 / 3]]],
    ['около трети бюджета', [['NUMBER', 'около трети бюджета', 1 / 3]]],
    ['выросла на 0,3 процентного пункта', [['PERCENT', '0,3 процентного пункта', 0.3]]],
    ['на 1,5 процентных пункта', [['PERCENT', '1,5 процентных пункта', 1.5]]],
    ['снизилась на 2 п.п.', [['PERCENT', '2 п.п.', 2]]],
    // Near misses: a cardinal before another noun stays a count; a lone "пункт" after a number is no percent.
    ['две тысячи голосов', [['NUMBER', 'две тысячи голосов', 2000]]],
  ];
  for (const [input, want] of CASES) it(input, () => close(run(input), want));
  it('"на 3 пункта" is no percent (a clause or index point)', () => assert.ok(run('на 3 пункта').every(([type]) => type !== 'PERCENT')));
  it('"двадцать третей": only a small cardinal counts a fraction noun (no 20/3)', () => assert.deepStrictEqual(run('двадцать третей')[0][2], 20));
});
