// Highlights follow the text: every edit moves annotation offsets at once (so undo/redo and typing
// never show stale spans), and after a pause the engine re-reads the document — cancelled by the
// next keystroke — and its suggestions are merged by the sidecar's rules. Also: annotate on open
// for documents matching `newsmark.annotateOnOpen`, and the Annotate Document action itself.
import * as vscode from 'vscode';
import { mergeFound, mergeSuggestions } from '../../sidecar';
import type { Annotation, MergeFoundBase, Relation } from '../../sidecar';
import { withQuotes } from '../../core/quotes/relations';
import type { Entity } from '../../core/types';
import { NewsmarkSettings } from '../config/settings';
import { AnnotationStore } from '../model/store';
import { TextChange } from '../model/shift';
import { SidecarSync } from '../sidecar-sync/sidecar-sync';
import { logErrors } from '../util/errors';
import { engine, extractDocument, partialSuggestions } from './engine-runner';
import { documentContext } from '../../core/document-context';
import { addChanges, covered, toLines } from './dirty';
import { extractRegions, mergeRegions } from './incremental';
import { applyLexicon } from '../../core/lexicon/apply';
import type { Lexicon } from '../../core/lexicon/lexicon';
import type { Region } from './dirty';

/** Edits in the first characters may change the dateline, hence the reference date. */
const HEAD = 2000;

export class Tracker implements vscode.Disposable {
  private readonly runs = new Map<string, { cts: vscode.CancellationTokenSource; timer?: NodeJS.Timeout }>();

  constructor(
    private readonly store: AnnotationStore,
    private readonly sync: SidecarSync,
    private readonly settings: () => NewsmarkSettings,
    private readonly lexiconFor: (uri: vscode.Uri) => Lexicon | undefined = () => undefined,
  ) {}

  /**
   * The engine's entities as the workspace lexicon adjusts them (the step `newsmark annotate` runs):
   * per region when only some lines were read, so names are looked for in those lines only.
   */
  private withLexicon(uri: vscode.Uri, entities: Entity[], text: string, regions?: readonly Region[]): Entity[] {
    const lex = this.lexiconFor(uri);
    if (!lex) return entities;
    if (!regions) return applyLexicon(entities, text, lex).entities;
    const shift = (e: Entity, by: number): Entity => ({ ...e, start: e.start + by, end: e.end + by });
    return regions.flatMap(([s, end]) =>
      applyLexicon(
        entities.filter((x) => x.start >= s && x.end <= end).map((x) => shift(x, -s)),
        text.slice(s, end),
        lex,
      ).entities.map((x) => shift(x, s)),
    );
  }

  onDidChangeText(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0) return; // dirty-state only
    const state = this.store.get(e.document.uri);
    if (!state) return;
    const changes: TextChange[] = e.contentChanges.map((c) => ({ offset: c.rangeOffset, deleteLength: c.rangeLength, insertText: c.text }));
    const undoing = e.reason === vscode.TextDocumentChangeReason.Undo || e.reason === vscode.TextDocumentChangeReason.Redo;
    this.store.applyEdit(e.document, changes, undoing);
    if (!state.tracked) return;
    state.dirty = addChanges(state.dirty, changes);
    this.schedule(e.document);
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

  /**
   * Engine suggestions merged into the document's annotations, without writing the sidecar: only
   * the edited lines when that is a small part of the document, else the whole document.
   */
  async refresh(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<boolean> {
    const state = this.store.ensure(doc.uri);
    const e = await engine();
    if (token.isCancellationRequested || doc.isClosed) return false;
    const text = doc.getText();
    const regions = toLines(text, state.dirty);
    if (regions.length > 0 && covered(regions) < text.length / 2) {
      // The head holds the dateline (reference date); an edit there re-derives the context.
      if (!state.context || regions[0][0] < HEAD) state.context = documentContext(text);
      const found = this.withLexicon(doc.uri, extractRegions(e, text, regions, state.context), text, regions);
      const merged = mergeRegions(state.annotations, regions, found, this.sync.handWritten(doc.uri));
      if (merged) {
        state.dirty = [];
        this.store.replace(doc.uri, merged, 'refresh');
        return true;
      }
    }
    const full = await this.extractAndMerge(doc, token, (partial) => this.store.replace(doc.uri, partial, 'refresh'));
    if (!full) return false;
    state.dirty = [];
    this.store.replace(doc.uri, full.annotations, 'refresh');
    return true;
  }

  /**
   * Annotate Document: engine suggestions, quotes, roles and their relations merged (the path of
   * `newsmark annotate`: withQuotes, then mergeFound), recorded for undo and written to the sidecar.
   */
  async annotate(doc: vscode.TextDocument): Promise<number | undefined> {
    const cts = this.restart(doc.uri);
    const merged = await this.extractAndMerge(doc, cts.token, (partial) => this.store.replace(doc.uri, partial, 'refresh'), true);
    if (!merged) return undefined;
    this.store.ensure(doc.uri).dirty = [];
    await this.store.commit(doc, 'Annotate Document', merged.annotations, 'annotate', merged.relations);
    return merged.annotations.filter((a) => a.status === 'suggested').length;
  }

  /**
   * The whole document through the engine (chunked when large), merged by the sidecar's rules. With
   * `quotes` the quote finder runs too and the relations come back merged; without it (re-reads
   * while typing) the quotes, roles and relations there are left alone.
   */
  private async extractAndMerge(
    doc: vscode.TextDocument,
    token: vscode.CancellationToken,
    onPartial: (annotations: Annotation[]) => void,
    quotes = false,
  ): Promise<{ annotations: Annotation[]; relations: Relation[] } | undefined> {
    const state = this.store.ensure(doc.uri);
    state.tracked = true;
    const base = (): MergeFoundBase => {
      const now = this.store.get(doc.uri);
      const current = now?.annotations ?? [];
      return {
        annotations: current.filter((a) => !a.orphan),
        orphans: current.filter((a) => a.orphan),
        handWritten: this.sync.handWritten(doc.uri),
        relations: now?.relations ?? [],
      };
    };
    const out = await extractDocument(doc, token, (found, done) => {
      // A partial result shows names and figures only: the annotations' merge, not the relations'.
      if (!token.isCancellationRequested) onPartial(mergeSuggestions(base(), partialSuggestions(this.store.get(doc.uri)?.annotations ?? [], found, done)));
    });
    if (!out || token.isCancellationRequested) return undefined;
    state.context = out.context;
    const text = doc.getText();
    const entities = this.withLexicon(doc.uri, out.entities, text);
    // A re-read while typing keeps the relations as they are: merging them runs only with the quote finder.
    if (!quotes) return { annotations: mergeSuggestions(base(), entities), relations: state.relations };
    // Quotes run on the final names (after the lexicon), so a speaker is a name the sidecar holds.
    return mergeFound(base(), withQuotes(text, entities, out.lang));
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

export function activateTracking(
  context: vscode.ExtensionContext,
  store: AnnotationStore,
  sync: SidecarSync,
  settings: () => NewsmarkSettings,
  lexiconFor?: (uri: vscode.Uri) => Lexicon | undefined,
): Tracker {
  const tracker = new Tracker(store, sync, settings, lexiconFor);
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
