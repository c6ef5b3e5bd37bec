// Merges fresh engine suggestions into what a sidecar already holds. The rules:
//  * accepted, rejected and manual entries — and suggested ones a person wrote a note, comment or extra
//    key on — are kept exactly, orphans included;
//  * other suggested entries are replaced by the engine's current output (same span and type keep their id);
//    an untouched suggestion whose text is gone (orphan) is dropped — it holds nothing a person wrote,
//    and keeping it would fail `check` forever; `annotate` lists what it dropped;
//  * a suggestion is dropped where a person already decided: the same span and type (so a rejected
//    suggestion is not suggested again at the same place), or an overlap with an accepted or manual
//    entry of the same type (the person's span wins over the engine's). Other types stay: a LOC
//    "Казахстана" nested in an accepted ORG "МВД Казахстана" is a claim of its own.
import type { Entity } from '../core/types';
import { newAnnotationId } from './hash';
import { byPosition, Sidecar } from './parse';
import { ENTITY_EXTRA_KEYS } from './schema';
import { Annotation } from './types';

const spanKey = (a: { type: string; start: number; end: number }) => `${a.type}:${a.start}:${a.end}`;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The entity part of an engine result, without undefined keys (so equal inputs give equal objects). */
export function entityFields(e: Entity): Entity {
  const out: Entity = { type: e.type, text: e.text, start: e.start, end: e.end };
  for (const k of ENTITY_EXTRA_KEYS) if (e[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = e[k];
  return out;
}

/** What merge needs from a parsed sidecar; the editor passes its current list and the sidecar's handWritten. */
export type MergeBase = Pick<Sidecar, 'annotations' | 'orphans'> & { handWritten?: ReadonlySet<string> };

/**
 * Returns the full new annotation list (orphans included, ordered by position then orphans last),
 * ready for serializeSidecar. `sidecar` undefined means a first annotation of the article.
 */
export function mergeSuggestions(sidecar: MergeBase | undefined, suggestions: readonly Entity[]): Annotation[] {
  const previous = sidecar ? [...sidecar.annotations, ...sidecar.orphans] : [];
  const handWritten = sidecar?.handWritten ?? new Set<string>();
  const isKept = (a: Annotation) => a.status !== 'suggested' || a.note !== undefined || handWritten.has(a.id);

  const kept = previous.filter(isKept);
  const keptSuggested = new Map(kept.filter((a) => a.status === 'suggested' && !a.orphan).map((a) => [spanKey(a), a]));
  const replaceable = new Map(previous.filter((a) => !isKept(a) && !a.orphan).map((a) => [spanKey(a), a]));
  const decided = kept.filter((a) => a.status !== 'suggested' && !a.orphan);
  const taken = new Set(kept.map((a) => a.id));

  const result = new Map<string, Annotation>(kept.map((a) => [a.id, a]));
  const seen = new Set<string>();
  for (const s of [...suggestions].sort((a, b) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))) {
    const key = spanKey(s);
    if (seen.has(key)) continue;
    seen.add(key);
    const blocked = decided.some(
      (d) => spanKey(d) === key || ((d.status === 'accepted' || d.status === 'manual') && d.type === s.type && overlaps(d, s)),
    );
    if (blocked) continue;
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

/** Anchored annotations by position, then orphans by their last known position. */
export function sortAnnotations(list: Annotation[]): Annotation[] {
  return [...list].sort((a, b) => Number(!!a.orphan) - Number(!!b.orphan) || byPosition(a, b));
}
