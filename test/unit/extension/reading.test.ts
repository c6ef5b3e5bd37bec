// A watcher event for a sidecar whose article is being opened: it joins the open's parse when it read
// the same bytes, whichever of the two reads ended first, and never when the bytes differ.
import * as assert from 'assert';
import { joinReading, Reading } from '../../../src/extension/sidecar-sync/reading';

/** A load whose outcome the test settles by hand. */
function load(): { reading: Reading; finish: (loaded: boolean) => void; fail: (e: Error) => void } {
  const reading = new Reading();
  let finish!: (loaded: boolean) => void;
  let fail!: (e: Error) => void;
  reading.done = new Promise<boolean>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  return { reading, finish, fail };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Whether `p` has settled, and with what. */
function watch<T>(p: Promise<T>): { settled: boolean; value?: T } {
  const w: { settled: boolean; value?: T } = { settled: false };
  void p.then((value) => Object.assign(w, { settled: true, value }));
  return w;
}

describe('extension: a watcher event during the open of its sidecar', () => {
  it("joins the open's parse when its own read ended before the open's (the open's digest not known yet)", async () => {
    const open = load();
    // The bad order: the event has read and hashed the file, the open's read is still running.
    const joined = watch(joinReading(open.reading, 'D1'));
    await settle();
    assert.strictEqual(joined.settled, false, "waits for the open's read instead of taking an unknown digest as different");
    open.reading.read('D1');
    await settle();
    assert.strictEqual(joined.settled, false, "same bytes: waits for the open's parse");
    open.finish(true);
    await settle();
    assert.deepStrictEqual(joined, { settled: true, value: true }, 'joined: no second parse');
  });

  it("joins when the open's digest was known first (the usual order)", async () => {
    const open = load();
    open.reading.read('D1');
    const joined = watch(joinReading(open.reading, 'D1'));
    open.finish(true);
    await settle();
    assert.deepStrictEqual(joined, { settled: true, value: true });
  });

  it('goes its own way when the bytes differ (an outside edit), whichever read ended first', async () => {
    const late = load();
    const p = joinReading(late.reading, 'D2');
    late.reading.read('D1');
    assert.strictEqual(await p, false);
    const early = load();
    early.reading.read('D1');
    assert.strictEqual(await joinReading(early.reading, 'D2'), false);
  });

  it("does not wait for the parse when the bytes differ (the edit's reload is not held up)", async () => {
    const open = load();
    open.reading.read('D1');
    const joined = watch(joinReading(open.reading, 'D2'));
    await settle();
    assert.deepStrictEqual(joined, { settled: true, value: false }, 'answered while the open still parses');
    open.finish(true);
  });

  it('goes its own way when the open ended without reading bytes (no file yet, document closed)', async () => {
    const open = load();
    const p = joinReading(open.reading, 'D1');
    open.finish(false);
    open.reading.end();
    assert.strictEqual(await p, false);
  });

  it('goes its own way when there is no load in progress or the file is gone', async () => {
    assert.strictEqual(await joinReading(undefined, 'D1'), false);
    const open = load();
    open.reading.read('D1');
    assert.strictEqual(await joinReading(open.reading, null), false);
    open.finish(true);
  });

  it("a failed open parse is the open's to report: the joined event does not throw", async () => {
    const open = load();
    open.reading.read('D1');
    const p = joinReading(open.reading, 'D1');
    open.fail(new Error('broken sidecar'));
    open.reading.done?.catch(() => undefined);
    assert.strictEqual(await p, true);
  });

  it('end() after read() keeps the digest read', async () => {
    const open = load();
    open.reading.read('D1');
    open.reading.end();
    assert.strictEqual(await open.reading.digest, 'D1');
  });
});
