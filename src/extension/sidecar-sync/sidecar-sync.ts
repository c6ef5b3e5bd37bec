// Keeps the store and the sidecar files in step: reads an article's sidecar when the article opens,
// writes it after every change a person makes (and on save, so its hash matches the saved text),
// reloads it when it changes on disk (git checkout, pull, another editor), and when it cannot be
// read reports that once, clearly, and never writes over it. All file rules live in src/sidecar.
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import {
  Annotation,
  articleNameOf,
  articlePathFor,
  classifySidecarEvent,
  digestOf,
  hasBom,
  isSidecarPath,
  keepSame,
  MAX_MERGE_RETRIES,
  moveSidecar,
  ParsedSummary,
  rebaseDecisions,
  rebaseRelations,
  Relation,
  SidecarBackend,
  SidecarError,
  SidecarPreview,
  sidecarPathFor,
  SidecarSession,
  UnresolvedConflict,
  WriteConflict,
  WriteLedger,
} from '../../sidecar';
import { NewsmarkSettings } from '../config/settings';
import { AnnotationStore, DocState } from '../model/store';
import { rollBack } from '../model/rollback';
import { describeError, inform, log, logErrors, notify, warn } from '../util/errors';
import { OpenSteps } from '../util/open-steps';
import { joinReading, Reading } from './reading';
import { LARGE_ANNOTATION_COUNT, LARGE_SIDECAR_BYTES, SidecarWorker } from './worker-client';

/** Compare-and-swap refused every attempt: someone kept writing the file while we did. */
class KeptChanging extends Error {
  constructor(file: string) {
    super(`${file} kept changing on disk while Newsmark wrote it`);
  }
}

/** The sidecar's bytes as we last read or wrote them. */
interface OnDisk {
  /**
   * The file's bytes or text, kept only when it was read or written on this thread (a small sidecar),
   * for the worker to parse when the sidecar grows large. A large one's bytes went to the worker.
   */
  source?: string | Uint8Array;
  digest: string;
  bom: boolean;
}

interface SyncRecord {
  /** What we believe is on disk (last read or written); a write is refused if the file is not this any more. */
  onDisk?: OnDisk;
  /** The list as last read from or written to the sidecar: what a person's changes are measured against. */
  base: Annotation[];
  /** Problems already shown, so a broken file is reported once, not on every keystroke. */
  reported?: string;
  /** Our writes in flight and started; decides whether a file event is our echo or a stale reload. */
  readonly ledger: WriteLedger;
  /** Writes of one sidecar run one after another (each is based on the one before). */
  queue: Promise<void>;
  /** A large sidecar: the worker holds its parsed YAML document, and reads and writes it. */
  inWorker?: boolean;
  /** Ids of suggested entries a person touched by hand (comment, extra key): merged like decisions. */
  handWritten?: ReadonlySet<string>;
  /**
   * While the sidecar cannot be read: the list the person's later decisions are measured against.
   * They stay in the editor and are replayed onto the file once it is fixed (or deleted).
   */
  heldSince?: Annotation[];
  /** The "kept, written after the fix" message was shown for the current problem. */
  toldHeld?: boolean;
  /** Merge conflicts a person resolved that the next write takes out of the file. */
  readonly resolving: Set<string>;
  /** The relations as last read from or written to the sidecar: what Set / Clear Speaker is measured against. */
  relationsBase?: Relation[];
  /**
   * The sidecar bytes being parsed now: a watcher event for the same bytes (the file appeared just
   * before its article was opened) waits for that parse instead of starting a second one.
   */
  reading?: Reading;
  /** Parses of this sidecar started by load() (see parses()). */
  parses?: number;
}

export class SidecarSync implements vscode.Disposable {
  private readonly records = new Map<string, SyncRecord>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<{ uri: vscode.Uri; outcome: 'loaded' | 'written' | 'missing' | 'broken' }>();
  /** Fires after a sidecar was read, written, found missing or found broken. */
  readonly onDidSync = this.emitter.event;

