// Resolve Merge Conflict: an annotation or relation that two branches decided differently (the git
// merge driver kept ours in the entry and theirs under `conflict:`) is settled here — keep ours or take theirs,
// from a quick pick that shows both values, or directly from a code action or hover link that names
// the side. The choice is written through the sidecar sync like any decision, and the same write
// takes the `conflict:` out of the file, so `newsmark check` and the Problems panel lose it.
import * as vscode from 'vscode';
import { takeTheirs, takeTheirsRelation } from '../../sidecar';
import { conflictEntries, conflictTarget, type Side } from '../problems/conflict-entries';
import { ask, inform } from '../util/errors';
import { isRef, Services, targetDocument, viewTarget } from './context';
import { select } from './navigate';

export const RESOLVE_COMMAND = 'newsmark.resolveConflict';
export type { Side };

/** What a code action or hover link passes: the annotation or relation, and the side when it is already chosen. */
export interface ResolveRef {
  uri: string;
  id: string;
  take?: Side;
}

export async function resolveConflict(s: Services, given?: unknown, side?: unknown): Promise<void> {
  const ref = viewTarget(s, given); // the key pressed in the Entities view: its selected mention row
  const doc = await targetDocument(ref);
  const state = doc && s.store.get(doc.uri);
  if (!doc || !state || state.conflicts.size === 0) {
    inform('no merge conflicts in this document.');
    return;
  }
  const ed = vscode.window.activeTextEditor;
  const entries = conflictEntries(state.annotations, state.relations, state.conflicts);
  const entry = conflictTarget(entries, isRef(ref) ? ref.id : undefined, ed?.document === doc ? doc.offsetAt(ed.selection.active) : undefined);
  const conflict = entry && state.conflicts.get(entry.id);
  if (!entry || !conflict) {
    inform('that annotation has no merge conflict.');
    return;
  }
  if (ed?.document === doc && entry.at && !isRef(ref)) select(ed, entry.at.start, entry.at.end); // show which one is being asked about
  let take: Side | undefined = side === 'ours' || side === 'theirs' ? side : isRef(ref) ? (ref as ResolveRef).take : undefined;
  if (!take) {
    const items: Array<vscode.QuickPickItem & { side: Side }> = [
      { label: '$(arrow-left) Keep ours', description: entry.ours, detail: 'The value on this branch (in the entry)', side: 'ours' },
      {
        label: '$(arrow-right) Take theirs',
        description: entry.theirs,
        detail: 'The value from the merged branch (under conflict:)',
        side: 'theirs',
      },
    ];
    const left = state.conflicts.size > 1 ? ` (${state.conflicts.size} in this document)` : '';
    take = (await ask(`${entry.what} was decided differently on two branches${left}`, items, 'Enter picks, Escape leaves the conflict as it is'))?.side;
    if (!take) return;
  }
  const label = `${take === 'ours' ? 'Keep ours' : 'Take theirs'} for ${entry.what}`;
  // Keep ours changes no value: the write only takes the `conflict:` out of the file.
  if (entry.kind === 'relation') {
    let relations = state.relations;
    if (take === 'theirs') {
      const theirs = takeTheirsRelation(
        relations.find((r) => r.id === entry.id)!,
        conflict.theirs,
      );
      if (typeof theirs === 'string') return cannotTake(entry.what, theirs);
      relations = relations.map((r) => (r.id === entry.id ? theirs : r));
    }
    await s.sync.resolveConflict(doc, entry.id, label, { relations });
  } else {
    let annotations = state.annotations;
    if (take === 'theirs') {
      const theirs = takeTheirs(
        annotations.find((a) => a.id === entry.id)!,
        conflict.theirs,
      );
      if (typeof theirs === 'string') return cannotTake(entry.what, theirs);
      annotations = annotations.map((a) => (a.id === entry.id ? theirs : a));
    }
    await s.sync.resolveConflict(doc, entry.id, label, { annotations });
  }
  const rest = s.store.get(doc.uri)?.conflicts.size ?? 0;
  inform(`merge conflict on ${entry.what} resolved (${take}); ${rest ? `${rest} left in this document` : 'none left in this document'}.`);
}

function cannotTake(what: string, why: string): void {
  inform(`cannot take theirs for ${what}: ${why}. Keep ours, or fix the conflict: line in the sidecar.`);
}
