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
  previewHead,
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
  | { id: number; op: 'forget'; file: string }
  /**
   * Only the early replies of a parse with `preview` (the first screen, the whole fast reading), then an
   * empty reply: asked of a second thread while this one is busy with another file's full parse, so a
   * second open shows its highlights without waiting seconds for that parse. Keeps nothing.
   */
  | { id: number; op: 'preview'; file: string; yaml: string | Uint8Array; articleText: string; articleName: string };

export type WorkerResponse =
  /**
   * `written` comes without its text: the host keeps no copy of a large sidecar (it would be megabytes
   * to copy back). `asPreview`: the parse's annotations and orphans are exactly the early reply's, so
   * they are not sent a second time (`parsed` holds empty lists; 25,000 objects are ~0.1-0.25 s to copy).
   */
  | { id: number; ok: true; parsed?: ParsedSummary; written?: Omit<Written, 'text'>; asPreview?: true; steps?: WallSteps }
  /** `stale`: a delta against a list this worker does not hold; nothing was written, send the whole list. */
  | { id: number; ok: false; message: string; sidecar?: { file: string; reason: string; line?: number }; conflict?: string; stale?: true };

/**
 * Sent before the reply to a parse with `preview`, when a fast reading was possible; `head`: only the
 * annotations of the file's first entries (previewHead), with the whole fast reading still to come.
 */
export type WorkerEarly = { id: number; early: SidecarPreview; steps: WallSteps; head?: true };

/**
 * Sent when the worker starts and ends a check it runs on its own (seconds for a long file): the host
 * then sends an article being opened meanwhile to the preview thread for its highlights.
 */
export type WorkerChecking = { checking: boolean };

/** How many of a sidecar's first entries the first screen shows (~20 KB of dense news text). */
export const HEAD_ENTRIES = 500;

/** A parse's stages as they ended here, in wall-clock ms (performance.timeOrigin + now: comparable across threads). */
export type WallSteps = Array<[step: string, wall: number]>;
const wallNow = () => performance.timeOrigin + performance.now();

const session = new SidecarSession();
/**
 * Parses answered whose text read is still to be compared with a full print (checkRead), by file, in
 * the order they were answered.
 */
const unchecked = new Map<string, { text: string; articleText: string; articleName: string }>();
/** The annotation list each file's last write carried, named by the host's number for it. */
const lists = new Map<string, { list: number; annotations: Annotation[] }>();

