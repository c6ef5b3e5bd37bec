// Highlights: paints the store's annotations into every visible editor, coalescing bursts of
// changes into one update per editor per event-loop turn. On a large document the visible range is
// painted first and the rest a turn later, and plain typing is left to the editor (it moves
// decorations with the text by itself) until the debounced engine refresh repaints.
import * as vscode from 'vscode';
import { EntityType } from '../../core/types';
import { NewsmarkSettings } from '../config/settings';
import { AnnotationStore, StoreChange } from '../model/store';
import { logErrors } from '../util/errors';
import { LARGE_DOCUMENT_ANNOTATIONS, planDecorations, PlanFilter, StyleKey } from './plan';
import { DecorationStyles } from './styles';
import { OpenSteps } from '../util/open-steps';
import type { Annotation } from '../../sidecar';

export type DecorationSnapshot = Partial<Record<StyleKey, Array<[number, number]>>>;

export class DecorationManager implements vscode.Disposable {
  private readonly styles = new DecorationStyles();
  private readonly queued = new Set<vscode.TextEditor>();
  private flushing?: NodeJS.Immediate;
  private readonly applied = new Map<string, DecorationSnapshot>();
  /** Styles each editor currently shows, so empty styles are not sent again and again. */
  private readonly painted = new WeakMap<vscode.TextEditor, Set<StyleKey>>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after an editor's decorations were set (tests and the activation timer wait on it). */
  readonly onDidApply = this.emitter.event;

  constructor(
    private readonly store: AnnotationStore,
    private readonly settings: () => NewsmarkSettings,
    /** Stamps an open's first visible and full paint. */
    private readonly steps = new OpenSteps(),
  ) {}

  /** What was last painted for a document: style → [start, end) offsets. */
  snapshot(uri: vscode.Uri): DecorationSnapshot {
    return this.applied.get(uri.toString()) ?? {};
  }

  onStoreChange(change: StoreChange): void {
    const state = this.store.get(change.uri);
    if (change.reason === 'typing' && state && state.items.length > LARGE_DOCUMENT_ANNOTATIONS) return;
    for (const ed of vscode.window.visibleTextEditors) {
      if (ed.document.uri.toString() === change.uri.toString()) this.queue(ed);
    }
  }

  refreshAll(): void {
    for (const ed of vscode.window.visibleTextEditors) this.queue(ed);
  }

  queue(editor: vscode.TextEditor): void {
    this.queued.add(editor);
    this.flushing ??= setImmediate(() => {
      this.flushing = undefined;
      const editors = [...this.queued];
      this.queued.clear();
      for (const ed of editors) this.paint(ed);
    });
  }

  private paint(editor: vscode.TextEditor): void {
    const doc = editor.document;
    if (doc.isClosed) return;
    const s = this.settings();
    const state = this.store.get(doc.uri);
    const annotations = s.highlightsEnabled && state ? state.shown : [];
    const filter: PlanFilter = { types: new Set<EntityType>(s.types), showRejected: s.showRejected };
    if (annotations.length > LARGE_DOCUMENT_ANNOTATIONS && editor.visibleRanges.length > 0) {
      const vis = editor.visibleRanges;
      const from = doc.offsetAt(vis[0].start);
      const to = doc.offsetAt(vis[vis.length - 1].end);
      this.set(editor, planDecorations(annotations, { ...filter, from, to }), false);
      const revision = state?.revision;
      setImmediate(() => {
        if (!doc.isClosed && this.store.get(doc.uri)?.revision === revision) this.set(editor, planDecorations(annotations, filter), true);
      });
      return;
    }
    this.set(editor, planDecorations(annotations, filter), true);
  }

  private set(editor: vscode.TextEditor, plan: Map<StyleKey, Annotation[]>, complete: boolean): void {
    const doc = editor.document;
    const state = this.store.get(doc.uri);
    const snap: DecorationSnapshot = {};
    let painted = this.painted.get(editor);
    if (!painted) this.painted.set(editor, (painted = new Set()));
    for (const key of this.styles.keys()) {
      const list = plan.get(key) ?? [];
      const orphan = key.endsWith(':orphan');
      // Plain ranges, not { range } objects: VS Code sends a list of ranges to the window as one flat
      // array of numbers, but options one object each (25,000 of them for a 1 MB article).
      const options: vscode.Range[] | vscode.DecorationOptions[] = orphan
        ? list.map((a) => {
            const start = doc.positionAt(state?.orphanPoint(a) ?? a.start);
            // An orphan has no text to mark: show its quote after the point where it used to be.
            return {
              range: new vscode.Range(start, start),
              renderOptions: { after: { contentText: ` ⟵ ${a.type} “${a.text}” (orphan)` } },
              hoverMessage: new vscode.MarkdownString().appendText(`Newsmark: orphaned ${a.type} “${a.text}” — its text is no longer in the document.`),
            };
          })
        : list.map((a) => new vscode.Range(doc.positionAt(a.start), doc.positionAt(a.end)));
      // Most of the 32 styles are empty most of the time: only clear what this editor shows.
      if (options.length > 0 || painted.has(key)) editor.setDecorations(this.styles.get(key), options);
      if (options.length > 0) painted.add(key);
      else painted.delete(key);
      if (list.length > 0) snap[key] = list.map((a) => [a.start, a.end]);
    }
    if (Object.keys(snap).length > 0) this.steps.mark(doc.uri, `${complete ? 'painted' : 'visible'} (${state?.shown.length ?? 0})`);
    if (complete) {
      this.applied.set(doc.uri.toString(), snap);
      this.emitter.fire(doc.uri);
    }
  }

  forget(uri: vscode.Uri): void {
    this.applied.delete(uri.toString());
  }

  dispose(): void {
    if (this.flushing) clearImmediate(this.flushing);
    this.styles.dispose();
    this.emitter.dispose();
  }
}

export function activateDecorations(
  context: vscode.ExtensionContext,
  store: AnnotationStore,
  settings: () => NewsmarkSettings,
  steps?: OpenSteps,
): DecorationManager {
  const manager = new DecorationManager(store, settings, steps);
  context.subscriptions.push(
    manager,
    store.onDidChange((c) => {
      if (c.reason === 'close') manager.forget(c.uri);
      else manager.onStoreChange(c);
    }),
    vscode.window.onDidChangeVisibleTextEditors((eds) => eds.forEach((ed) => manager.queue(ed))),
  );
  logErrors(
    Promise.resolve().then(() => manager.refreshAll()),
    'initial highlights',
  );
  return manager;
}
