// The workspace index as the extension holds it: finds every sidecar of the workspace (the search
// service's findFiles, which honours files.exclude), hands the reading to the index worker
// (index-worker.ts) and keeps its answer. A FileSystemWatcher sends changed articles and sidecars
// back to the worker, a few hundred milliseconds after the last change, so a `git pull` of 500
// sidecars is one rebuild. Nothing is cached on disk: the worker's memory is the cache.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import { articlePathFor, isSidecarPath } from '../../sidecar';
import { NewsmarkSettings } from '../config/settings';
import { log, logErrors } from '../util/errors';
import { entityDetail, handle, IndexReply, IndexRequest, WorkspaceEntry, WorkspaceRow } from './index-worker';

/** Quiet time after the last file event before the worker re-reads what changed. */
const SETTLE_MS = 300;

type Update = Omit<Extract<IndexRequest, { op: 'update' }>, 'id' | 'op'>;
interface Ask {
  update(req: Update): Promise<IndexReply>;
  entity(key: string): Promise<WorkspaceEntry | undefined>;
}

type Reply = IndexReply | { id: number; entry?: WorkspaceEntry } | { id: number; error: string };

/** The worker thread when its bundle is there; in-process otherwise (running from sources). */
function workerAsk(script: string, disposables: vscode.Disposable[]): Ask {
  if (!fs.existsSync(script)) return { update: (req) => handle({ ...req, id: 0, op: 'update' }), entity: async (key) => entityDetail(key) };
  let worker: Worker | undefined;
  let next = 1;
  const pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  const start = () => {
    if (worker) return worker;
    const w = new Worker(script);
    w.on('message', (r: Reply) => {
      const p = pending.get(r.id);
      pending.delete(r.id);
      if ('error' in r) p?.reject(new Error(r.error));
      else p?.resolve(r);
    });
    const fail = (e: Error) => {
      log(`index worker stopped: ${e.message}`);
      for (const p of pending.values()) p.reject(e);
      pending.clear();
      worker = undefined;
    };
    w.on('error', fail);
    w.on('exit', (code) => code !== 0 && fail(new Error(`exit code ${code}`)));
    w.unref();
    return (worker = w);
  };
  disposables.push({ dispose: () => void worker?.terminate().catch(() => undefined) });
  const send = (req: IndexRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never) =>
    new Promise<Reply>((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject });
      start().postMessage({ ...req, id } as IndexRequest);
    });
  return {
    update: async (req) => (await send({ ...req, op: 'update' })) as IndexReply,
    entity: async (key) => ((await send({ op: 'entity', key })) as { entry?: WorkspaceEntry }).entry,
  };
}

export class WorkspaceIndex implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly ask: Ask;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires after every rebuild. */
  readonly onDidChange = this.emitter.event;
  private entries: WorkspaceRow[] = [];
  private articleCount = 0;
  private problemList: string[] = [];
  private lastMs = 0;
  /** Articles known to have a sidecar (absolute paths): their own changes matter too. */
  private readonly articles = new Set<string>();
  private toRead = new Set<string>();
  private toDrop = new Set<string>();
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private started = false;

  constructor(
    private readonly settings: () => NewsmarkSettings,
    script = path.join(__dirname, 'index-worker.js'),
  ) {
    this.ask = workerAsk(script, this.disposables);
    this.disposables.push(this.emitter);
  }

  /** One row per entity (counts, dates, forms); an entity's articles and mentions come from entity(). */
  get rows(): readonly WorkspaceRow[] {
    return this.entries;
  }

  /** An entity's articles and mentions (with line and context), asked of the worker when needed. */
  async entity(key: string): Promise<WorkspaceEntry | undefined> {
    await this.running;
    return this.ask.entity(key);
  }

  stats(): { articles: number; entities: number; problems: string[]; ms: number } {
    return { articles: this.articleCount, entities: this.entries.length, problems: this.problemList, ms: this.lastMs };
  }

  /** First use: find every sidecar and watch for changes. Later calls wait for pending work. */
  async ready(): Promise<void> {
    if (!this.started) {
      this.started = true;
      this.watch();
      await this.rescan();
    }
    if (this.timer) this.flushNow();
    await this.running;
  }

  /** Forgets everything and reads every sidecar again (the suffix changed, or a person asked). */
  async rescan(): Promise<void> {
    const suffix = this.settings().sidecarSuffix;
    const found = await vscode.workspace.findFiles(`**/*${suffix}`);
    const drop = [...this.articles];
    this.articles.clear();
    for (const uri of found) {
      const article = uri.scheme === 'file' ? articlePathFor(uri.fsPath, suffix) : undefined;
      if (article) this.articles.add(article);
    }
    this.toDrop = new Set(drop);
    this.toRead = new Set(this.articles);
    this.flushNow();
    await this.running;
  }

  private watch(): void {
    const w = vscode.workspace.createFileSystemWatcher('**/*');
    const changed = (uri: vscode.Uri, deleted: boolean) => {
      if (uri.scheme !== 'file') return;
      const suffix = this.settings().sidecarSuffix;
      const p = uri.fsPath;
      if (isSidecarPath(p, suffix)) {
        const article = articlePathFor(p, suffix)!;
        if (deleted) {
          this.articles.delete(article);
          this.toDrop.add(article);
          this.toRead.delete(article);
        } else {
          this.articles.add(article);
          this.toRead.add(article);
        }
      } else if (this.articles.has(p)) {
        // The article changed (or went): its sidecar's anchors are read against the new text.
        this.toRead.add(p);
      } else if (deleted && [...this.articles].some((a) => a.startsWith(p + path.sep))) {
        // A folder went: everything under it.
        for (const a of [...this.articles]) {
          if (!a.startsWith(p + path.sep)) continue;
          this.articles.delete(a);
          this.toDrop.add(a);
        }
      } else return;
      this.schedule();
    };
    this.disposables.push(
      w,
      w.onDidCreate((u) => changed(u, false)),
      w.onDidChange((u) => changed(u, false)),
      w.onDidDelete((u) => changed(u, true)),
    );
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flushNow(), SETTLE_MS);
  }

  private flushNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const read = [...this.toRead];
    const drop = [...this.toDrop];
    this.toRead = new Set();
    this.toDrop = new Set();
    const suffix = this.settings().sidecarSuffix;
    this.running = this.running.then(async () => {
      try {
        const r = await this.ask.update({ read, drop, suffix });
        this.entries = r.rows;
        this.articleCount = r.articles;
        this.problemList = r.problems;
        this.lastMs = r.ms;
        log(`workspace index: ${r.articles} articles, ${r.rows.length} entities in ${r.ms.toFixed(0)} ms (${read.length} read)`);
        this.emitter.fire();
      } catch (e) {
        logErrors(Promise.reject(e), 'build the workspace index');
      }
    });
  }

  /** The sidecar suffix changed: other files are sidecars now. */
  suffixChanged(): void {
    if (this.started) logErrors(this.rescan(), 'rebuild the workspace index');
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
