// The annotations of every open document, the single source the features read: decorations,
// hover, tree and status bar listen to onDidChange; commands change annotations through commit(),
// which records undo history and hands the result to the persister (the sidecar writer).
import * as vscode from 'vscode';
import { sameObjects, type Annotation, type Relation, type UnresolvedConflict } from '../../sidecar';
import { AnnotationHistory, HistoryEntry } from './history';
import { shiftAnnotations, TextChange, Tracked } from './shift';
import { mentionGroups } from './mentions';
import type { DocumentContext } from '../../core/document-context';
import { withoutSuperseded } from './superseded';
import type { Region } from '../tracking/dirty';

/** Why annotations changed: decides what listeners redo and whether the sidecar is written. */
export type ChangeReason =
  | 'load' // read from the sidecar
  | 'typing' // offsets moved with an edit
  | 'refresh' // engine re-read after typing
  | 'annotate' // Annotate Document / Selection / Workspace
  | 'decision' // accept, reject, relabel, note, remove
  | 'undo'
  | 'close';

export interface StoreChange {
  uri: vscode.Uri;
  reason: ChangeReason;
}

export interface SidecarProblem {
  message: string;
  /** 1-based line in the sidecar, when known. */
  line?: number;
}

export class DocState {
  /** Sorted by start; orphans sit at their last known point. */
  items: Tracked[] = [];
  /** The engine re-reads this document after edits (annotated once, or has a sidecar). */
  tracked = false;
  /** Set while the sidecar on disk cannot be read: shown once, and the file is never overwritten. */
  problem?: SidecarProblem;
  /** Language and reference date the engine reads this document with (set by the first full read). */
  context?: DocumentContext;
  /** Entries the git merge driver marked `conflict:` (decided differently on two branches), by id. */
  conflicts = new Map<string, UnresolvedConflict>();
  /** Relations between annotations (speaker, role, of) as the sidecar holds them. */
  relations: Relation[] = [];
  /** Set Speaker / Clear Speaker changed `relations` and the next write must carry them (else a
   *  write leaves the file's relations as they are). */
  relationsDirty = false;
  /** Lines edited since the engine last read the document (current offsets). */
  dirty: Region[] = [];
  readonly history = new AnnotationHistory();
  /** Bumped on every change: caches and stale async work compare against it. */
  revision = 0;
  private cache?: { revision: number; annotations: Annotation[]; shown?: Annotation[]; points?: Map<Annotation, number> };
  private groupCache?: { revision: number; groups: Map<Annotation, string>; counts: Map<string, number> };

  constructor(readonly uri: vscode.Uri) {}

  /** Everything in the sidecar, history included: what commits and writes start from. */
  get annotations(): Annotation[] {
    return this.derived().annotations;
  }

  /** What the editor shows (highlights, hover, view, cursor commands): a relabel's old claim left out. */
  get shown(): Annotation[] {
    const c = this.derived();
    return (c.shown ??= withoutSuperseded(c.annotations));
  }

  /** Group key of an annotation's entity ("Владимир Колокольцев" and "Колокольцев" share one). */
  groupOf(a: Annotation): string | undefined {
    return this.grouped().groups.get(a);
  }

  /** Mentions of the same entity in the document (rejected and orphaned ones do not count). */
  mentionCount(a: Annotation): number {
    const key = this.groupOf(a);
    return key === undefined ? 0 : (this.grouped().counts.get(key) ?? 0);
  }

  /** Where an orphan is shown: where the edit that orphaned it happened, else its last known start. */
  orphanPoint(a: Annotation): number {
    const c = this.derived();
    if (!c.points) {
      c.points = new Map();
      for (const t of this.items) if (t.trace) c.points.set(t.ann, t.trace.anchor);
    }
    return c.points.get(a) ?? a.start;
  }

  /** The lists derived from `items`, each made when first asked for (25,000 entries: each pass counts). */
  private derived(): NonNullable<DocState['cache']> {
    if (this.cache?.revision !== this.revision) this.cache = { revision: this.revision, annotations: this.items.map((t) => t.ann) };
    return this.cache;
  }

  /** Grouping costs tens of ms on a 1 MB article: computed only when a hover or the view asks. */
  private grouped(): NonNullable<DocState['groupCache']> {
    if (this.groupCache?.revision !== this.revision) {
      const annotations = this.annotations;
      const groups = mentionGroups(annotations);
      const counts = new Map<string, number>();
      for (const a of annotations) {
        const k = groups.get(a);
        if (k !== undefined && !a.orphan && a.status !== 'rejected') counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      this.groupCache = { revision: this.revision, groups, counts };
    }
    return this.groupCache;
  }
}

export type Persister = (doc: vscode.TextDocument, state: DocState) => Promise<void>;

export class AnnotationStore implements vscode.Disposable {
  private readonly states = new Map<string, DocState>();
  private readonly emitter = new vscode.EventEmitter<StoreChange>();
  readonly onDidChange = this.emitter.event;
  private persister?: Persister;

