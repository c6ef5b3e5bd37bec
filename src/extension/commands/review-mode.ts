// Fast review, as Prodigy and doccano users expect: one key accepts (A) or rejects (R) the
// suggestion at the cursor — or the mention selected in the Entities view — and moves on to the
// next suggestion still to review, with its hover open and its row selected in the view. Review
// Mode binds those single keys (package.json keybindings, `newsmark.reviewing`); the commands also
// work without it, from the palette or a chord.
import * as vscode from 'vscode';
import { nextAnnotation } from '../model/query';
import { inform, logErrors } from '../util/errors';
import { isFromView, resolveTarget, Services, viewTarget } from './context';
import { select } from './navigate';
import { decide } from './review';

const CONTEXT_KEY = 'newsmark.reviewing';

export class ReviewMode implements vscode.Disposable {
  private on = false;
  private readonly item = vscode.window.createStatusBarItem('newsmark.review', vscode.StatusBarAlignment.Right, 101);

  constructor(private readonly s: Services) {
    this.item.name = 'Newsmark Review Mode';
    this.item.text = '$(checklist) Review: A accept · R reject · N next · U undo · Esc done';
    this.item.tooltip = 'Newsmark Review Mode: single keys decide the suggestion at the cursor. Escape (or click) leaves it.';
    this.item.command = 'newsmark.reviewMode';
  }

  get active(): boolean {
    return this.on;
  }

  async toggle(on = !this.on): Promise<boolean> {
    this.on = on;
    this.s.tree.followsCursor = on;
    if (on) this.item.show();
    else this.item.hide();
    await vscode.commands.executeCommand('setContext', CONTEXT_KEY, on);
    return on;
  }

  dispose(): void {
    this.item.dispose();
    logErrors(vscode.commands.executeCommand('setContext', CONTEXT_KEY, false), 'leave review mode');
  }
}

/** Accepts or rejects the suggestion at the cursor (or the view's selected row), then goes to the next one to review. */
export async function decideAndNext(s: Services, status: 'accepted' | 'rejected', ref?: unknown): Promise<void> {
  const fromView = isFromView(ref);
  const t = await resolveTarget(s, ref);
  if (!t) return;
  await decide(s, t, status);
  await goToSuggestion(s, t.doc, t.ann.start, false, fromView);
}

/** Next (or previous) suggestion still to review, from the cursor or the view's selected row. */
export async function nextSuggestion(s: Services, backwards: boolean, ref?: unknown): Promise<void> {
  const fromView = isFromView(ref);
  const named = viewTarget(s, ref);
  const ed = vscode.window.activeTextEditor;
  const t = named ? await resolveTarget(s, named) : undefined;
  const doc = t?.doc ?? ed?.document;
  if (!doc) return;
  const from = t ? t.ann.start : ed ? doc.offsetAt(ed.selection.start) : 0;
  await goToSuggestion(s, doc, from, backwards, fromView);
}

/**
 * Selects the first suggestion after `from` (wrapping), reveals its row in the view, and opens its
 * hover in the editor — unless the key was pressed in the view, which keeps the focus.
 */
async function goToSuggestion(s: Services, doc: vscode.TextDocument, from: number, backwards: boolean, keepFocusInView: boolean): Promise<void> {
  const state = s.store.get(doc.uri);
  if (!state) return;
  const types = new Set(s.settings().types);
  const next = nextAnnotation(state.shown, from, backwards, (a) => a.status === 'suggested' && types.has(a.type));
  if (!next) {
    inform('every suggestion in this document is reviewed.');
    return;
  }
  const ed = await vscode.window.showTextDocument(doc, { preserveFocus: keepFocusInView, preview: false });
  select(ed, next.start, next.end);
  await s.tree.follow(next.id);
  if (!keepFocusInView) await vscode.commands.executeCommand('editor.action.showHover');
}
