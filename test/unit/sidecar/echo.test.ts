// classifySidecarEvent / WriteLedger: which file events are our own writes coming back, which reads
// are stale, and when a sidecar is really gone.
import * as assert from 'assert';
import { classifySidecarEvent, WriteLedger } from '../../../src/sidecar';

describe('sidecar file events: echo, stale, reload or deleted', () => {
  const idle = () => new WriteLedger();
  const writing = () => {
    const l = new WriteLedger();
    l.begin();
    return l;
  };

  // [what, ledger, event, verdict]
  const table: [string, () => WriteLedger, { deleted: boolean; digestNow: string | null; known: string | undefined }, string][] = [
    ['our own write comes back as a change', idle, { deleted: false, digestNow: 'A', known: 'A' }, 'echo'],
    ['someone else saved the file', idle, { deleted: false, digestNow: 'B', known: 'A' }, 'reload'],
    ['a file appears where we knew none', idle, { deleted: false, digestNow: 'B', known: undefined }, 'reload'],
    ["any event while our write is in flight waits for the write's own event", writing, { deleted: false, digestNow: 'B', known: 'A' }, 'wait'],
    ['our rename reported as a delete while the write is in flight', writing, { deleted: true, digestNow: null, known: 'A' }, 'wait'],
    ['a rename over the file reported as a delete, but the file exists', idle, { deleted: true, digestNow: 'B', known: 'A' }, 'reload'],
    ['a delete reported for a file that exists with our bytes', idle, { deleted: true, digestNow: 'A', known: 'A' }, 'echo'],
    ['really deleted', idle, { deleted: true, digestNow: null, known: 'A' }, 'deleted'],
    ['a change event for a file gone again: its delete event decides', idle, { deleted: false, digestNow: null, known: 'A' }, 'wait'],
    ['a delete of a file we never knew', idle, { deleted: true, digestNow: null, known: undefined }, 'wait'],
  ];
  for (const [what, ledger, event, verdict] of table) {
    it(what, () => {
      const l = ledger();
      assert.strictEqual(classifySidecarEvent(event, l, l.mark()), verdict);
    });
  }

  it('a read that began before one of our writes is stale, even after the write ended: read again', () => {
    const l = new WriteLedger();
    const mark = l.mark();
    l.begin();
    assert.strictEqual(classifySidecarEvent({ deleted: false, digestNow: 'B', known: 'A' }, l, mark), 'wait', 'in flight');
    l.end();
    assert.ok(l.isStale(mark));
    assert.strictEqual(classifySidecarEvent({ deleted: false, digestNow: 'B', known: 'A' }, l, mark), 'again');
    assert.ok(!l.isStale(l.mark()));
    assert.ok(!l.inFlight);
  });

  it('a read that began while one of our writes was in flight is stale once that write ended (it may hold the bytes before it)', () => {
    // The editor-quotes flake: a late watcher event was handled during an Accept's write; its read got
    // the file before the write landed, the write ended before the verdict, and the old bytes were
    // loaded over the decision (the file on disk accepted, the editor suggested).
    const l = new WriteLedger();
    l.begin();
    const mark = l.mark();
    assert.strictEqual(classifySidecarEvent({ deleted: false, digestNow: 'A', known: 'A' }, l, mark), 'wait', 'still in flight');
    l.end();
    assert.ok(l.isStale(mark));
    assert.strictEqual(classifySidecarEvent({ deleted: false, digestNow: 'A', known: 'B' }, l, mark), 'again', 'not a reload of the old bytes');
    assert.strictEqual(classifySidecarEvent({ deleted: true, digestNow: null, known: 'B' }, l, mark), 'again', 'not a delete either');
    assert.ok(!l.isStale(l.mark()), 'a read begun after the write ended is current');
  });
});
