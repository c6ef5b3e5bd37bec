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
    const key: StyleKey = `${a.type}:${look}`;
    let spans = plan.get(key);
    if (!spans) plan.set(key, (spans = []));
    spans.push(a);
  }
  return plan;
}
