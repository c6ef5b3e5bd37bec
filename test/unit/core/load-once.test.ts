import * as assert from 'assert';
import { loadOnce } from '../../../src/core/load-once';

describe('loadOnce', () => {
  it('loads once and gives every caller the same promise', async () => {
    let calls = 0;
    const get = loadOnce(async () => ++calls);
    const [a, b] = [get(), get()];
    assert.strictEqual(a, b);
    assert.deepStrictEqual(await Promise.all([a, b, get()]), [1, 1, 1]);
    assert.strictEqual(calls, 1);
  });

  it('retries after a failure instead of keeping the rejected promise', async () => {
    let calls = 0;
    const get = loadOnce(async () => {
      calls++;
      if (calls === 1) throw new Error('dictionary missing');
      return 'loaded';
    });
    await assert.rejects(get(), /dictionary missing/);
    assert.strictEqual(await get(), 'loaded');
    assert.strictEqual(await get(), 'loaded');
    assert.strictEqual(calls, 2);
  });

  it('shares one pending failure among concurrent callers', async () => {
    let calls = 0;
    const get = loadOnce(() => Promise.reject(new Error(`fail ${++calls}`)));
    const results = await Promise.allSettled([get(), get()]);
    assert.deepStrictEqual(
      results.map((r) => r.status),
      ['rejected', 'rejected'],
    );
    assert.strictEqual(calls, 1);
  });
});
