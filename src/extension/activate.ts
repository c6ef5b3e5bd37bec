// Extension entry point: each feature registers itself; this file stays a short list.
// Activation does no engine work: the engine loads on the first Annotate or edit that needs it.
import * as vscode from 'vscode';
import { createApi, NewsmarkApi } from './api';
import { activateCommands } from './commands/register';
import { onSettingsChanged, readSettings } from './config/settings';
import { activateDecorations } from './decorations/highlights';
import { activateHover } from './hover/hover-provider';
import { activateMergeConflicts } from './problems/merge-conflicts';
import { activateProblems } from './problems/sidecar-problems';
import { AnnotationStore } from './model/store';
import { activateSidecarLanguage } from './sidecar-language/sidecar-language';
import { activateSidecarSync } from './sidecar-sync/sidecar-sync';
import { activateStatus } from './status/status-item';
import { activateTracking } from './tracking/tracker';
import { activateTree } from './tree/entities-view';
import { activateLog, log } from './util/errors';
import { OpenSteps } from './util/open-steps';
import { activateLexicons, rereadOnLexiconChange, WorkspaceLexicons } from './lexicon/lexicons';
import { activateWorkspaceView } from './workspace/workspace-view';

export function activate(context: vscode.ExtensionContext): NewsmarkApi {
  const activatedAt = performance.now();
  try {
    const notices = activateLog(context);
    let settings = readSettings();
    const current = () => settings;
    const store = new AnnotationStore();
    context.subscriptions.push(store);

    const steps = new OpenSteps();
    const decorations = activateDecorations(context, store, current, steps);
    // The lexicon is read after the sidecar sync exists (it learns from its writes); the hover asks late.
    let lexicons: WorkspaceLexicons | undefined;
    const hovers = activateHover(context, store, current, (uri) => lexicons?.lexiconFor(uri));
    const tree = activateTree(context, store, current);
    const status = activateStatus(context, store, current);
    activateProblems(context, store, current);
    activateMergeConflicts(context, store);
    const sync = activateSidecarSync(context, store, current, steps);
    const lexicon = (lexicons = activateLexicons(context, store, sync, current));
    const tracker = activateTracking(context, store, sync, current, (uri) => lexicon.lexiconFor(uri));
    rereadOnLexiconChange(context, lexicon, store, tracker);
    const workspace = activateWorkspaceView(context, current);
    activateCommands({ context, store, tracker, sync, decorations, tree, lexicons: lexicon, workspace, settings: current });

    context.subscriptions.push(
      onSettingsChanged(() => {
        const suffixChanged = readSettings().sidecarSuffix !== settings.sidecarSuffix;
        settings = readSettings();
        if (suffixChanged) sync.watch();
        if (suffixChanged) workspace.index.suffixChanged();
        decorations.refreshAll();
        tree.refresh();
        workspace.refresh();
      }),
    );
    // After the listener above: a suffix change is read through `current` once it is updated.
    activateSidecarLanguage(context, current);

    let firstHighlightsMs: number | undefined;
    const timer = decorations.onDidApply((uri) => {
      if (firstHighlightsMs !== undefined || Object.keys(decorations.snapshot(uri)).length === 0) return;
      firstHighlightsMs = performance.now() - activatedAt;
      log(`first highlights ${firstHighlightsMs.toFixed(0)} ms after activation (${uri.fsPath})`);
      timer.dispose();
    });
    context.subscriptions.push(timer);
    const activationMs = performance.now() - activatedAt;
    log(`activated in ${activationMs.toFixed(1)} ms`);
    return createApi(store, decorations, tree, sync, status, notices, hovers, activatedAt, activationMs, () => firstHighlightsMs, workspace);
  } catch (e) {
    throw new Error(`Newsmark failed to activate: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function deactivate(): void {}