  /** Small sidecars are read and written on this thread, large ones in the worker: one interface. */
  private readonly session = new SidecarSession();
  private readonly worker = new SidecarWorker();

  constructor(
    private readonly store: AnnotationStore,
    private readonly settings: () => NewsmarkSettings,
    /** Where an open's time goes (printed by the editor-scale test). */
    private readonly steps = new OpenSteps(),
  ) {}

  sidecarPath(doc: vscode.TextDocument): string | undefined {
    return doc.uri.scheme === 'file' ? sidecarPathFor(doc.uri.fsPath, this.settings().sidecarSuffix) : undefined;
  }

  /** The stamped steps of the last load of this document's sidecar (tests print them). */
  openSteps(uri: vscode.Uri): Array<[string, number]> {
    return this.steps.steps(uri);
  }

  /** How many times this document's sidecar bytes were handed to a parser (tests: one open, one parse). */
  parses(uri: vscode.Uri): number {
    return this.records.get(uri.toString())?.parses ?? 0;
  }

  /** A sidecar was read from or written to disk for this document. */
  hasSidecar(uri: vscode.Uri): boolean {
    return this.records.get(uri.toString())?.onDisk !== undefined;
  }

  /** The parsed sidecar's hand-written ids, for merging engine output by the sidecar's rules. */
  handWritten(uri: vscode.Uri): ReadonlySet<string> {
    return this.records.get(uri.toString())?.handWritten ?? new Set();
  }

  private backend(rec: SyncRecord, size: { bytes?: number; annotations?: number }): SidecarBackend {
    const large = rec.inWorker || (size.bytes ?? 0) > LARGE_SIDECAR_BYTES || (size.annotations ?? 0) > LARGE_ANNOTATION_COUNT;
    // Seconds of YAML work for a 1 MB article: off the extension host's thread when the bundle is there.
    return large && this.worker.available ? this.worker : this.session;
  }

  /**
   * Reads the sidecar of `doc` into the store. Returns true when one was loaded. A broken sidecar
   * leaves the store's annotations alone and marks the document's problem.
   */
  async load(doc: vscode.TextDocument, since?: number, known?: Uint8Array): Promise<boolean> {
    const rec = this.record(doc.uri);
    this.steps.begin(doc.uri);
    const reading = new Reading();
    rec.reading = reading;
    reading.done = this.read(doc, rec, reading, since, known);
    try {
      return await reading.done;
    } finally {
      reading.end();
      if (rec.reading === reading) rec.reading = undefined;
    }
  }

