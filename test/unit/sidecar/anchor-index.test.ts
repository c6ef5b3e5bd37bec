// AnchorIndex.prepare finds every quote in one pass over the text; it must answer exactly as the
// per-quote search does, overlapping and one-unit quotes, surrogate pairs and line breaks included.
import * as assert from 'assert';
import { AnchorIndex } from '../../../src/sidecar/anchor';
import { contextAfter, contextBefore } from '../../../src/sidecar/context';
import { rng } from '../seeded-random';

const PIECES = ['Путин', 'Пу', 'аа', 'а', ' ', '\n', '\r\n', '5', '55', '\u00a0', '😀', 'ОДКБ', '. ', 'в ', 'Москва', 'Москва-Сити'];

describe('AnchorIndex.prepare', () => {
  it('answers find, findEarly and nthAt as the per-quote search does, on 200 random texts', () => {
    const next = rng(7);
    for (let round = 0; round < 200; round++) {
      let text = '';
      const n = 20 + Math.floor(next() * 200);
      for (let i = 0; i < n; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      // Quotes: substrings of the text (some one unit long, some splitting a surrogate pair) and a few absent ones.
      const quotes = new Set<string>(['Москва', 'нет такого', '5', '😀']);
      for (let k = 0; k < 12; k++) {
        const s = Math.floor(next() * text.length);
        quotes.add(text.slice(s, s + 1 + Math.floor(next() * 8)));
      }
      const prepared = new AnchorIndex(text);
      prepared.prepare(quotes);
      const plain = new AnchorIndex(text);
      for (const q of quotes) {
        for (let s = text.indexOf(q); s >= 0; s = text.indexOf(q, s + 1)) {
          const before = contextBefore(text, s);
          const after = contextAfter(text, s + q.length);
          assert.strictEqual(prepared.nthAt(q, s), plain.nthAt(q, s), `round ${round}: nthAt ${JSON.stringify(q)} at ${s}`);
          for (const nth of [1, 2, 3]) {
            assert.strictEqual(prepared.find(q, before, after, nth), plain.find(q, before, after, nth), `round ${round}: find ${JSON.stringify(q)} #${nth}`);
            assert.strictEqual(
              plain.findEarly(q, before, after, nth),
              plain.find(q, before, after, nth),
              `round ${round}: findEarly ${JSON.stringify(q)} #${nth}`,
            );
          }
        }
        assert.strictEqual(prepared.find(q, 'x', 'y'), undefined);
        assert.strictEqual(prepared.findEarly(q, 'x', 'y'), undefined);
      }
    }
  });

  it('finds overlapping occurrences and quotes that share a first pair', () => {
    const text = 'ааа Москва-Сити и Москва';
    const index = new AnchorIndex(text);
    index.prepare(['аа', 'Москва', 'Москва-Сити', 'а']);
    assert.strictEqual(index.find('аа', contextBefore(text, 0), contextAfter(text, 2)), 0);
    assert.strictEqual(index.find('аа', contextBefore(text, 1), contextAfter(text, 3)), 1, 'the overlapping second "аа"');
    assert.strictEqual(index.find('Москва-Сити', contextBefore(text, 4), contextAfter(text, 15)), 4);
    assert.strictEqual(index.find('Москва', contextBefore(text, 18), contextAfter(text, 24)), 18);
    assert.strictEqual(index.find('Москва', contextBefore(text, 4), contextAfter(text, 10)), 4);
  });
});
