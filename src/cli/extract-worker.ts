// Worker thread of the CLI's pool (src/cli/pool.ts): answers { id, task } messages with
// { id, result } or { id, error }, one at a time, in arrival order. An extract task runs the engine,
// loaded on the first one (a check-only pool never reads the models); a check task runs check.ts
// checkArticle, loaded on the first one (an annotate pool never loads the YAML checks).
import { parentPort } from 'node:worker_threads';
import { loadEngine } from '../core/engine';
import type { Entity, ExtractOptions } from '../core/types';
import type { CheckedArticle, CheckTask } from './check';

export type PoolTask = { kind: 'extract'; text: string; opts: ExtractOptions } | ({ kind: 'check' } & CheckTask);
export interface PoolRequest {
  id: number;
  task: PoolTask;
}
export type PoolReply = { id: number; result: Entity[] | CheckedArticle } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('newsmark: extract-worker runs only as a worker thread');

async function answer(task: PoolTask): Promise<Entity[] | CheckedArticle> {
  if (task.kind === 'extract') return (await loadEngine()).extract(task.text, task.opts).entities;
  // require, not import(): lazy inside the bundle, and resolvable under tsx (see app.ts COMMANDS).
  const { checkArticle } = require('./check') as typeof import('./check');
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
