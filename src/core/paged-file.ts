// A data file read page by page, on first use, into one zero-filled buffer of its size: for the big
// tables of which a document reads a small part (az's DAWGs, the build-time morphology table). On
// this machine a megabyte of fresh memory costs ~3 ms to fault in, so reading a file whole is paid
// per byte of the file, not per byte used; a page here is read, and its memory touched, only when a
// lookup reaches it, once. Typed-array views over `bytes.buffer` see each page once it is read.
// Node has no mmap; this is the part of it these tables need.
import * as fs from 'fs';

/** Bytes per page: the system's page, so a read faults in exactly the memory it fills. */
export const PAGE_SHIFT = 12;
const PAGE = 1 << PAGE_SHIFT;

/** What a table reads through: `bytes` (the whole file's length), `loaded[p]` 1 once page p is in it. */
export interface PagedBytes {
  readonly bytes: Uint8Array;
  readonly size: number;
  readonly loaded: Uint8Array;
  /** Reads page p (callers check `loaded` first: the hot paths inline that test). */
  load(p: number): void;
  /** Makes bytes [start, end) readable. */
  need(start: number, end: number): void;
}

export class PagedFile implements PagedBytes {
  readonly bytes: Uint8Array;
  readonly size: number;
  readonly loaded: Uint8Array;
  private readonly fd: number;

  /**
   * Opens `file`; nothing is read yet. The file stays open for the life of the process (the tables
   * live as long). `what` names the file in errors ("the az dictionary").
   */
  constructor(
    readonly file: string,
    private readonly what: string,
  ) {
    this.fd = fs.openSync(file, 'r');
    try {
      this.size = fs.fstatSync(this.fd).size;
    } catch (err) {
      fs.closeSync(this.fd);
      throw err;
    }
    // Zero-filled and untouched: the system maps its pages only when a read below fills them.
    this.bytes = new Uint8Array(this.size);
    this.loaded = new Uint8Array(Math.ceil(this.size / PAGE));
  }

  load(p: number): void {
    const start = p * PAGE;
    const page = this.bytes.subarray(start, Math.min(this.size, start + PAGE));
    for (let got = 0; got < page.length;) {
      const n = fs.readSync(this.fd, page, got, page.length - got, start + got);
      if (n === 0) throw new Error(`newsmark: ${this.what} ${this.file} was cut short while in use`);
      got += n;
    }
    this.loaded[p] = 1;
  }

  need(start: number, end: number): void {
    if (end <= start) return;
    for (let p = start >>> PAGE_SHIFT; p <= (end - 1) >>> PAGE_SHIFT && p < this.loaded.length; p++) if (this.loaded[p] === 0) this.load(p);
  }

  /** Closes the file (a table that found it damaged); nothing can be read after. */
  close(): void {
    fs.closeSync(this.fd);
  }

  /** Pages read so far and pages in the file: how lazy the reading was (tests). */
  pagesRead(): { read: number; total: number } {
    let read = 0;
    for (const p of this.loaded) read += p;
    return { read, total: this.loaded.length };
  }
}

/** Bytes already in memory, seen as a paged file every page of which is read (aligned: copied when `buf` is not). */
export function wholeBytes(buf: Uint8Array): PagedBytes {
  const bytes = buf.byteOffset % 8 === 0 ? buf : Uint8Array.prototype.slice.call(buf);
  const loaded = new Uint8Array(Math.ceil(bytes.length / PAGE)).fill(1);
  return { bytes, size: bytes.length, loaded, load: () => {}, need: () => {} };
}
