import * as assert from 'assert';
import { SpanDoc } from '../../../src/core/eval/gold';
import { scoreByHalf } from '../../../src/core/eval/halves';
import { formatHalves } from '../../../src/core/eval/format';
import { halfOf } from '../../../src/core/eval/split';

describe('eval/halves: scoring both halves of the split', () => {
  // Forty documents, each with one PER at 0-3; every prediction misses the documents numbered by 3.
  const docs: SpanDoc[] = Array.from({ length: 40 }, (_, i) => ({
    kind: 'span',
    id: `d${i}`,
    text: `Ann ${i} met Bob.`,
    entities: [{ start: 0, end: 3, type: 'PER', optional: false }],
  }));
  const items = docs.map((item, i) => ({ item, pred: i % 3 ? [{ start: 0, end: 3, type: 'PER' }] : [] }));

  it('puts each item in its own half, and every item in the whole', () => {
    const r = scoreByHalf(items, ['PER']);
    const tuning = docs.filter((d) => halfOf(d.text) === 'tuning');
    assert.ok(tuning.length > 0 && tuning.length < docs.length);
    assert.strictEqual(r.tuning.types[0].gold, tuning.length);
    assert.strictEqual(r.check.types[0].gold, docs.length - tuning.length);
    assert.strictEqual(r.all.types[0].gold, docs.length);
    const tp = (h: 'tuning' | 'check' | 'all') => r[h].types[0].exact.tp;
    assert.strictEqual(tp('tuning') + tp('check'), tp('all'));
    assert.strictEqual(tp('all'), items.filter((x) => x.pred.length).length);
  });

  it('keeps error examples of the tuning half only', () => {
    const r = scoreByHalf(items, ['PER'], { errors: 100 });
    const missedIds = r.tuning.errors!.PER.missed.map((e) => e.id);
    assert.ok(missedIds.length > 0);
    for (const id of missedIds) assert.strictEqual(halfOf(docs.find((d) => d.id === id)!.text), 'tuning');
    assert.strictEqual(r.check.errors, undefined);
    assert.strictEqual(r.all.errors, undefined);
  });

  it('prints the three reports under their names', () => {
    const out = formatHalves(scoreByHalf(items, ['PER']), 'gold.jsonl');
    assert.deepStrictEqual(out.match(/^== .* ==$/gm), ['== tuning half ==', '== check half ==', '== whole file ==']);
  });
});
