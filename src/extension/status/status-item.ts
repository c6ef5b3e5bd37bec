// Status-bar item for the active document: how many annotations, how many still to review, whether
// highlights are shown and whether the sidecar has a problem; clicking it opens the Entities view.
import * as vscode from 'vscode';
import { NewsmarkSettings, onSettingsChanged } from '../config/settings';
import { AnnotationStore, DocState } from '../model/store';
import { VIEW_ID } from '../tree/entities-view';
import { StatusSnapshot, statusSummary } from './summary';

export type { StatusSnapshot };

export function activateStatus(context: vscode.ExtensionContext, store: AnnotationStore, settings: () => NewsmarkSettings): () => StatusSnapshot {
  const item = vscode.window.createStatusBarItem('newsmark.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Newsmark';
  item.command = `${VIEW_ID}.focus`;
  let snap: StatusSnapshot = { visible: false, text: '', tooltip: '' };
  let pending: NodeJS.Immediate | undefined;
  /** What the item shows was counted from (see update). */
  let counted: { state: DocState; revision: number; problem?: string; highlights: boolean } | undefined;
  const update = () => {
    pending = undefined;
    const ed = vscode.window.activeTextEditor;
    const state = ed ? store.get(ed.document.uri) : undefined;
    if (!state) {
      snap = { visible: false, text: '', tooltip: '' };
      counted = undefined;
      item.hide();
      return;
    }
    // Counting 25,000 annotations takes tens of ms on a loaded host: not again for the same list
    // (a full parse that confirms what the first reading showed changes nothing here).
    const input = { state, revision: state.revision, problem: state.problem?.message, highlights: settings().highlightsEnabled };
    const c = counted;
    if (c && c.state === input.state && c.revision === input.revision && c.problem === input.problem && c.highlights === input.highlights) return;
    counted = input;
    snap = statusSummary({ annotations: state.shown, problem: input.problem, highlights: input.highlights });
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
