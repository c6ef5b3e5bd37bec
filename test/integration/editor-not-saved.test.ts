// A decision whose sidecar write fails for a reason other than a broken file (here: a sidecar the
// person made read-only) is never shown as made: highlights, status bar, hover and Entities view go
// back to what the file holds, the file keeps its bytes, and the message says the change was not saved.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/api';
import { freshArticle, hoverAt, newsmark, open, readSidecar, sidecarOf, waitFor } from './editor-helpers';

/** One turn of the event loop: the status bar redraws on the turn after a change, as the highlights do. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('editor: a change that could not be written is not shown as made', () => {
  let api: NewsmarkApi;

  before(async () => {
    api = await newsmark();
  });

  it('Accept on a read-only sidecar: refused, taken back everywhere, and said so; made writable, it saves', async () => {
    const file = freshArticle('read-only');
    const editor = await open(file);
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const target = api.annotations(uri).find((a) => a.type === 'PER' && a.status === 'suggested');
    assert.ok(target, 'a suggested person');
    await waitFor('the suggestion painted', api.onDidPaint, () => api.decorations(uri)['PER:suggested']?.some(([s]) => s === target.start));
    await nextTurn();
    const before = { decorations: JSON.stringify(api.decorations(uri)), status: api.status(), tree: JSON.stringify(api.tree()) };
    const bytes = fs.readFileSync(sidecarOf(file));
    fs.chmodSync(sidecarOf(file), 0o444);
    try {
      const shown = waitFor('the error message', api.onDidNotify, (n) => (n?.severity === 'error' ? n.message : undefined));
      await vscode.commands.executeCommand('newsmark.accept', { uri: uri.toString(), id: target.id });
      const message = await shown;
      assert.strictEqual(api.annotations(uri).find((a) => a.id === target.id)?.status, 'suggested', 'the store holds what the file holds');
      assert.match(message, /read-only/);
      assert.match(message, /not saved/);
      await waitFor('the highlights back to the suggestion', api.onDidPaint, () => JSON.stringify(api.decorations(uri)) === before.decorations);
      await nextTurn();
      assert.deepStrictEqual(api.status(), before.status, 'status bar');
      assert.strictEqual(JSON.stringify(api.tree()), before.tree, 'Entities view');
      const hover = await hoverAt(editor, target.start + 1);
      assert.ok(!/· accepted/.test(hover), hover);
      assert.deepStrictEqual(fs.readFileSync(sidecarOf(file)), bytes, 'the file keeps its bytes');
    } finally {
      fs.chmodSync(sidecarOf(file), 0o644);
    }
    await vscode.commands.executeCommand('newsmark.accept', { uri: uri.toString(), id: target.id });
    assert.strictEqual(readSidecar(file).annotations.find((a) => a.id === target.id)?.status, 'accepted');
    assert.strictEqual(api.annotations(uri).find((a) => a.id === target.id)?.status, 'accepted');
  });
});
