// Which annotations mention the same entity ("Владимир Колокольцев" … "Колокольцев"; "Россия" /
// "России"): the engine's grouping for names, the normalized value for figures. The hover counts
// mentions with it and the Entities view groups by it.
import { groupMentions } from '../../core/engine';
import type { Annotation } from '../../sidecar';

export function mentionGroups(annotations: readonly Annotation[]): Map<Annotation, string> {
  const live = annotations.filter((a) => !a.orphan);
  const names = live.filter((a) => a.type === 'PER' || a.type === 'ORG' || a.type === 'LOC');
  const out = new Map<Annotation, string>();
  for (const [e, key] of groupMentions(names)) out.set(e as Annotation, key);
  for (const a of annotations) {
    if (!out.has(a)) out.set(a, fallbackKey(a));
  }
  return out;
}

/** Figures are "the same" when they mean the same value; orphans by their normal form or quote. */
function fallbackKey(a: Annotation): string {
  const v = a.value !== undefined ? JSON.stringify([a.value, a.currency ?? a.unit ?? '']) : (a.norm ?? a.text).toLowerCase();
  return `${a.type}:${v}`;
}
