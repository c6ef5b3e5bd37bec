import * as assert from 'assert';
import { PairItem, PredEntity, SpanDoc } from '../../../src/core/eval/gold';
import { Scorer, prf } from '../../../src/core/eval/score';

const doc = (entities: SpanDoc['entities']): SpanDoc => ({ kind: 'span', id: 'd', text: 'x'.repeat(100), entities });
const p = (start: number, end: number, type: string, extra: Partial<PredEntity> = {}): PredEntity => ({ start, end, type, ...extra });

describe('eval/score', () => {
  it('prf from counts, computed by hand', () => {
    const r = prf({ tp: 3, fp: 1, fn: 2 });
    assert.strictEqual(r.precision, 0.75);
    assert.strictEqual(r.recall, 0.6);
    assert.ok(Math.abs(r.f1 - 2 / 3) < 1e-12); // 2·.75·.6/(1.35)
    assert.deepStrictEqual(prf({ tp: 0, fp: 0, fn: 0 }), { tp: 0, fp: 0, fn: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('scores only the newsmark types the gold uses, unless --types says otherwise', () => {
    const gold = doc([
      { start: 0, end: 5, type: 'PER', optional: false },
      { start: 10, end: 15, type: 'FAC', optional: false },
    ]);
    const pred = [p(0, 5, 'PER'), p(20, 22, 'NUMBER')];
    const byDefault = new Scorer();
    byDefault.addSpanDoc(gold, pred);
    const r = byDefault.report();
    assert.deepStrictEqual(
      r.types.map((t) => t.type),
      ['PER'],
    );
    assert.strictEqual(r.types[0].exact.f1, 1);

    const asked = new Scorer(['PER', 'FAC', 'NUMBER']);
    asked.addSpanDoc(gold, pred);
    const t = Object.fromEntries(asked.report().types.map((x) => [x.type, x]));
    assert.deepStrictEqual([t.FAC.exact.tp, t.FAC.exact.fn], [0, 1]);
    assert.deepStrictEqual([t.NUMBER.exact.fp, t.NUMBER.gold], [1, 0]);
    // micro over the three types: tp 1, fp 1, fn 1
    assert.strictEqual(asked.report().micro!.exact.precision, 0.5);
  });

  it('value accuracy of span values uses the prediction covering the mention', () => {
    const s = new Scorer();
    s.addSpanDoc(
      doc([
        { start: 0, end: 4, type: 'PERCENT', optional: false, value: { value: '10%' } },
        { start: 10, end: 14, type: 'PERCENT', optional: false, value: { value: '20%' } },
        { start: 20, end: 24, type: 'PERCENT', optional: false, value: { value: '30%' } },
        { start: 30, end: 34, type: 'PERCENT', optional: false, value: { value: 'null' } },
      ]),
      [p(0, 4, 'PERCENT', { value: 10 }), p(9, 14, 'PERCENT', { value: 21 })],
    );
    const v = s.report().types[0].value!;
    assert.deepStrictEqual({ n: v.n, found: v.found, correct: v.correct, unsupported: v.unsupported }, { n: 3, found: 2, correct: 1, unsupported: 1 });
    assert.strictEqual(v.accuracy, 1 / 3);
  });

  it('a NUMBER value inside an amount is answered by the MONEY or PERCENT figure carrying it, for values only', () => {
    // "I want to earn [$2000]": the gold marks the number, newsmark the amount (value 2000).
    const s = new Scorer(['NUMBER']);
    s.addSpanDoc(
      doc([
        { start: 16, end: 20, type: 'NUMBER', optional: false, value: { value: '2000' } },
        { start: 30, end: 32, type: 'NUMBER', optional: false, value: { value: '15' } },
        { start: 40, end: 42, type: 'NUMBER', optional: false, value: { value: '7' } },
      ]),
      // 15 has both a NUMBER and a PERCENT over it: its own type wins (and is wrong here).
      [
        p(15, 20, 'MONEY', { value: 2000, currency: 'USD' }),
        p(30, 32, 'NUMBER', { value: 16 }),
        p(30, 33, 'PERCENT', { value: 15 }),
        p(40, 42, 'DATE', { value: '2007' }),
      ],
    );
    const t = s.report().types[0];
    assert.deepStrictEqual({ n: t.value!.n, found: t.value!.found, correct: t.value!.correct }, { n: 3, found: 2, correct: 1 });
    // Span scores still count the type: only the NUMBER prediction is a NUMBER.
    assert.deepStrictEqual([t.exact.tp, t.exact.fp, t.exact.fn], [1, 0, 2]);
  });

  it("pairs: per kind, the longest figure of the kind's type decides", () => {
    const pair = (id: string, text: string, kind: string, value: unknown): PairItem => ({ kind: 'pair', id, text, pairKind: kind, value });
    const s = new Scorer();
    s.addPair(pair('1', 'двадцать три', 'number', 23), [p(0, 8, 'NUMBER', { value: 20 }), p(0, 12, 'NUMBER', { value: 23 })]);
    s.addPair(pair('2', 'третий', 'ordinal', 3), [p(0, 6, 'NUMBER', { value: 3 })]);
    s.addPair(pair('3', '1 сек', 'duration', { value: 1, unit: 'second' }), []);
    const r = s.report();
    const k = Object.fromEntries(r.pairKinds.map((x) => [x.kind, x]));
    assert.deepStrictEqual([k.number.n, k.number.correct], [1, 1]);
    assert.deepStrictEqual([k.ordinal.n, k.ordinal.found, k.ordinal.correct], [1, 0, 0]);
    assert.deepStrictEqual([k.duration.n, k.duration.unsupported], [0, 1]);
    assert.strictEqual(r.pairTotal!.accuracy, 0.5);
  });
});