/** The reply to `req`; `early` gets the preview of a parse that asked for one, before the parse. */
export async function handle(req: WorkerRequest, early?: (r: WorkerEarly) => void): Promise<WorkerResponse> {
  try {
    switch (req.op) {
      case 'parse': {
        const steps: WallSteps = [['worker: start', wallNow()]];
        const lap = (stage: string) => steps.push([`worker: ${stage}`, wallNow()]);
        // Bytes that are not UTF-8 throw the same SidecarError (with its line) the host would have.
        const yamlText = typeof req.yaml === 'string' ? req.yaml : decodeSidecar(req.yaml, req.file);
        lap('decoded');
        const sent = req.preview && early ? sendPreview(req, yamlText, steps, early) : undefined;
        unchecked.delete(req.file); // a check is of the file's last parse only
        const parsed = await session.parse(req.file, yamlText, req.articleText, req.articleName);
        lap('parsed');
        if (req.check) unchecked.set(req.file, { text: yamlText, articleText: req.articleText, articleName: req.articleName });
        if (sent && sameLists(sent.annotations, parsed.annotations) && sameLists(sent.orphans, parsed.orphans))
          return { id: req.id, ok: true, parsed: { ...parsed, annotations: [], orphans: [] }, asPreview: true, steps };
        return { id: req.id, ok: true, parsed, steps };
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
      case 'preview': {
        const steps: WallSteps = [['worker: start', wallNow()]];
        const yamlText = typeof req.yaml === 'string' ? req.yaml : decodeSidecar(req.yaml, req.file);
        steps.push(['worker: decoded', wallNow()]);
        if (early) sendPreview(req, yamlText, steps, early);
        return { id: req.id, ok: true, steps };
      }
      case 'forget':
        unchecked.delete(req.file);
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
 * Sends the first screen, then the whole fast reading, as early replies to `req`; returns the reading.
 * A preview is a bonus: whatever happens to it, the parse answers the request.
 */
function sendPreview(
  req: { id: number; articleText: string; articleName: string },
  yamlText: string,
  steps: WallSteps,
  early: (r: WorkerEarly) => void,
): SidecarPreview | undefined {
  const lap = (stage: string) => steps.push([`worker: ${stage}`, wallNow()]);
  // First the top of the article, where it opens, from the file's first entries alone.
  const head = previewHead(yamlText, req.articleText, req.articleName, HEAD_ENTRIES);
  lap('head');
  if (head) early({ id: req.id, early: { annotations: head, orphans: [] }, steps: steps.splice(0), head: true });
  let preview: SidecarPreview | undefined;
  try {
    preview = previewSidecar(yamlText, req.articleText, req.articleName, lap);
  } catch {
    preview = undefined;
  }
  if (preview) early({ id: req.id, early: preview, steps: steps.splice(0) });
  return preview;
}

/** The files whose last parse still waits for its check (tests). */
export function pendingChecks(): string[] {
  return [...unchecked.keys()];
}

/**
 * The check of `file`'s last parse (default: the last parse answered that still waits for one): when
 * the file as read is exactly the full print of its parse, the session keeps it as printed and the
 * first decision is patched (session.adoptRead). The check costs a full print (seconds for 25,000
 * entries), which the first decision would otherwise pay. True when adopted; false also when there
 * was nothing to check.
 */
export function checkRead(file?: string): boolean {
  const key = file ?? [...unchecked.keys()].pop();
  const read = key === undefined ? undefined : unchecked.get(key);
  if (key === undefined || !read) return false;
  unchecked.delete(key);
  return session.adoptRead(key, read.text, read.articleText, read.articleName);
}

/**
 * How long the worker must have been without requests before it runs a check. The check is one
 * synchronous print of seconds, and a request that arrives meanwhile waits for it: opening a second
 * long article right after the first (VS Code takes ~1-5 s to open a 1 MB document on a loaded
 * machine) waited 4-7 s behind the first one's check. A write never waits for the delay: it runs its
 * file's check first.
 */
export const CHECK_IDLE_MS = 10000;

/**
 * The worker's request loop: one request at a time, in order (writes of one file must land in the
 * order they were asked for); the checks run when no request has come for `idleMs`, the last parse
 * answered first (the article a person is looking at), and before a write of their file.
 */
export class RequestLoop {
  private chain = Promise.resolve();
  private waiting = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly reply: (r: WorkerResponse | WorkerEarly | WorkerChecking) => void,
    private readonly idleMs = CHECK_IDLE_MS,
    /** Told after each check (tests). */
    private readonly checked?: (file: string, adopted: boolean) => void,
  ) {}

  /** Queues `req`; resolves once it is answered. */
  take(req: WorkerRequest): Promise<void> {
    this.waiting++;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const done = this.chain.then(async () => {
      // A write waits for the check of its file's parse, so that it can be patched.
      if (req.op === 'write' && unchecked.has(req.file)) this.check(req.file);
      this.reply(await handle(req, this.reply));
    });
    // A reply that cannot be sent must not stop the loop: the requests after it are still answered.
    this.chain = done
      .catch(() => undefined)
      .finally(() => {
        this.waiting--;
        this.schedule();
      });
    return done;
  }

  private schedule(): void {
    if (this.waiting > 0 || this.timer || unchecked.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.waiting > 0) return; // a request came first: it reschedules when answered
      this.chain = this.chain.then(() => {
        this.check();
        this.schedule();
      });
    }, this.idleMs);
    this.timer.unref?.();
  }

  private check(file?: string): void {
    const key = file ?? [...unchecked.keys()].pop();
    if (key === undefined) return;
    this.reply({ checking: true });
    let adopted = false;
    try {
      adopted = checkRead(key);
    } finally {
      this.reply({ checking: false });
    }
    this.checked?.(key, adopted);
  }
}

if (parentPort) {
  const port = parentPort;
  const loop = new RequestLoop((r) => port.postMessage(r));
  port.on('message', (req: WorkerRequest) => void loop.take(req));
}
