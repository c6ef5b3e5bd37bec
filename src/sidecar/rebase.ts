// Replays a person's decisions onto a sidecar that changed underneath them. The editor holds `ours`
// (what the person sees), made from `base` (the sidecar as last read or written); the file on disk
// now holds `theirs` (someone saved, `git pull`, or the person fixed a broken file). The result is
// theirs plus every change the person made since base: a decision, a note, a manual annotation, a
// removal. Engine suggestions are not replayed (the engine merges them again by the usual rules).
// Where both sides changed the same annotation differently, the file wins and the id is listed,
// so the editor can say so instead of silently choosing.
import { sortAnnotations } from './merge';
import { Annotation } from './types';

export interface Rebased {
  annotations: Annotation[];
  /** Ids the person changed that were also changed differently on disk (the disk's version kept). */
  conflicts: string[];
  /** How many of the person's changes were replayed onto theirs. */
  replayed: number;
}

/**
 * Not content: where an annotation sits (moves with typing, and is found again by re-anchoring on
 * each side), and `sig`, the engine-claim fingerprint the writer adds (a list read from the file has
 * it, the editor's own list may not). Neither says who changed what.
 */
const ANCHOR_KEYS: ReadonlySet<string> = new Set(['start', 'end', 'text', 'orphan', 'sig']);

/** Same content — status, type, note, values — wherever each copy is anchored now. */
function same(a: Annotation, b: Annotation): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Annotation>;
  for (const k of keys) if (!ANCHOR_KEYS.has(k) && a[k] !== b[k]) return false;
  return true;
}

/** Something only a person makes: a decision, a manual annotation, a note. */
const isPersonal = (a: Annotation) => a.status !== 'suggested' || a.note !== undefined;

export function rebaseDecisions(base: readonly Annotation[], ours: readonly Annotation[], theirs: readonly Annotation[]): Rebased {
  const baseById = new Map(base.map((a) => [a.id, a]));
  const oursById = new Map(ours.map((a) => [a.id, a]));
  const theirsById = new Map(theirs.map((a) => [a.id, a]));
  const result = new Map(theirsById);
  const conflicts: string[] = [];
  let replayed = 0;

  for (const o of ours) {
    const b = baseById.get(o.id);
    if (b && same(b, o)) continue; // the person did not touch it
    // New to us and nobody's decision: an engine suggestion, which the next merge brings anyway.
    if (!b && !isPersonal(o)) continue;
    const t = theirsById.get(o.id);
    if (t && same(t, o)) continue; // both made the same change
    if (t && b && !same(t, b)) {
      conflicts.push(o.id);
      continue;
    }
    if (!b && t) {
      // Both added an annotation with this id (same span and type) and disagree about it.
      conflicts.push(o.id);
      continue;
    }
    result.set(o.id, o);
    replayed++;
  }
  for (const b of base) {
    if (oursById.has(b.id)) continue;
    // The person removed it: remove it from theirs too, unless theirs changed it meanwhile.
    const t = theirsById.get(b.id);
    if (!t) continue;
    if (same(t, b)) {
      result.delete(b.id);
      replayed++;
    } else conflicts.push(b.id);
  }
  return { annotations: sortAnnotations([...result.values()]), conflicts, replayed };
}
