// Keeps the store and the sidecar files in step: reads an article's sidecar when the article opens,
// writes it after every change a person makes (and on save, so its hash matches the saved text),
// reloads it when it changes on disk (git checkout, pull, another editor), and when it cannot be
// read reports that once, clearly, and never writes over it. All file rules live in src/sidecar.
import * as vscode from 'vscode';
import {
  Annotation,
  articleNameOf,
  articlePathFor,
  decodeSidecar,
  parseSidecar,
  serializeSidecar,
  Sidecar,
  SidecarError,
  sidecarPathFor,
  writeFileAtomic,
} from '../../sidecar';
import { NewsmarkSettings } from '../config/settings';
import { AnnotationStore, DocState } from '../model/store';
import { log, logErrors, notify } from '../util/errors';
import { LARGE_ANNOTATION_COUNT, LARGE_SIDECAR_CHARS, SidecarWorker } from './worker-client';

interface Record {
  /** The sidecar as last parsed: its YAML document carries the comments a rewrite must keep. */
  parsed?: Sidecar;
  /** The bytes we believe are on disk (last read or written); a watcher event with these is our own. */
  onDisk?: string;
  /** Problems already shown, so a broken file is reported once, not on every keystroke. */
  reported?: string;
  /** Writes in flight: until they land, the file may hold an older write of ours (a late echo). */
  pending: number;
  /**
   * Writes started so far. A reload that read the file before a write of ours started holds older
   * content than the store: applying it would undo a decision just made (and the next write would
   * put the loss on disk), so such a reload is dropped.
   */
  writes: number;
  /** Writes of one sidecar run one after another (they share a temporary file name). */
  queue: Promise<void>;
  /** A large sidecar: the worker holds its parsed YAML document, and reads and writes it. */
  inWorker?: boolean;
  /** Hand-written ids of a sidecar parsed in the worker. */
  handWritten?: ReadonlySet<string>;
}

export class SidecarSync implements vscode.Disposable {
  private readonly records = new Map<string, Record>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<{ uri: vscode.Uri; outcome: 'loaded' | 'written' | 'missing' | 'broken' }>();
  /** Fires after a sidecar was read, written, found missing or found broken. */
  readonly onDidSync = this.emitter.event;

  private readonly worker = new SidecarWorker();

  constructor(private readonly store: AnnotationStore, private readonly settings: () => NewsmarkSettings) {}

  sidecarPath(doc: vscode.TextDocument): string | undefined {
    return doc.uri.scheme === 'file' ? sidecarPathFor(doc.uri.fsPath, this.settings().sidecarSuffix) : undefined;
  }

  /** A sidecar was read from or written to disk for this document. */
  hasSidecar(uri: vscode.Uri): boolean {
    return this.records.get(uri.toString())?.onDisk !== undefined;
  }

  /** The parsed sidecar's hand-written ids, for merging engine output by the sidecar's rules. */
  handWritten(uri: vscode.Uri): ReadonlySet<string> {
    const rec = this.records.get(uri.toString());
    return rec?.parsed?.handWritten ?? rec?.handWritten ?? new Set();
  }

