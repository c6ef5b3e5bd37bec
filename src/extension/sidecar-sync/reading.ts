// A load of a sidecar in progress, as a watcher event for that sidecar sees it. A sidecar written just
// before its article is opened has its watcher event arrive while the open's load runs; the event reads
// the file itself, and when it holds the bytes the open parses it waits for that parse instead of
// starting a second one. Both reads run at once on Node's thread pool, so the event's read can end
// before the open's: the open's digest is then not known yet, and an unknown digest is not a different
// one (taking it as different parsed 4 MB twice, once at load ~9). Pure (no vscode), so that order can
// be forced in a unit test.

export class Reading {
  private settle!: (digest: string | undefined) => void;
  /** The digest of the bytes this load parses, once read; undefined when it ended without parsing any. */
  readonly digest: Promise<string | undefined> = new Promise((resolve) => (this.settle = resolve));
  /** The load's outcome (true: a sidecar was loaded). */
  done?: Promise<boolean>;

  /** The load has read its bytes: events waiting on the digest compare now. */
  read(digest: string): void {
    this.settle(digest);
  }

  /** The load is over; if it never read bytes (no file, document closed, a failed read) no event joins it. */
  end(): void {
    this.settle(undefined); // no-op once read() settled the digest
  }
}

/**
 * A watcher event that read `digestNow` (null: no file) while `reading` was in progress: when those
 * are the bytes the load parses, waits for that parse (its failure is the load's to report) and
 * returns true; otherwise false, and the event goes the ordinary way (an outside edit is never dropped).
 */
export async function joinReading(reading: Reading | undefined, digestNow: string | null): Promise<boolean> {
  if (!reading || digestNow === null) return false;
  if ((await reading.digest) !== digestNow) return false;
  await reading.done?.then(undefined, () => undefined);
  return true;
}
