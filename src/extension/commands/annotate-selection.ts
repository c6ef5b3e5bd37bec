// A person's own annotation (Annotate Selection As…): each selection, or with an empty selection
// the word under the cursor, becomes a manual annotation of the type picked; a figure gets the
// value the recognizer reads in the selected words. Suggestions overlapping it in its layer go (names and figures, or quotes and roles).
import * as vscode from 'vscode';
import { addManual, isSidecarPath } from '../../sidecar';
import type { EntityType } from '../../core/types';
import { FIGURE_TYPES, manualValue, WORD_AT_CURSOR, withoutOverlapped } from '../model/manual-fields';
import { documentContext } from '../../core/document-context';
import { engine } from '../tracking/engine-runner';
import { inform } from '../util/errors';
import { Services } from './context';
import { isType, pickType, rememberType } from './review';

/** Selections often catch a space or a quote mark at an edge; the annotation is the words. */
const EDGE = /[\s«»"“”„'.,;:!?()]/;

export async function annotateSelection(s: Services, type?: unknown): Promise<void> {
  const ed = vscode.window.activeTextEditor;
  if (!ed) {
    inform('open an article first.');
    return;
  }
  const doc = ed.document;
  if (isSidecarPath(doc.uri.path, s.settings().sidecarSuffix)) {
    inform('this is a sidecar; open its article to annotate it.');
    return;
  }
  const spans: vscode.Range[] = [];
  for (const sel of ed.selections) {
    const range = sel.isEmpty ? doc.getWordRangeAtPosition(sel.active, WORD_AT_CURSOR) : sel;
    if (range) spans.push(range);
  }
  if (spans.length === 0) {
    inform('put the cursor on a word or select the text to annotate first.');
    return;
  }
  const picked: EntityType | undefined = isType(type) ? type : await pickType(s, 'Annotate selection as…');
  if (!picked) return;
  await rememberType(s, picked);
  const state = s.store.ensure(doc.uri);
  const text = doc.getText();
  const context = state.context ?? documentContext(text);
  let list = state.annotations;
  for (const range of spans) {
    let start = doc.offsetAt(range.start);
    let end = doc.offsetAt(range.end);
    while (start < end && EDGE.test(text[start])) start++;
    while (end > start && EDGE.test(text[end - 1])) end--;
    if (end <= start) continue;
    const words = text.slice(start, end);
    const found = FIGURE_TYPES.has(picked) ? (await engine()).extract(words, { lang: context.lang, refDate: context.refDate }).entities : [];
    const values = manualValue(picked, found, words.length);
    // The person's span wins: suggestions overlapping it in its layer go (a quote around it stays).
    list = withoutOverlapped(list, picked, start, end);
    list = addManual(list, text, { type: picked, start, end, ...values }).annotations;
  }
  await s.store.commit(doc, `Annotate selection as ${picked}`, list, 'annotate');
}