  /** load(): `known` is the file's bytes when the caller has just read them. */
  private async read(doc: vscode.TextDocument, rec: SyncRecord, reading: Reading, since?: number, known?: Uint8Array): Promise<boolean> {
    const file = this.sidecarPath(doc);
    if (!file) return false;
    const mark = since ?? rec.ledger.mark();
    const bytes = known ?? (await readBytes(file));
    if (!bytes) {
      this.emitter.fire({ uri: doc.uri, outcome: 'missing' });
      return false;
    }
    this.steps.mark(doc.uri, 'read');
    if (doc.isClosed) return false;
    // The digest (what a write's compare-and-swap checks, ~5 ms for 7 MB) is taken here, before the
    // bytes may move to the worker, which decodes them there.
    const disk: OnDisk = { digest: digestOf(bytes), bom: hasBom(bytes) };
    reading.read(disk.digest);
    this.steps.mark(doc.uri, 'digest');
    // Opening an article whose large sidecar the worker reads: its annotations are shown from the fast
    // first reading (sidecar/preview.ts) while the full parse goes on; nothing is written or decided
    // from it. Only into an empty store, so a reload never hides a person's unsaved changes.
    const shown = this.store.get(doc.uri);
    const previewable = !rec.heldSince && !shown?.problem && !shown?.annotations.length;
    let previewed = false;
    /** The store's revision after the last preview shown: a later, fuller preview may replace only that. */
    let shownRevision: number | undefined;
    try {
      const version = doc.version;
      const backend = this.backend(rec, { bytes: bytes.length });
      if (backend === this.session) disk.source = bytes;
      rec.parses = (rec.parses ?? 0) + 1;
      const onPreview = (p: SidecarPreview, head: boolean) => {
        const state = this.store.get(doc.uri);
        if (doc.isClosed || doc.version !== version || rec.ledger.isStale(mark)) return;
        // The first screen (the file's first entries), then the whole fast reading over it; never over
        // annotations that came from anywhere else.
        if (state?.annotations.length && state.revision !== shownRevision) return;
        const what = head ? 'first screen' : 'preview';
        this.steps.mark(doc.uri, what);
        previewed = true;
        this.store.replace(doc.uri, [...p.annotations, ...p.orphans], 'load');
        shownRevision = this.store.get(doc.uri)?.revision;
        this.steps.mark(doc.uri, `${what} shown`);
      };
      const onSteps = (list: ReadonlyArray<[string, number]>) => list.forEach(([step, wall]) => this.steps.markWall(doc.uri, step, wall));
      const articleText = doc.getText();
      this.steps.mark(doc.uri, 'posted');
      const summary = await backend
        .parse(file, bytes, articleText, articleNameOf(doc.uri.fsPath), previewable ? onPreview : undefined, onSteps)
        .catch((e: unknown) => {
          // The full parse decides: a file it refuses shows no annotations, as before the preview.
          if (previewed && !doc.isClosed) this.store.replace(doc.uri, [], 'load');
          throw e;
        });
      if (doc.isClosed) return false;
      if (this.superseded(doc, rec, reading)) return false;
      if (doc.version !== version) return this.load(doc, mark); // typed meanwhile: anchor against the new text
      if (rec.ledger.isStale(mark)) return false; // a decision was written meanwhile: the store is newer
      rec.inWorker = backend === this.worker;
      rec.handWritten = new Set(summary.handWritten);
      rec.onDisk = disk;
      rec.reported = undefined;
      const state = this.store.ensure(doc.uri);
      // Entries the editor already shows as read (the fast first reading, the file before an outside
      // change) keep their objects: highlights are sent again only for the styles whose entries changed.
      const annotations = keepSame(state.annotations, [...summary.annotations, ...summary.orphans]);
      this.takeRelations(rec, state, summary.relations);
      const held = rec.heldSince;
      rec.heldSince = undefined;
      rec.toldHeld = false;
      state.problem = undefined;
      state.tracked = true;
      state.conflicts = conflictsOf(summary);
      rec.base = annotations;
      if (held) this.replayHeld(doc, state, held, annotations, 'fixed');
      else this.store.replace(doc.uri, annotations, 'load');
      if (summary.moves) log(`${file}: the article changed since the sidecar was written; ${summary.moves} annotation(s) re-anchored or orphaned`);
      this.steps.mark(doc.uri, 'loaded');
      this.emitter.fire({ uri: doc.uri, outcome: 'loaded' });
      return true;
    } catch (e) {
      if (!(e instanceof SidecarError)) throw e;
      if (this.superseded(doc, rec, reading)) return false;
      rec.inWorker = false;
      rec.onDisk = disk;
      this.markBroken(doc, e);
      return false;
    }
  }

  /**
   * A later load of the same sidecar began while this one read or parsed (an outside change read
   * meanwhile: its watcher event reloads). Those bytes are newer than ours, and a large file's parse in
   * the worker can end after a small one's parse here: the older result must not replace the newer.
   */
  private superseded(doc: vscode.TextDocument, rec: SyncRecord, reading: Reading): boolean {
    if (rec.reading === reading) return false;
    this.steps.mark(doc.uri, 'superseded by a newer read');
    return true;
  }

