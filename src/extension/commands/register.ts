// Registers every Newsmark command. Ids and titles are declared in package.json
// (contributes.commands); each command's errors are shown to the person and logged.
import * as vscode from 'vscode';
import { REVEAL_COMMAND } from '../tree/entities-view';
import { reportErrors } from '../util/errors';
import { annotateDocument, annotateFolder } from './annotate';
import { annotateSelection } from './annotate-selection';
import { Services } from './context';
import { goToNext, openSidecar, reveal, toggleHighlights } from './navigate';
import { accept, addNote, decideAll, reject, relabel, remove, undo } from './review';
import { decideAndNext, nextSuggestion, ReviewMode } from './review-mode';
import { RESOLVE_COMMAND, resolveConflict } from './resolve-conflict';
import { addToLexicon, neverSuggest, openLexicon } from './lexicon';
import { filterWorkspace, findInOtherArticles, OPEN_MENTION_COMMAND, openMention } from '../workspace/workspace-view';
import { resolveTarget } from './context';
import { clearSpeaker, decideRelation, setSpeaker } from './speaker';

export function activateCommands(s: Services): void {
  const reviewMode = new ReviewMode(s);
  s.context.subscriptions.push(reviewMode);
  const table: Record<string, (...args: unknown[]) => Thenable<unknown>> = {
    'newsmark.annotateDocument': (uri) => annotateDocument(s, uri),
    'newsmark.annotateSelection': (type) => annotateSelection(s, type),
    'newsmark.annotateFolder': (folder) => annotateFolder(s, folder),
    'newsmark.removeAnnotation': (ref) => remove(s, ref),
    'newsmark.accept': (ref) => accept(s, ref),
    'newsmark.reject': (ref) => reject(s, ref),
    'newsmark.acceptAll': (ref) => decideAll(s, 'accepted', ref),
    'newsmark.rejectAll': (ref) => decideAll(s, 'rejected', ref),
    'newsmark.relabel': (ref, type) => relabel(s, ref, type),
    'newsmark.addNote': (ref, note) => addNote(s, ref, note),
    'newsmark.nextAnnotation': () => goToNext(s, false),
    'newsmark.previousAnnotation': () => goToNext(s, true),
    'newsmark.reviewMode': () => reviewMode.toggle(),
    'newsmark.acceptAndNext': (ref) => decideAndNext(s, 'accepted', ref),
    'newsmark.rejectAndNext': (ref) => decideAndNext(s, 'rejected', ref),
    'newsmark.nextSuggestion': (ref) => nextSuggestion(s, false, ref),
    'newsmark.previousSuggestion': (ref) => nextSuggestion(s, true, ref),
    'newsmark.toggleHighlights': () => toggleHighlights(s),
    'newsmark.openSidecar': (ref) => openSidecar(s, ref),
    'newsmark.undo': (ref) => undo(s, ref),
    [RESOLVE_COMMAND]: (ref, side) => resolveConflict(s, ref, side),
    'newsmark.setSpeaker': (ref, speaker) => setSpeaker(s, ref, speaker),
    'newsmark.clearSpeaker': (ref) => clearSpeaker(s, ref),
    'newsmark.acceptRelation': (ref) => decideRelation(s, 'accepted', ref),
    'newsmark.rejectRelation': (ref) => decideRelation(s, 'rejected', ref),
    [REVEAL_COMMAND]: (ref) => reveal(s, ref),
    'newsmark.addToLexicon': (ref) => addToLexicon(s, ref),
    'newsmark.neverSuggest': (ref) => neverSuggest(s, ref),
    'newsmark.openLexicon': (ref) => openLexicon(s, ref),
    'newsmark.filterWorkspace': (text) => filterWorkspace(s.workspace, text),
    'newsmark.clearWorkspaceFilter': () => filterWorkspace(s.workspace, ''),
    'newsmark.refreshWorkspace': () => s.workspace.index.rescan(),
    'newsmark.findInOtherArticles': async (ref) => {
      const t = await resolveTarget(s, ref);
      return t ? findInOtherArticles(s.workspace, t.ann, t.doc.uri.scheme === 'file' ? t.doc.uri.fsPath : undefined) : [];
    },
    [OPEN_MENTION_COMMAND]: (target) => openMention(target),
  };
  const titles = new Map<string, string>(
    ((s.context.extension.packageJSON?.contributes?.commands ?? []) as Array<{ command: string; title: string }>).map((c) => [c.command, c.title]),
  );
  for (const [id, run] of Object.entries(table)) {
    const where = titles.get(id) ?? id;
    s.context.subscriptions.push(vscode.commands.registerCommand(id, (...args: unknown[]) => reportErrors(run(...args), where)));
  }
}
