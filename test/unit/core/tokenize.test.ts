import * as assert from 'assert';
import { EVERY_BRANCH, primeTokenizer, tokenize } from '../../../src/core/tokenize';
import { rng } from '../seeded-random';

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

/** The rules as the regexes state them, tried at every position (what tokenize's code-unit table must match). */
function byRules(text: string): string[] {
  const rules: Array<[string, RegExp]> = [
    ['newline', /(?:\r\n|\r|\n)+/y],
    ['space', /[ \t\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/y],
    ['number', /\d+/y],
    ['word', /[\p{L}\p{M}]+(?:[-‐'’][\p{L}\p{M}]+)*/uy],
    ['punct', /[\p{P}\p{S}]/uy],
  ];
  const out: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    let tok: string | undefined;
    for (const [kind, re] of rules) {
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m && m[0].length > 0) {
        tok = `${kind}:${pos}:${m[0]}`;
        pos += m[0].length;
        break;
      }
    }
    if (!tok) {
      const cp = String.fromCodePoint(text.codePointAt(pos)!);
      tok = `other:${pos}:${cp}`;
      pos += cp.length;
    }
    out.push(tok);
  }
  return out;
}

describe('tokenize = its rules, on random text', () => {
  // Every class of the code-unit table and its borders: basic and other Cyrillic, Latin, accents,
  // combining marks, joiners, each space, line breaks, digits, ASCII and news punctuation, controls,
  // DEL, surrogate pairs and lone halves, symbols no table lists.
  const pool = [
    'a',
    'Z',
    'я',
    'А',
    'Ё',
    'ё',
    'Ѐ',
    'ѐ',
    'ї',
    'Ґ',
    'é',
    'ß',
    '\u0301',
    '-',
    '‐',
    "'",
    '’',
    ' ',
    '\t',
    '\u00a0',
    '\u2009',
    '\u200b',
    '\u202f',
    '\u205f',
    '\u3000',
    '\ufeff',
    '\n',
    '\r',
    '7',
    '0',
    '.',
    ',',
    '%',
    '$',
    '«',
    '»',
    '—',
    '–',
    '…',
    '№',
    '€',
    '₽',
    '₸',
    '°',
    '\u0000',
    '\u0007',
    '\u007f',
    '😀',
    '𝐀',
    '\ud83d',
    '\udc00',
    '҂',
    '©',
    '¿',
    '\u0600',
    '٣',
    '中',
    '\u2028',
  ];
  it('agrees with the regexes on 3,000 random strings', () => {
    const random = rng(11);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const len = 1 + Math.floor(random() * 16);
      for (let k = 0; k < len; k++) text += pool[Math.floor(random() * pool.length)];
      const got = tokenize(text).map((t) => `${t.kind}:${t.start}:${t.text}`);
      assert.deepStrictEqual(got, byRules(text), JSON.stringify(text));
    }
  });
});

describe('tokenize: the priming line', () => {
  // primeTokenizer runs EVERY_BRANCH so that V8 has seen each branch of the scan before optimizing
  // it; this pins the branches the line takes, so a shorter line cannot drop one unnoticed.
  it('takes every branch of the scan', () => {
    assert.deepStrictEqual(
      tokenize(EVERY_BRANCH).map((t) => `${t.kind}:${t.text}`),
      [
        ...['word:ab', 'space: ', 'word:cd-ef', 'space: ', 'word:g', 'punct:-', 'space: '], // joiner before a space
        ...['word:h-\u00e9', 'space: ', 'word:caf\u00e9', 'space: ', 'word:\u00e9t\u00e9', 'space: '], // the regex finishes or starts a word
        ...['punct:\u2010', 'space: ', 'punct:\u00a9', 'space: '], // Unicode punctuation
        ...['other:\ud800', 'space: ', 'other:\ue000', 'space: ', 'other:\udb80\udc00', 'space: ', 'other:\u0001'], // no rule
        ...['space:\t\u00a0 ', 'number:12', 'punct:,', 'number:5', 'space: ', 'punct:«', 'word:x', 'punct:»', 'newline:\r\n\n'],
        ...['word:z', 'punct:-'], // a joiner at the end of the text
      ],
    );
    primeTokenizer(); // and priming is harmless to call again
  });
});
