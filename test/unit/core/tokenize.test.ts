import * as assert from 'assert';
import { tokenize } from '../../../src/core/tokenize';

describe('tokenize', () => {
  const cases: Array<[string, string, string[]]> = [
    // Cyrillic with an inner hyphen stays one word
    ['hyphenated place', 'В Усть-Каменогорске', ['word:В', 'space: ', 'word:Усть-Каменогорске']],
    ['digits and percent', 'на 10 %', ['word:на', 'space: ', 'number:10', 'space: ', 'punct:%']],
    ['NBSP is space', '1\u00A0500', ['number:1', 'space:\u00A0', 'number:500']],
    ['CRLF is one newline', 'a\r\nb', ['word:a', 'newline:\r\n', 'word:b']],
    ['astral symbol', 'x😀y', ['word:x', 'punct:😀', 'word:y']],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const toks = tokenize(input);
      assert.deepStrictEqual(toks.map((t) => `${t.kind}:${t.text}`), expected);
      for (const t of toks) assert.strictEqual(input.slice(t.start, t.end), t.text);
    });
  }
});
