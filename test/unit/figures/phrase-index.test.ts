// PhraseIndex.longestAt is written apart from the matchesAt generator (it runs at nearly every
// candidate token): it must answer the first match matchesAt yields, longest first, ties in table order.
import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';
import { View } from '../../../src/core/figures/view';
import { PhraseIndex } from '../../../src/core/figures/phrase-index';
import { rng } from '../seeded-random';

describe('figures: PhraseIndex.longestAt', () => {
  const index = new PhraseIndex<string>([
    ['не менее', 'ge'],
    ['не менее чем', 'ge-than'],
    ['не более', 'le'],
    ['около', 'approx'],
    ['at least', 'ge'],
    ['at most', 'le'],
    ['at', 'tie-1'],
    ['at', 'tie-2'],
  ]);

  const cases: Array<[string, number, string | undefined]> = [
    ['не менее чем 5', 0, 'ge-than'], // the longest phrase wins
    ['не менее 5', 0, 'ge'],
    ['не ясно', 0, undefined], // the first word alone is no phrase
    ['at least 5', 0, 'ge'],
    ['at home', 0, 'tie-1'], // equal lengths keep the table's order
    ['около\n5', 0, 'approx'],
    ['менее', 0, undefined],
  ];
  for (const [text, i, want] of cases) {
    it(`${JSON.stringify(text)} at ${i}`, () => {
      const v = new View(text, tokenize(text));
      assert.strictEqual(index.longestAt(v, i)?.data, want);
    });
  }

  it('equals the first match of matchesAt at every token of 1,000 random texts', () => {
    const words = ['не', 'менее', 'более', 'чем', 'около', 'at', 'least', 'most', '5', '\n', 'x'];
    const next = rng(3);
    for (let n = 0; n < 1000; n++) {
      const parts: string[] = [];
      const len = 1 + Math.floor(next() * 8);
      for (let k = 0; k < len; k++) parts.push(words[Math.floor(next() * words.length)]);
      const text = parts.join(' ');
      const v = new View(text, tokenize(text));
      for (let i = 0; i < v.length; i++) {
        const first = index.matchesAt(v, i).next();
        assert.deepStrictEqual(index.longestAt(v, i), first.done ? undefined : first.value, `${JSON.stringify(text)} at ${i}`);
      }
    }
  });
});
