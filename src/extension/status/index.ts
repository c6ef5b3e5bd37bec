// Status-bar item for the active document: how many annotations, how many still to review, and
// whether the sidecar has a problem; clicking it opens the Entities view.
import * as vscode from 'vscode';
import { AnnotationStore, DocState } from '../model/store';
import { VIEW_ID } from '../tree';

export interface StatusSnapshot {
  visible: boolean;
  text: string;
  tooltip: string;
}

export function statusText(state: DocState): StatusSnapshot {
  const anns = state.annotations;
  const live = anns.filter((a) => !a.orphan && a.status !== 'rejected');
  const byType = new Map<string, number>();
  for (const a of live) byType.set(a.type, (byType.get(a.type) ?? 0) + 1);
  const suggested = live.filter((a) => a.status === 'suggested').length;
  const orphans = anns.filter((a) => a.orphan).length;
  const icon = state.problem ? '$(warning)' : '$(tag)';
  const text = `${icon} ${live.length}${suggested ? ` (${suggested} to review)` : ''}${orphans ? ` $(debug-disconnect) ${orphans}` : ''}`;
  const lines = [
    `Newsmark: ${live.length} annotations — ${[...byType].map(([t, n]) => `${t} ${n}`).join(', ') || 'none'}`,
    `${suggested} suggested, ${live.length - suggested} accepted or manual, ${anns.filter((a) => a.status === 'rejected').length} rejected, ${orphans} orphaned`,
  ];
  if (state.problem) lines.push(`Sidecar not read: ${state.problem.message}`);
  lines.push('Click to open the Entities view.');
  return { visible: true, text, tooltip: lines.join('\n') };
}

export function activateStatus(context: vscode.ExtensionContext, store: AnnotationStore): () => StatusSnapshot {
  const item = vscode.window.createStatusBarItem('newsmark.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Newsmark';
  item.command = `${VIEW_ID}.focus`;
  let snap: StatusSnapshot = { visible: false, text: '', tooltip: '' };
  let pending: NodeJS.Immediate | undefined;
  const update = () => {
    pending = undefined;
    const ed = vscode.window.activeTextEditor;
    const state = ed ? store.get(ed.document.uri) : undefined;
    if (!state) {
      snap = { visible: false, text: '', tooltip: '' };
      item.hide();
      return;
    }
    snap = statusText(state);
    item.text = snap.text;
    item.tooltip = snap.tooltip;
    item.show();
  };
  const schedule = () => (pending ??= setImmediate(update));
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(schedule),
    store.onDidChange((c) => {
      if (c.reason !== 'typing') schedule();
    }),
    { dispose: () => pending && clearImmediate(pending) },
  );
  update();
  return () => snap;
}
