// Highlights: paints the store's annotations into every visible editor, coalescing bursts of
// changes into one update per editor per event-loop turn. Only the styles whose annotations changed
// are sent again (a full parse that confirms what is shown sends nothing). On a large document the
// visible range is painted first and the rest over the turns after it, in slices, and plain typing is
// left to the editor (it moves decorations with the text by itself) until the debounced engine
// refresh repaints.
import * as vscode from 'vscode';
import { EntityType } from '../../core/types';
import { NewsmarkSettings } from '../config/settings';
import { AnnotationStore, StoreChange } from '../model/store';
import { logErrors } from '../util/errors';
import { changedSlots, LARGE_DOCUMENT_ANNOTATIONS, PAINT_TURN, planDecorations, SLOT_TEXT, SlotKey, slotOf, slotsOf, SlotSet, StyleKey } from './plan';
import { DecorationStyles } from './styles';
import { OpenSteps } from '../util/open-steps';
import type { Annotation } from '../../sidecar';

export type DecorationSnapshot = Partial<Record<StyleKey, Array<[number, number]>>>;

/** What one editor's decorations hold now, as set through setDecorations. */
interface EditorPaint {
  /** Per slot, the annotations set and the document version then. */
  readonly slots: Map<SlotKey, SlotSet>;
  /** Store revision, document version and filter of the last complete paint: the same again sends nothing. */
  complete?: string;
  /** Bumped by each paint: a paint still running over several turns gives up when a newer one starts. */
  generation: number;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class DecorationManager implements vscode.Disposable {
  private readonly styles = new DecorationStyles();
  private readonly queued = new Map<vscode.TextEditor, boolean>();
  private flushing?: NodeJS.Immediate;
  /** What the last complete paint of each document showed, per style (the test seam snapshot()). */
  private readonly applied = new Map<string, ReadonlyMap<StyleKey, readonly Annotation[]>>();
  private readonly painted = new WeakMap<vscode.TextEditor, EditorPaint>();
  /** Slot lists sent to VS Code per document (tests: a full parse that confirms what is shown sends none). */
  private readonly sentCounts = new Map<string, number>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after an editor's decorations were set, or found to be what they should be (tests and the activation timer wait on it). */
  readonly onDidApply = this.emitter.event;

  constructor(
    private readonly store: AnnotationStore,
    private readonly settings: () => NewsmarkSettings,
    /** Stamps an open's first visible and full paint. */
    private readonly steps = new OpenSteps(),
  ) {}

  /** What was last painted for a document: style → [start, end) offsets. */
  snapshot(uri: vscode.Uri): DecorationSnapshot {
    const snap: DecorationSnapshot = {};
    for (const [key, list] of this.applied.get(uri.toString()) ?? []) snap[key] = list.map((a) => [a.start, a.end]);
    return snap;
  }

  /** How many slot lists were sent to VS Code for this document so far. */
  sent(uri: vscode.Uri): number {
    return this.sentCounts.get(uri.toString()) ?? 0;
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

  /**
   * Paints `editor` in the next turn. `shown`: it has just been shown, and VS Code may have dropped
   * what was set on it before, so every slot is sent again.
   */
  queue(editor: vscode.TextEditor, shown = false): void {
    this.queued.set(editor, shown || (this.queued.get(editor) ?? false));
    this.flushing ??= setImmediate(() => {
      this.flushing = undefined;
      const editors = [...this.queued];
      this.queued.clear();
      for (const [ed, again] of editors) logErrors(this.paint(ed, again), `paint ${ed.document.uri.fsPath}`);
    });
  }

  private async paint(editor: vscode.TextEditor, again: boolean): Promise<void> {
    const doc = editor.document;
    if (doc.isClosed) return;
    let rec = this.painted.get(editor);
    if (!rec) this.painted.set(editor, (rec = { slots: new Map(), generation: 0 }));
    const gen = ++rec.generation;
    if (again) {
      rec.complete = undefined;
      for (const set of rec.slots.values()) set.version = -1;
    }
    const s = this.settings();
    const state = this.store.get(doc.uri);
    const annotations = s.highlightsEnabled && state ? state.shown : [];
    const key = `${state?.revision}:${doc.version}:${s.highlightsEnabled}:${s.types.join()}:${s.showRejected}`;
    if (rec.complete === key) {
      this.emitter.fire(doc.uri); // nothing changed for this editor: it shows this already
      return;
    }
    const plan = planDecorations(annotations, { types: new Set<EntityType>(s.types), showRejected: s.showRejected });
    const version = doc.version;
    const revision = state?.revision;
    const current = () => !doc.isClosed && rec.generation === gen && doc.version === version && this.store.get(doc.uri)?.revision === revision;
    if (annotations.length > LARGE_DOCUMENT_ANNOTATIONS) {
      // Listing 25,000 annotations by style took this turn; sending them starts in the next one.
      await nextTurn();
      if (!current()) return;
    }
    const slots = slotsOf(plan);
    // The slots on screen first, then outwards from there.
    const seen = editor.visibleRanges.length ? Math.floor(doc.offsetAt(editor.visibleRanges[0].start) / SLOT_TEXT) : 0;
    const last = editor.visibleRanges.length ? Math.floor(doc.offsetAt(editor.visibleRanges[editor.visibleRanges.length - 1].end) / SLOT_TEXT) : 0;
    const distance = (k: SlotKey) => {
      const { band } = slotOf(k);
      return band < seen ? seen - band : band > last ? band - last : 0;
    };
    const todo = changedSlots(rec.slots, slots, version).sort((x, y) => distance(x) - distance(y));
    let visibleDone = false;
    for (let i = 0; i < todo.length;) {
      // One turn: slots up to PAINT_TURN ranges (at least one).
      let budget = PAINT_TURN;
      do {
        const slot = todo[i++];
        const list = slots.get(slot) ?? [];
        budget -= Math.max(1, list.length);
        editor.setDecorations(this.styles.get(slot), this.rangesOf(editor, slot, list));
        rec.slots.set(slot, { list, version });
        this.count(doc.uri);
      } while (i < todo.length && budget > 0);
      if (!visibleDone && (i >= todo.length || distance(todo[i]) > 0)) {
        visibleDone = true;
        if (annotations.length > LARGE_DOCUMENT_ANNOTATIONS) this.steps.mark(doc.uri, `visible (${annotations.length})`);
      }
      if (i < todo.length) {
        await nextTurn();
        // A newer paint (or an edit: the annotations planned here are at the old offsets) took over.
        if (!current()) return;
      }
    }
    rec.complete = key;
    if (plan.size > 0) this.steps.mark(doc.uri, `painted (${annotations.length})`);
    this.applied.set(doc.uri.toString(), plan);
    this.emitter.fire(doc.uri);
  }

  /** Ranges (orphans: options with their marker) of `list` in `editor`'s document. */
  private rangesOf(editor: vscode.TextEditor, slot: SlotKey, list: readonly Annotation[]): vscode.Range[] | vscode.DecorationOptions[] {
    const doc = editor.document;
    const state = this.store.get(doc.uri);
    if (slotOf(slot).style.endsWith(':orphan'))
      return list.map((a) => {
        const start = doc.positionAt(state?.orphanPoint(a) ?? a.start);
        // An orphan has no text to mark: show its quote after the point where it used to be.
        return {
          range: new vscode.Range(start, start),
          renderOptions: { after: { contentText: ` ⟵ ${a.type} “${a.text}” (orphan)` } },
          hoverMessage: new vscode.MarkdownString().appendText(`Newsmark: orphaned ${a.type} “${a.text}” — its text is no longer in the document.`),
        };
      });
    // Plain ranges, not { range } objects: VS Code sends a list of ranges to the window as one flat
    // array of numbers, but options one object each (25,000 of them for a 1 MB article).
    return list.map((a) => new vscode.Range(doc.positionAt(a.start), doc.positionAt(a.end)));
  }

  private count(uri: vscode.Uri): void {
    const k = uri.toString();
    this.sentCounts.set(k, (this.sentCounts.get(k) ?? 0) + 1);
  }

  forget(uri: vscode.Uri): void {
    this.applied.delete(uri.toString());
    this.sentCounts.delete(uri.toString());
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
  let visible = new Set(vscode.window.visibleTextEditors);
  context.subscriptions.push(
    manager,
    store.onDidChange((c) => {
      if (c.reason === 'close') manager.forget(c.uri);
      else manager.onStoreChange(c);
    }),
    vscode.window.onDidChangeVisibleTextEditors((eds) => {
      // An editor that stayed visible keeps its decorations; one that has just been shown gets all of them.
      for (const ed of eds) manager.queue(ed, !visible.has(ed));
      visible = new Set(eds);
    }),
  );
  logErrors(
    Promise.resolve().then(() => manager.refreshAll()),
    'initial highlights',
  );
  return manager;
}
