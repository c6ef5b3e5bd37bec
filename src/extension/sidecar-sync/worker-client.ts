// The extension's side of the sidecar worker: started on first use, one request at a time, and
// disposed with the extension; a second thread reads the highlights of an article opened while the
// first one is busy with another file's full parse. Large sidecars only — small ones are faster
// in-process than the round trip. When the worker bundle is missing (running from sources), callers fall back to
// in-process reading and writing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import {
  SidecarError,
  WriteConflict,
  type Annotation,
  type ParsedSummary,
  type Relation,
  type SidecarBackend,
  type SidecarPreview,
  type WriteBase,
  type Written,
} from '../../sidecar';
import { listChanges, movable } from './transfer';
import type { WorkerChecking, WorkerEarly, WorkerRequest, WorkerResponse } from './worker';
import { log } from '../util/errors';

/** Sidecars above this size (bytes of YAML) or annotation counts go through the worker. */
export const LARGE_SIDECAR_BYTES = 256 * 1024;
export const LARGE_ANNOTATION_COUNT = 2000;

type Pending = {
  resolve: (r: WorkerResponse) => void;
  reject: (e: Error) => void;
  early?: (r: WorkerEarly) => void;
  /** The early reply, kept: a parse whose annotations are the same comes without them (`asPreview`). */
  preview?: SidecarPreview;
};
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Reply = WorkerResponse & { ok: true; preview?: SidecarPreview };

/** The worker does not hold the list a write's changes were against. */
class StaleList extends Error {}

/** One worker thread: started on first use, its requests answered in order; a new one after it stops. */
class WorkerThread implements vscode.Disposable {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly script: string,
    /** Told when the thread stopped with requests lost (its state is gone). */
    private readonly stopped: () => void = () => undefined,
  ) {}

  /** The thread said it is running a check of its own (seconds, between requests). */
  private checking = false;

  /** A request is being answered or waits, or the thread is running a check. */
  get busy(): boolean {
    return this.pending.size > 0 || this.checking;
  }

  async request(req: Request, early?: (r: WorkerEarly) => void, transfer: ArrayBuffer[] = []): Promise<Reply> {
    const w = this.start();
    const id = this.nextId++;
    const pending: Pending = { resolve: () => undefined, reject: () => undefined, early };
    const res = await new Promise<WorkerResponse>((resolve, reject) => {
      pending.resolve = resolve;
      pending.reject = reject;
      this.pending.set(id, pending);
      w.postMessage({ ...req, id } as WorkerRequest, transfer);
    });
    if (res.ok) return { ...res, preview: pending.preview };
    if (res.stale) throw new StaleList();
    if (res.sidecar) throw new SidecarError(res.sidecar.file, res.sidecar.reason, res.sidecar.line);
    if (res.conflict !== undefined) throw new WriteConflict(res.conflict);
    throw new Error(res.message);
  }

  /** Running now (a request to a thread that is not running has nothing to tell it). */
  get running(): boolean {
    return this.worker !== undefined;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(this.script);
    w.on('message', (r: WorkerResponse | WorkerEarly | WorkerChecking) => {
      if ('checking' in r) {
        this.checking = r.checking;
        return;
      }
      const p = this.pending.get(r.id);
      // An early reply comes before the request's own reply, which is still to come.
      if ('early' in r) {
        if (p && !r.head) p.preview = r.early; // a reply `asPreview` refers to the whole reading
        try {
          p?.early?.(r);
        } catch (e) {
          log(`sidecar worker: early reply: ${String(e)}`);
        }
        return;
      }
      this.pending.delete(r.id);
      p?.resolve(r);
    });
    const fail = (e: Error) => {
      log(`sidecar worker stopped: ${e.message}`);
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      this.checking = false;
      this.stopped();
      this.worker = undefined; // the next request starts a new one
    };
    w.on('error', fail);
    w.on('exit', (code) => code !== 0 && fail(new Error(`exit code ${code}`)));
    w.unref(); // never keeps the extension host alive on shutdown
    return (this.worker = w);
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    if (w) w.terminate().catch(() => undefined);
  }
}

export class SidecarWorker implements SidecarBackend, vscode.Disposable {
  /** Parses, holds the parsed files and writes them: one request at a time, in order. */
  private readonly session: WorkerThread;
  /**
   * Reads only the fast first reading of an article being opened while the session thread is busy
   * (another file's full parse takes seconds): the newer open shows its highlights meanwhile. Holds
   * nothing, so nothing is decided or written from it; its parse still goes to the session thread.
   */
  private readonly previews: WorkerThread;
  /** The annotation list last sent for each file, and its number: the next write sends only what changed. */
  private readonly sent = new Map<string, { list: number; annotations: readonly Annotation[] }>();
  private nextList = 1;

