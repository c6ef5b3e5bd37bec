import * as assert from 'assert';
import { U32Map, U32Set } from '../../../src/core/ner/u32-table';

describe('U32Map / U32Set (DocContext tables)', () => {
  // [keys to set with value = index + 1, key to look up, expected]
  const cases: Array<[string, number[], number, number | undefined]> = [
    ['empty map', [], 7, undefined],
    ['small key', [5, 9], 9, 2],
    ['key above 2^31 (not a small integer)', [0xfffffffe, 3], 0xfffffffe, 1],
    ['key 0 is a real key', [0, 1], 0, 1],
    ['later set overwrites', [4, 4], 4, 2],
    ['missing key among many', Array.from({ length: 1000 }, (_, k) => (k * 2654435761) >>> 0), 12345, undefined],
  ];
  for (const [name, keys, probe, expected] of cases) {
    it(name, () => {
      const m = new U32Map(2); // small on purpose: growth must keep every key
      keys.forEach((k, i) => m.set(k, i + 1));
      assert.strictEqual(m.get(probe), expected);
    });
  }

  it('agrees with Map<number> on many random keys, through growth', () => {
    const ref = new Map<number, number>();
    const m = new U32Map();
    let x = 12345;
    for (let i = 0; i < 20000; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      const key = i % 3 === 0 ? x & 0xff : x; // many repeats as well as fresh keys
      ref.set(key, i);
      m.set(key, i);
    }
    for (const [k, v] of ref) assert.strictEqual(m.get(k), v);
    for (let k = 0; k < 1000; k++) assert.strictEqual(m.has(k), ref.has(k));
  });

  it('set: add and has', () => {
    const s = new U32Set();
    [3, 0, 0x80000000].forEach((k) => s.add(k));
    assert.deepStrictEqual(
      [3, 0, 0x80000000, 4, 1].map((k) => s.has(k)),
      [true, true, true, false, false],
    );
  });

  it('set: agrees with Set<number> through growth', () => {
    const ref = new Set<number>();
    const s = new U32Set(1);
    let x = 7;
    for (let i = 0; i < 5000; i++) {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      const key = i % 4 === 0 ? x & 0x3f : x;
      ref.add(key);
      s.add(key);
    }
    for (const k of ref) assert.ok(s.has(k));
    let x2 = 99;
    for (let i = 0; i < 5000; i++) {
      x2 = (Math.imul(x2, 22695477) + 1) >>> 0;
      assert.strictEqual(s.has(x2), ref.has(x2));
    }
  });
});
