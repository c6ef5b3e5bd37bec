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
    // Where the fast path for basic letters hands over to the Unicode regex (see basicWordEnd).
    ['accented letter inside a word', 'café-bar', ['word:café-bar']],
    ['combining mark inside a word', 'за\u0301мок', ['word:за\u0301мок']],
    ['Ukrainian letter inside a word', 'Київ', ['word:Київ']],
    ['astral letter inside a word', 'a𝐀b', ['word:a𝐀b']],
    ['apostrophes join letters', "O'Brien d’Artagnan", ["word:O'Brien", 'space: ', 'word:d’Artagnan']],
    [
      'hyphen before a non-letter ends the word',
      'Ту-154 «ТАСС»—',
      ['word:Ту', 'punct:-', 'number:154', 'space: ', 'punct:«', 'word:ТАСС', 'punct:»', 'punct:—'],
    ],
    ['trailing joiner is not part of the word', "слово- x'", ['word:слово', 'punct:-', 'space: ', 'word:x', "punct:'"]],
    ['word before NBSP and №', 'дом\u00A0№5', ['word:дом', 'space:\u00A0', 'punct:№', 'number:5']],
    ['Cyrillic sign ҂ is not a letter', 'а҂б', ['word:а', 'punct:҂', 'word:б']],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      const toks = tokenize(input);
      assert.deepStrictEqual(
        toks.map((t) => `${t.kind}:${t.text}`),
        expected,
      );
      for (const t of toks) assert.strictEqual(input.slice(t.start, t.end), t.text);
    });
  }
});