  constructor(private readonly script = path.join(__dirname, 'sidecar-worker.js')) {
    this.session = new WorkerThread(script, () => this.sent.clear()); // a new worker holds no list
    this.previews = new WorkerThread(script);
  }

  /** False when the worker bundle is not there (e.g. running from sources): use the in-process path. */
  get available(): boolean {
    return fs.existsSync(this.script);
  }

  /**
   * Bytes are moved to the worker, not copied: the caller's array is empty afterwards (take its digest
   * first). The worker decodes them, off this thread.
   */
  async parse(
    file: string,
    yaml: string | Uint8Array,
    articleText: string,
    articleName: string,
    onPreview?: (preview: SidecarPreview, head: boolean) => void,
    onSteps?: (steps: ReadonlyArray<[step: string, wall: number]>) => void,
  ): Promise<ParsedSummary> {
    const early =
      onPreview &&
      ((e: WorkerEarly) => {
        onSteps?.(e.steps);
        onPreview(e.early, !!e.head);
      });
    // Another file's parse is running or waiting there: this open's highlights come from the
    // preview thread meanwhile (a copy of the bytes goes there), and its parse waits its turn.
    const aside = early && this.session.busy;
    let previewed: Promise<unknown> | undefined;
    if (aside) {
      const copy = typeof yaml === 'string' ? yaml : new Uint8Array(yaml);
      previewed = this.previews
        .request({ op: 'preview', file, yaml: copy, articleText, articleName }, early, typeof copy === 'string' ? [] : [copy.buffer as ArrayBuffer])
        .then((r) => r.steps && onSteps?.(r.steps))
        .catch((e: unknown) => log(`sidecar preview thread: ${String(e)}`)); // a preview is a bonus: the parse answers
    }
    const moved = typeof yaml === 'string' ? yaml : movable(yaml);
    // Opening an article (the parse that shows a preview) checks the text read, so the person's first
    // decision is patched; a parse a write asked for (persist hands a grown sidecar over) would pay
    // that check and then the full print it saves nothing on, as a write is waiting right behind it.
    let r: Reply;
    try {
      r = await this.session.request(
        { op: 'parse', file, yaml: moved, articleText, articleName, preview: !!early && !aside, check: !!onPreview },
        aside ? undefined : early,
        typeof moved === 'string' ? [] : [moved.buffer as ArrayBuffer],
      );
    } finally {
      await previewed; // its highlights land before the parse's outcome (a refused file clears them), never after
    }
    if (r.steps) onSteps?.(r.steps);
    if (!r.parsed) throw new Error('sidecar worker returned no parse result');
    if (!r.asPreview) return r.parsed;
    if (!r.preview) throw new Error('sidecar worker referred to a preview it did not send');
    return { ...r.parsed, annotations: r.preview.annotations, orphans: r.preview.orphans };
  }

  /** Serializes against the worker's parsed copy (keeping comments) and writes by compare-and-swap. */
  async write(
    file: string,
    articleName: string,
    articleText: string,
    annotations: readonly Annotation[],
    base: WriteBase,
    relations?: readonly Relation[],
  ): Promise<Written> {
    const last = this.sent.get(file);
    const changes = last && listChanges(last.annotations, annotations);
    const send = (whole: boolean) => {
      const list = this.nextList++;
      // Recorded as it is posted: the worker takes requests in order, so its next list is this one.
      this.sent.set(file, { list, annotations: [...annotations] }); // a copy: the caller's array may change later
      return this.session.request({
        op: 'write',
        file,
        articleName,
        articleText,
        ...(whole || !last || !changes ? { annotations: [...annotations] } : { delta: { base: last.list, changes } }),
        list,
        base,
        ...(relations ? { relations: [...relations] } : {}),
      });
    };
    let r: Reply;
    try {
      r = await send(false);
    } catch (e) {
      if (!(e instanceof StaleList)) throw e;
      r = await send(true); // the worker no longer holds the list the changes were against
    }
    if (!r.written) throw new Error('sidecar worker returned no write result');
    return r.written;
  }

  forget(file: string): void {
    this.sent.delete(file);
    if (this.session.running) this.session.request({ op: 'forget', file }).catch((e: unknown) => log(`sidecar worker: ${String(e)}`));
  }

  dispose(): void {
    this.session.dispose();
    this.previews.dispose();
  }
}
