// Moving between annotations and around them: next/previous, reveal from the Entities view, open
// the sidecar, and the highlights switch.
import * as vscode from 'vscode';
import { setHighlightsEnabled } from '../config/settings';
import { nextAnnotation } from '../model/query';
import { inform } from '../util/errors';
import { isRef, Services, targetDocument } from './context';

export async function goToNext(s: Services, backwards: boolean): Promise<void> {
  const ed = vscode.window.activeTextEditor;
  const state = ed && s.store.get(ed.document.uri);
  if (!ed || !state) return;
  const types = new Set(s.settings().types);
  // From the selection's start: after Next selected an annotation, Previous goes to the one before it.
  const a = nextAnnotation(state.shown, ed.document.offsetAt(ed.selection.start), backwards, (x) => types.has(x.type));
  if (!a) {
    inform('no annotations in this document.');
    return;
  }
  select(ed, a.start, a.end);
}

export async function reveal(s: Services, ref?: unknown): Promise<void> {
  if (!isRef(ref)) return;
  const doc = await targetDocument(ref);
  const a = doc && s.store.get(doc.uri)?.annotations.find((x) => x.id === ref.id);
  if (!doc || !a || a.orphan) return;
  const ed = await vscode.window.showTextDocument(doc, { preserveFocus: false });
  select(ed, a.start, a.end);
}

export function select(ed: vscode.TextEditor, start: number, end: number): void {
  const range = new vscode.Range(ed.document.positionAt(start), ed.document.positionAt(end));
  ed.selection = new vscode.Selection(range.start, range.end);
  ed.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export async function openSidecar(s: Services, ref?: unknown): Promise<void> {
  const doc = await targetDocument(ref);
  const file = doc && s.sync.sidecarPath(doc);
  if (!file) {
    inform('only files saved on disk have a sidecar.');
    return;
  }
  try {
    await vscode.workspace.fs.stat(vscode.Uri.file(file));
  } catch {
    inform('this article has no sidecar yet — annotate it, or accept or reject a suggestion, to create one.');
    return;
  }
  // A sidecar that cannot be read opens at the line the reader stopped at.
  const line = s.store.get(doc.uri)?.problem?.line;
  const selection = line ? new vscode.Range(line - 1, 0, line - 1, 0) : undefined;
  await vscode.window.showTextDocument(vscode.Uri.file(file), { viewColumn: vscode.ViewColumn.Beside, preview: false, selection });
}

export async function toggleHighlights(s: Services): Promise<boolean> {
  const on = !s.settings().highlightsEnabled;
  await setHighlightsEnabled(on);
  return on;
}
