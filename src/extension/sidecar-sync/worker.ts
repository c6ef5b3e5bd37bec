// Worker thread for large sidecars (bundled to dist/sidecar-worker.js). Reading or writing the
// sidecar of a 1 MB article (20,000 entries, 4 MB of YAML) takes seconds in the yaml library; here
// it runs off the extension host's thread, so highlights, hovers and typing stay live meanwhile.
// It keeps each parsed sidecar's YAML document, so rewrites still preserve comments and key order.
// No vscode import: this runs in a plain Node worker.
import { parentPort } from 'node:worker_threads';
import { parseSidecar, serializeSidecar, SidecarError, writeFileAtomic, type Annotation, type Sidecar } from '../../sidecar';

export type WorkerRequest =
  | { id: number; op: 'parse'; file: string; yamlText: string; articleText: string; articleName: string }
  | { id: number; op: 'write'; file: string; articleName: string; articleText: string; annotations: Annotation[] }
  | { id: number; op: 'forget'; file: string };

export interface ParsedSummary {
  annotations: Annotation[];
  orphans: Annotation[];
  handWritten: string[];
  moves: number;
}

export type WorkerResponse =
  | { id: number; ok: true; parsed?: ParsedSummary; text?: string }
  | { id: number; ok: false; message: string; sidecar?: { file: string; reason: string; line?: number } };

const parsed = new Map<string, Sidecar>();

export async function handle(req: WorkerRequest): Promise<WorkerResponse> {
  try {
    switch (req.op) {
      case 'parse': {
        const sc = parseSidecar(req.yamlText, req.articleText, req.file, req.articleName);
        parsed.set(req.file, sc);
        return { id: req.id, ok: true, parsed: { annotations: sc.annotations, orphans: sc.orphans, handWritten: [...sc.handWritten], moves: sc.moves.length } };
      }
      case 'write': {
        const text = serializeSidecar(parsed.get(req.file), req.articleName, req.articleText, req.annotations);
        await writeFileAtomic(req.file, text);
        return { id: req.id, ok: true, text };
      }
      case 'forget':
        parsed.delete(req.file);
        return { id: req.id, ok: true };
    }
  } catch (e) {
    if (e instanceof SidecarError) {
      parsed.delete(req.file);
      return { id: req.id, ok: false, message: e.message, sidecar: { file: e.file, reason: e.reason, line: e.line } };
    }
    return { id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

// One request at a time, in order: writes of one file must land in the order they were asked for.
let chain = Promise.resolve();
parentPort?.on('message', (req: WorkerRequest) => {
  chain = chain.then(async () => parentPort?.postMessage(await handle(req)));
});
