// A sidecar that cannot be read shows in the Problems panel, on the sidecar at the line the reader
// stopped at (a notification alone is gone after a few seconds, and said nothing once dismissed).
// The diagnostic follows the document's problem in the store: set when the sidecar is refused,
// cleared when it reads again, is deleted, or its article closes.
import * as vscode from 'vscode';
import { NewsmarkSettings } from '../config/settings';
import { AnnotationStore } from '../model/store';
import { sidecarPathFor } from '../../sidecar';

export function activateProblems(context: vscode.ExtensionContext, store: AnnotationStore, settings: () => NewsmarkSettings): vscode.DiagnosticCollection {
  const diagnostics = vscode.languages.createDiagnosticCollection('newsmark');
  /** Article uri → the sidecar uri its diagnostic sits on. */
  const shown = new Map<string, vscode.Uri>();
  const clear = (key: string) => {
    const at = shown.get(key);
    if (at) diagnostics.delete(at);
    shown.delete(key);
  };
  context.subscriptions.push(
    diagnostics,
    store.onDidChange((c) => {
      if (c.reason === 'typing') return;
      const key = c.uri.toString();
      const problem = c.reason === 'close' ? undefined : store.get(c.uri)?.problem;
      clear(key);
      if (!problem || c.uri.scheme !== 'file') return;
      const sidecar = vscode.Uri.file(sidecarPathFor(c.uri.fsPath, settings().sidecarSuffix));
      const line = Math.max(0, (problem.line ?? 1) - 1);
      // The message is plain text in the Problems panel (no links are rendered there).
      const d = new vscode.Diagnostic(
        new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
        `sidecar not read: ${problem.message}`,
        vscode.DiagnosticSeverity.Error,
      );
      d.source = 'newsmark';
      diagnostics.set(sidecar, [d]);
      shown.set(key, sidecar);
    }),
  );
  return diagnostics;
}
