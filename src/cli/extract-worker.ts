// Worker thread of the extraction pool (src/cli/pool.ts): loads the engine once and answers
// { id, text, opts } messages with { id, entities } or { id, error }, one at a time, in arrival order.
import { parentPort } from 'node:worker_threads';
import { loadEngine } from '../core/engine';
import type { Entity, ExtractOptions } from '../core/types';

export interface ExtractRequest {
  id: number;
  text: string;
  opts: ExtractOptions;
}
export type ExtractReply = { id: number; entities: Entity[] } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('newsmark: extract-worker runs only as a worker thread');
const engine = loadEngine();
port.on('message', (req: ExtractRequest) => {
  engine.then(
    (e) => {
      let reply: ExtractReply;
      try {
        reply = { id: req.id, entities: e.extract(req.text, req.opts).entities };
      } catch (err) {
        reply = { id: req.id, error: err instanceof Error ? err.message : String(err) };
      }
      port.postMessage(reply);
    },
    (err: unknown) => port.postMessage({ id: req.id, error: err instanceof Error ? err.message : String(err) } satisfies ExtractReply),
  );
});