  /**
   * Decisions made while the sidecar could not be read, replayed onto the file as it is now (fixed,
   * or gone) and written; the person is told how many, and about any that the file also changed.
   */
  private replayHeld(doc: vscode.TextDocument, state: DocState, held: readonly Annotation[], theirs: readonly Annotation[], how: 'fixed' | 'deleted'): void {
    const r = rebaseDecisions(held, state.annotations, theirs);
    this.store.replace(doc.uri, r.annotations, 'load');
    const name = articleNameOf(doc.uri.fsPath);
    if (r.conflicts.length)
      warn(`${r.conflicts.length} change(s) made while the sidecar of ${name} could not be read were also changed in the file; the file's version was kept.`);
    if (!r.replayed) return;
    inform(
      `${r.replayed} change(s) made while the sidecar of ${name} could not be read are now written into the ${how === 'fixed' ? 'fixed' : 'new'} sidecar.`,
    );
    logErrors(
      this.write(doc, state).then(undefined, (e: unknown) => warn(describeError(e))),
      `write held decisions of ${doc.uri.fsPath}`,
    );
  }

  /** The persister behind store.commit(): never writes over a broken sidecar. */
  async write(doc: vscode.TextDocument, state: DocState): Promise<void> {
    const file = this.sidecarPath(doc);
    if (!file) return; // untitled and virtual documents: highlights only, there is no folder for a sidecar
    const rec = this.record(doc.uri);
    if (state.problem) {
      this.hold(doc, rec, file, state);
      return;
    }
    rec.ledger.begin();
    const job = rec.queue.then(() => this.persist(doc, rec, file));
    rec.queue = job.then(
      () => undefined,
      () => undefined, // the caller reports this write's failure; the next write still runs
    );
    let failed = false;
    let failure: unknown;
    try {
      if (!(await job)) return;
    } catch (e) {
      failed = true;
      failure = e;
    } finally {
      rec.ledger.end();
    }
    // After end(): the reload a failure may start must not count as begun during this write (stale).
    if (failed) throw this.notSaved(doc, rec, file, failure);
    this.emitter.fire({ uri: doc.uri, outcome: 'written' });
  }

  /**
   * A write failed for a reason other than a broken sidecar (read-only, kept changing on disk, a
   * disk error): the editor goes back to the file's list at once, so decorations, status bar, hover
   * and Entities view never show a change as made that the file does not hold. Returns the error to
   * throw: one plain sentence that says what happened to the change.
   */
  private notSaved(doc: vscode.TextDocument, rec: SyncRecord, file: string, e: unknown): Error {
    const state = this.store.get(doc.uri);
    let lost = rec.resolving.size; // a resolved merge conflict that stays in the file stays shown
    rec.resolving.clear();
    if (state && !doc.isClosed) {
      lost = Math.max(lost, rebaseDecisions(rec.base, state.annotations, rec.base).replayed);
      const textAt = (a: number, b: number) => doc.getText(new vscode.Range(doc.positionAt(a), doc.positionAt(b)));
      this.store.replace(doc.uri, rollBack(state.annotations, rec.base, textAt), 'load');
    }
    const reason = describeError(e).replace(/[.\s]+$/, '');
    log(`${file}: write failed (${reason}); ${lost} unsaved change(s) taken back in the editor`);
    // The file moved on without us: show what it holds now, not only what we last knew of it.
    if (e instanceof KeptChanging) logErrors(this.load(doc), `reload ${file} after a failed write`);
    const what = lost > 1 ? `${lost} changes were` : 'your change was';
    return new Error(`${reason}. So ${what} not saved, and the editor shows the annotations as the sidecar holds them.`);
  }

  /**
   * Resolves the merge conflict on annotation or relation `id`: `next` holds the list with the chosen
   * side (ours unchanged, or theirs taken), committed like any decision (undo, then a
   * compare-and-swap write) with the entry's `conflict:` taken out of the file by the same write.
   */
  async resolveConflict(
    doc: vscode.TextDocument,
    id: string,
    label: string,
    next: { annotations?: readonly Annotation[]; relations?: Relation[] },
  ): Promise<void> {
    this.record(doc.uri).resolving.add(id);
    await this.store.commit(doc, label, next.annotations ?? this.store.ensure(doc.uri).annotations, 'decision', next.relations);
  }

