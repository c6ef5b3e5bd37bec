// Merges fresh engine suggestions into what a sidecar already holds. The rules:
//  * accepted, rejected and manual entries — and suggested ones a person wrote a note, comment or extra
//    key on — are kept exactly, orphans included;
//  * other suggested entries are replaced by the engine's current output (same span and type keep their id);
//    an untouched suggestion whose text is gone (orphan) is dropped — it holds nothing a person wrote,
//    and keeping it would fail `check` forever; `annotate` lists what it dropped;
//  * a suggestion is dropped where a person already decided: the same span and type (so a rejected
//    suggestion is not suggested again at the same place), or an overlap with an accepted or manual
//    entry of the same type (the person's span wins over the engine's). Other types stay: a LOC
//    "Казахстана" nested in an accepted ORG "МВД Казахстана" is a claim of its own;
//  * a suggestion a person corrected in the file (type, norm, value… no longer match its `sig`, see
//    claim.ts) is a person's decision: kept exactly, and no engine claim replaces it at that span.
// Linear in the number of entries (plus a sort): decisions are indexed by span and, for the overlap
// rule, by type in start order, so 100k annotations merge in well under a second.
import type { Entity, EntityType } from '../core/types';
import { isHandEdited } from './claim';
import { newAnnotationId } from './hash';
import { byPosition, Sidecar } from './parse';
import { ENTITY_EXTRA_KEYS } from './schema';
import { Annotation } from './types';

const spanKey = (a: { type: string; start: number; end: number }) => `${a.type}:${a.start}:${a.end}`;

/** The entity part of an engine result, without undefined keys (so equal inputs give equal objects). */
export function entityFields(e: Entity): Entity {
  const out: Entity = { type: e.type, text: e.text, start: e.start, end: e.end };
  for (const k of ENTITY_EXTRA_KEYS) if (e[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = e[k];
  return out;
}

/** What merge needs from a parsed sidecar; the editor passes its current list and the sidecar's handWritten. */
export type MergeBase = Pick<Sidecar, 'annotations' | 'orphans'> & { handWritten?: ReadonlySet<string> };

/** Types the quote finder (src/core/quotes) suggests, not the engine's extract(). */
export const QUOTE_TYPES: readonly EntityType[] = ['QUOTE', 'ROLE'];

/**
 * Returns the full new annotation list (orphans included, ordered by position then orphans last),
 * ready for serializeSidecar. `sidecar` undefined means a first annotation of the article.
 * `quotes`: the suggestions include the quote finder's QUOTE and ROLE spans. Without it (the editor's
 * engine runs only names and figures) the QUOTE and ROLE suggestions already there are left alone.
 */
export function mergeSuggestions(sidecar: MergeBase | undefined, suggestions: readonly Entity[], opts: { quotes?: boolean } = {}): Annotation[] {
  const previous = sidecar ? [...sidecar.annotations, ...sidecar.orphans] : [];
  const handWritten = sidecar?.handWritten ?? new Set<string>();
  const notRun = (a: Annotation) => !opts.quotes && !a.orphan && QUOTE_TYPES.includes(a.type);
  const isKept = (a: Annotation) => a.status !== 'suggested' || a.note !== undefined || handWritten.has(a.id) || isHandEdited(a) || notRun(a);

  const kept = previous.filter(isKept);
  const keptSuggested = new Map(kept.filter((a) => a.status === 'suggested' && !a.orphan).map((a) => [spanKey(a), a]));
  const replaceable = new Map(previous.filter((a) => !isKept(a) && !a.orphan).map((a) => [spanKey(a), a]));
  const taken = new Set(kept.map((a) => a.id));

  // What blocks an engine suggestion: a decision at the same span and type; a correction by hand at
  // the same span (whatever type it now has); an accepted or manual entry of the same type overlapping it.
  const blockedSpans = new Set<string>();
  const correctedSpans = new Set<string>();
  const claims = new Map<string, Annotation[]>();
  for (const d of kept) {
    if (d.orphan) continue;
    if (d.status !== 'suggested') blockedSpans.add(spanKey(d));
    else if (isHandEdited(d)) correctedSpans.add(`${d.start}:${d.end}`);
    if (d.status === 'accepted' || d.status === 'manual') {
      const list = claims.get(d.type) ?? [];
      list.push(d);
      claims.set(d.type, list);
    }
  }
  const overlapIndex = new Map([...claims].map(([type, list]) => [type, new IntervalIndex(list)]));

  const result = new Map<string, Annotation>(kept.map((a) => [a.id, a]));
  const seen = new Set<string>();
  for (const s of [...suggestions].sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))) {
    const key = spanKey(s);
    if (seen.has(key)) continue;
    seen.add(key);
    if (blockedSpans.has(key) || correctedSpans.has(`${s.start}:${s.end}`) || overlapIndex.get(s.type)?.overlaps(s)) continue;
    const touched = keptSuggested.get(key);
    if (touched) {
      // Refresh what the engine says (norm, value…) but keep the person's note.
      result.set(touched.id, { ...entityFields(s), id: touched.id, status: 'suggested', ...(touched.note !== undefined ? { note: touched.note } : {}) });
      continue;
    }
    const old = replaceable.get(key);
    const id = old?.id ?? newAnnotationId(s.type, s.text, s.start, taken);
    taken.add(id);
    result.set(id, { ...entityFields(s), id, status: 'suggested' });
  }
  return sortAnnotations([...result.values()]);
}

/** Does a span overlap any of a fixed set of spans? Spans sorted by start with a running maximum of
 *  ends: the spans starting before `end` overlap it iff the largest of their ends is past `start`. */
class IntervalIndex {
  private readonly starts: number[];
  private readonly maxEnd: number[];
  constructor(spans: readonly { start: number; end: number }[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((x) => x.start);
    let max = -Infinity;
    this.maxEnd = sorted.map((x) => (max = Math.max(max, x.end)));
  }
  overlaps(span: { start: number; end: number }): boolean {
    // the number of spans that start before span.end
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < span.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.maxEnd[lo - 1] > span.start;
  }
}

/** Anchored annotations by position, then orphans by their last known position. */
export function sortAnnotations(list: Annotation[]): Annotation[] {
  return [...list].sort((a, b) => Number(!!a.orphan) - Number(!!b.orphan) || byPosition(a, b));
}
