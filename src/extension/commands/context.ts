// What every command needs: the services, and how to find the annotation a command acts on — the
// one a hover link or tree item names ({uri, id}), else the innermost one under the cursor.
import * as vscode from 'vscode';
import type { Annotation } from '../../sidecar';
import { NewsmarkSettings } from '../config/settings';
import { DecorationManager } from '../decorations/highlights';
import { AnnotationStore, DocState } from '../model/store';
import { annotationsAt } from '../model/query';
import { SidecarSync } from '../sidecar-sync/sidecar-sync';
import { Tracker } from '../tracking/tracker';
import type { EntitiesTree } from '../tree/entities-view';
import type { WorkspaceLexicons } from '../lexicon/lexicons';
import type { WorkspaceTree } from '../workspace/workspace-view';
import { inform } from '../util/errors';

export interface Services {
  context: vscode.ExtensionContext;
  store: AnnotationStore;
  tracker: Tracker;
  sync: SidecarSync;
  decorations: DecorationManager;
  tree: EntitiesTree;
  lexicons: WorkspaceLexicons;
  workspace: WorkspaceTree;
  settings: () => NewsmarkSettings;
}

/**
 * What a key pressed in the Entities view passes (package.json keybindings, `args`): the command
 * acts on the view's selected mention row, or on the cursor's annotation when no mention is selected.
 */
export interface FromView {
  from: 'view';
}

export function isFromView(x: unknown): x is FromView {
  return typeof x === 'object' && x !== null && (x as FromView).from === 'view';
}

/** A key pressed in the view stands for the selected row; every other argument is itself. */
export function viewTarget(s: Services, ref: unknown): unknown {
  return isFromView(ref) ? s.tree.selectedRef() : ref;
}

/**
 * What a hover link adds to its {uri, id}: the decision was made in a hover under the mouse, which
 * VS Code does not ask again by itself (see refreshHover in review.ts).
 */
export function isFromHover(x: unknown): boolean {
  return typeof x === 'object' && x !== null && (x as { from?: unknown }).from === 'hover';
}

/** The argument hover links and tree items pass. */
export interface AnnotationRef {
  uri: string;
  id: string;
}

export function isRef(x: unknown): x is AnnotationRef {
  return typeof x === 'object' && x !== null && typeof (x as AnnotationRef).uri === 'string' && typeof (x as AnnotationRef).id === 'string';
}

/** The argument an entity row of the Entities view passes: its document and its mentions' ids. */
export interface EntityRef {
  uri: string;
  ids: string[];
}

export function isEntityRef(x: unknown): x is EntityRef {
  return typeof x === 'object' && x !== null && typeof (x as EntityRef).uri === 'string' && Array.isArray((x as EntityRef).ids);
}

export interface Target {
  doc: vscode.TextDocument;
  state: DocState;
  ann: Annotation;
}

/** The document a command works on: the one named by `ref`, else the active editor's. */
export async function targetDocument(ref?: unknown): Promise<vscode.TextDocument | undefined> {
  if (isRef(ref) || isEntityRef(ref)) {
    const uri = vscode.Uri.parse(ref.uri);
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
  }
  return vscode.window.activeTextEditor?.document;
}

/** The annotation a command acts on, or undefined after telling the person why there is none. */
export async function resolveTarget(s: Services, given?: unknown): Promise<Target | undefined> {
  const ref = viewTarget(s, given);
  const doc = await targetDocument(ref);
  const state = doc && s.store.get(doc.uri);
  if (!doc || !state) {
    inform('this document has no annotations yet — run “Newsmark: Annotate Document” first.');
    return undefined;
  }
  let ann: Annotation | undefined;
  if (isRef(ref)) ann = state.annotations.find((a) => a.id === ref.id);
  else {
    const ed = vscode.window.activeTextEditor;
    const types = new Set(s.settings().types);
    if (ed) ann = annotationsAt(state.shown, doc.offsetAt(ed.selection.active)).find((a) => types.has(a.type));
  }
  if (!ann) {
    inform(isRef(ref) ? 'that annotation no longer exists.' : 'no annotation at the cursor.');
    return undefined;
  }
  return { doc, state, ann };
}
