// The workspace lexicon in the editor: each workspace folder's `.newsmark/lexicon.yaml` (the same file
// `newsmark annotate` reads and fills), kept loaded and watched; engine suggestions pass through it
// (the tracker asks for it); decisions written to a sidecar teach it through the one learning path of
// src/sidecar (learnIntoLexicon, as `annotate DIR` does); and the Add to Lexicon / Never Suggest This /
// Open Lexicon commands. A lexicon that cannot be read is reported once and never rewritten; the
// engine then runs without it.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Decision } from '../../core/lexicon/learn';
import { emptyLexicon, Lexicon, LEXICON_TYPES } from '../../core/lexicon/lexicon';
import { learnIntoLexicon, LEXICON_PATH, loadLexicon, serializeLexicon } from '../../sidecar/lexicon-file';
import { SidecarError } from '../../sidecar';
import { NewsmarkSettings } from '../config/settings';
import { AnnotationStore } from '../model/store';
import { SidecarSync } from '../sidecar-sync/sidecar-sync';
import type { Tracker } from '../tracking/tracker';
import { log, logErrors, warn } from '../util/errors';

export class WorkspaceLexicons implements vscode.Disposable {
  private readonly loaded = new Map<string, Lexicon>();
  private readonly reported = new Set<string>();
  /** Reads and writes of one folder's lexicon run one after another. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly emitter = new vscode.EventEmitter<string>();
  /** Fires with a folder's path after its lexicon changed (loaded, learned, edited on disk). */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  /** The folder whose lexicon governs `uri`: its workspace folder (files outside one have none). */
  rootOf(uri: vscode.Uri): string | undefined {
    const f = vscode.workspace.getWorkspaceFolder(uri);
    return f?.uri.scheme === 'file' ? f.uri.fsPath : undefined;
  }

  /** The loaded lexicon for `uri`'s folder, or undefined when it has none (or it is being read). */
  lexiconFor(uri: vscode.Uri): Lexicon | undefined {
    const root = this.rootOf(uri);
    const lex = root === undefined ? undefined : this.loaded.get(root);
    return lex && (lex.names.length || lex.never.length || lex.relabel.length) ? lex : undefined;
  }

  /** Loads every workspace folder's lexicon and watches the files. */
  start(): void {
    for (const f of vscode.workspace.workspaceFolders ?? []) {
      if (f.uri.scheme !== 'file') continue;
      const root = f.uri.fsPath;
      logErrors(this.reload(root), `read ${LEXICON_PATH}`);
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(f, LEXICON_PATH.split(path.sep).join('/')));
      const again = () => logErrors(this.reload(root), `read ${LEXICON_PATH}`);
      this.disposables.push(w, w.onDidChange(again), w.onDidCreate(again), w.onDidDelete(again));
    }
  }

  private serial<T>(root: string, work: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(root) ?? Promise.resolve()).then(work, work);
    this.queues.set(
      root,
      next.catch(() => undefined),
    );
    return next;
  }

  /** Re-reads one folder's lexicon; fires onDidChange when what it says changed. */
  reload(root: string): Promise<void> {
    return this.serial(root, async () => {
      let lex: Lexicon;
      try {
        lex = (await loadLexicon(root))?.lexicon ?? emptyLexicon();
        this.reported.delete(root);
      } catch (e) {
        if (!(e instanceof SidecarError)) throw e;
        if (!this.reported.has(root)) warn(`${e.message} — suggestions ignore the lexicon until it is fixed; newsmark will not rewrite it.`);
        this.reported.add(root);
        lex = emptyLexicon();
      }
      this.set(root, lex);
    });
  }

  private set(root: string, lex: Lexicon): void {
    const before = this.loaded.get(root);
    this.loaded.set(root, lex);
    if (JSON.stringify(before ?? emptyLexicon()) !== JSON.stringify(lex)) this.emitter.fire(root);
  }

  /**
   * Adds what these decisions teach to the lexicon of `uri`'s folder (learnIntoLexicon: the path
   * `annotate DIR` takes). Returns false when the file could not be read (reported, left alone).
   */
  learn(uri: vscode.Uri, decisions: readonly Decision[]): Promise<boolean> {
    const root = this.rootOf(uri);
    if (root === undefined) return Promise.resolve(false);
    return this.serial(root, async () => {
      try {
        const { lexicon, saved } = await learnIntoLexicon(root, [decisions]);
        if (saved) log(`${LEXICON_PATH}: learned from ${path.basename(uri.fsPath)} (${lexicon.names.length} names, ${lexicon.never.length} never)`);
        this.set(root, lexicon);
        return true;
      } catch (e) {
        if (!(e instanceof SidecarError)) throw e;
        warn(`${e.message} — fix the lexicon; newsmark will not rewrite it.`);
        return false;
      }
    });
  }

  /** The lexicon file of `uri`'s folder, created (with its explaining header) when there is none. */
  async ensureFile(uri: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
    const root = uri ? this.rootOf(uri) : vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri.fsPath;
    if (root === undefined) return undefined;
    const file = vscode.Uri.file(path.join(root, LEXICON_PATH));
    try {
      await vscode.workspace.fs.stat(file);
    } catch {
      await fs.mkdir(path.dirname(file.fsPath), { recursive: true });
      // 'wx': never over a file that appeared meanwhile (a person's lexicon is theirs).
      await fs.writeFile(file.fsPath, serializeLexicon(undefined, emptyLexicon()), { flag: 'wx' }).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'EEXIST') throw e;
      });
    }
    return file;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

export function activateLexicons(
  context: vscode.ExtensionContext,
  store: AnnotationStore,
  sync: SidecarSync,
  settings: () => NewsmarkSettings,
): WorkspaceLexicons {
  const lexicons = new WorkspaceLexicons();
  context.subscriptions.push(
    lexicons,
    // A decision reaches the sidecar, then the lexicon: the same decisions `annotate DIR` would learn from.
    sync.onDidSync(({ uri, outcome }) => {
      if (outcome !== 'written' || !settings().lexiconLearn) return;
      const state = store.get(uri);
      if (!state) return;
      const decided = state.annotations.filter((a) => a.status !== 'suggested' && LEXICON_TYPES.includes(a.type));
      if (decided.length) logErrors(lexicons.learn(uri, state.annotations), `learn ${LEXICON_PATH}`);
    }),
  );
  lexicons.start();
  return lexicons;
}

/** A changed lexicon re-reads the open articles of its folder that the engine reads, so their suggestions follow at once. */
export function rereadOnLexiconChange(context: vscode.ExtensionContext, lexicons: WorkspaceLexicons, store: AnnotationStore, tracker: Tracker): void {
  context.subscriptions.push(
    lexicons.onDidChange((root) => {
      for (const state of store.all()) {
        if (!state.tracked || lexicons.rootOf(state.uri) !== root) continue;
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.uri.toString());
        if (!doc || doc.isClosed) continue;
        state.dirty = []; // the whole document: a lexicon entry may concern any line
        tracker.schedule(doc, 0);
      }
    }),
  );
}
