// A relabel keeps the engine's claim in the sidecar as a rejected entry (so the merge rules never
// suggest that type there again) next to the person's own entry on the same span. That rejected
// claim is history: drawn struck through and given a hover card of its own, it made a relabel look
// like a rejection ("Place · added by hand" over "Organization · rejected"). The editor shows the
// person's reading only. Pure (no vscode).
import type { Annotation } from '../../sidecar';

/** The annotations to show: without rejected claims whose exact span a live annotation now covers. */
export function withoutSuperseded(list: readonly Annotation[]): Annotation[] {
  const live = new Set<string>();
  for (const a of list) if (!a.orphan && a.status !== 'rejected') live.add(`${a.start}:${a.end}`);
  return list.filter((a) => a.orphan || a.status !== 'rejected' || !live.has(`${a.start}:${a.end}`));
}
