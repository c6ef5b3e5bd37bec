// Shared by the annotate/check tests: in-memory streams, a temp folder with a copy of the sample,
// and a stand-in engine that returns entities placed on the text by quote.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { Engine } from '../../../src/core/engine';
import type { Entity } from '../../../src/core/types';
import type { CliIO } from '../../../src/cli/io';
import { SAMPLE, sampleEntities } from './fixtures';

export class Sink extends Writable {
  private chunks: Buffer[] = [];
  constructor(readonly isTTY = false) {
    super();
  }
  _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.chunks.push(Buffer.from(chunk));
    cb();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runWith(command: (args: string[], io: CliIO) => Promise<number>, args: string[], cwd: string, tty = false): Promise<Run> {
  const stdout = new Sink();
  const stderr = new Sink(tty);
  const code = await command(args, { stdin: Readable.from([]), stdout, stderr, cwd });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** An engine that "finds" the sample's entities wherever their quotes still occur. */
export function fakeEngine(extra: (text: string) => Entity[] = () => []): { loadEngine(): Promise<Engine> } {
  return {
    loadEngine: async () =>
      ({
        extract: (text: string) => ({ lang: 'ru' as const, entities: [...sampleEntities(text, { skipMissing: true }), ...extra(text)] }),
      }) as unknown as Engine,
  };
}

const made: string[] = [];
/** A fresh temporary folder, removed after the run. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-sidecar-'));
  made.push(dir);
  return dir;
}
after(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder holding `article.txt` (the sample) and any other files given. */
export function workspace(files: Record<string, string> = {}): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'article.txt'), SAMPLE);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
