// Sidecar bytes move to the worker (transfer, no copy) only when the array owns its whole buffer;
// a view into a larger one is copied first, so moving it can never take other bytes along.
import * as assert from 'assert';
import { MessageChannel } from 'node:worker_threads';
import { applyChanges, listChanges, MAX_DELTA_CHANGES, movable } from '../../../src/extension/sidecar-sync/transfer';

/** Posts `bytes` through a message channel with its buffer in the transfer list; resolves with what arrived. */
function send(bytes: Uint8Array): Promise<Uint8Array> {
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve) => {
    port2.once('message', (m: Uint8Array) => {
      port1.close();
      resolve(m);
    });
    port1.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
  });
}

describe('extension: moving sidecar bytes to the worker', () => {
  it('an array that owns its buffer moves as it is: the sender is left empty', async () => {
    const bytes = new Uint8Array(Buffer.from('newsmark: 2\n'.repeat(1000)));
    assert.strictEqual(movable(bytes), bytes);
    const got = await send(movable(bytes));
    assert.strictEqual(bytes.byteLength, 0, 'moved, not copied');
    assert.strictEqual(Buffer.from(got).toString(), 'newsmark: 2\n'.repeat(1000));
  });

  it('a view into a larger buffer is copied first: the rest of that buffer stays', async () => {
    const whole = Buffer.from('before|newsmark: 2\n|after');
    const view = whole.subarray(7, 19);
    const moved = movable(view);
    assert.notStrictEqual(moved.buffer, whole.buffer);
    const got = await send(moved);
    assert.strictEqual(Buffer.from(got).toString(), 'newsmark: 2\n');
    assert.strictEqual(whole.toString(), 'before|newsmark: 2\n|after');
    assert.strictEqual(view.byteLength, 12, 'the caller keeps its view');
  });

  it('a list is sent again as the entries that are not the same objects; otherwise whole', () => {
    const list = Array.from({ length: 100 }, (_, i) => ({ id: `per-${i}`, status: 'suggested' }));
    const next = [...list];
    next[7] = { ...list[7], status: 'accepted' };
    next[42] = { ...list[42], status: 'rejected' };
    assert.deepStrictEqual(listChanges(list, next), [
      [7, next[7]],
      [42, next[42]],
    ]);
    assert.deepStrictEqual(applyChanges(list, listChanges(list, next)!), next);
    assert.deepStrictEqual(listChanges(list, [...list]), []);
    assert.strictEqual(listChanges(list, list.slice(1)), undefined, 'an entry less');
    assert.strictEqual(listChanges(list, [list[1], list[0], ...list.slice(2)]), undefined, 'entries moved');
    const many = list.map((a, i) => (i <= MAX_DELTA_CHANGES ? { ...a } : a));
    assert.strictEqual(listChanges(list, many), undefined, 'too many changes');
  });
});
