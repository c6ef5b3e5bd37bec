// The decoder's cache of keyed context scores (context-cache.ts): a key is found again only when it
// is the same key, word for word, and a cache that fills up starts afresh without giving a wrong slot.
import * as assert from 'assert';
import { ContextCache } from '../../../src/core/ner/context-cache';
import { CONTEXT_KEY_WORDS } from '../../../src/core/ner/features';
import { rng } from '../seeded-random';

const key = (...words: number[]) => Uint32Array.from({ length: CONTEXT_KEY_WORDS }, (_, w) => words[w] ?? 0);

describe('NER context cache', () => {
  it('finds a stored key again, and no other', () => {
    const cache = new ContextCache(9, 6);
    const cases: [string, Uint32Array][] = [
      ['all zeros', key()],
      ['shapes', key(0x9e3779b1, 0x85ebca6b, 0xc2b2ae35)],
      ['classes', key(1, 1, 1, 0b101, 0, 0b11)],
      ['small numbers', key(1, 1, 1, 0, 0, 0, 0xffff)],
      ['high words', key(0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffff)],
    ];
    const slots = cases.map(([name, k]) => {
      const at = cache.find(k);
      assert.ok(at < 0, `${name}: new`);
      return -1 - at;
    });
    cases.forEach(([name, k], i) => assert.strictEqual(cache.find(k), slots[i], `${name}: found again`));
    assert.strictEqual(new Set(slots).size, cases.length, 'one slot per key');
    // False positives: each key with one word changed is another key.
    for (const [name, k] of cases)
      for (let w = 0; w < CONTEXT_KEY_WORDS; w++) {
        const other = Uint32Array.from(k);
        other[w] = w === CONTEXT_KEY_WORDS - 1 ? (other[w] + 1) & 0xffff : other[w] + 1;
        assert.ok(!slots.includes(cache.find(other)), `${name} with word ${w} changed`);
      }
  });

  it('a full cache starts afresh: every answer still names the slot of that key', () => {
    const cache = new ContextCache(9, 6);
    const next = rng(11);
    const seen = new Map<string, number>();
    for (let n = 0; n < 2000; n++) {
      // Few distinct keys, asked many times, through several clearings (64 slots, half of them used).
      const k = key(Math.floor(next() * 50), 7, 7, 0, 0, 0, Math.floor(next() * 2));
      const at = cache.find(k);
      const name = k.join(',');
      if (at < 0) seen.set(name, -1 - at);
      else assert.strictEqual(at, seen.get(name), `key ${name}`);
    }
  });
});
