// In-memory streams for calling run() the way the binary does, without a process.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable, Writable } from 'stream';
import { run } from '../../../src/cli/app';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export class Sink extends Writable {
  chunks: Buffer[] = [];
  constructor(
    private readonly slow = false,
    highWaterMark?: number,
  ) {
    super({ highWaterMark });
  }
  _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    // A slow reader: completes each write on a later turn, so the writer must respect 'drain'.
    if (this.slow) setImmediate(cb);
    else cb();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export async function runCli(argv: string[], stdin: string | Buffer = '', opts: { cwd?: string; stdout?: Sink } = {}): Promise<RunResult> {
  const stdout = opts.stdout ?? new Sink();
  const stderr = new Sink();
  const input = Readable.from([typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin]);
  const code = await run(argv, { stdin: input, stdout, stderr, cwd: opts.cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

export function tempFile(name: string, content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-cli-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

export const REPO = path.resolve(__dirname, '../../..');
export const SAMPLE = path.join(REPO, 'samples/ru-mvd-kazakhstan-russia.txt');
export const FIXTURES = path.join(REPO, 'test/fixtures/eval');
