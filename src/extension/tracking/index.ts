// Highlights follow the text: every edit moves annotation offsets at once (so undo/redo and typing
// never show stale spans), and after a pause the engine re-reads the document — cancelled by the
// next keystroke — and its suggestions are merged by the sidecar's rules. Also: annotate on open
// for documents matching `newsmark.annotateOnOpen`, and the Annotate Document action itself.
import * as vscode from 'vscode';
import { mergeSuggestions } from '../../sidecar';
import type { Annotation } from '../../sidecar';
import type { Entity } from '../../core/types';
import { NewsmarkSettings } from '../config/settings';
import { AnnotationStore } from '../model/store';
import { TextChange } from '../model/shift';
import { SidecarSync } from '../sidecar-sync';
import { logErrors } from '../util/errors';
import { extractDocument, partialSuggestions } from './engine-runner';

export class Tracker implements vscode.Disposable {
  private readonly runs = new Map<string, { cts: vscode.CancellationTokenSource; timer?: NodeJS.Timeout }>();

  constructor(
    private readonly store: AnnotationStore,
    private readonly sync: SidecarSync,
    private readonly settings: () => NewsmarkSettings,
  ) {}

  onDidChangeText(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return; // dirty-state only
    const state = this.store.get(e.document.uri);
    if (!state) return;
    const changes: TextChange[] = e.contentChanges.map((c) => ({ offset: c.rangeOffset, deleteLength: c.rangeLength, insertText: c.text }));
    const undoing = e.reason === vscode.TextDocumentChangeReason.Undo || e.reason === vscode.TextDocumentChangeReason.Redo;
    this.store.applyEdit(e.document, changes, undoing);
    if (state.tracked) this.schedule(e.document);
  }

  /** Re-reads the document after the debounce; a later call (or edit) cancels an earlier one. */
  schedule(doc: vscode.TextDocument, delay = this.settings().debounceMs): void {
    const cts = this.restart(doc.uri);
    const run = this.runs.get(doc.uri.toString());
    if (!run) return;
    run.timer = setTimeout(() => {
      run.timer = undefined;
      logErrors(this.refresh(doc, cts.token), `re-annotate ${doc.uri.fsPath}`);
    }, delay);
  }

  /** Engine suggestions merged into the document's annotations, without writing the sidecar. */
  async refresh(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<boolean> {
    const merged = await this.extractAndMerge(doc, token, (partial) => this.store.replace(doc.uri, partial, 'refresh'));
    if (!merged) return false;
    this.store.replace(doc.uri, merged.annotations, 'refresh');
    const state = this.store.get(doc.uri);
    if (state) state.lang = merged.lang;
    return true;
  }

  /** Annotate Document: engine suggestions merged, recorded for undo and written to the sidecar. */
  async annotate(doc: vscode.TextDocument): Promise<number | undefined> {
    const cts = this.restart(doc.uri);
    const merged = await this.extractAndMerge(doc, cts.token, (partial) => this.store.replace(doc.uri, partial, 'refresh'));
    if (!merged) return undefined;
    const state = this.store.ensure(doc.uri);
    state.lang = merged.lang;
    await this.store.commit(doc, 'Annotate Document', merged.annotations, 'annotate');
    return merged.annotations.filter((a) => a.status === 'suggested').length;
  }

  private async extractAndMerge(
    doc: vscode.TextDocument,
    token: vscode.CancellationToken,
    onPartial: (annotations: Annotation[]) => void,
  ): Promise<{ lang: string; annotations: Annotation[] } | undefined> {
    const state = this.store.ensure(doc.uri);
    state.tracked = true;
    const merge = (entities: readonly Entity[]) => {
      const current = this.store.get(doc.uri)?.annotations ?? [];
      return mergeSuggestions(
        {
          annotations: current.filter((a) => !a.orphan),
          orphans: current.filter((a) => a.orphan),
          handWritten: this.sync.handWritten(doc.uri),
        },
        entities,
      );
    };
    const out = await extractDocument(doc, token, (found, covered) => {
      if (!token.isCancellationRequested) onPartial(merge(partialSuggestions(this.store.get(doc.uri)?.annotations ?? [], found, covered)));
    });
    if (!out || token.isCancellationRequested) return undefined;
    return { lang: out.lang, annotations: merge(out.entities) };
  }

  private restart(uri: vscode.Uri): vscode.CancellationTokenSource {
    const key = uri.toString();
    const old = this.runs.get(key);
    if (old) {
      if (old.timer) clearTimeout(old.timer);
      old.cts.cancel();
      old.cts.dispose();
    }
    const cts = new vscode.CancellationTokenSource();
    this.runs.set(key, { cts });
    return cts;
  }

  cancel(uri: vscode.Uri): void {
    const run = this.runs.get(uri.toString());
    if (!run) return;
    if (run.timer) clearTimeout(run.timer);
    run.cts.cancel();
    run.cts.dispose();
    this.runs.delete(uri.toString());
  }

  /** True when `doc` matches one of the `newsmark.annotateOnOpen` globs. */
  wantsAnnotateOnOpen(doc: vscode.TextDocument): boolean {
    if (doc.uri.scheme !== 'file') return false;
    const folders = vscode.workspace.workspaceFolders ?? [];
    return this.settings().annotateOnOpen.some((glob) => {
      // Workspace-relative globs ("news/**") match in every folder; "**/…" and absolute ones anywhere.
      if (glob.startsWith('**') || glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob)) return vscode.languages.match({ pattern: glob }, doc) > 0;
      return folders.some((f) => vscode.languages.match({ pattern: new vscode.RelativePattern(f, glob) }, doc) > 0);
    });
  }

  dispose(): void {
    for (const uri of [...this.runs.keys()]) this.cancel(vscode.Uri.parse(uri));
  }
}

/** Kinds of documents Newsmark reads by itself (the commands work on any text document). */
export const ARTICLE_LANGUAGES = new Set(['plaintext', 'markdown', 'news']);

export function activateTracking(context: vscode.ExtensionContext, store: AnnotationStore, sync: SidecarSync, settings: () => NewsmarkSettings): Tracker {
  const tracker = new Tracker(store, sync, settings);
  const opened = (doc: vscode.TextDocument) => {
    if (doc.uri.scheme !== 'file' || !ARTICLE_LANGUAGES.has(doc.languageId) || store.get(doc.uri)) return;
    logErrors(
      sync.load(doc).then((loaded) => {
        const state = store.get(doc.uri);
        // Without a readable sidecar, documents in annotate-on-open folders and articles with a
        // broken sidecar still get the engine's highlights (without writing anything).
        if ((!loaded && tracker.wantsAnnotateOnOpen(doc)) || state?.problem) tracker.schedule(doc, 0);
      }),
      `open ${doc.uri.fsPath}`,
    );
  };
  context.subscriptions.push(
    tracker,
    vscode.workspace.onDidChangeTextDocument((e) => tracker.onDidChangeText(e)),
    vscode.workspace.onDidOpenTextDocument(opened),
    vscode.workspace.onDidCloseTextDocument((doc) => tracker.cancel(doc.uri)),
  );
  for (const doc of vscode.workspace.textDocuments) opened(doc);
  return tracker;
}
