// Undo for annotation changes (accept, reject, relabel, note, remove, annotate): "Undo Last
// Annotation Change" reverts the last one. Separate from the editor's text undo on purpose:
// decisions are not text edits, they live in the sidecar. Entries are stored as a diff by id, not as
// a snapshot, so undoing a decision made before some typing does not drag old offsets back in.
// Relation changes (Set / Clear Speaker, a relation accepted or rejected) share the one history, so
// Undo reverts the person's last change whatever it touched; relations have no offsets, so their
// entry keeps the whole previous list.
import type { Annotation, Relation } from '../../sidecar';

export interface HistoryEntry {
  label: string;
  /** Annotations as they were before the change, for ids the change modified or removed. */
  previous: Annotation[];
  /** Ids the change added. */
  added: string[];
  /** When the change touched relations: the relation list as it was before. */
  relations?: Relation[];
}

/** What undo gives back: the annotation list, and the relation list when the change touched relations. */
export interface Undone {
  label: string;
  annotations: Annotation[];
  relations?: Relation[];
}

export class AnnotationHistory {
  private readonly entries: HistoryEntry[] = [];

  constructor(private readonly limit = 100) {}

  /**
   * Records the change before → after (and of the relations, when given: Annotate Document changes
   * both); a change that changed nothing is not recorded.
   */
  record(
    label: string,
    before: readonly Annotation[],
    after: readonly Annotation[],
    relations?: { before: readonly Relation[]; after: readonly Relation[] },
  ): HistoryEntry | undefined {
    const afterById = new Map(after.map((a) => [a.id, a]));
    const beforeIds = new Set(before.map((a) => a.id));
    const previous = before.filter((a) => !sameDecision(a, afterById.get(a.id)));
    const added = after.filter((a) => !beforeIds.has(a.id)).map((a) => a.id);
    const relationsChanged = relations !== undefined && JSON.stringify(relations.before) !== JSON.stringify(relations.after);
    if (previous.length === 0 && added.length === 0 && !relationsChanged) return undefined;
    return this.push({ label, previous, added, ...(relationsChanged ? { relations: [...relations.before] } : {}) });
  }

  /** Records a change to the relations alone; one that changed nothing is not recorded. */
  recordRelations(label: string, before: readonly Relation[], after: readonly Relation[]): HistoryEntry | undefined {
    return this.record(label, [], [], { before, after });
  }

  private push(entry: HistoryEntry): HistoryEntry {
    this.entries.push(entry);
    if (this.entries.length > this.limit) this.entries.shift();
    return entry;
  }

  /** Forgets a change that was taken back (its write failed): Undo must not offer to revert it. */
  discard(entry: HistoryEntry): void {
    const i = this.entries.lastIndexOf(entry);
    if (i >= 0) this.entries.splice(i, 1);
  }

  /**
   * Reverts the last change on `current`: added ids go, previous versions come back. A restored
   * annotation keeps the current position when it still exists; one that was removed comes back at
   * its old offsets only if its quote is still there (`textAt`), else as an orphan.
   */
  undo(current: readonly Annotation[], textAt: (start: number, end: number) => string): Undone | undefined {
    const e = this.entries.pop();
    if (!e) return undefined;
    const drop = new Set([...e.added, ...e.previous.map((a) => a.id)]);
    const byId = new Map(current.map((a) => [a.id, a]));
    const out = current.filter((a) => !drop.has(a.id));
    for (const prev of e.previous) {
      const now = byId.get(prev.id);
      if (now) out.push({ ...prev, start: now.start, end: now.end, text: now.text, orphan: now.orphan });
      else if (!prev.orphan && textAt(prev.start, prev.end) !== prev.text) out.push({ ...prev, orphan: true });
      else out.push(prev);
    }
    out.sort((a, b) => a.start - b.start || a.end - b.end);
    return { label: e.label, annotations: out, ...(e.relations ? { relations: e.relations } : {}) };
  }

  get size(): number {
    return this.entries.length;
  }

  peekLabel(): string | undefined {
    return this.entries[this.entries.length - 1]?.label;
  }
}

/** Offsets move with typing and are not decisions; everything else is. */
function sameDecision(a: Annotation, b: Annotation | undefined): boolean {
  if (!b) return false;
  const strip = ({ start: _s, end: _e, text: _t, ...rest }: Annotation) => rest;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}