  /** A change made while the sidecar cannot be read: kept in the editor, and the person is told so. */
  private hold(doc: vscode.TextDocument, rec: SyncRecord, file: string, state: DocState): void {
    rec.heldSince ??= rec.base;
    const pending = rebaseDecisions(rec.heldSince, state.annotations, rec.heldSince).replayed;
    log(`${file} cannot be read (${state.problem?.message}); ${pending} change(s) kept in the editor until it is fixed`);
    if (!pending || rec.toldHeld) return;
    rec.toldHeld = true;
    warn(
      `${articleNameOf(file)} cannot be read (${state.problem?.message}), so your change is not saved yet. ` +
        'It is kept here and written into the sidecar as soon as the file is fixed or deleted; closing the article without that discards it.',
    );
  }

  /**
   * One write, by compare-and-swap: the store's current list against the file we last read or wrote.
   * If someone else wrote the file meanwhile, their content is read and the person's changes are
   * replayed onto it, then written (a few times at most; then the write fails with a message).
   * Returns false when nothing was written (no change, document closed, sidecar broken meanwhile).
   */
  private async persist(doc: vscode.TextDocument, rec: SyncRecord, file: string): Promise<boolean> {
    const name = articleNameOf(doc.uri.fsPath);
    for (let attempt = 0; ; attempt++) {
      const state = this.store.get(doc.uri);
      if (!state || doc.isClosed) return false;
      if (state.problem) {
        this.hold(doc, rec, file, state);
        return false;
      }
      const annotations = state.annotations;
      const articleText = doc.getText();
      const backend = this.backend(rec, { annotations: annotations.length });
      // The worker serializes against its own parsed copy; give it one if the file was read here.
      if (backend === this.worker && !rec.inWorker && rec.onDisk) {
        // Only a file read or written on this thread can be here (a worker's read either stays in the
        // worker or marks the file broken, which holds writes): never write without the file's copy.
        if (rec.onDisk.source === undefined) throw new Error(`${file}: no copy of the sidecar to hand to the worker; not written`);
        await this.worker.parse(file, copyOf(rec.onDisk.source), articleText, name);
      }
      rec.inWorker = backend === this.worker;
      const bom = rec.onDisk?.bom ?? false;
      const resolved = [...rec.resolving].filter((id) => state.conflicts.has(id));
      try {
        const relations = state.relationsDirty ? state.relations : undefined;
        const w = await backend.write(file, name, articleText, annotations, { expected: rec.onDisk?.digest ?? null, bom, resolved }, relations);
        if (relations) {
          state.relationsDirty = false;
          rec.relationsBase = [...relations];
        }
        rec.onDisk = { source: w.text, digest: w.digest, bom };
        rec.base = annotations;
        rec.resolving.clear();
        if (resolved.length) {
          for (const id of resolved) state.conflicts.delete(id);
          this.store.replace(doc.uri, annotations, 'load'); // the Problems panel and hover drop the conflict
        }
        return w.changed;
      } catch (e) {
        if (!(e instanceof WriteConflict)) throw e;
        if (attempt >= MAX_MERGE_RETRIES) throw new KeptChanging(file);
      }
      log(`${file} changed on disk since it was read; replaying this editor's changes onto it`);
      if (!(await this.rebaseOntoDisk(doc, rec, file, backend))) return false;
    }
  }

  /**
   * The file's relations as just read become the base; a Set / Clear Speaker not yet written is
   * replayed onto them (it is written next) instead of replacing them.
   */
  private takeRelations(rec: SyncRecord, state: DocState, onDisk: Relation[]): void {
    state.relations = state.relationsDirty ? rebaseRelations(rec.relationsBase ?? [], state.relations, onDisk) : onDisk;
    rec.relationsBase = onDisk;
  }

