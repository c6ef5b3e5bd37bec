// Byte-level input for the CLI: whole inputs for plain mode, lines for JSONL, both checked as UTF-8.
// Lines are split on raw bytes, not with readline, because readline decodes with replacement
// characters and would turn a non-UTF-8 line into silently wrong text; here such a line is reported
// by number and the others go on. Memory stays bounded by the longest line.
import * as fs from 'fs';
import * as path from 'path';
import { CliIO } from './io';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export class InputError extends Error {}

/** Input that is not UTF-8; byteOffset is where the first malformed sequence starts. */
export class Utf8Error extends InputError {
  constructor(readonly byteOffset: number, byte: number) {
    super(`not valid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${byteOffset}`);
  }
}

/**
 * Decodes UTF-8 strictly. A leading BOM is dropped (as TextDecoder and VS Code do), so offsets count
 * from the first character after it — the same text an editor shows.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new Utf8Error(at, bytes[at]);
  }
}

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c < 0x80) { i++; continue; }
    else if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) { need = 2; if (c === 0xe0) lo = 0xa0; if (c === 0xed) hi = 0x9f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; if (c === 0xf0) lo = 0x90; if (c === 0xf4) hi = 0x8f; }
    else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      // Only the first continuation byte has the narrowed range (overlongs, surrogates, > U+10FFFF).
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return b.length;
}

/** The stream to read: stdin for "-" or no file, else the file (relative to io.cwd). */
export function openInput(file: string | undefined, io: CliIO): NodeJS.ReadableStream {
  if (file === undefined || file === '-') return io.stdin;
  const p = path.resolve(io.cwd ?? process.cwd(), file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (stat.isDirectory()) throw new InputError(`cannot read ${file}: it is a directory`);
  try {
    fs.accessSync(p, fs.constants.R_OK);
  } catch {
    throw new InputError(`cannot read ${file}: permission denied`);
  }
  return fs.createReadStream(p);
}

function toBuffer(chunk: unknown): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk as Uint8Array);
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<unknown>) parts.push(toBuffer(chunk));
  return Buffer.concat(parts);
}

export interface RawLine {
  /** 1-based */
  lineNo: number;
  /** The line's bytes without the line break ("\n" or "\r\n"). */
  bytes: Buffer;
}

export async function* readLines(stream: NodeJS.ReadableStream): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let lineNo = 0;
  const finish = (tail: Buffer): RawLine => {
    const all = pending.length ? Buffer.concat([...pending, tail]) : tail;
    pending = [];
    const bytes = all.length && all[all.length - 1] === 0x0d ? all.subarray(0, all.length - 1) : all;
    return { lineNo: ++lineNo, bytes };
  };
  for await (const chunk of stream as AsyncIterable<unknown>) {
    const buf = toBuffer(chunk);
    let from = 0;
    for (let nl = buf.indexOf(0x0a, from); nl >= 0; nl = buf.indexOf(0x0a, from)) {
      yield finish(buf.subarray(from, nl));
      from = nl + 1;
    }
    if (from < buf.length) pending.push(buf.subarray(from));
  }
  if (pending.length) yield finish(Buffer.alloc(0));
}

/**
 * Watches an output stream for the reader going away (`newsmark extract --jsonl big | head`): the
 * EPIPE error is caught instead of crashing with a stack trace, and the command stops early.
 */
export class OutputGuard {
  closed = false;
  error: Error | undefined;
  private readonly onError = (err: NodeJS.ErrnoException) => {
    this.closed = true;
    if (err.code !== 'EPIPE') this.error = err;
  };
  constructor(private readonly out: NodeJS.WritableStream) {
    out.on('error', this.onError);
  }
  dispose(): void {
    this.out.off('error', this.onError);
  }
}

/** Writes and waits for 'drain' when the stream's buffer is full, so a slow reader slows us down. */
export async function writeOut(out: NodeJS.WritableStream, s: string): Promise<void> {
  if (out.write(s)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('error', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('error', done);
    out.on('close', done);
  });
}
