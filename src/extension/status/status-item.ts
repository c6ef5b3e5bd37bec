// Status-bar item for the active document: how many annotations, how many still to review, whether
// highlights are shown and whether the sidecar has a problem; clicking it opens the Entities view.
import * as vscode from 'vscode';
import { NewsmarkSettings, onSettingsChanged } from '../config/settings';
import { AnnotationStore } from '../model/store';
import { VIEW_ID } from '../tree/entities-view';
import { StatusSnapshot, statusSummary } from './summary';

export type { StatusSnapshot };

export function activateStatus(context: vscode.ExtensionContext, store: AnnotationStore, settings: () => NewsmarkSettings): () => StatusSnapshot {
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
    snap = statusSummary({ annotations: state.shown, problem: state.problem?.message, highlights: settings().highlightsEnabled });
    item.text = snap.text;
    item.tooltip = snap.tooltip;
    item.show();
  };
  const schedule = () => (pending ??= setImmediate(update));
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(schedule),
    // Toggle Highlights changes a setting: the item shows whether highlights are on.
    onSettingsChanged(schedule),
    store.onDidChange((c) => {
      if (c.reason !== 'typing') schedule();
    }),
    { dispose: () => pending && clearImmediate(pending) },
  );
  update();
  return () => snap;
}
