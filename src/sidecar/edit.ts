// Pure helpers for the decisions a person makes in the editor. Each returns a new list and never
// mutates its input; serializeSidecar then writes the list back with comments preserved.
import type { Entity } from '../core/types';
import { newAnnotationId } from './hash';
import { entityFields, sortAnnotations } from './merge';
import { Annotation, Status } from './types';

function update(list: readonly Annotation[], id: string, change: (a: Annotation) => Annotation): Annotation[] {
  const i = list.findIndex((a) => a.id === id);
  if (i < 0) throw new Error(`no annotation with id '${id}'`);
  const out = [...list];
  out[i] = change(list[i]);
  return out;
}

/** Accept, reject (or reset to suggested) one annotation. */
export function setStatus(list: readonly Annotation[], id: string, status: Status): Annotation[] {
  return update(list, id, (a) => ({ ...a, status }));
}

/** Sets a note; an empty or undefined note removes it. */
export function setNote(list: readonly Annotation[], id: string, note: string | undefined): Annotation[] {
  return update(list, id, (a) => {
    const { note: _old, ...rest } = a;
    return note ? { ...rest, note } : rest;
  });
}

/** Changes what the annotation says (type, norm, value…) — a person's correction. */
export function updateAnnotation(
  list: readonly Annotation[],
  id: string,
  patch: Partial<Pick<Annotation, 'type' | 'norm' | 'value' | 'unit' | 'qualifier' | 'currency' | 'from' | 'to'>>,
): Annotation[] {
  return update(list, id, (a) => {
    const out: Annotation = { ...a, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete (out as unknown as Record<string, unknown>)[k];
    // A suggestion a person corrected is now theirs.
    if (out.status === 'suggested') out.status = 'accepted';
    return out;
  });
}

/**
 * Adds an annotation a person marked. `text` is taken from the article, so it always matches the offsets.
 * Returns the new list and the new id.
 */
export function addManual(
  list: readonly Annotation[],
  articleText: string,
  entity: Omit<Entity, 'text'> & { text?: string },
  note?: string,
): { annotations: Annotation[]; id: string } {
  const { start, end } = entity;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > articleText.length || end <= start) {
    throw new Error(`invalid span ${start}-${end} for an article of ${articleText.length} characters`);
  }
  const text = articleText.slice(start, end);
  const id = newAnnotationId(entity.type, text, start, new Set(list.map((a) => a.id)));
  const added: Annotation = { ...entityFields({ ...entity, text }), id, status: 'manual', ...(note ? { note } : {}) };
  return { annotations: sortAnnotations([...list, added]), id };
}

/** Removes an annotation (a manual mistake, a resolved orphan). A removed suggestion may come back
 *  on the next `annotate`; reject it instead to keep it away. */
export function removeAnnotation(list: readonly Annotation[], id: string): Annotation[] {
  if (!list.some((a) => a.id === id)) throw new Error(`no annotation with id '${id}'`);
  return list.filter((a) => a.id !== id);
}
