// Merges the engine's fresh reading of a few lines into a document's annotations by the sidecar's
// merge rules, touching only the annotations in those lines: on a 1 MB article with 20,000
// annotations a keystroke costs one paragraph of engine time, not a whole-document merge. Pure.
import type { Engine } from '../../core/engine';
import type { Entity, Lang } from '../../core/types';
import { mergeSuggestions, type Annotation } from '../../sidecar';
import type { Region } from './dirty';
import { lowerBound, MAX_SPAN } from '../model/query';

/**
 * Engine entities of `regions` (whole lines of `text`), in document offsets. A region after the
 * document's first line is read as the middle of a document (a Title Case line there is no headline),
 * as reading the whole document reads it.
 */
export function extractRegions(engine: Engine, text: string, regions: readonly Region[], ctx: { lang: Lang; refDate?: string }): Entity[] {
  const out: Entity[] = [];
  for (const [s, e] of regions) {
    for (const ent of engine.extract(text.slice(s, e), { ...ctx, midDocument: s > 0 }).entities) out.push({ ...ent, start: ent.start + s, end: ent.end + s });
  }
  return out;
}

/**
 * `current` (sorted by start) with the annotations meeting `regions` merged against `found` (the
 * engine's entities there). Only the stretch of the list around the regions is looked at, so the
 * cost follows the edit, not the document. Undefined when a new id would clash with one outside —
 * ids come from where an annotation was first seen, so a moved one can share it; the caller then
 * merges the whole document, which resolves clashes.
 */
export function mergeRegions(
  current: readonly Annotation[],
  regions: readonly Region[],
  found: readonly Entity[],
  handWritten?: ReadonlySet<string>,
): Annotation[] | undefined {
  if (regions.length === 0) return [...current];
  const lo = lowerBound(current, regions[0][0] - MAX_SPAN);
  const last = regions[regions.length - 1][1];
  let hi = lo;
  while (hi < current.length && current[hi].start < last) hi++;
  const meets = (a: Annotation) => !a.orphan && regions.some(([s, e]) => a.start < e && a.end > s);
  const inside: Annotation[] = [];
  const rest: Annotation[] = [];
  for (let i = lo; i < hi; i++) (meets(current[i]) ? inside : rest).push(current[i]);
  const merged = mergeSuggestions({ annotations: inside, orphans: [], handWritten }, found);
  const insideIds = new Set(inside.map((a) => a.id));
  const fresh = merged.filter((a) => !insideIds.has(a.id));
  if (fresh.length > 0) {
    const outsideIds = new Set<string>();
    for (let i = 0; i < current.length; i++) if (i < lo || i >= hi) outsideIds.add(current[i].id);
    for (const a of rest) outsideIds.add(a.id);
    if (fresh.some((a) => outsideIds.has(a.id))) return undefined;
  }
  const middle = [...rest, ...merged].sort((a, b) => a.start - b.start || a.end - b.end);
  return current.slice(0, lo).concat(middle, current.slice(hi));
}
