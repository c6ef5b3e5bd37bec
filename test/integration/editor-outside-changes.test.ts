// Nothing a person decided is lost in the editor: a sidecar saved by someone else just before a
// decision is written is merged, not overwritten; decisions made while the sidecar is broken are
// kept and written once it is fixed or deleted; renaming an article moves its sidecar.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/api';
import { freshArticle, newsmark, open, readSidecar, sidecarOf, waitFor } from './editor-helpers';

describe('editor: decisions survive outside writes and broken sidecars', () => {
  let api: NewsmarkApi;

  before(async () => {
    api = await newsmark();
  });

  it('a sidecar saved outside just before a decision is written keeps both decisions', async () => {
    const file = freshArticle('lost-update');
    const editor = await open(file);
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const uri = editor.document.uri;
    const [mine, theirs] = api.annotations(uri).filter((a) => a.status === 'suggested');
    assert.ok(mine && theirs);
    // A reviewer's save (or a git pull) lands; our decision follows before the watcher reloads it.
    const yaml = fs.readFileSync(sidecarOf(file), 'utf8');
    const line = yaml.split('\n').find((l) => l.includes(`id: ${theirs.id}`))!;
    fs.writeFileSync(sidecarOf(file), yaml.replace(line, line.replace('status: suggested', 'status: rejected')));
    await vscode.commands.executeCommand('newsmark.accept', { uri: uri.toString(), id: mine.id });
    const onDisk = await waitFor('both decisions on disk', api.onDidSync, () => {
      const sc = readSidecar(file);
      const status = (id: string) => sc.annotations.find((a) => a.id === id)?.status;
      return status(mine.id) === 'accepted' && status(theirs.id) === 'rejected' && sc;
    });
    assert.ok(onDisk);
    await waitFor(
      'both decisions in the editor',
      api.onDidChangeAnnotations,
      () =>
        api.annotations(uri).find((a) => a.id === theirs.id)?.status === 'rejected' &&
        api.annotations(uri).find((a) => a.id === mine.id)?.status === 'accepted',
    );
  });

  for (const fix of ['fixed', 'deleted'] as const) {
    it(`a decision made while the sidecar is broken is written once the sidecar is ${fix}`, async () => {
      const file = freshArticle(`held-${fix}`);
      const editor = await open(file);
      await vscode.commands.executeCommand('newsmark.annotateDocument');
      const uri = editor.document.uri;
      const good = fs.readFileSync(sidecarOf(file), 'utf8');
      const target = api.annotations(uri).find((a) => a.status === 'suggested')!;
      const broken = `<<<<<<< HEAD\n${good}=======\n${good}>>>>>>> theirs\n`;
      fs.writeFileSync(sidecarOf(file), broken);
      await waitFor('the sidecar problem', api.onDidChangeAnnotations, () => api.problem(uri));
      await vscode.commands.executeCommand('newsmark.accept', { uri: uri.toString(), id: target.id });
      assert.strictEqual(fs.readFileSync(sidecarOf(file), 'utf8'), broken, 'a broken sidecar is never written over');
      if (fix === 'fixed') fs.writeFileSync(sidecarOf(file), good);
      else fs.unlinkSync(sidecarOf(file));
      await waitFor(
        'the held decision written into the sidecar',
        api.onDidSync,
        () => fs.existsSync(sidecarOf(file)) && readSidecar(file).annotations.find((a) => a.id === target.id)?.status === 'accepted',
      );
      assert.strictEqual(api.problem(uri), undefined);
      assert.strictEqual(api.annotations(uri).find((a) => a.id === target.id)?.status, 'accepted');
    });
  }

  it('renaming an article in the editor moves its sidecar, decisions included', async () => {
    const file = freshArticle('before-rename');
    const editor = await open(file);
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const target = api.annotations(editor.document.uri).find((a) => a.status === 'suggested')!;
    await vscode.commands.executeCommand('newsmark.reject', { uri: editor.document.uri.toString(), id: target.id });
    const renamed = path.join(path.dirname(file), 'after-rename.txt');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(vscode.Uri.file(file), vscode.Uri.file(renamed));
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(!fs.existsSync(sidecarOf(file)), 'the old sidecar is gone');
    const moved = readSidecar(renamed);
    assert.strictEqual(moved.article, 'after-rename.txt');
    assert.strictEqual(moved.annotations.find((a) => a.id === target.id)?.status, 'rejected');
  });
});
