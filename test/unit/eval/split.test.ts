import * as assert from 'assert';
import { halfOf, HALVES } from '../../../src/core/eval/split';
import { runCli, tempFile } from '../cli/helpers';

describe('eval split: tuning and check halves', () => {
  it('puts an item in one half by its text alone, the same on every call', () => {
    for (const t of ['Москва', 'Moscow', '', 'ООН 😀']) assert.strictEqual(halfOf(t), halfOf(t));
    assert.ok(HALVES.includes(halfOf('x')));
  });

  it('splits a varied set roughly in two (neither half empty or tiny)', () => {
    const texts = Array.from({ length: 400 }, (_, i) => `sentence number ${i} about ${i * 7} things`);
    const tuning = texts.filter((t) => halfOf(t) === 'tuning').length;
    assert.ok(tuning > 150 && tuning < 250, `tuning ${tuning} of 400`);
  });

  it('newsmark eval --half scores only the items of that half, and the halves add up', async () => {
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `d${i}`, text: `Doc ${i} mentions Paris.`, entities: [] }));
    const gold = await tempFile('gold.jsonl', lines.join('\n') + '\n');
    const preds = await tempFile(
      'pred.jsonl',
      lines.map((_, i) => JSON.stringify({ id: `d${i}`, entities: [{ type: 'LOC', start: 0, end: 3 }] })).join('\n') + '\n',
    );
    const counts: Record<string, number> = {};
    for (const half of HALVES) {
      const r = await runCli(['eval', gold, '--pred', preds, '--types', 'LOC', '--half', half, '--json']);
      assert.strictEqual(r.code, 0, r.stderr);
      const rep = JSON.parse(r.stdout);
      assert.strictEqual(rep.half, half);
      counts[half] = rep.types[0].pred;
    }
    const expected = lines.filter((l) => halfOf(JSON.parse(l).text) === 'tuning').length;
    assert.strictEqual(counts.tuning, expected);
    assert.strictEqual(counts.tuning + counts.check, 40);
  });

  it('refuses an unknown half', async () => {
    const gold = await tempFile('g.jsonl', '{"id":"a","text":"x","entities":[]}\n');
    const r = await runCli(['eval', gold, '--half', 'both']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--half must be tuning or check/);
  });
});