  /** After a write conflict: the file as it is now becomes the base, with the person's changes on top. */
  private async rebaseOntoDisk(doc: vscode.TextDocument, rec: SyncRecord, file: string, backend: SidecarBackend): Promise<boolean> {
    const state = this.store.ensure(doc.uri);
    const bytes = await readBytes(file);
    let theirs: Annotation[];
    if (bytes === undefined) {
      // Deleted meanwhile: what the engine suggests remains, the person's changes go on top of it.
      rec.onDisk = undefined;
      state.conflicts = new Map();
      theirs = state.annotations.filter((a) => a.status === 'suggested' && !a.orphan && a.note === undefined);
    } else {
      const disk: OnDisk = { digest: digestOf(bytes), bom: hasBom(bytes), source: backend === this.session ? bytes : undefined };
      try {
        const summary = await backend.parse(file, bytes, doc.getText(), articleNameOf(doc.uri.fsPath));
        rec.handWritten = new Set(summary.handWritten);
        theirs = [...summary.annotations, ...summary.orphans];
        state.conflicts = conflictsOf(summary);
        this.takeRelations(rec, state, summary.relations);
      } catch (e) {
        if (!(e instanceof SidecarError)) throw e;
        rec.onDisk = disk;
        rec.heldSince ??= rec.base;
        this.markBroken(doc, e);
        this.hold(doc, rec, file, state);
        return false;
      }
      rec.onDisk = disk;
    }
    const r = rebaseDecisions(rec.base, state.annotations, theirs);
    rec.base = theirs;
    this.store.replace(doc.uri, r.annotations, 'load');
    if (r.conflicts.length) {
      warn(
        `${r.conflicts.length} annotation(s) of ${articleNameOf(doc.uri.fsPath)} were changed both here and in the file on disk; the file's version was kept.`,
      );
    }
    return true;
  }

