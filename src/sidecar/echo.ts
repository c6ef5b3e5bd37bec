// "Is this file event our own echo, a stale reload, or news?" — the editor watches sidecars, and its
// own writes come back as change (or, for a rename, delete) events. Pure, so the rules are tested
// without an editor; the sidecar sync asks it for every event and every reload.

/** Counts the writes of one sidecar: in flight now, and how many began and ended so far. */
export class WriteLedger {
  private pending = 0;
  /** Bumped when a write begins and when it ends. */
  private changes = 0;

  begin(): void {
    this.pending++;
    this.changes++;
  }

  end(): void {
    this.pending--;
    this.changes++;
  }

  /** Writes of ours are in flight: the file may show any of them, events are echoes. */
  get inFlight(): boolean {
    return this.pending > 0;
  }

  /** Taken before reading the file; isStale(mark) says whether a write began or ended since. */
  mark(): number {
    return this.changes;
  }

  /**
   * A read that began before a write of ours started holds older content than the editor:
   * applying it would undo a decision just made (and the next write would put the loss on disk).
   * So does a read that began while a write was in flight and that write has ended since: the read
   * may have got the bytes before the write landed, and once it ended nothing shows it was in
   * flight (the flaky editor-quotes test: a late watcher event reloaded the file as it was before
   * an Accept, over the Accept).
   */
  isStale(mark: number): boolean {
    return this.changes !== mark;
  }
}

export type EventVerdict =
  /** Our own write (the bytes are what we wrote or read last): nothing to do. */
  | 'echo'
  /** Our writes are in flight: their own event decides later. */
  | 'wait'
  /**
   * A write of ours began or ended while the file was read, and none is in flight now: the bytes may
   * be from before it, so read the file again (a change saved just after it has no other event).
   */
  | 'again'
  /** Someone else changed the file: read it again. */
  | 'reload'
  /** The file is really gone (no write of ours in flight, and it does not exist now). */
  | 'deleted';

export interface SidecarEvent {
  /** The watcher reported a delete (a rename over the file may be reported so). */
  deleted: boolean;
  /** Digest of the file's bytes read after the event; null when it does not exist. */
  digestNow: string | null;
  /** Digest of the bytes we last read or wrote; undefined when we know of no file. */
  known: string | undefined;
}

export function classifySidecarEvent(e: SidecarEvent, ledger: WriteLedger, mark: number): EventVerdict {
  if (ledger.inFlight) return 'wait';
  if (ledger.isStale(mark)) return 'again';
  if (e.digestNow === null) {
    // A change event for a file that is gone again: its delete event follows (or came already).
    return e.deleted && e.known !== undefined ? 'deleted' : 'wait';
  }
  return e.digestNow === e.known ? 'echo' : 'reload';
}
