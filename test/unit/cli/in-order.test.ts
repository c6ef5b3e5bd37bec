// forEachInOrder: results come back in list order whatever finishes first, within the concurrency bound.
import * as assert from 'assert';
import { forEachInOrder } from '../../../src/cli/in-order';

/** Resolves after the given number of macrotask turns (no timers: a deterministic interleaving). */
async function turns(n: number): Promise<void> {
  for (let k = 0; k < n; k++) await new Promise<void>((r) => setImmediate(r));
}

describe('forEachInOrder (cli/in-order.ts)', () => {
  it('hands results to done() in list order when later items finish first', async () => {
    const delays = [9, 1, 5, 0, 3, 7, 2];
    const finished: number[] = [];
    const seen: Array<[string, number]> = [];
    await forEachInOrder(
      delays,
      3,
      async (d, i) => {
        await turns(d);
        finished.push(i);
        return `r${i}`;
      },
      (r, _d, i) => seen.push([r, i]),
    );
    assert.deepStrictEqual(
      seen,
      delays.map((_, i) => [`r${i}`, i]),
    );
    assert.notDeepStrictEqual(
      finished,
      [...finished].sort((a, b) => a - b),
      'the test needs out-of-order completion',
    );
  });

  it('never runs more than `concurrency` calls at once, and runs each item once', async () => {
    let running = 0;
    let peak = 0;
    const calls: number[] = [];
    await forEachInOrder(
      [...Array(20).keys()],
      4,
      async (i) => {
        calls.push(i);
        peak = Math.max(peak, ++running);
        await turns(i % 5);
        running--;
      },
      () => undefined,
    );
    assert.strictEqual(peak, 4);
    assert.deepStrictEqual(
      [...calls].sort((a, b) => a - b),
      [...Array(20).keys()],
    );
  });

  it('a failed call rejects the run and stops starting new ones', async () => {
    const started: number[] = [];
    await assert.rejects(
      forEachInOrder(
        [0, 1, 2, 3, 4, 5],
        2,
        async (i) => {
          started.push(i);
          await turns(1);
          if (i === 1) throw new Error('boom');
        },
        () => undefined,
      ),
      /boom/,
    );
    assert.ok(!started.includes(5), `started ${started}`);
  });

  it('an empty list finishes at once', async () => {
    await forEachInOrder(
      [],
      4,
      async () => assert.fail('no work'),
      () => assert.fail('no result'),
    );
  });
});
