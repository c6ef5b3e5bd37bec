// Merge conflicts the git merge driver left in a sidecar show in the Problems panel, on the word in
// the article (where the hover and Ctrl+. offer to resolve them), one entry per conflicted
// annotation; the count goes to zero as they are resolved. Quick fixes: Keep ours / Take theirs.
import * as vscode from 'vscode';
import { AnnotationStore } from '../model/store';
import { RESOLVE_COMMAND, ResolveRef, sideSummary } from '../commands/resolve-conflict';

/** Diagnostic code of a merge conflict: how the code actions recognise their diagnostics. */
export const CONFLICT_CODE = 'merge-conflict';

export function activateMergeConflicts(context: vscode.ExtensionContext, store: AnnotationStore): vscode.DiagnosticCollection {
  const diagnostics = vscode.languages.createDiagnosticCollection('newsmark-conflicts');
  const update = (uri: vscode.Uri) => {
    const state = store.get(uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!state || !doc || state.conflicts.size === 0) {
      diagnostics.delete(uri);
      return;
    }
    const list: vscode.Diagnostic[] = [];
    for (const a of state.annotations) {
      const c = state.conflicts.get(a.id);
      if (!c) continue;
      // An orphan has no place in the text: its entry goes at the top, where it is still seen.
      const range = a.orphan ? new vscode.Range(0, 0, 0, 0) : new vscode.Range(doc.positionAt(a.start), doc.positionAt(a.end));
      // Plain text in the Problems panel (no links are rendered there).
      const d = new vscode.Diagnostic(
        range,
        `“${a.text}” was decided differently on two branches — ours ${sideSummary(a, c, 'ours')}, theirs ${sideSummary(a, c, 'theirs')} (sidecar line ${c.line}). Resolve: Ctrl+. or Newsmark: Resolve Merge Conflict.`,
        vscode.DiagnosticSeverity.Warning,
      );
      d.source = 'newsmark';
      d.code = CONFLICT_CODE;
      list.push(d);
    }
    diagnostics.set(uri, list);
  };
  const actions: vscode.CodeActionProvider = {
    provideCodeActions(doc, _range, ctx) {
      const out: vscode.CodeAction[] = [];
      const state = store.get(doc.uri);
      for (const d of ctx.diagnostics) {
        // The context holds copies of our diagnostics: the annotation is found again by its place.
        const at = (a: { start: number; end: number }) => d.range.isEqual(new vscode.Range(doc.positionAt(a.start), doc.positionAt(a.end)));
        const id = d.code === CONFLICT_CODE && state ? state.annotations.find((a) => state.conflicts.has(a.id) && !a.orphan && at(a))?.id : undefined;
        if (!id) continue;
        for (const [take, title] of [
          ['ours', 'Keep ours'],
          ['theirs', 'Take theirs'],
        ] as const) {
          const action = new vscode.CodeAction(`Newsmark: ${title}`, vscode.CodeActionKind.QuickFix);
          const ref: ResolveRef = { uri: doc.uri.toString(), id, take };
          action.command = { command: RESOLVE_COMMAND, title, arguments: [ref] };
          action.diagnostics = [d];
          out.push(action);
        }
      }
      return out;
    },
  };
  context.subscriptions.push(
    diagnostics,
    vscode.languages.registerCodeActionsProvider({ scheme: 'file' }, actions, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    store.onDidChange((c) => {
      if (c.reason === 'close') diagnostics.delete(c.uri);
      else if (c.reason !== 'typing') update(c.uri);
    }),
  );
  return diagnostics;
}