  /** A sidecar changed on disk: reload it for its open article, unless the change is our own write. */
  async onSidecarChanged(sidecarUri: vscode.Uri, deleted: boolean): Promise<void> {
    const article = articlePathFor(sidecarUri.fsPath, this.settings().sidecarSuffix);
    if (!article) return;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === article);
    if (!doc) return;
    const rec = this.record(doc.uri);
    const mark = rec.ledger.mark();
    // Where a watcher event falls among an open's steps (the editor-scale test prints them).
    this.steps.mark(doc.uri, 'watcher event');
    let digestNow: string | null;
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readBytes(sidecarUri.fsPath);
      digestNow = bytes ? digestOf(bytes) : null;
    } catch {
      digestNow = null;
    }
    // The file appeared just before its article was opened: the open's own read is parsing these bytes
    // (compared once the open has read them: this read may have ended first).
    this.steps.mark(doc.uri, 'watcher event read');
    if (await joinReading(rec.reading, digestNow)) {
      this.steps.mark(doc.uri, 'watcher event joined the open');
      return;
    }
    // Our own writes replace the file by a rename, which a watcher may report as a delete: only a
    // file that is really gone, with none of our writes in flight or begun since, drops decisions.
    const verdict = classifySidecarEvent({ deleted, digestNow, known: rec.onDisk?.digest }, rec.ledger, mark);
    if (verdict === 'again') return this.onSidecarChanged(sidecarUri, deleted); // read after our write: echo or news
    if (verdict === 'reload') await this.load(doc, mark, bytes);
    else if (verdict === 'deleted') this.onDeleted(doc, rec, sidecarUri);
  }

  private onDeleted(doc: vscode.TextDocument, rec: SyncRecord, sidecarUri: vscode.Uri): void {
    rec.inWorker = false;
    rec.onDisk = undefined;
    const state = this.store.get(doc.uri);
    const held = rec.heldSince;
    rec.heldSince = undefined;
    rec.toldHeld = false;
    rec.base = [];
    if (!state) return;
    state.problem = undefined;
    state.conflicts = new Map();
    // The file is the record of decisions: without it only the engine's suggestions remain…
    const suggestions = state.annotations.filter((a) => a.status === 'suggested' && !a.orphan);
    if (held) {
      // …except changes made while it could not be read: the person was promised they are written then.
      this.replayHeld(doc, state, held, suggestions, 'deleted');
      return;
    }
    this.store.replace(doc.uri, suggestions, 'load');
    log(`${sidecarUri.fsPath} was deleted; decisions for ${articleNameOf(doc.uri.fsPath)} are gone with it`);
  }

  /** Moves the sidecars of renamed articles; a sidecar that cannot be moved is reported, never lost. */
  async moveWithArticles(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    const suffix = this.settings().sidecarSuffix;
    for (const { oldUri, newUri } of files) {
      if (oldUri.scheme !== 'file' || newUri.scheme !== 'file' || isSidecarPath(oldUri.fsPath, suffix)) continue;
      try {
        if (await moveSidecar(oldUri.fsPath, newUri.fsPath, { suffix, textFrom: oldUri.fsPath }))
          log(`moved the sidecar of ${oldUri.fsPath} to go with ${newUri.fsPath}`);
      } catch (e) {
        const reason = e instanceof SidecarError ? e.message : (e as Error).message;
        warn(`the sidecar of ${articleNameOf(oldUri.fsPath)} was not moved with it (${reason}); run 'newsmark mv' to move it.`);
      }
    }
  }

  private markBroken(doc: vscode.TextDocument, e: SidecarError): void {
    const state = this.store.ensure(doc.uri);
    state.problem = { message: e.reason, line: e.line };
    state.tracked = true; // still highlight what the engine finds
    const rec = this.record(doc.uri);
    // Changes from now on are measured against this list, and replayed when the file is readable again.
    rec.heldSince ??= state.annotations;
    this.store.replace(doc.uri, state.annotations, 'load'); // repaint status bar and view with the warning
    this.emitter.fire({ uri: doc.uri, outcome: 'broken' });
    if (rec.reported === e.message) return;
    rec.reported = e.message;
    log(`sidecar not read: ${e.message}`);
    logErrors(
      notify('warning', `${e.message}. The sidecar is left untouched; highlights come from the engine until it is fixed.`, 'Open Sidecar').then((pick) =>
        pick ? vscode.window.showTextDocument(vscode.Uri.file(e.file), e.line ? { selection: new vscode.Range(e.line - 1, 0, e.line - 1, 0) } : {}) : undefined,
      ),
      'broken sidecar message',
    );
  }

  forget(uri: vscode.Uri): void {
    const rec = this.records.get(uri.toString());
    if (rec && uri.scheme === 'file') {
      const file = sidecarPathFor(uri.fsPath, this.settings().sidecarSuffix);
      if (rec.inWorker) this.worker.forget(file);
      else this.session.forget(file);
      if (rec.heldSince) log(`${uri.fsPath} closed while its sidecar could not be read; changes made since were discarded`);
    }
    this.records.delete(uri.toString());
    this.steps.forget(uri);
  }

  private record(uri: vscode.Uri): SyncRecord {
    const k = uri.toString();
    let r = this.records.get(k);
    if (!r) this.records.set(k, (r = { base: [], ledger: new WriteLedger(), queue: Promise.resolve(), resolving: new Set() }));
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

/**
 * The sidecar's bytes, undefined when there is none. Node's reader, not vscode.workspace.fs: sidecars
 * are local files (only file: articles have one), and the workspace file service carried the bytes
 * through the extension host's RPC: 0.7-1.1 s for a 2.4 MB sidecar in the real host at load 4-7,
 * against milliseconds here.
 */
async function readBytes(file: string): Promise<Uint8Array | undefined> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/** Bytes sent to the worker move there; the kept copy must stay (a later write may need it again). */
function copyOf(source: string | Uint8Array): string | Uint8Array {
  return typeof source === 'string' ? source : new Uint8Array(source);
}

function conflictsOf(summary: ParsedSummary): Map<string, UnresolvedConflict> {
  return new Map(summary.conflicts.map((c) => [c.id, c]));
}

export function activateSidecarSync(
  context: vscode.ExtensionContext,
  store: AnnotationStore,
  settings: () => NewsmarkSettings,
  steps?: OpenSteps,
): SidecarSync {
  const sync = new SidecarSync(store, settings, steps);
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
    // Before an article is renamed or moved, its sidecar goes ahead of it: when the renamed article
    // opens, its decisions are already there (a folder's sidecars move with the folder by themselves).
    vscode.workspace.onWillRenameFiles((e) => e.waitUntil(sync.moveWithArticles(e.files))),
  );
  return sync;
}

export type { Annotation };
