// A pool of worker threads, so `annotate DIR` and `check DIR` use every core and the editor's
// Annotate Workspace Folder extracts off the extension host's thread. Free of `vscode` so both may
// import it. Each worker (./extract-worker.ts) loads the engine once, on its first text, and checks
// an article against its sidecar the way `check` does in this thread; a task goes to the worker with
// the fewest tasks waiting. Callers that print put results back in order with forEachInOrder
// (cli/in-order.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../core/types';
import type { CheckedArticle, CheckTask } from '../cli/check';
import type { Extracted, PoolReply, PoolRequest } from './extract-worker';

export interface ExtractPool {
  readonly size: number;
  extract(text: string, opts: ExtractOptions): Promise<Extracted>;
  /** What `check` finds for one article and its sidecar (check.ts checkArticle, in a worker). */
  check(task: CheckTask): Promise<CheckedArticle>;
  /** Stops the workers; tasks still waiting are rejected. */
  close(): Promise<void>;
}

/** Default --jobs: one engine per core. */
export function defaultJobs(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length || 1;
}

/** The value of --jobs (default: one per core), or an error message for the usage text. */
export function parseJobs(value: string | undefined): number | { error: string } {
  const jobs = value === undefined ? defaultJobs() : Number(value);
  if (!/^\d+$/.test(value ?? '1') || !Number.isSafeInteger(jobs) || jobs < 1) return { error: '--jobs must be a whole number ≥ 1' };
  return jobs;
}

interface Pending {
  resolve(result: unknown): void;
  reject(err: Error): void;
}
interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  dead: boolean;
}

/**
 * `entry` is the worker script: the extension passes its own dist/extract-worker.js (from its
 * extension folder); the CLI leaves it out and gets the one next to its bundle, or the .ts source
 * under tsx.
 */
export function createExtractPool(size: number, entry = workerEntry()): ExtractPool {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size must be a whole number ≥ 1, got ${size}`);
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;

  const fail = (slot: Slot, err: Error) => {
    for (const p of slot.pending.values()) p.reject(err);
    slot.pending.clear();
  };
  for (let k = 0; k < size; k++) {
    // Under tsx (unit tests) the entry is TypeScript: the worker gets the same loader.
    const worker = new Worker(entry, entry.endsWith('.ts') ? { execArgv: ['--require', 'tsx/cjs'] } : {});
    const slot: Slot = { worker, pending: new Map(), dead: false };
    worker.on('message', (m: PoolReply) => {
      const p = slot.pending.get(m.id);
      if (!p) return;
      slot.pending.delete(m.id);
      if ('error' in m) p.reject(new Error(m.error));
      else p.resolve(m.result);
    });
    worker.on('error', (err) => fail(slot, new Error(`newsmark: extraction worker failed: ${err.message}`)));
    worker.on('exit', (code) => {
      slot.dead = true; // no new texts go to it
      if (!closed || slot.pending.size) fail(slot, new Error(`newsmark: extraction worker stopped (exit code ${code})`));
    });
    slots.push(slot);
  }

  const send = <T>(task: PoolRequest['task']): Promise<T> => {
    if (closed) return Promise.reject(new Error('newsmark: the extraction pool is closed'));
    let slot: Slot | undefined;
    for (const s of slots) if (!s.dead && (!slot || s.pending.size < slot.pending.size)) slot = s;
    if (!slot) return Promise.reject(new Error('newsmark: every extraction worker has stopped'));
    const target = slot;
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      target.pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      target.worker.postMessage({ id, task } satisfies PoolRequest);
    });
  };

  return {
    size,
    extract: (text, opts) => send<Extracted>({ kind: 'extract', text, opts }),
    check: (task) => send<CheckedArticle>({ kind: 'check', ...task }),
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** dist/extract-worker.js next to the bundled CLI; src/pool/extract-worker.ts when run from source. */
function workerEntry(): string {
  for (const name of ['extract-worker.js', 'extract-worker.ts']) {
    const p = path.join(__dirname, name);
    if (fs.existsSync(p)) return p;
  }
  throw new Error(`newsmark: extract-worker.js is missing next to ${__dirname}; run \`npm run build\``);
}
