import * as assert from 'assert';
import { GoldEntity } from '../../../src/core/eval/gold';
import { matchSpans, spanMatches, Offsets } from '../../../src/core/eval/match';

const g = (start: number, end: number, extra: Partial<GoldEntity> = {}): GoldEntity => ({ start, end, type: 'X', optional: false, ...extra });
const p = (start: number, end: number): Offsets => ({ start, end });
const counts = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => ({ tp, fp, fn });

describe('eval/match spanMatches', () => {
  const cases: Array<[string, GoldEntity, Offsets, boolean, boolean]> = [
    // [name, gold, pred, exact, overlap]
    ['same span', g(5, 10), p(5, 10), true, true],
    ['shorter inside', g(5, 10), p(6, 10), false, true],
    ['touching is not overlapping (end exclusive)', g(5, 10), p(10, 12), false, false],
    ['one shared code unit', g(5, 10), p(9, 12), false, true],
    ['core covered, inside the mention', g(0, 20, { core: [10, 20] }), p(8, 20), true, true],
    ['core exactly', g(0, 20, { core: [10, 20] }), p(10, 20), true, true],
    ['whole mention with core', g(0, 20, { core: [10, 20] }), p(0, 20), true, true],
    ['core cut', g(0, 20, { core: [10, 20] }), p(12, 20), false, true],
    ['beyond the mention', g(0, 20, { core: [10, 20] }), p(10, 22), false, true],
  ];
  for (const [name, gold, pred, exact, overlap] of cases) {
    it(name, () => {
      assert.strictEqual(spanMatches(gold, pred, 'exact'), exact, 'exact');
      assert.strictEqual(spanMatches(gold, pred, 'overlap'), overlap, 'overlap');
    });
  }
});

describe('eval/match matchSpans', () => {
  it('is one-to-one: two predictions inside one mention give one hit and one false positive', () => {
    assert.deepStrictEqual(counts(matchSpans([g(0, 10)], [p(0, 4), p(5, 10)], 'overlap')), { tp: 1, fp: 1, fn: 0 });
  });
  it('finds the maximum matching whatever the order', () => {
    // pred [0,8) overlaps both golds, [6,8) only the first: greedy in list order would score 1.
    const gold = [g(0, 7), g(7, 12)];
    assert.deepStrictEqual(counts(matchSpans(gold, [p(0, 8), p(6, 7)], 'overlap')), { tp: 2, fp: 0, fn: 0 });
    assert.deepStrictEqual(counts(matchSpans(gold, [p(6, 7), p(0, 8)], 'overlap')), { tp: 2, fp: 0, fn: 0 });
  });
  it('optional mentions neither count nor cost', () => {
    const gold = [g(0, 5), g(10, 15, { optional: true })];
    assert.deepStrictEqual(counts(matchSpans(gold, [p(0, 5), p(10, 15)], 'exact')), { tp: 1, fp: 0, fn: 0 });
    assert.deepStrictEqual(counts(matchSpans(gold, [], 'exact')), { tp: 0, fp: 0, fn: 1 });
  });
  it('a prediction is used for a required mention before an optional one', () => {
    const gold = [g(0, 10, { optional: true }), g(0, 10)];
    assert.deepStrictEqual(counts(matchSpans(gold, [p(0, 10)], 'exact')), { tp: 1, fp: 0, fn: 0 });
  });
  it('no gold: every prediction is a false positive', () => {
    assert.deepStrictEqual(counts(matchSpans([], [p(1, 2), p(3, 4)], 'overlap')), { tp: 0, fp: 2, fn: 0 });
  });
  it('lists the missed mentions and the spurious predictions', () => {
    const gold = [g(0, 5), g(10, 15), g(20, 25, { optional: true })];
    const r = matchSpans(gold, [p(0, 5), p(20, 25), p(30, 32)], 'exact');
    assert.deepStrictEqual(r.missed, [g(10, 15)]);
    assert.deepStrictEqual(r.spurious, [p(30, 32)]);
  });
});
