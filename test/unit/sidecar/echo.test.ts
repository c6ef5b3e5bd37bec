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

  it('a read that began before one of our writes is stale, even after the write ended', () => {
    const l = new WriteLedger();
    const mark = l.mark();
    l.begin();
    l.end();
    assert.ok(l.isStale(mark));
    assert.strictEqual(classifySidecarEvent({ deleted: false, digestNow: 'B', known: 'A' }, l, mark), 'wait');
    assert.ok(!l.isStale(l.mark()));
    assert.ok(!l.inFlight);
  });
});
