// Reading an article in a real VS Code: Annotate Document paints highlights, hovers explain a
// person, a place and a figure of the sample, the Entities view and the status bar count them,
// navigation and reveal move the cursor, highlights toggle, the sidecar opens, and a second
// article that already has a sidecar shows it as soon as it opens.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/api';
import type { TreeSnapshotNode } from '../../src/extension/tree/entities-view';
import { freshArticle, hoverAt, newsmark, offsetOf, open, putCursor, readSidecar, report, sidecarOf, waitFor } from './editor-helpers';

function find(nodes: TreeSnapshotNode[] | undefined, label: string): TreeSnapshotNode | undefined {
  return nodes?.find((n) => n.label === label);
}

describe('editor: Annotate Document, highlights, hover, Entities view', () => {
  let api: NewsmarkApi;
  let editor: vscode.TextEditor;
  let file: string;

  before(async () => {
    api = await newsmark();
    file = freshArticle('annotate');
    editor = await open(file);
  });

  it('Annotate Document writes the sidecar and paints one style per type and status', async () => {
    assert.ok(!fs.existsSync(sidecarOf(file)), 'no sidecar before');
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const anns = api.annotations(editor.document.uri);
    assert.ok(anns.length >= 10, `the sample has many entities (got ${anns.length})`);
    assert.ok(anns.every((a) => a.status === 'suggested'));
    const sc = readSidecar(file);
    assert.deepStrictEqual(
      sc.annotations.map((a) => a.id),
      anns.map((a) => a.id),
      'the sidecar holds what the editor shows',
    );
    const snap = await waitFor('suggested highlights', api.onDidPaint, () => {
      const s = api.decorations(editor.document.uri);
      return s['PER:suggested'] && s['LOC:suggested'] && s['NUMBER:suggested'] ? s : undefined;
    });
    const per = offsetOf(editor, 'Владимир Колокольцев');
    assert.ok(
      snap['PER:suggested']?.some(([s, e]) => s === per && e === per + 'Владимир Колокольцев'.length),
      'the person is underlined where it stands',
    );
    const t = api.timings();
    assert.ok(t.firstHighlightsMs !== undefined);
    console.log(`    activation → first highlights: ${t.firstHighlightsMs?.toFixed(0)} ms (engine load ${t.engineLoadMs?.toFixed(0)} ms)`);
  });

  it('hover on a person: type, quote, normal form, mention count, status, links', async () => {
    const text = await hoverAt(editor, offsetOf(editor, 'Колокольцев') + 3);
    assert.match(text, /\*\*Person\*\* \(PER\)/);
    assert.match(text, /Колокольцев/);
    assert.match(text, /suggested by the engine/);
    const m = /Mentions of this entity in the document: (\d+)/.exec(text);
    assert.ok(m && Number(m[1]) >= 2, `"Владимир Колокольцев" is named twice in the sample: ${text}`);
    for (const cmd of ['newsmark.accept', 'newsmark.reject', 'newsmark.relabel', 'newsmark.addNote']) assert.ok(text.includes(`command:${cmd}?`), cmd);
  });

  it('hover on a place shows its normal form', async () => {
    const text = await hoverAt(editor, offsetOf(editor, 'Усть-Каменогорске') + 2);
    assert.match(text, /\*\*Place\*\* \(LOC\)/);
    assert.match(text, /Normal form: Усть\\?-Каменогорск(?![а-я])/);
  });

  it('hover on "семисот" reads the figure in words: more than 700 — отпечатков пальцев', async () => {
    const text = await hoverAt(editor, offsetOf(editor, 'семисот') + 3);
    assert.match(text, /\*\*Number\*\* \(NUMBER\)/);
    assert.match(text, /Value: more than 700 — отпечатков пальцев/);
  });

  it('the Entities view groups by type and entity, with counts', async () => {
    const tree = api.tree();
    const people = find(tree, 'Person');
    assert.ok(people, `a Person group: ${JSON.stringify(tree.map((n) => n.label))}`);
    const kolokoltsev = find(people.children, 'Владимир Колокольцев');
    assert.ok(kolokoltsev, JSON.stringify(people.children?.map((n) => n.label)));
    // Mention rows; a "Quotes (n)" row (Annotate Document finds his quotes too) is not a mention.
    const mentions = kolokoltsev.children?.filter((c) => c.id?.startsWith('mention/')) ?? [];
    assert.strictEqual(kolokoltsev.description, String(mentions.length));
    assert.ok(mentions.length >= 2);
    assert.ok(find(tree, 'Place') && find(tree, 'Number'));
    const total = tree.reduce((n, g) => n + Number(/^(\d+)/.exec(g.description ?? '')?.[1] ?? 0), 0);
    assert.strictEqual(total, api.annotations(editor.document.uri).length, 'type counts add up to the annotations');
  });

  it('entity rows start collapsed and a click goes to the first mention; expanded, each mention reveals itself', async () => {
    const people = find(api.tree(), 'Person');
    const entities = people?.children ?? [];
    assert.ok(people?.state === 'expanded' && entities.length > 0, JSON.stringify(people));
    // a third auto-expanded level let the workbench file mention rows under the wrong group
    assert.deepStrictEqual(
      entities.filter((e) => e.state !== 'collapsed').map((e) => e.label),
      [],
      'every entity row starts collapsed',
    );
    const kolokoltsev = find(entities, 'Владимир Колокольцев')!;
    assert.strictEqual(kolokoltsev.command?.command, 'newsmark.revealAnnotation');
    const ref = kolokoltsev.command!.arguments![0] as { uri: string; id: string };
    const firstMention = api.annotations(editor.document.uri).find((a) => a.id === ref.id);
    assert.ok(firstMention, `the entity row points at one of its annotations: ${JSON.stringify(ref)}`);
    const earliest = Math.min(
      ...api
        .annotations(editor.document.uri)
        .filter((a) => kolokoltsev.children!.some((c) => c.id === `mention/${a.id}`))
        .map((a) => a.start),
    );
    assert.strictEqual(firstMention.start, earliest, 'the first mention in the text');
    putCursor(editor, 0);
    await vscode.commands.executeCommand(kolokoltsev.command!.command, ...kolokoltsev.command!.arguments!);
    const ed = vscode.window.activeTextEditor!;
    assert.deepStrictEqual([ed.document.offsetAt(ed.selection.start), ed.document.offsetAt(ed.selection.end)], [firstMention.start, firstMention.end]);
    const mentions = kolokoltsev.children!.filter((c) => c.id?.startsWith('mention/'));
    const last = mentions[mentions.length - 1];
    assert.strictEqual(last.state, 'none');
    await vscode.commands.executeCommand(last.command!.command, ...last.command!.arguments!);
    const lastAnn = api.annotations(editor.document.uri).find((a) => `mention/${a.id}` === last.id)!;
    assert.strictEqual(ed.document.offsetAt(ed.selection.start), lastAnn.start, 'a mention row reveals that mention');
    assert.notStrictEqual(lastAnn.start, firstMention.start);
  });

  it('the status bar counts annotations and opens the view', () => {
    const s = api.status();
    assert.ok(s.visible);
    assert.match(s.text, new RegExp(`\\b${api.annotations(editor.document.uri).length}\\b`));
    assert.match(s.tooltip, /PER \d+/);
  });

  it('Next / Previous Annotation select annotations in order; reveal selects a mention', async () => {
    const anns = api.annotations(editor.document.uri);
    putCursor(editor, 0);
    await vscode.commands.executeCommand('newsmark.nextAnnotation');
    const first = anns.find((a) => a.start > 0)!;
    assert.deepStrictEqual([editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)], [first.start, first.end]);
    await vscode.commands.executeCommand('newsmark.previousAnnotation');
    const last = anns[anns.length - 1];
    assert.strictEqual(editor.document.offsetAt(editor.selection.start), last.start, 'previous from the first wraps to the last');
    const target = anns.find((a) => a.text === 'Колокольцев' || a.text === 'Владимир Колокольцев')!;
    await vscode.commands.executeCommand('newsmark.revealAnnotation', { uri: editor.document.uri.toString(), id: target.id });
    assert.strictEqual(vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection), target.text);
  });

  it('Toggle Highlights clears and restores the decorations', async () => {
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('newsmark.toggleHighlights');
    await waitFor('highlights off', api.onDidPaint, () => Object.keys(api.decorations(uri)).length === 0);
    await vscode.commands.executeCommand('newsmark.toggleHighlights');
    await waitFor('highlights back', api.onDidPaint, () => Object.keys(api.decorations(uri)).length > 0);
    assert.strictEqual(vscode.workspace.getConfiguration('newsmark').get('highlights.enabled'), true);
  });

  it('the newsmark.types setting limits highlights and the view to the chosen types', async () => {
    const uri = editor.document.uri;
    const config = vscode.workspace.getConfiguration('newsmark');
    await config.update('types', ['PER'], vscode.ConfigurationTarget.Global);
    try {
      const snap = await waitFor('only PER highlights', api.onDidPaint, () => {
        const keys = Object.keys(api.decorations(uri));
        return keys.length > 0 && keys.every((k) => k.startsWith('PER:')) ? keys : undefined;
      });
      assert.deepStrictEqual(snap, ['PER:suggested']);
      assert.deepStrictEqual(
        api.tree().map((n) => n.label),
        ['Person'],
      );
    } finally {
      await config.update('types', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('all types back', api.onDidPaint, () => Object.keys(api.decorations(uri)).length > 1);
  });

  it('Open Sidecar shows the YAML file beside the article', async () => {
    await vscode.commands.executeCommand('newsmark.openSidecar');
    await waitFor('sidecar editor', vscode.window.onDidChangeActiveTextEditor, () => vscode.window.activeTextEditor?.document.uri.fsPath === sidecarOf(file));
    editor = await open(file);
  });

  it('a second copy with a sidecar shows its annotations at once, without running the engine', async () => {
    const copy = freshArticle('annotate'); // same file name: a sidecar names its article
    fs.copyFileSync(sidecarOf(file), sidecarOf(copy));
    const t0 = performance.now();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(copy));
    await vscode.window.showTextDocument(doc);
    const ms = await waitFor('highlights from the sidecar', api.onDidPaint, () =>
      Object.keys(api.decorations(doc.uri)).length > 0 ? performance.now() - t0 : undefined,
    );
    report(`open the sample with its sidecar → first highlights: ${ms.toFixed(0)} ms`);
    const loaded = api.annotations(doc.uri);
    assert.deepStrictEqual(
      loaded.map((a) => [a.id, a.start, a.end]),
      api.annotations(editor.document.uri).map((a) => [a.id, a.start, a.end]),
    );
  });

  // VS Code keys rows by TreeItem id; label-derived handles ('0/0:Person') were dropped by a refresh
  // while the workbench still resolved the expanded groups, which then showed no rows.
  it('Entities view rows carry unique ids that survive a refresh after Accept', async () => {
    const doc = vscode.window.activeTextEditor!.document;
    const rows = (nodes: TreeSnapshotNode[]): TreeSnapshotNode[] => nodes.flatMap((n) => [n, ...rows(n.children ?? [])]);
    const before = rows(api.tree());
    const ids = before.map((n) => n.id);
    assert.ok(before.length > 20 && ids.every((id) => typeof id === 'string' && id.length > 0), `every row has an id (${before.length} rows)`);
    assert.strictEqual(new Set(ids).size, ids.length, 'row ids are unique');
    const place = api.annotations(doc.uri).find((a) => a.type === 'LOC' && a.status === 'suggested')!;
    assert.ok(ids.includes(`mention/${place.id}`), 'a mention row is keyed by its annotation id');
    await vscode.commands.executeCommand('newsmark.accept', { uri: doc.uri.toString(), id: place.id });
    const after = rows(api.tree());
    assert.deepStrictEqual(
      after.map((n) => n.id),
      ids,
      'the same rows keep the same ids after a change',
    );
    const row = after.find((n) => n.id === `mention/${place.id}`);
    assert.match(row?.description ?? '', /accepted/, 'the refreshed row shows the new status');
  });
});
