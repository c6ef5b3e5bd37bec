import * as assert from 'assert';
import { editDistance } from '../../../src/sidecar/distance';

describe('sidecar edit distance (natural, Damerau–Levenshtein)', () => {
  const cases: Array<[string, string, number]> = [
    ['Колокольцев', 'Колокольцев', 0],
    ['Колокольцев', 'Колокльцев', 1], // a dropped letter
    ['Саденов', 'Саденво', 1], // a swapped pair is one edit, not two
    ['', 'abc', 3],
    ['kitten', 'sitting', 3],
    ['😀a', 'a', 2], // UTF-16 units: the emoji is two
  ];
  for (const [a, b, d] of cases) it(`${JSON.stringify(a)} ~ ${JSON.stringify(b)} = ${d}`, () => assert.strictEqual(editDistance(a, b), d));
});
