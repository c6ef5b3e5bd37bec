// Resolve Merge Conflict: an annotation that two branches decided differently (the git merge driver
// kept ours in the entry and theirs under `conflict:`) is settled here — keep ours or take theirs,
// from a quick pick that shows both values, or directly from a code action or hover link that names
// the side. The choice is written through the sidecar sync like any decision, and the same write
// takes the `conflict:` out of the file, so `newsmark check` and the Problems panel lose it.
import * as vscode from 'vscode';
import { takeTheirs, type Annotation, type UnresolvedConflict } from '../../sidecar';
import { annotationsAt } from '../model/query';
import { ask, inform } from '../util/errors';
import { isRef, Services, targetDocument, viewTarget } from './context';
import { select } from './navigate';

export const RESOLVE_COMMAND = 'newsmark.resolveConflict';
export type Side = 'ours' | 'theirs';

/** What a code action or hover link passes: the annotation, and the side when it is already chosen. */
export interface ResolveRef {
  uri: string;
  id: string;
  take?: Side;
}

/** `field: value` for each field the two sides disagree on; `—` where a side has none. */
export function sideSummary(ours: Annotation, c: UnresolvedConflict, side: Side): string {
  const show = (v: unknown) => (v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v));
  return Object.keys(c.theirs)
    .map((f) => `${f}: ${show(side === 'theirs' ? c.theirs[f] : (ours as unknown as Record<string, unknown>)[f])}`)
    .join(' · ');
}

export async function resolveConflict(s: Services, given?: unknown, side?: unknown): Promise<void> {
  const ref = viewTarget(s, given); // the key pressed in the Entities view: its selected mention row
  const doc = await targetDocument(ref);
  const state = doc && s.store.get(doc.uri);
  if (!doc || !state || state.conflicts.size === 0) {
    inform('no merge conflicts in this document.');
    return;
  }
  const ann = pickTarget(state.annotations, state.conflicts, ref);
  const conflict = ann && state.conflicts.get(ann.id);
  if (!ann || !conflict) {
    inform('that annotation has no merge conflict.');
    return;
  }
  const ed = vscode.window.activeTextEditor;
  if (ed?.document === doc && !ann.orphan && !isRef(ref)) select(ed, ann.start, ann.end); // show which one is being asked about
  let take: Side | undefined = side === 'ours' || side === 'theirs' ? side : isRef(ref) ? (ref as ResolveRef).take : undefined;
  if (!take) {
    const items: Array<vscode.QuickPickItem & { side: Side }> = [
      { label: '$(arrow-left) Keep ours', description: sideSummary(ann, conflict, 'ours'), detail: 'The value on this branch (in the entry)', side: 'ours' },
      {
        label: '$(arrow-right) Take theirs',
        description: sideSummary(ann, conflict, 'theirs'),
        detail: 'The value from the merged branch (under conflict:)',
        side: 'theirs',
      },
    ];
    const left = state.conflicts.size > 1 ? ` (${state.conflicts.size} in this document)` : '';
    take = (await ask(`“${ann.text}” was decided differently on two branches${left}`, items, 'Enter picks, Escape leaves the conflict as it is'))?.side;
    if (!take) return;
  }
  let next = state.annotations;
  if (take === 'theirs') {
    const theirs = takeTheirs(ann, conflict.theirs);
    if (typeof theirs === 'string') {
      inform(`cannot take theirs for “${ann.text}”: ${theirs}. Keep ours, or fix the conflict: line in the sidecar.`);
      return;
    }
    next = next.map((a) => (a.id === ann.id ? theirs : a));
  }
  await s.sync.resolveConflict(doc, ann.id, `${take === 'ours' ? 'Keep ours' : 'Take theirs'} for “${ann.text}”`, next);
  const rest = s.store.get(doc.uri)?.conflicts.size ?? 0;
  inform(`merge conflict on “${ann.text}” resolved (${take}); ${rest ? `${rest} left in this document` : 'none left in this document'}.`);
}

/** The conflicted annotation named by `ref`, else the one under the cursor, else the first in the document. */
function pickTarget(list: readonly Annotation[], conflicts: ReadonlyMap<string, UnresolvedConflict>, ref: unknown): Annotation | undefined {
  if (isRef(ref)) return list.find((a) => a.id === ref.id);
  const conflicted = list.filter((a) => conflicts.has(a.id));
  const ed = vscode.window.activeTextEditor;
  const here = ed && annotationsAt(conflicted, ed.document.offsetAt(ed.selection.active))[0];
  return here ?? conflicted.find((a) => !a.orphan) ?? conflicted[0];
}
