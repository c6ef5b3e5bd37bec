// Field-by-field equality of annotations (src/sidecar/same.ts): what the worker uses to send a long
// article's annotations once, and the patch to find the entries a decision changed.
import * as assert from 'assert';
import { keepSame, sameFields, sameLists, sameObjects } from '../../../src/sidecar/same';

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

describe('sidecar: keeping the objects a confirmed list does not change (keepSame, sameObjects)', () => {
  const shown = [a, { ...a, id: 'per-2', start: 10, end: 14 }, { ...a, id: 'per-3', start: 20, end: 24 }];
  it('a copy of every entry: the shown objects come back, in the order given', () => {
    const out = keepSame(shown, [{ ...shown[2] }, { ...shown[0] }, { ...shown[1] }]);
    assert.ok(out[0] === shown[2] && out[1] === shown[0] && out[2] === shown[1]);
  });
  it('a changed entry is the new object, the others the shown ones', () => {
    const changed = { ...shown[1], status: 'accepted' };
    const out = keepSame(shown, [{ ...shown[0] }, changed, { ...shown[2] }]);
    assert.deepStrictEqual(
      out.map((x, i) => x === shown[i]),
      [true, false, true],
    );
    assert.strictEqual(out[1], changed);
  });
  it('a new id is kept as given; an id no longer there is gone', () => {
    const added = { ...a, id: 'per-9' };
    assert.deepStrictEqual(keepSame(shown, [added, { ...shown[0] }]), [added, shown[0]]);
  });
  it('sameObjects: the same objects in any order, not copies, each once', () => {
    assert.ok(sameObjects(shown, [shown[2], shown[0], shown[1]]));
    assert.ok(!sameObjects(shown, [shown[2], shown[0], { ...shown[1] }]));
    assert.ok(!sameObjects(shown, [shown[0], shown[0], shown[1]]));
    assert.ok(!sameObjects([shown[0], shown[0], shown[1]], shown));
    assert.ok(!sameObjects(shown, shown.slice(1)));
    assert.ok(sameObjects([], []));
  });
});
