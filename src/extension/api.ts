// What activate() returns: a read-only view of Newsmark's state for the integration tests (and any
// extension that wants to read annotations). It exposes snapshots and events, never the mutable
// store, so nothing outside can bypass the sidecar rules.
import * as vscode from 'vscode';
import type { Annotation } from '../sidecar';
import { DecorationManager, DecorationSnapshot } from './decorations/highlights';
import { AnnotationStore, SidecarProblem, StoreChange } from './model/store';
import { SidecarSync } from './sidecar-sync/sidecar-sync';
import { StatusSnapshot } from './status/status-item';
import { EntitiesTree, TreeSnapshotNode } from './tree/entities-view';
import { engine, engineLoadMs } from './tracking/engine-runner';
import type { Notice } from './util/errors';
import type { HoverRequest } from './hover/hover-provider';
import type { WorkspaceTree } from './workspace/workspace-view';

export interface Timings {
  /** performance.now() when activate() started. */
  activatedAt: number;
  /** How long activate() itself took. */
  activationMs?: number;
  /** Milliseconds from activation to the first non-empty highlights, once there were some. */
  firstHighlightsMs?: number;
  /** Milliseconds the engine took to load (first use only). */
  engineLoadMs?: number;
}

export interface NewsmarkApi {
  annotations(uri: vscode.Uri): Annotation[];
  problem(uri: vscode.Uri): SidecarProblem | undefined;
  /** Where the last load of the document's sidecar spent its time: [step, performance.now()] in stamping order. */
  openSteps(uri: vscode.Uri): Array<[string, number]>;
  /** How many times the document's sidecar was parsed on loading it (one open of an article: one). */
  sidecarParses(uri: vscode.Uri): number;
  decorations(uri: vscode.Uri): DecorationSnapshot;
  /** How many times a decoration style's list was sent to VS Code for the document (a repaint that changes nothing sends none). */
  stylesSent(uri: vscode.Uri): number;
  /** The Entities view as it renders now (for the active document). */
  tree(): TreeSnapshotNode[];
  status(): StatusSnapshot;
  timings(): Timings;
  /** Loads the engine now instead of on the first annotation (a test suite pays the load once, up front). */
  loadEngine(): Promise<void>;
  readonly onDidChangeAnnotations: vscode.Event<StoreChange>;
  readonly onDidPaint: vscode.Event<vscode.Uri>;
  readonly onDidSync: SidecarSync['onDidSync'];
  /** Id of the annotation whose mention row is selected in the Entities view. */
  selectedInView(): string | undefined;
  /** Selects the mention row of annotation `id` in the (visible) Entities view, as a click would. */
  selectInView(id: string): Promise<void>;
  readonly onDidSelectInView: vscode.Event<unknown>;
  /** Fires when the workbench asks Newsmark for a hover (a hover is being shown there). */
  readonly onDidAskHover: vscode.Event<HoverRequest>;
  /** Every notification Newsmark shows, with the text exactly as shown. */
  readonly onDidNotify: vscode.Event<Notice>;
  /** The Newsmark Workspace view as it renders now, once pending index work is done; entities named in `expand` with their articles and mentions. */
  workspaceTree(expand?: string[]): Promise<TreeSnapshotNode[]>;
  /** Key of the row selected in the Newsmark Workspace view. */
  workspaceSelected(): string | undefined;
  /** Fires after the workspace index was rebuilt (files changed on disk). */
  readonly onDidIndexWorkspace: vscode.Event<void>;
}

export function createApi(
  store: AnnotationStore,
  decorations: DecorationManager,
  tree: EntitiesTree,
  sync: SidecarSync,
  status: () => StatusSnapshot,
  notices: vscode.Event<Notice>,
  hovers: vscode.Event<HoverRequest>,
  activatedAt: number,
  activationMs: number,
  firstHighlights: () => number | undefined,
  workspace: WorkspaceTree,
): NewsmarkApi {
  return {
    annotations: (uri) => store.get(uri)?.annotations.map((a) => ({ ...a })) ?? [],
    problem: (uri) => store.get(uri)?.problem,
    sidecarParses: (uri) => sync.parses(uri),
    openSteps: (uri) => sync.openSteps(uri),
    decorations: (uri) => decorations.snapshot(uri),
    stylesSent: (uri) => decorations.sent(uri),
    tree: () => {
      tree.rebuild();
      return tree.snapshot();
    },
    status,
    loadEngine: () => engine().then(() => undefined),
    timings: () => ({ activatedAt, activationMs, firstHighlightsMs: firstHighlights(), engineLoadMs: engineLoadMs() }),
    onDidChangeAnnotations: store.onDidChange,
    onDidPaint: decorations.onDidApply,
    onDidSync: sync.onDidSync,
    onDidNotify: notices,
    onDidAskHover: hovers,
    selectedInView: () => tree.selectedRef()?.id,
    selectInView: (id) => tree.follow(id),
    onDidSelectInView: (listener, thisArg, disposables) => tree.onDidChangeSelection(listener, thisArg, disposables),
    workspaceTree: async (expand) => {
      await workspace.index.ready();
      return workspace.snapshot(expand);
    },
    workspaceSelected: () => workspace.selectedKey(),
    onDidIndexWorkspace: workspace.index.onDidChange,
  };
}
