// Merge conflicts in the editor: a sidecar merged by `newsmark merge-driver` with two annotations
// decided differently on two branches shows two entries in the Problems panel, a hover line and
// quick fixes on each word; Resolve Merge Conflict (a quick pick answered from the keyboard) and the
// quick fix write the chosen side through the sidecar sync, and the file ends with no `conflict:`
// left — what `newsmark check` counts (unresolvedConflicts) and the Problems panel both go to zero.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/api';
import { parseSidecar, serializeSidecar, setNote, setStatus, type Annotation } from '../../src/sidecar';
import { mergeSidecars, unresolvedConflicts } from '../../src/sidecar/merge3';
import { freshArticle, hoverAt, newsmark, open, putCursor, readSidecar, sidecarOf, waitFor } from './editor-helpers';

const conflictsShown = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'merge-conflict');

describe('editor: resolving merge conflicts left by the merge driver', () => {
  let api: NewsmarkApi;

  before(async () => {
    api = await newsmark();
  });

  it('shows both conflicts; the quick pick takes theirs, the quick fix keeps ours; none are left in the file or the Problems panel', async () => {
    // The engine's sidecar of the article (the merge base), from a first copy of it.
    const first = freshArticle('conflict');
    const firstEditor = await open(first);
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const text = firstEditor.document.getText();
    const name = path.basename(first);
    const suggested = api.annotations(firstEditor.document.uri).filter((a) => a.status === 'suggested' && !a.orphan);
    const per = suggested.find((a) => a.type === 'PER');
    const loc = suggested.find((a) => a.type === 'LOC');
    assert.ok(per && loc, 'a suggested person and place');

    // Two reviewers' branches: ours accepts both (with a note on the place), theirs rejects both.
    const base = fs.readFileSync(sidecarOf(first), 'utf8');
    const side = (f: (list: Annotation[]) => Annotation[]) => {
      const sc = parseSidecar(base, text, sidecarOf(first), name);
      return serializeSidecar(sc, name, text, f(sc.annotations));
    };
    const ours = side((l) => setNote(setStatus(setStatus(l, per.id, 'accepted'), loc.id, 'accepted'), loc.id, 'ours: checked'));
    const theirs = side((l) => setStatus(setStatus(l, per.id, 'rejected'), loc.id, 'rejected'));
    const merged = mergeSidecars(base, ours, theirs, text, sidecarOf(first), name);
    assert.deepStrictEqual(merged.conflicts.map((c) => c.id).sort(), [per.id, loc.id].sort());
    // The merged checkout: the same article (same name, another folder) with the merged sidecar,
    // read when it opens (no file watcher in between).
    const file = freshArticle('conflict', text);
    fs.writeFileSync(sidecarOf(file), merged.text);
    const editor = await open(file);
    const uri = editor.document.uri;

    const shown = await waitFor('two conflicts in the Problems panel', vscode.languages.onDidChangeDiagnostics, () =>
      conflictsShown(uri).length === 2 ? conflictsShown(uri) : undefined,
    );
    assert.ok(shown.some((d) => d.range.isEqual(new vscode.Range(editor.document.positionAt(per.start), editor.document.positionAt(per.end)))));
    const hover = await hoverAt(editor, per.start + 1);
    assert.match(hover, /Decided differently on two branches: theirs status: rejected/);
    assert.match(hover, /\[Resolve…\]\(command:newsmark\.resolveConflict\?/);

    // The person: cursor on the name, Resolve Merge Conflict, Down, Enter (take theirs).
    putCursor(editor, per.start + 1);
    const asked = waitFor('the quick pick', api.onDidNotify, (n) => (n?.severity === 'question' ? n.message : undefined));
    const running = vscode.commands.executeCommand('newsmark.resolveConflict');
    assert.match(await asked, /decided differently on two branches \(2 in this document\)/);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    let sc = readSidecar(file);
    assert.strictEqual(sc.annotations.find((a) => a.id === per.id)?.status, 'rejected', 'theirs taken');
    assert.deepStrictEqual(
      unresolvedConflicts(sc).map((c) => c.id),
      [loc.id],
    );
    await waitFor('one conflict left in the Problems panel', vscode.languages.onDidChangeDiagnostics, () => conflictsShown(uri).length === 1);
    assert.strictEqual(api.annotations(uri).find((a) => a.id === per.id)?.status, 'rejected');

    // The place: Ctrl+. on the word offers both sides; Keep ours.
    const range = new vscode.Range(editor.document.positionAt(loc.start), editor.document.positionAt(loc.end));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
    const titles = actions.map((a) => a.title).filter((t) => t.startsWith('Newsmark'));
    assert.deepStrictEqual(titles, ['Newsmark: Keep ours', 'Newsmark: Take theirs']);
    const keep = actions.find((a) => a.title === 'Newsmark: Keep ours')!.command!;
    await vscode.commands.executeCommand(keep.command, ...(keep.arguments ?? []));
    sc = readSidecar(file);
    const kept = sc.annotations.find((a) => a.id === loc.id);
    assert.deepStrictEqual([kept?.status, kept?.note], ['accepted', 'ours: checked'], 'ours kept');
    assert.deepStrictEqual(unresolvedConflicts(sc), [], 'newsmark check finds no conflict left');
    assert.doesNotMatch(fs.readFileSync(sidecarOf(file), 'utf8'), /conflict:/);
    await waitFor('no conflict left in the Problems panel', vscode.languages.onDidChangeDiagnostics, () => conflictsShown(uri).length === 0);
    const after = await hoverAt(editor, loc.start + 1);
    assert.doesNotMatch(after, /Decided differently/);
  });
});
