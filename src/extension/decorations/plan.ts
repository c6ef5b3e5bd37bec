// Which spans get which decoration style: one style per entity type and look (suggested dotted,
// accepted solid, rejected faint struck, orphan marker). Pure (no vscode): the decoration manager
// turns the spans into ranges, and the bench times this step on large documents.
import type { EntityType } from '../../core/types';
import type { Annotation } from '../../sidecar';
import { lowerBound, MAX_SPAN } from '../model/query';

export type Look = 'suggested' | 'accepted' | 'rejected' | 'orphan';
export const LOOKS: readonly Look[] = ['suggested', 'accepted', 'rejected', 'orphan'];

export type StyleKey = `${EntityType}:${Look}`;

/**
 * Above this many annotations a document counts as large: the visible range is painted first, and
 * plain typing is not repainted (the editor moves decorations with the text by itself) until the
 * debounced engine refresh.
 */
export const LARGE_DOCUMENT_ANNOTATIONS = 3000;

export interface PlanFilter {
  types: ReadonlySet<EntityType>;
  showRejected: boolean;
  /** Only spans meeting [from, to) — the visible range first on large documents. */
  from?: number;
  to?: number;
}

export function lookOf(a: Annotation): Look {
  if (a.orphan) return 'orphan';
  if (a.status === 'suggested') return 'suggested';
  if (a.status === 'rejected') return 'rejected';
  return 'accepted'; // accepted and manual: a person stands behind both
}

/** Each type's style keys, made once: a template string per annotation cost the plan of 25,000 ~25,000 strings. */
const KEYS = new Map<EntityType, Record<Look, StyleKey>>();
function keysOf(type: EntityType): Record<Look, StyleKey> {
  let k = KEYS.get(type);
  if (!k) KEYS.set(type, (k = { suggested: `${type}:suggested`, accepted: `${type}:accepted`, rejected: `${type}:rejected`, orphan: `${type}:orphan` }));
  return k;
}

/** Annotations per style, in document order; `annotations` must be sorted by start. */
export function planDecorations(annotations: readonly Annotation[], f: PlanFilter): Map<StyleKey, Annotation[]> {
  const plan = new Map<StyleKey, Annotation[]>();
  const lo = f.from ?? 0;
  const hi = f.to ?? Infinity;
  // Annotations are sorted by start: binary-search the first that could meet [lo, hi).
  // Nested spans can start before lo and still reach it, so back up by the longest possible span.
  let i = lowerBound(annotations, lo - MAX_SPAN);
  for (; i < annotations.length; i++) {
    const a = annotations[i];
    if (a.start >= hi) break;
    if (a.end < lo || !f.types.has(a.type)) continue;
    const look = lookOf(a);
    if (look === 'rejected' && !f.showRejected) continue;
    const key = keysOf(a.type)[look];
    let spans = plan.get(key);
    if (!spans) plan.set(key, (spans = []));
    spans.push(a);
  }
  return plan;
}

/**
 * Code units of text per decoration slot. Each style is sent to VS Code in slots, one decoration type
 * per style and stretch of text: setDecorations replaces a type's whole list, and one list of 10,000
 * ranges held the extension host 0.1-0.2 s on a loaded machine; a slot of a dense 1 MB article holds a
 * few hundred. A change to one entry sends its slot only, and the slots on screen go first.
 */
export const SLOT_TEXT = 32768;

/**
 * Ranges sent per event-loop turn when a document's highlights change a lot (opening a long article):
 * the slots on screen first, then the others, so a keystroke waits for one turn's slots, not for
 * 25,000 highlights (0.3-0.7 s of the extension host's thread on a loaded machine).
 */
export const PAINT_TURN = 1500;

/** A style in one stretch of the text: `PER:suggested#3` is the PER suggestions starting in [3 × SLOT_TEXT, 4 × SLOT_TEXT). */
export type SlotKey = `${StyleKey}#${number}`;

export function slotOf(key: SlotKey): { style: StyleKey; band: number } {
  const at = key.lastIndexOf('#');
  return { style: key.slice(0, at) as StyleKey, band: Number(key.slice(at + 1)) };
}

/** The plan split into slots by where each annotation starts (each style's list is sorted by start). */
export function slotsOf(plan: ReadonlyMap<StyleKey, readonly Annotation[]>): Map<SlotKey, Annotation[]> {
  const out = new Map<SlotKey, Annotation[]>();
  for (const [style, list] of plan) {
    let from = 0;
    while (from < list.length) {
      const band = Math.floor(list[from].start / SLOT_TEXT);
      let to = from + 1;
      while (to < list.length && Math.floor(list[to].start / SLOT_TEXT) === band) to++;
      const key: SlotKey = `${style}#${band}`;
      // Orphans sit at their last known start, so one band can come back after another: append.
      const had = out.get(key);
      if (had) had.push(...list.slice(from, to));
      else out.set(key, list.slice(from, to));
      from = to;
    }
  }
  return out;
}

/** What one slot holds in an editor now: the annotations last set, and the document version then. */
export interface SlotSet {
  list: readonly Annotation[];
  version: number;
}

/**
 * The slots of `plan` that must be sent to the editor again: those whose annotations are not the very
 * objects last set (objects are never changed in place: an edit makes a new one), or were set at
 * another version of the text (the editor has moved them with the edits since). A slot empty before
 * and after is never sent. A full parse that confirms the fast first reading sends nothing; one that
 * changes one entry of 25,000 sends the one or two slots that entry leaves and joins.
 */
export function changedSlots(set: ReadonlyMap<SlotKey, SlotSet>, plan: ReadonlyMap<SlotKey, readonly Annotation[]>, version: number): SlotKey[] {
  const out: SlotKey[] = [];
  for (const key of new Set([...set.keys(), ...plan.keys()])) {
    const was = set.get(key);
    const now = plan.get(key) ?? [];
    if (!was) {
      if (now.length > 0) out.push(key);
      continue;
    }
    if (was.list.length === 0 && now.length === 0) continue;
    if (was.version !== version || was.list.length !== now.length || was.list.some((a, i) => a !== now[i])) out.push(key);
  }
  return out;
}
