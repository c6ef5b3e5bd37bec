// The span index the quote and role finders ask: each answer equals a plain scan of the entity list
// (the finders' results must not change with it), over random spans and the edges a scan gets right.
import * as assert from 'assert';
import type { Entity } from '../../../src/core/types';
import { spanIndex } from '../../../src/core/quotes/span-index';

const e = (type: Entity['type'], start: number, end: number): Entity => ({ type, text: 'x'.repeat(end - start), start, end });

describe('quotes: span index', () => {
  // Unsorted on purpose, with nesting, equal spans and a zero-width edge case.
  const list = [e('PER', 10, 20), e('ORG', 0, 5), e('LOC', 12, 15), e('ORG', 10, 20), e('PER', 30, 31), e('LOC', 5, 9), e('ORG', 22, 40)];
  const bodies = spanIndex(list, (x) => x.type !== 'PER');
  const cases: Array<[string, () => unknown, unknown]> = [
    ['inside: entity-list order, ends within', () => bodies.inside(0, 20), [1, 2, 3, 5]],
    ['inside: a start before from is out', () => bodies.inside(11, 20), [2]],
    ['inside: the filter holds (no PER)', () => spanIndex(list).inside(10, 20), [0, 2, 3]],
    ['endingIn: ends in [from, to]', () => bodies.endingIn(5, 15), [1, 2, 5]],
    ['covers: inside a body', () => bodies.covers(13), true],
    ['covers: the end is exclusive', () => bodies.covers(9), false],
    ['covers: only a PER there', () => bodies.covers(30), true], // ORG 22-40 reaches over it
    ['covers: nothing', () => spanIndex(list, (x) => x.type === 'LOC').covers(20), false],
  ];
  for (const [what, run, expected] of cases) it(what, () => assert.deepStrictEqual(run(), expected));

  it('equals a scan on random lists', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const es = Array.from({ length: rnd(30) }, () => {
        const s = rnd(100);
        return e((['PER', 'ORG', 'LOC'] as const)[rnd(3)], s, s + 1 + rnd(12));
      });
      const ix = spanIndex(es, (x) => x.type !== 'LOC');
      const kept = es.map((x, i) => i).filter((i) => es[i].type !== 'LOC');
      const a = rnd(110);
      const b = a + rnd(30);
      assert.deepStrictEqual(
        ix.inside(a, b),
        kept.filter((i) => es[i].start >= a && es[i].end <= b),
      );
      assert.deepStrictEqual(
        ix.endingIn(a, b),
        kept.filter((i) => es[i].end >= a && es[i].end <= b),
      );
      assert.strictEqual(
        ix.covers(a),
        kept.some((i) => es[i].start <= a && a < es[i].end),
      );
    }
  });
});
