// Merge conflicts the git merge driver left in a sidecar show in the Problems panel, on the word in
// the article (where the hover and Ctrl+. offer to resolve them), one entry per conflicted
// annotation or relation (a relation on its quote or person); the count goes to zero as they are
// resolved. Quick fixes: Keep ours / Take theirs.
import * as vscode from 'vscode';
import { AnnotationStore } from '../model/store';
import { RESOLVE_COMMAND, ResolveRef } from '../commands/resolve-conflict';
import { ConflictEntry, conflictEntries, conflictMessage } from './conflict-entries';

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
    const list = conflictEntries(state.annotations, state.relations, state.conflicts).map((e) => {
      const d = new vscode.Diagnostic(rangeOf(doc, e), conflictMessage(e), vscode.DiagnosticSeverity.Warning);
      d.source = 'newsmark';
      d.code = CONFLICT_CODE;
      return d;
    });
    diagnostics.set(uri, list);
  };
  const actions: vscode.CodeActionProvider = {
    provideCodeActions(doc, _range, ctx) {
      const out: vscode.CodeAction[] = [];
      const state = store.get(doc.uri);
      const entries = state ? conflictEntries(state.annotations, state.relations, state.conflicts) : [];
      for (const d of ctx.diagnostics) {
        // The context holds copies of our diagnostics: the entry is found again by its place and
        // sentence (an annotation and its quote's speaker can both be in conflict on one word).
        const id = d.code === CONFLICT_CODE ? entries.find((e) => e.at && d.range.isEqual(rangeOf(doc, e)) && d.message === conflictMessage(e))?.id : undefined;
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

/** An orphan or a relation without a live end has no place in the text: its entry goes at the top, where it is still seen. */
function rangeOf(doc: vscode.TextDocument, e: ConflictEntry): vscode.Range {
  return e.at ? new vscode.Range(doc.positionAt(e.at.start), doc.positionAt(e.at.end)) : new vscode.Range(0, 0, 0, 0);
}
