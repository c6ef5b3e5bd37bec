// Byte-level input for the CLI: whole inputs for plain mode, lines for JSONL, both checked as UTF-8.
// Lines are split on raw bytes, not with readline, because readline decodes with replacement
// characters and would turn a non-UTF-8 line into silently wrong text; here such a line is reported
// by number and the others go on. Memory stays bounded by the longest line.
import * as fs from 'fs';
import * as path from 'path';
import { CliIO } from './io';
import { InputError } from '../core/utf8';

export { InputError, Utf8Error, decodeUtf8, firstInvalidUtf8 } from '../core/utf8';

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
