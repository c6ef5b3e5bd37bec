// A person's own annotation: a figure gets the value the recognizer reads in the selected words;
// the word under an empty cursor is found with inner hyphens and apostrophes.
import * as assert from 'assert';
import type { Entity } from '../../../src/core/types';
import { manualValue, WORD_AT_CURSOR } from '../../../src/extension/model/manual-fields';

const e = (x: Partial<Entity> & Pick<Entity, 'type' | 'start' | 'end'>): Entity => ({ text: 'x', ...x });

describe('extension: fields of a manual annotation (manualValue)', () => {
  const cases: Array<[string, Parameters<typeof manualValue>, object]> = [
    [
      'a number gets its value, qualifier and unit',
      ['NUMBER', [e({ type: 'NUMBER', start: 0, end: 32, value: 700, qualifier: 'gt', unit: 'отпечатков пальцев' })], 32],
      { value: 700, qualifier: 'gt', unit: 'отпечатков пальцев' },
    ],
    ['money keeps its currency', ['MONEY', [e({ type: 'MONEY', start: 0, end: 9, value: 5000000, currency: 'RUB' })], 9], { value: 5000000, currency: 'RUB' }],
    [
      'the longest reading of the type wins',
      ['NUMBER', [e({ type: 'NUMBER', start: 0, end: 3, value: 5 }), e({ type: 'NUMBER', start: 0, end: 10, value: 5000 })], 10],
      { value: 5000 },
    ],
    ['a range', ['NUMBER', [e({ type: 'NUMBER', start: 0, end: 5, from: 5, to: 7 })], 5], { from: 5, to: 7 }],
    // false positives: names carry no value; a reading of another type is not taken
    ['a person gets nothing', ['PER', [e({ type: 'NUMBER', start: 0, end: 3, value: 3 })], 3], {}],
    ['another type is not borrowed', ['PERCENT', [e({ type: 'NUMBER', start: 0, end: 3, value: 3 })], 3], {}],
    ['nothing found', ['DATE', [], 4], {}],
  ];
  for (const [name, args, expected] of cases) it(name, () => assert.deepStrictEqual(manualValue(...args), expected));

  const words: Array<[string, string, string]> = [
    ['hyphenated place', 'в Усть-Каменогорске встретились', 'Усть-Каменогорске'],
    ['apostrophe', "said O'Brien today", "O'Brien"],
    ['digits', 'свыше 700 отпечатков', '700'],
  ];
  for (const [name, text, word] of words) {
    it(`word under the cursor: ${name}`, () => {
      const m = new RegExp(WORD_AT_CURSOR.source, 'gu');
      assert.ok(
        [...text.matchAll(m)].some((x) => x[0] === word),
        word,
      );
    });
  }
});
