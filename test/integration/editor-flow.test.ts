// The review loop in a real VS Code: fast review (one key decides and moves on; the Entities view
// follows), counts that add up after a Reject, the word under the cursor annotated by hand with its
// value, the highlights switch in the status bar, a broken sidecar in the Problems panel and Open
// Sidecar at its line, the view kept while a sidecar has focus, and the view's keys.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/api';
import { EXTENSION_ID, freshArticle, newsmark, offsetOf, open, putCursor, sidecarOf, waitFor } from './editor-helpers';

describe('editor: the review loop', () => {
  let api: NewsmarkApi;

  before(async () => {
    api = await newsmark();
  });

  it('Accept and Next decides the suggestion at the cursor and selects the next one to review; the view follows', async () => {
    const editor = await open(freshArticle('fast-review'));
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    await vscode.commands.executeCommand('newsmark.entities.focus'); // the view is open, as when reviewing
    await vscode.window.showTextDocument(editor.document);
    const uri = editor.document.uri;
    const suggestions = () => api.annotations(uri).filter((a) => a.status === 'suggested' && !a.orphan);
    const [first, second, third] = suggestions();
    putCursor(editor, first.start);
    // The hover follows: shown at the next suggestion.
    const hovered = waitFor(
      'a hover at the next suggestion',
      api.onDidAskHover,
      (h) => h && h.uri.toString() === uri.toString() && h.offset >= second.start && h.offset <= second.end,
    );
    await vscode.commands.executeCommand('newsmark.acceptAndNext');
    await hovered;
    assert.strictEqual(api.annotations(uri).find((a) => a.id === first.id)?.status, 'accepted');
    assert.deepStrictEqual(
      [editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)],
      [second.start, second.end],
      'the next suggestion is selected',
    );
    await vscode.commands.executeCommand('newsmark.rejectAndNext');
    assert.strictEqual(api.annotations(uri).find((a) => a.id === second.id)?.status, 'rejected');
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), third.start);
    // Decided ones are skipped: from the first, Next Suggestion lands on the third.
    putCursor(editor, first.start);
    await vscode.commands.executeCommand('newsmark.nextSuggestion');
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), third.start);
    await waitFor('the view following the cursor', api.onDidSelectInView, () => api.selectedInView() === third.id || undefined);
  });

  it('a decision at the cursor shows the hover again there (it kept saying "suggested")', async () => {
    const editor = await open(freshArticle('hover-refresh'));
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const uri = editor.document.uri;
    const a = api.annotations(uri).find((x) => x.status === 'suggested')!;
    putCursor(editor, a.start + 1);
    const asked = waitFor(
      'the hover asked again at the cursor',
      api.onDidAskHover,
      (h) => h && h.uri.toString() === uri.toString() && h.offset === a.start + 1,
    );
    await vscode.commands.executeCommand('newsmark.accept');
    await asked;
  });

  it('Review Mode binds one key per decision, and Escape leaves it', async () => {
    const binds = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON?.contributes?.keybindings ?? []) as Array<{
      key: string;
      command: string;
      when?: string;
    }>;
    const inReview = (key: string) => binds.filter((b) => b.key === key && /newsmark\.reviewing/.test(b.when ?? '')).map((b) => b.command);
    assert.deepStrictEqual([...new Set(inReview('a'))], ['newsmark.acceptAndNext']);
    assert.deepStrictEqual([...new Set(inReview('r'))], ['newsmark.rejectAndNext']);
    assert.deepStrictEqual([...new Set(inReview('escape'))], ['newsmark.reviewMode']);
    assert.strictEqual(await vscode.commands.executeCommand('newsmark.reviewMode'), true);
    assert.strictEqual(await vscode.commands.executeCommand('newsmark.reviewMode'), false);
  });

  it('every command a chord runs in the editor also has its chord in the Entities view', () => {
    const binds = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON?.contributes?.keybindings ?? []) as Array<{
      key: string;
      command: string;
      when?: string;
      args?: unknown;
    }>;
    const chords = binds.filter((b) => b.key.includes(' '));
    const inView = new Set(chords.filter((b) => /focusedView == newsmark\.entities/.test(b.when ?? '')).map((b) => `${b.key}|${b.command}`));
    const missing = chords
      .filter((b) => /editorTextFocus/.test(b.when ?? '') && b.command !== 'newsmark.annotateSelection' && !inView.has(`${b.key}|${b.command}`))
      .map((b) => b.command);
    assert.deepStrictEqual(missing, []);
    // A decision key pressed in the view acts on the selected row.
    for (const b of chords.filter((x) => /focusedView/.test(x.when ?? '') && /accept$|reject$|relabel|addNote|removeAnnotation/.test(x.command))) {
      assert.deepStrictEqual(b.args, { from: 'view' }, b.command);
    }
  });

  it('a decision key in the view decides the selected mention row', async () => {
    const editor = await open(freshArticle('view-key'));
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    await vscode.commands.executeCommand('newsmark.entities.focus');
    const uri = editor.document.uri;
    const target = api
      .annotations(uri)
      .filter((a) => a.status === 'suggested')
      .at(-1)!;
    await api.selectInView(target.id);
    await vscode.commands.executeCommand('newsmark.reject', { from: 'view' });
    assert.strictEqual(api.annotations(uri).find((a) => a.id === target.id)?.status, 'rejected');
  });

  it('after a Reject the type row counts add up; a mention row shows its line of context', async () => {
    const editor = await open(freshArticle('counts'));
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const uri = editor.document.uri;
    const loc = api.annotations(uri).find((a) => a.type === 'LOC' && a.status === 'suggested')!;
    await vscode.commands.executeCommand('newsmark.reject', { uri: uri.toString(), id: loc.id });
    const group = api.tree().find((g) => g.label === 'Place')!;
    const [mentions, entities, rejected] = (group.description ?? '').match(/\d+/g)!.map(Number);
    const rows = group.children ?? [];
    const live = rows.filter((r) => Number(r.description) > 0);
    assert.strictEqual(entities, live.length, group.description);
    assert.strictEqual(
      mentions,
      live.reduce((n, r) => n + Number(r.description), 0),
      group.description,
    );
    assert.ok(rejected >= 1, group.description);
    const status = api.status();
    const [head, parts] = status.tooltip.split('\n');
    const total = Number(/(\d+) annotations?/.exec(head)![1]);
    const [review, decided] = parts.match(/\d+/g)!.map(Number);
    assert.strictEqual(review + decided, total, status.tooltip);
    const mention = rows.flatMap((r) => r.children ?? []).find((m) => m.id === `mention/${loc.id}`)!;
    const line = editor.document.lineAt(editor.document.positionAt(loc.start).line).text;
    assert.ok(
      mention.description && mention.description.includes(loc.text) && line.includes(mention.description.split(' · ').at(-1)!.replace(/…/g, '')),
      mention.description,
    );
  });

  it('Annotate Selection with an empty selection takes the word under the cursor; a figure gets its value', async () => {
    const editor = await open(freshArticle('manual-figure'));
    const at = offsetOf(editor, 'семисот');
    putCursor(editor, at + 3);
    await vscode.commands.executeCommand('newsmark.annotateSelection', 'NUMBER');
    const mine = api.annotations(editor.document.uri).find((a) => a.status === 'manual');
    assert.ok(mine, 'a manual annotation');
    assert.deepStrictEqual([mine.start, mine.text, mine.value], [at, 'семисот', 700]);
  });

  it('Toggle Highlights shows its state in the status bar', async () => {
    const editor = await open(freshArticle('toggle'));
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const config = vscode.workspace.getConfiguration('newsmark');
    const before = config.inspect<boolean>('highlights.enabled')?.globalValue;
    try {
      await vscode.commands.executeCommand('newsmark.toggleHighlights');
      await waitFor('the status bar saying highlights are hidden', api.onDidPaint, () => /eye-closed/.test(api.status().text) || undefined);
      assert.match(api.status().tooltip, /Highlights are hidden/);
      await vscode.commands.executeCommand('newsmark.toggleHighlights');
      await waitFor('the status bar back to normal', api.onDidPaint, () => /\$\(tag\)/.test(api.status().text) || undefined);
    } finally {
      await config.update('highlights.enabled', before, vscode.ConfigurationTarget.Global);
      await vscode.window.showTextDocument(editor.document);
    }
  });

  it('a broken sidecar shows in the Problems panel at its line; Open Sidecar goes there; the view keeps the article', async () => {
    const file = freshArticle('problems');
    fs.writeFileSync(
      sidecarOf(file),
      `newsmark: 1\narticle: ${path.basename(file)}\nhash: x\nannotations:\n  - { id: a1, type: LOC, status: maybe, text: x, start: 0, end: 1 }\n`,
    );
    const editor = await open(file);
    const sidecar = vscode.Uri.file(sidecarOf(file));
    const [d] = await waitFor(
      'the diagnostic',
      vscode.languages.onDidChangeDiagnostics,
      () => {
        const list = vscode.languages.getDiagnostics(sidecar);
        return list.length ? list : undefined;
      },
      25000,
    );
    assert.strictEqual(d.range.start.line, 4);
    assert.match(d.message, /unknown status 'maybe'/);
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const before = api.tree().length;
    assert.ok(before > 0, 'the engine fills the view');
    await vscode.commands.executeCommand('newsmark.openSidecar');
    const shown = vscode.window.activeTextEditor!;
    assert.strictEqual(shown.document.uri.fsPath, sidecar.fsPath);
    assert.strictEqual(shown.selection.active.line, 4);
    assert.strictEqual(api.tree().length, before, 'focusing the sidecar does not blank the view');
    // Fixed: the diagnostic goes.
    fs.writeFileSync(sidecarOf(file), `newsmark: 1\narticle: ${path.basename(file)}\nhash: x\nannotations: []\n`);
    await waitFor(
      'the diagnostic cleared',
      vscode.languages.onDidChangeDiagnostics,
      () => vscode.languages.getDiagnostics(sidecar).length === 0 || undefined,
      25000,
    );
    await vscode.window.showTextDocument(editor.document);
  });
});
