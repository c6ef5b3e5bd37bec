// A person's own annotation: a figure gets the value the recognizer reads in the selected words;
// the word under an empty cursor is found with inner hyphens and apostrophes.
import * as assert from 'assert';
import type { Entity } from '../../../src/core/types';
import type { Annotation } from '../../../src/sidecar';
import { manualValue, WORD_AT_CURSOR, withoutOverlapped } from '../../../src/extension/model/manual-fields';

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

describe('extension: what a manual span replaces (withoutOverlapped)', () => {
  const a = (id: string, type: Annotation['type'], start: number, end: number, status: Annotation['status'] = 'suggested'): Annotation => ({
    id,
    type,
    text: 'x'.repeat(end - start),
    start,
    end,
    status,
  });
  // «Между министерствами … Главком по Самарской области …»: a QUOTE around an ORG and a LOC.
  const list = [
    a('quote', 'QUOTE', 0, 100),
    a('org', 'ORG', 40, 47),
    a('per', 'PER', 40, 47),
    a('loc', 'LOC', 51, 68),
    a('mine', 'ORG', 60, 68, 'accepted'),
    a('role', 'ROLE', 120, 150),
  ];
  const cases: Array<[string, Annotation['type'], number, number, string[]]> = [
    ['a name inside a quote: the names there go, the quote stays', 'ORG', 40, 47, ['quote', 'loc', 'mine', 'role']],
    ['a place inside a role: the role stays', 'LOC', 125, 131, ['quote', 'org', 'per', 'loc', 'mine', 'role']],
    ['a quote marked by hand replaces the engine’s quote, not the names in it', 'QUOTE', 10, 90, ['org', 'per', 'loc', 'mine', 'role']],
    // false positives: decided entries and spans that only touch stay
    ['a decision is never removed', 'ORG', 60, 68, ['quote', 'org', 'per', 'mine', 'role']],
    ['touching is not overlapping', 'PER', 47, 51, ['quote', 'org', 'per', 'loc', 'mine', 'role']],
  ];
  for (const [what, type, start, end, left] of cases)
    it(what, () =>
      assert.deepStrictEqual(
        withoutOverlapped(list, type, start, end).map((x) => x.id),
        left,
      ),
    );
});
