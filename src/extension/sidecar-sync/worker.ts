// Worker thread for large sidecars (bundled to dist/sidecar-worker.js). Reading or writing the
// sidecar of a 1 MB article (20,000 entries, 4 MB of YAML) takes seconds in the yaml library; here
// it runs off the extension host's thread, so highlights, hovers and typing stay live meanwhile.
// The work itself is src/sidecar's SidecarSession, the same the editor runs in-process for small
// sidecars; this file only carries its calls and errors over messages. No vscode import.
import { parentPort } from 'node:worker_threads';
import { sameLists } from '../../sidecar/same';
import { applyChanges, type ListDelta } from './transfer';
import {
  decodeSidecar,
  previewSidecar,
  SidecarError,
  SidecarSession,
  WriteConflict,
  type Annotation,
  type ParsedSummary,
  type Relation,
  type SidecarPreview,
  type WriteBase,
  type Written,
} from '../../sidecar';

export type WorkerRequest =
  /**
   * `yaml`: the file's bytes as read (their buffer transferred, not copied: decoding them and copying
   * the text would cost the host thread ~0.3 s for a 7 MB sidecar), or its text. `preview`: send the
   * fast reading of the file (sidecar/preview.ts) first, as an early reply. `check`: after the reply,
   * compare the text read with a full print of the parse (checkRead), so the first decision is patched.
   */
  | { id: number; op: 'parse'; file: string; yaml: string | Uint8Array; articleText: string; articleName: string; preview?: boolean; check?: boolean }
  /**
   * `annotations`: the whole list, or `delta`: the changes to the list the last write of this file
   * carried (transfer.ts). `list` names the list this write carries, for the next delta.
   */
  | {
      id: number;
      op: 'write';
      file: string;
      articleName: string;
      articleText: string;
      annotations?: Annotation[];
      delta?: ListDelta<Annotation>;
      list: number;
      base: WriteBase;
      relations?: Relation[];
    }
  | { id: number; op: 'forget'; file: string };

export type WorkerResponse =
  /**
   * `written` comes without its text: the host keeps no copy of a large sidecar (it would be megabytes
   * to copy back). `asPreview`: the parse's annotations and orphans are exactly the early reply's, so
   * they are not sent a second time (`parsed` holds empty lists; 25,000 objects are ~0.1-0.25 s to copy).
   */
  | { id: number; ok: true; parsed?: ParsedSummary; written?: Omit<Written, 'text'>; asPreview?: true }
  /** `stale`: a delta against a list this worker does not hold; nothing was written, send the whole list. */
  | { id: number; ok: false; message: string; sidecar?: { file: string; reason: string; line?: number }; conflict?: string; stale?: true };

/** Sent before the reply to a parse with `preview`, when a fast reading was possible. */
export type WorkerEarly = { id: number; early: SidecarPreview };

const session = new SidecarSession();
/** The last parse answered, with the text it read, until checkRead compares that text with a full print. */
let unchecked: { file: string; text: string; articleText: string; articleName: string } | undefined;
/** The annotation list each file's last write carried, named by the host's number for it. */
const lists = new Map<string, { list: number; annotations: Annotation[] }>();

/** The reply to `req`; `early` gets the preview of a parse that asked for one, before the parse. */
export async function handle(req: WorkerRequest, early?: (r: WorkerEarly) => void): Promise<WorkerResponse> {
  try {
    switch (req.op) {
      case 'parse': {
        // Bytes that are not UTF-8 throw the same SidecarError (with its line) the host would have.
        const yamlText = typeof req.yaml === 'string' ? req.yaml : decodeSidecar(req.yaml, req.file);
        let sent: SidecarPreview | undefined;
        if (req.preview && early) {
          // A preview is a bonus: whatever happens to it, the parse below answers the request.
          let preview: SidecarPreview | undefined;
          try {
            preview = previewSidecar(yamlText, req.articleText, req.articleName);
          } catch {
            preview = undefined;
          }
          if (preview) early({ id: req.id, early: preview });
          sent = preview;
        }
        const parsed = await session.parse(req.file, yamlText, req.articleText, req.articleName);
        if (req.check) unchecked = { file: req.file, text: yamlText, articleText: req.articleText, articleName: req.articleName };
        if (sent && sameLists(sent.annotations, parsed.annotations) && sameLists(sent.orphans, parsed.orphans))
          return { id: req.id, ok: true, parsed: { ...parsed, annotations: [], orphans: [] }, asPreview: true };
        return { id: req.id, ok: true, parsed };
      }
      case 'write': {
        const held = lists.get(req.file);
        let annotations = req.annotations;
        if (!annotations && req.delta && held?.list === req.delta.base) annotations = applyChanges(held.annotations, req.delta.changes);
        if (!annotations) return { id: req.id, ok: false, message: 'the sidecar worker does not hold the list this change applies to', stale: true };
        // Kept before writing: whatever the write does, the host's next delta is against this list.
        lists.set(req.file, { list: req.list, annotations });
        const { text: _kept, ...written } = await session.write(req.file, req.articleName, req.articleText, annotations, req.base, req.relations);
        return { id: req.id, ok: true, written };
      }
      case 'forget':
        session.forget(req.file);
        lists.delete(req.file);
        return { id: req.id, ok: true };
    }
  } catch (e) {
    if (e instanceof SidecarError) return { id: req.id, ok: false, message: e.message, sidecar: { file: e.file, reason: e.reason, line: e.line } };
    if (e instanceof WriteConflict) return { id: req.id, ok: false, message: e.message, conflict: e.file };
    return { id: req.id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Run after the reply to a parse is sent, before the next request: when the file as read is exactly
 * the full print of its parse, the session keeps it as printed and the first decision is patched
 * (session.adoptRead). The check costs a full print, which the first decision would otherwise pay.
 * True when adopted.
 */
export function checkRead(): boolean {
  const read = unchecked;
  unchecked = undefined;
  return !!read && session.adoptRead(read.file, read.text, read.articleText, read.articleName);
}

// One request at a time, in order: writes of one file must land in the order they were asked for,
// and a write waits for the check of the parse before it.
let chain = Promise.resolve();
parentPort?.on('message', (req: WorkerRequest) => {
  chain = chain.then(async () => {
    parentPort?.postMessage(await handle(req, (r) => parentPort?.postMessage(r)));
    checkRead();
  });
});