  get(uri: vscode.Uri): DocState | undefined {
    return this.states.get(uri.toString());
  }

  /** Every document the store holds (for work that concerns all of them, e.g. a changed lexicon). */
  all(): DocState[] {
    return [...this.states.values()];
  }

  ensure(uri: vscode.Uri): DocState {
    const key = uri.toString();
    let s = this.states.get(key);
    if (!s) this.states.set(key, (s = new DocState(uri)));
    return s;
  }

  /** The sidecar writer registers itself here (keeps the store free of file I/O). */
  setPersister(p: Persister): vscode.Disposable {
    this.persister = p;
    return new vscode.Disposable(() => (this.persister = undefined));
  }

  /**
   * Replaces the list without history or writing: loads and engine refreshes. The very objects the
   * store holds (a full parse confirming the fast first reading) leave the list and its revision as
   * they are, so nothing that keys on the revision (highlights, status bar) is redone for 25,000
   * entries; listeners still hear of it, as what came with the list (relations, conflicts) may differ.
   */
  replace(uri: vscode.Uri, annotations: readonly Annotation[], reason: ChangeReason): void {
    const s = this.ensure(uri);
    if (s.items.length === annotations.length && sameObjects(s.annotations, annotations)) {
      this.emitter.fire({ uri: s.uri, reason });
      return;
    }
    s.items = withTraces(s.items, annotations);
    this.bump(s, reason);
  }

  /**
   * A change a person made (or asked for): recorded for undo, then written to the sidecar. When the
   * write fails the persister has taken the change back from the list, and it leaves the history too.
   */
  async commit(doc: vscode.TextDocument, label: string, next: readonly Annotation[], reason: ChangeReason = 'decision', relations?: Relation[]): Promise<void> {
    const s = this.ensure(doc.uri);
    // One history entry for both lists: Undo of Annotate Document takes its quotes' relations back too.
    const entry = reason !== 'undo' ? s.history.record(label, s.annotations, next, relations && { before: s.relations, after: relations }) : undefined;
    s.items = withTraces(s.items, next);
    if (relations) {
      s.relations = relations;
      s.relationsDirty = true;
    }
    s.tracked = true;
    this.bump(s, reason);
    await this.write(doc, s, entry);
  }

  /**
   * A person's change to the relations (Set / Clear Speaker, accept / reject of a relation): recorded
   * for undo in the same history as annotation changes, shown at once, then written to the sidecar.
   */
  async commitRelations(doc: vscode.TextDocument, label: string, next: Relation[], reason: ChangeReason = 'decision'): Promise<void> {
    await this.commit(doc, label, this.ensure(doc.uri).annotations, reason, next);
  }

  /** Writes a person's change; when the write fails the change leaves the history too (the persister has taken it back). */
  private async write(doc: vscode.TextDocument, s: DocState, entry: HistoryEntry | undefined): Promise<void> {
    try {
      if (this.persister) await this.persister(doc, s);
    } catch (e) {
      if (entry) s.history.discard(entry);
      throw e;
    }
  }

  /** Moves offsets with an edit at once; the engine re-reads later (debounced). */
  applyEdit(doc: vscode.TextDocument, changes: readonly TextChange[], restoreOrphans: boolean): void {
    const s = this.get(doc.uri);
    if (!s || s.items.length === 0) return;
    const textAt = (a: number, b: number) => doc.getText(new vscode.Range(doc.positionAt(a), doc.positionAt(b)));
    s.items = shiftAnnotations(s.items, changes, textAt, restoreOrphans);
    // Shifting keeps the order, except for orphans (stale offsets) and ones an undo brought back.
    s.items.sort((x, y) => x.ann.start - y.ann.start || x.ann.end - y.ann.end);
    this.bump(s, 'typing');
  }

  forget(uri: vscode.Uri): void {
    if (this.states.delete(uri.toString())) this.emitter.fire({ uri, reason: 'close' });
  }

  dispose(): void {
    this.emitter.dispose();
    this.states.clear();
  }

  private bump(s: DocState, reason: ChangeReason): void {
    s.revision++;
    this.emitter.fire({ uri: s.uri, reason });
  }
}

function sorted(list: readonly Annotation[]): Annotation[] {
  return [...list].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The new list, keeping each orphan's trace (by id) so undo of the edit still restores it. */
function withTraces(old: readonly Tracked[], next: readonly Annotation[]): Tracked[] {
  const traces = new Map(old.filter((t) => t.trace).map((t) => [t.ann.id, t.trace]));
  return sorted(next).map((ann) => {
    const trace = ann.orphan ? traces.get(ann.id) : undefined;
    return trace ? { ann, trace } : { ann };
  });
}
