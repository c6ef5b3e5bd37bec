// The sidecar and the text in a real VS Code: a sidecar changed on disk is reloaded, a broken one
// is reported and left byte-identical, highlights follow typing and undo, and Annotate Workspace
// Folder writes sidecars for every article in a folder.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/api';
import type { FolderResult } from '../../src/extension/commands/annotate';
import { freshArticle, newsmark, offsetOf, open, putCursor, readSidecar, sampleText, sidecarOf, waitFor } from './editor-helpers';

describe('editor: sidecar sync and edits', () => {
  let api: NewsmarkApi;

  before(async () => {
    api = await newsmark();
  });

  it('reloads a sidecar changed on disk by someone else', async () => {
    const file = freshArticle('external');
    const editor = await open(file);
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const target = api.annotations(editor.document.uri).find((a) => a.type === 'LOC')!;
    assert.ok(target);
    // Another tool (git checkout, a reviewer's editor) accepts it and adds a note.
    const yaml = fs.readFileSync(sidecarOf(file), 'utf8');
    const line = yaml.split('\n').find((l) => l.includes(`id: ${target.id}`))!;
    assert.ok(line, 'one line per annotation');
    const changed = line.replace('status: suggested', 'status: accepted').replace(/ }$/, ', note: checked in the atlas }');
    fs.writeFileSync(sidecarOf(file), yaml.replace(line, changed));
    const reloaded = await waitFor('the external decision in the editor', api.onDidChangeAnnotations, () =>
      api.annotations(editor.document.uri).find((a) => a.id === target.id && a.status === 'accepted'),
    );
    assert.strictEqual(reloaded.note, 'checked in the atlas');
  });

  it('a sidecar replaced by a rename keeps its decisions; one deleted drops them', async () => {
    const file = freshArticle('renamed');
    const editor = await open(file);
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const target = api.annotations(editor.document.uri).find((a) => a.type === 'PER')!;
    await vscode.commands.executeCommand('newsmark.accept', { uri: editor.document.uri.toString(), id: target.id });
    // Another tool saves atomically, as newsmark does: a temporary file renamed over the sidecar.
    const tmp = `${sidecarOf(file)}.tmp-other-tool`;
    fs.writeFileSync(tmp, `# reviewed\n${fs.readFileSync(sidecarOf(file), 'utf8')}`);
    // The rename's watcher events (a delete and a create, or a change) end in a reload of the new
    // content; the decision must hold at every change on the way, not only at the end.
    const seen: string[] = [];
    const watch = api.onDidChangeAnnotations((c) => {
      if (c.uri.toString() === editor.document.uri.toString())
        seen.push(api.annotations(editor.document.uri).find((a) => a.id === target.id)?.status ?? 'gone');
    });
    const reloaded = waitFor(
      'the renamed sidecar reloaded',
      api.onDidSync,
      (e) => e?.outcome === 'loaded' && e.uri.toString() === editor.document.uri.toString(),
    );
    fs.renameSync(tmp, sidecarOf(file));
    await reloaded;
    watch.dispose();
    assert.deepStrictEqual([...new Set(seen)], ['accepted'], 'a rename is no delete');
    // VS Code's file watcher batches events per path and drops a create followed by a delete in one
    // batch: an unlink right after the rename's create (the reload above now takes milliseconds) can
    // cancel both, and the extension never hears of the delete. People do not delete a file in the
    // instant another tool renames it into place: let the rename's events through first.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    fs.unlinkSync(sidecarOf(file));
    await waitFor(
      'decisions dropped with the deleted sidecar',
      api.onDidChangeAnnotations,
      () => api.annotations(editor.document.uri).every((a) => a.status === 'suggested') || undefined,
    );
    assert.ok(!api.annotations(editor.document.uri).some((a) => a.id === target.id && a.status === 'accepted'));
  });

  it('a broken sidecar is reported, never overwritten, and the engine still highlights', async () => {
    const file = freshArticle('broken');
    const broken = '# hand-written\nnewsmark: 1\narticle: broken.txt\n<<<<<<< HEAD\nannotations: []\n=======\nannotations: [ ]\n>>>>>>> theirs\n';
    fs.writeFileSync(sidecarOf(file), broken);
    const editor = await open(file);
    const problem = await waitFor('the sidecar problem', api.onDidChangeAnnotations, () => api.problem(editor.document.uri));
    assert.match(problem.message, /merge conflict/);
    assert.strictEqual(problem.line, 4);
    await waitFor('engine highlights despite the broken sidecar', api.onDidPaint, () => Object.keys(api.decorations(editor.document.uri)).length > 0);
    // Decisions and Annotate Document must not touch the file.
    putCursor(editor, offsetOf(editor, 'Колокольцев') + 2);
    await vscode.commands.executeCommand('newsmark.accept');
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    await vscode.commands.executeCommand('workbench.action.files.save');
    assert.strictEqual(fs.readFileSync(sidecarOf(file), 'utf8'), broken, 'byte-identical');
    assert.match(api.status().text, /\$\(warning\)/);
  });

  it('a sidecar saved in another encoding is reported with its line and never rewritten', async () => {
    const file = freshArticle('cp1251');
    // Line 3 holds a person's note in Windows-1251 ("Заметка"): decoding it loosely and saving would destroy it.
    const bytes = Buffer.concat([
      Buffer.from('newsmark: 1\narticle: cp1251.txt\n# ', 'utf8'),
      Buffer.from([0xc7, 0xe0, 0xec, 0xe5, 0xf2, 0xea, 0xe0]),
      Buffer.from('\nannotations: []\n', 'utf8'),
    ]);
    fs.writeFileSync(sidecarOf(file), bytes);
    const editor = await open(file);
    const problem = await waitFor('the encoding problem', api.onDidChangeAnnotations, () => api.problem(editor.document.uri));
    assert.match(problem.message, /not valid UTF-8/);
    assert.strictEqual(problem.line, 3);
    putCursor(editor, offsetOf(editor, 'Колокольцев') + 2);
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    await vscode.commands.executeCommand('newsmark.accept');
    assert.ok(fs.readFileSync(sidecarOf(file)).equals(bytes), 'byte-identical');
  });

  it('highlights follow typing at once, the engine refreshes after the pause, and undo restores a deleted decision', async () => {
    const file = freshArticle('typing');
    const editor = await open(file);
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const uri = editor.document.uri;
    const name = 'Ержан Саденов';
    const per = api.annotations(uri).find((a) => a.text === name || a.text === 'Саденов')!;
    assert.ok(per, 'the sample names Ержан Саденов');
    await vscode.commands.executeCommand('newsmark.accept', { uri: uri.toString(), id: per.id });

    // Typing before it: offsets move with the edit, before any engine run.
    await editor.edit((b) => b.insert(editor.document.positionAt(0), 'СРОЧНО. '));
    const moved = await waitFor('offsets moved by the edit', api.onDidChangeAnnotations, () =>
      api.annotations(uri).find((a) => a.id === per.id && a.start === per.start + 8),
    );
    assert.deepStrictEqual([moved.start, moved.end], [per.start + 8, per.end + 8]);
    assert.strictEqual(editor.document.getText().slice(moved.start, moved.end), per.text);

    // Deleting the sentence part with the name orphans the decision; undo brings it back in place.
    await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(moved.start), editor.document.positionAt(moved.end))));
    await waitFor('the decision orphaned by the deletion', api.onDidChangeAnnotations, () => api.annotations(uri).find((a) => a.id === per.id)?.orphan);
    const orphans = api.tree().find((n) => n.label === 'Orphans');
    assert.deepStrictEqual(
      orphans?.children?.map((c) => c.label),
      [per.text],
      'the Entities view lists the orphan in its own group',
    );
    await waitFor('the orphan marker painted', api.onDidPaint, () => api.decorations(uri)['PER:orphan']?.length === 1);
    await vscode.commands.executeCommand('undo');
    const back = await waitFor('the decision back after undo', api.onDidChangeAnnotations, () =>
      api.annotations(uri).find((a) => a.id === per.id && !a.orphan),
    );
    assert.deepStrictEqual([back.orphan, back.start, back.status], [undefined, moved.start, 'accepted']);

    // After the debounce the engine re-reads the text; the new sentence gets suggestions too.
    await editor.edit((b) => b.insert(editor.document.positionAt(0), 'Министр Колокольцев прибыл в Москву.\n'));
    await waitFor('engine refresh covering the new first line', api.onDidChangeAnnotations, () =>
      api.annotations(uri).some((a) => a.start < 40 && a.text === 'Москву'),
    );
    // Saving rewrites the sidecar against the saved text (hash and offsets). VS Code for the web saves
    // after a delay by default (files.autoSave): when that came first, save() finds nothing to do
    // and returns false, and the file on disk already holds the text; when auto save is still
    // writing, save() returns false with the document dirty until that write lands.
    const saved = await editor.document.save();
    if (!saved && editor.document.isDirty) {
      const landed = waitFor('the save under way to finish', vscode.workspace.onDidSaveTextDocument, () => !editor.document.isDirty, 60000);
      await editor.document.save(); // asked again: if the first call lost a race, this one writes
      await landed;
    }
    assert.ok(!editor.document.isDirty, 'saved, by this call or by auto save');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), editor.document.getText(), 'the file holds the edited text');
    const sc = await waitFor('the sidecar rewritten for the saved text', api.onDidSync, () => {
      const r = readSidecar(file);
      return r.stale ? undefined : r;
    });
    assert.strictEqual(sc.annotations.find((a) => a.id === per.id)?.start, api.annotations(uri).find((a) => a.id === per.id)?.start);
  });

  it('a Title Case line typed in mid-article is re-read as Annotate Document reads it, not as a headline', async () => {
    // Invented English text. A Title Case headline is recased only on the document's first line
    // (en-headline-case.ts); the re-read while typing reads the edited line alone, and must say so.
    // Long enough that the re-read takes the edited lines only (a large edit re-reads the whole text).
    const story = [
      'Officials in Valdora met on Monday.',
      'The court said on Monday it would rule later.',
      'Farmers in the north of the country waited for the ruling.',
    ];
    const file = freshArticle('mid-headline', `${[...story, ...story, ...story].join('\n')}\n`);
    const editor = await open(file);
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const uri = editor.document.uri;
    const line = 'Court Rejects Appeal By Opposition\n';
    const at = editor.document.getText().indexOf('\n') + 1;
    const inLine = () =>
      api
        .annotations(uri)
        .filter((a) => !a.orphan && a.start >= at && a.end <= at + line.length)
        .map((a) => `${a.type} ${a.text} ${a.start}`);
    const refreshed = waitFor('the re-read after typing', api.onDidChangeAnnotations, (c) => c?.reason === 'refresh' && c.uri.toString() === uri.toString());
    await editor.edit((b) => b.insert(editor.document.positionAt(at), line));
    await refreshed;
    const whileTyping = inLine();
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    assert.deepStrictEqual(whileTyping, inLine());
  });

  it('Annotate Workspace Folder writes a sidecar for every article in the folder', async () => {
    const dir = path.dirname(freshArticle('folder-a'));
    fs.writeFileSync(path.join(dir, 'second.txt'), sampleText().split('\n\n').slice(0, 3).join('\n\n'));
    fs.writeFileSync(path.join(dir, 'notes.md'), 'В Астане встретились министры.\n');
    const result = await vscode.commands.executeCommand<FolderResult>('newsmark.annotateFolder', vscode.Uri.file(dir));
    // None of the three is open, so each was extracted in a pool worker, off the extension host's thread.
    assert.deepStrictEqual(result, { done: 3, failed: 0, cancelled: false, extractedInWorkers: 3 });
    for (const f of ['folder-a.txt', 'second.txt', 'notes.md']) {
      const sc = readSidecar(path.join(dir, f));
      assert.ok(sc.annotations.length > 0, `${f} has annotations`);
    }
    // Quotes and their speakers too, as `newsmark annotate` writes them (the whole sample has three).
    const whole = readSidecar(path.join(dir, 'folder-a.txt'));
    assert.strictEqual(whole.annotations.filter((a) => a.type === 'QUOTE').length, 3);
    assert.strictEqual(whole.relations.filter((r) => r.type === 'speaker').length, 3);
    // The same sidecar as Annotate Document writes on this thread for the same text.
    const again = freshArticle('folder-a-here');
    await open(again);
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const here = await waitFor('the sidecar of the article annotated here', api.onDidSync, () =>
      fs.existsSync(sidecarOf(again)) ? readSidecar(again) : undefined,
    );
    const shape = (sc: ReturnType<typeof readSidecar>) => ({
      annotations: sc.annotations.map((a) => [a.type, a.start, a.end, a.text]),
      relations: sc.relations.map((r) => r.type),
    });
    assert.deepStrictEqual(shape(whole), shape(here));
  });
});
