// Field-by-field equality of annotations (src/sidecar/same.ts): what the worker uses to send a long
// article's annotations once, and the patch to find the entries a decision changed.
import * as assert from 'assert';
import { sameFields, sameLists } from '../../../src/sidecar/same';

const a = { id: 'per-1', type: 'PER', status: 'suggested', text: 'Иван', start: 0, end: 4 };

describe('sidecar: same annotations, field by field', () => {
  const TABLE: Array<[string, object, object, boolean]> = [
    ['a copy', a, { ...a }, true],
    ['another key order', a, { end: 4, start: 0, text: 'Иван', status: 'suggested', type: 'PER', id: 'per-1' }, true],
    ['another value', a, { ...a, status: 'accepted' }, false],
    ['a number as a string', a, { ...a, start: '0' }, false],
    ['a key more', a, { ...a, note: 'x' }, false],
    ['a key less', { ...a, note: 'x' }, a, false],
    ['a key holding undefined is a key', a, { ...a, orphan: undefined }, false],
    ['', { ...a, orphan: undefined }, a, false],
  ];
  for (const [name, x, y, same] of TABLE)
    it(`${same ? 'same' : 'not the same'}: ${name || 'the other way round'}`, () => assert.strictEqual(sameFields(x, y), same));
  it('lists: same records in the same order', () => {
    assert.ok(sameLists([a, { ...a, id: 'per-2' }], [{ ...a }, { ...a, id: 'per-2' }]));
    assert.ok(!sameLists([a, { ...a, id: 'per-2' }], [{ ...a, id: 'per-2' }, a]));
    assert.ok(!sameLists([a], [a, a]));
  });
});
