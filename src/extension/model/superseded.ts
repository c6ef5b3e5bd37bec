// A relabel keeps the engine's claim in the sidecar as a rejected entry (so the merge rules never
// suggest that type there again) next to the person's own entry on the same span. That rejected
// claim is history: drawn struck through and given a hover card of its own, it made a relabel look
// like a rejection ("Place · added by hand" over "Organization · rejected"). The editor shows the
// person's reading only. Pure (no vscode).
import type { Annotation } from '../../sidecar';

/** The annotations to show: without rejected claims whose exact span a live annotation now covers. */
export function withoutSuperseded(list: readonly Annotation[]): Annotation[] {
  // Rejected entries are few: their spans are keyed by start (a number), and only the live annotations
  // starting there are looked at. A string key per live annotation cost the 25,000 of a long article
  // ~0.1 s of the extension host's thread under load.
  const rejected = new Map<number, number[]>();
  for (const a of list) if (!a.orphan && a.status === 'rejected') rejected.set(a.start, [...(rejected.get(a.start) ?? []), a.end]);
  if (rejected.size === 0) return [...list];
  const live = new Map<number, Set<number>>();
  for (const a of list) {
    if (a.orphan || a.status === 'rejected' || !rejected.get(a.start)?.includes(a.end)) continue;
    let ends = live.get(a.start);
    if (!ends) live.set(a.start, (ends = new Set()));
    ends.add(a.end);
  }
  return list.filter((a) => a.orphan || a.status !== 'rejected' || !live.get(a.start)?.has(a.end));
}
