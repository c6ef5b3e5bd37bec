// Worker thread of the extraction pool (./pool.ts; the CLI's --jobs and the editor's Annotate
// Workspace Folder): answers { id, task } messages with { id, result } or { id, error }, one at a
// time, in arrival order. An extract task runs the engine, loaded on the first one (a check-only pool
// never reads the models); a check task runs cli/check.ts checkArticle, loaded on the first one (an
// annotate pool, and the editor's, never loads the YAML checks).
import { parentPort } from 'node:worker_threads';
import { loadEngine } from '../core/engine';
import type { ExtractOptions, ExtractResult } from '../core/types';
// Types only: `check` is CLI work, required below only when a check task arrives.
import type { CheckedArticle, CheckTask } from '../cli/check';

export type PoolTask = { kind: 'extract'; text: string; opts: ExtractOptions } | ({ kind: 'check' } & CheckTask);
export interface PoolRequest {
  id: number;
  task: PoolTask;
}
/** What an extract task gives: the entities, and the language they were found in (quotes need it). */
export type Extracted = Pick<ExtractResult, 'entities' | 'lang'>;
export type PoolReply = { id: number; result: Extracted | CheckedArticle } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('newsmark: extract-worker runs only as a worker thread');

async function answer(task: PoolTask): Promise<Extracted | CheckedArticle> {
  if (task.kind === 'extract') {
    const { entities, lang } = (await loadEngine()).extract(task.text, task.opts);
    return { entities, lang };
  }
  // require, not import(): lazy inside the bundle, and resolvable under tsx (see app.ts COMMANDS).
  const { checkArticle } = require('../cli/check') as typeof import('../cli/check');
  return checkArticle(task);
}

// One task at a time, in arrival order: a check task awaits file reads, and the next must not start
// meanwhile (the pool's least-waiting choice counts on it).
let queue: Promise<void> = Promise.resolve();
port.on('message', (req: PoolRequest) => {
  queue = queue.then(() =>
    answer(req.task).then(
      (result) => port.postMessage({ id: req.id, result } satisfies PoolReply),
      (err: unknown) => port.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies PoolReply),
    ),
  );
});