  /**
   * Reads the sidecar of `doc` into the store. Returns true when one was loaded. A broken sidecar
   * leaves the store's annotations alone and marks the document's problem.
   */
  async load(doc: vscode.TextDocument, since?: number): Promise<boolean> {
    const file = this.sidecarPath(doc);
    if (!file) return false;
    const writes = since ?? this.record(doc.uri).writes;
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(vscode.Uri.file(file));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') {
        this.emitter.fire({ uri: doc.uri, outcome: 'missing' });
        return false;
      }
      throw e;
    }
    const rec = this.record(doc.uri);
    if (doc.isClosed) return false;
    // Bytes kept as they are on disk when they are not UTF-8: compared, never rewritten.
    let yamlText = Buffer.from(bytes).toString('latin1');
    try {
      yamlText = decodeSidecar(bytes, file);
      const version = doc.version;
      const name = articleNameOf(doc.uri.fsPath);
      let annotations: Annotation[];
      let moves: number;
      if (yamlText.length > LARGE_SIDECAR_CHARS && this.worker.available) {
        // Seconds of YAML work for a 1 MB article: off the extension host's thread.
        const summary = await this.worker.parse(file, yamlText, doc.getText(), name);
        if (doc.isClosed) return false;
        if (doc.version !== version) return this.load(doc, writes); // typed meanwhile: anchor against the new text
        rec.parsed = undefined;
        rec.inWorker = true;
        rec.handWritten = new Set(summary.handWritten);
        annotations = [...summary.annotations, ...summary.orphans];
        moves = summary.moves;
      } else {
        const parsed = parseSidecar(yamlText, doc.getText(), file, name);
        rec.parsed = parsed;
        rec.inWorker = false;
        annotations = [...parsed.annotations, ...parsed.orphans];
        moves = parsed.moves.length;
      }
      if (rec.writes !== writes) return false; // a decision was written meanwhile: the store is newer
      rec.onDisk = yamlText;
      rec.reported = undefined;
      const state = this.store.ensure(doc.uri);
      state.problem = undefined;
      state.tracked = true;
      this.store.replace(doc.uri, annotations, 'load');
      if (moves) log(`${file}: the article changed since the sidecar was written; ${moves} annotation(s) re-anchored or orphaned`);
      this.emitter.fire({ uri: doc.uri, outcome: 'loaded' });
      return true;
    } catch (e) {
      if (!(e instanceof SidecarError)) throw e;
      rec.parsed = undefined;
      rec.inWorker = false;
      rec.onDisk = yamlText;
      this.markBroken(doc, e);
      return false;
    }
  }

  /** The persister behind store.commit(): refuses to touch a broken sidecar. */
  async write(doc: vscode.TextDocument, state: DocState): Promise<void> {
    const file = this.sidecarPath(doc);
    if (!file) return; // untitled and virtual documents: highlights only, there is no folder for a sidecar
    if (state.problem) {
      throw new Error(`${file} was not updated because it cannot be read (${state.problem.message}); fix or delete it, and the change is written then`);
    }
    const rec = this.record(doc.uri);
    rec.writes++;
    const name = articleNameOf(doc.uri.fsPath);
    const articleText = doc.getText();
    const annotations = state.annotations;
    let write: Promise<unknown>;
    if ((rec.inWorker || annotations.length > LARGE_ANNOTATION_COUNT) && this.worker.available) {
      rec.pending++;
      write = rec.queue.then(async () => {
        // The worker serializes against its own parsed copy; give it one if the file was read here.
        if (!rec.inWorker && rec.onDisk !== undefined && rec.parsed) await this.worker.parse(file, rec.onDisk, articleText, name);
        rec.inWorker = true;
        rec.parsed = undefined;
        rec.onDisk = await this.worker.write(file, name, articleText, annotations);
      });
    } else {
      const text = serializeSidecar(rec.parsed, name, articleText, annotations);
      if (text === rec.onDisk) return;
      rec.onDisk = text;
      rec.pending++;
      write = rec.queue.then(() => writeFileAtomic(file, text));
    }
    rec.queue = write.then(
      () => undefined,
      () => undefined, // the caller reports this write's failure; the next write still runs
    );
    try {
      await write;
    } finally {
      rec.pending--;
    }
    this.emitter.fire({ uri: doc.uri, outcome: 'written' });
  }

  /** A sidecar changed on disk: reload it for its open article, unless the change is our own write. */
  async onSidecarChanged(sidecarUri: vscode.Uri, deleted: boolean): Promise<void> {
    const article = articlePathFor(sidecarUri.fsPath, this.settings().sidecarSuffix);
    if (!article) return;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === article);
    if (!doc) return;
    const rec = this.record(doc.uri);
    // Our own writes replace the file by a rename, which a watcher may report as a delete: only a
    // file that is really gone, with none of our writes in flight or begun since, drops decisions.
    if (deleted && (rec.pending > 0 || (await exists(sidecarUri)))) deleted = false;
    if (deleted) {
      rec.parsed = undefined;
      rec.inWorker = false;
      rec.onDisk = undefined;
      const state = this.store.get(doc.uri);
      if (state) {
        state.problem = undefined;
        // The file is the record of decisions: without it only the engine's suggestions remain.
        this.store.replace(doc.uri, state.annotations.filter((a) => a.status === 'suggested' && !a.orphan), 'load');
      }
      log(`${sidecarUri.fsPath} was deleted; decisions for ${articleNameOf(article)} are gone with it`);
      return;
    }
    const writes = rec.writes;
    let current: string;
    try {
      const raw = await vscode.workspace.fs.readFile(sidecarUri);
      current = decodeSidecarLoosely(raw);
    } catch {
      return; // gone again between the event and the read: the delete event follows
    }
    // While our writes are in flight the file may show an older one of them; the last write's own
    // event comes after it lands, and then the file equals onDisk unless someone else changed it.
    if (rec.pending > 0 || rec.writes !== writes || current === rec.onDisk) return;
    await this.load(doc, writes);
  }

  private markBroken(doc: vscode.TextDocument, e: SidecarError): void {
    const state = this.store.ensure(doc.uri);
    state.problem = { message: e.reason, line: e.line };
    state.tracked = true; // still highlight what the engine finds
    const rec = this.record(doc.uri);
    this.store.replace(doc.uri, state.annotations, 'load'); // repaint status bar and view with the warning
    this.emitter.fire({ uri: doc.uri, outcome: 'broken' });
    if (rec.reported === e.message) return;
    rec.reported = e.message;
    log(`sidecar not read: ${e.message}`);
    logErrors(
      notify('warning', `${e.message}. The sidecar is left untouched; highlights come from the engine until it is fixed.`, 'Open Sidecar')
        .then((pick) => (pick ? vscode.window.showTextDocument(vscode.Uri.file(e.file), e.line ? { selection: new vscode.Range(e.line - 1, 0, e.line - 1, 0) } : {}) : undefined)),
      'broken sidecar message',
    );
  }

  forget(uri: vscode.Uri): void {
    const rec = this.records.get(uri.toString());
    if (rec?.inWorker && uri.scheme === 'file') this.worker.forget(sidecarPathFor(uri.fsPath, this.settings().sidecarSuffix));
    this.records.delete(uri.toString());
  }

  private record(uri: vscode.Uri): Record {
    const k = uri.toString();
    let r = this.records.get(k);
    if (!r) this.records.set(k, (r = { pending: 0, writes: 0, queue: Promise.resolve() }));
    return r;
  }

  /** Watches sidecars with the configured suffix; recreated when the suffix setting changes. */
  watch(): void {
    this.disposeWatchers();
    const w = vscode.workspace.createFileSystemWatcher(`**/*${this.settings().sidecarSuffix}`);
    const on = (deleted: boolean) => (uri: vscode.Uri) => logErrors(this.onSidecarChanged(uri, deleted), `reload ${uri.fsPath}`);
    this.disposables.push(w, w.onDidChange(on(false)), w.onDidCreate(on(false)), w.onDidDelete(on(true)));
  }

  private disposeWatchers(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  dispose(): void {
    this.worker.dispose();
    this.disposeWatchers();
    this.emitter.dispose();
    this.records.clear();
  }
}

export function activateSidecarSync(context: vscode.ExtensionContext, store: AnnotationStore, settings: () => NewsmarkSettings): SidecarSync {
  const sync = new SidecarSync(store, settings);
  sync.watch();
  context.subscriptions.push(
    sync,
    store.setPersister((doc, state) => sync.write(doc, state)),
    // Saving rewrites an existing sidecar so its hash and offsets match the saved text; saving never
    // creates one (that takes a person's change or an Annotate command).
    vscode.workspace.onDidSaveTextDocument((doc) => {
      const state = store.get(doc.uri);
      if (state && !state.problem && sync.hasSidecar(doc.uri)) logErrors(sync.write(doc, state), `write sidecar of ${doc.uri.fsPath}`);
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      sync.forget(doc.uri);
      store.forget(doc.uri);
    }),
  );
  return sync;
}

export type { Annotation };

/** For change detection only: the text when it is UTF-8, else the raw bytes as latin1 (what load() records). */
function decodeSidecarLoosely(bytes: Uint8Array): string {
  try {
    return decodeSidecar(bytes, '');
  } catch {
    return Buffer.from(bytes).toString('latin1');
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
