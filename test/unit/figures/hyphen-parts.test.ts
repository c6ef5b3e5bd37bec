// hyphenParts replaces w.split(/[-‐]/) on the grammars' hot path: it must give the same parts.
import * as assert from 'assert';
import { hyphenParts } from '../../../src/core/figures/hyphen-parts';
import { rng } from '../seeded-random';

describe('figures: hyphenParts = split(/[-‐]/)', () => {
  const cases: Array<[string, string[]]> = [
    ['twenty-one', ['twenty', 'one']],
    ['mid‐2024', ['mid', '2024']], // U+2010 hyphen
    ['plain', ['plain']],
    ['', ['']],
    ['-a', ['', 'a']],
    ['a-', ['a', '']],
    ['a--b', ['a', '', 'b']],
    ['a–b', ['a–b']], // an en dash is no hyphen here
  ];
  for (const [w, want] of cases) it(JSON.stringify(w), () => assert.deepStrictEqual(hyphenParts(w), want));

  it('agrees with the regex split on 2,000 random strings', () => {
    const pool = ['a', 'я', '-', '‐', '–', '—', '1', ' ', '😀', '\ud83d'];
    const next = rng(5);
    for (let n = 0; n < 2000; n++) {
      let w = '';
      const len = Math.floor(next() * 9);
      for (let k = 0; k < len; k++) w += pool[Math.floor(next() * pool.length)];
      assert.deepStrictEqual(hyphenParts(w), w.split(/[-‐]/), JSON.stringify(w));
    }
  });
});
