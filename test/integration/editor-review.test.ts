// Reviewing annotations in a real VS Code: every decision command changes the annotation and the
// sidecar on disk (read back and parsed here), and Undo Last Annotation Change reverts it.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/api';
import type { Annotation } from '../../src/sidecar';
import { answering, freshArticle, hoverAt, newsmark, offsetOf, open, putCursor, readSidecar, sidecarOf, waitFor } from './editor-helpers';

describe('editor: review commands write the sidecar', () => {
  let api: NewsmarkApi;
  let editor: vscode.TextEditor;
  let file: string;
  const onDisk = (id: string): Annotation | undefined => {
    const sc = readSidecar(file);
    return [...sc.annotations, ...sc.orphans].find((a) => a.id === id);
  };
  const at = (needle: string, delta = 2): Annotation => {
    const off = offsetOf(editor, needle) + delta;
    // The innermost one: a name inside a quote is the name, not the quote around it.
    const a = api
      .annotations(editor.document.uri)
      .filter((x) => x.start <= off && off < x.end)
      .sort((x, y) => x.end - x.start - (y.end - y.start))[0];
    assert.ok(a, `an annotation over "${needle}"`);
    return a;
  };

  before(async () => {
    api = await newsmark();
    file = freshArticle('review');
    editor = await open(file);
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    assert.ok(api.annotations(editor.document.uri).length > 0);
  });

  beforeEach(async () => {
    editor = await open(file);
  });

  it('Accept at the cursor', async () => {
    const a = at('Колокольцев');
    putCursor(editor, a.start + 1);
    await vscode.commands.executeCommand('newsmark.accept');
    assert.strictEqual(onDisk(a.id)?.status, 'accepted');
    assert.match(await hoverAt(editor, a.start + 1), /· accepted/);
    await waitFor('solid underline for the accepted name', api.onDidPaint, () =>
      api.decorations(editor.document.uri)['PER:accepted']?.some(([s, e]) => s === a.start && e === a.end),
    );
  });

  it('Reject through a hover link argument ({uri, id})', async () => {
    const a = at('Саденов');
    await vscode.commands.executeCommand('newsmark.reject', { uri: editor.document.uri.toString(), id: a.id });
    assert.strictEqual(onDisk(a.id)?.status, 'rejected');
  });

  it('Relabel and Add Note keep the decision in the sidecar', async () => {
    const a = at('Усть-Каменогорске');
    const other = a.type === 'ORG' ? 'LOC' : 'ORG';
    await vscode.commands.executeCommand('newsmark.relabel', { uri: editor.document.uri.toString(), id: a.id }, other);
    // The engine's claim is recorded as rejected; the person's reading is a manual entry on the same span.
    assert.strictEqual(onDisk(a.id)?.status, 'rejected');
    const mine = readSidecar(file).annotations.find((x) => x.status === 'manual' && x.start === a.start && x.end === a.end);
    assert.ok(mine);
    assert.deepStrictEqual([mine.type, mine.norm], [other, a.norm]);
    // Shown as one annotation of the new type: the old claim is history, neither struck through nor a second card.
    const cards = (await hoverAt(editor, a.start + 1)).split(/\*\*[A-Z][a-z]+\*\* \(/).length - 1;
    assert.strictEqual(cards, 1, 'one hover card');
    assert.match(await hoverAt(editor, a.start + 1), new RegExp(`\\(${other}\\) · added by hand`));
    const painted = await waitFor('the relabel painted', api.onDidPaint, () => {
      const d = api.decorations(editor.document.uri);
      return d[`${other}:accepted`]?.some(([s, e]) => s === a.start && e === a.end) ? d : undefined;
    });
    assert.ok(!painted[`${a.type}:rejected`]?.some(([s, e]) => s === a.start && e === a.end), 'not drawn struck through');
    const rows = api.tree().flatMap((g) => (g.children ?? []).flatMap((e) => e.children ?? []));
    assert.deepStrictEqual(
      rows.filter((r) => r.id === `mention/${a.id}`),
      [],
      'the old claim has no row in the Entities view',
    );
    await vscode.commands.executeCommand(
      'newsmark.addNote',
      { uri: editor.document.uri.toString(), id: mine.id },
      'relabelled *by hand* [test](command:workbench.action.quit)',
    );
    assert.strictEqual(onDisk(mine.id)?.note, 'relabelled *by hand* [test](command:workbench.action.quit)');
    const hover = await hoverAt(editor, a.start + 1);
    // Document and note text reach the hover escaped: no emphasis, no live link to another command.
    assert.ok(hover.includes('\\*by hand\\*'), hover);
    assert.ok(!hover.includes('](command:workbench'), hover);
  });

  it('Annotate Selection As… adds a manual annotation over the selection', async () => {
    const start = offsetOf(editor, 'Главком');
    const end = start + 'Главком'.length;
    editor.selection = new vscode.Selection(editor.document.positionAt(start - 1), editor.document.positionAt(end)); // a leading space is trimmed
    await vscode.commands.executeCommand('newsmark.annotateSelection', 'ORG');
    const m = readSidecar(file).annotations.find((a) => a.status === 'manual' && a.start === start);
    assert.ok(m, 'manual entry on disk');
    assert.deepStrictEqual([m.type, m.text, m.end], ['ORG', 'Главком', end]);
  });

  it('Remove Annotation drops it from the sidecar; Undo brings it back', async () => {
    const a = at('Главком');
    putCursor(editor, a.start + 1);
    await vscode.commands.executeCommand('newsmark.removeAnnotation');
    assert.strictEqual(onDisk(a.id), undefined);
    await vscode.commands.executeCommand('newsmark.undo');
    assert.strictEqual(onDisk(a.id)?.status, 'manual');
  });

  it("Accept All on an entity row decides only that entity's suggestions; Undo reverts it", async () => {
    const anns = api.annotations(editor.document.uri);
    const suggested = new Set(anns.filter((a) => a.status === 'suggested').map((a) => a.id));
    // an entity row of the view whose mentions include a suggestion, and a suggestion outside it
    const rows = api.tree().flatMap((g) => g.children ?? []);
    const ids = (row: (typeof rows)[number]) => (row.children ?? []).map((m) => m.id!.replace(/^mention\//, ''));
    // (at most a handful of them: more would ask for confirmation, which the test below covers)
    const row = rows.find(
      (r) =>
        ids(r).some((id) => suggested.has(id)) && ids(r).filter((id) => suggested.has(id)).length <= 5 && [...suggested].some((id) => !ids(r).includes(id)),
    );
    assert.ok(row, `an entity row with a suggestion: ${JSON.stringify(rows.map((r) => r.label))}`);
    const mine = ids(row);
    await vscode.commands.executeCommand('newsmark.acceptAll', { uri: editor.document.uri.toString(), ids: mine });
    for (const id of mine) if (suggested.has(id)) assert.strictEqual(onDisk(id)?.status, 'accepted', id);
    for (const id of suggested) if (!mine.includes(id)) assert.strictEqual(onDisk(id)?.status, 'suggested', `${id} is not this entity's`);
    await vscode.commands.executeCommand('newsmark.undo');
    for (const id of mine) if (suggested.has(id)) assert.strictEqual(onDisk(id)?.status, 'suggested', `undo: ${id}`);
  });

  it('Accept All then Reject All decide every suggestion; Undo reverts the last one', async () => {
    const before = api.annotations(editor.document.uri);
    const suggested = before.filter((a) => a.status === 'suggested').map((a) => a.id);
    assert.ok(suggested.length > 0);
    // More than a handful: asked first, with the count; Escape changes nothing.
    const { question } = await answering(api, false, () => vscode.commands.executeCommand('newsmark.acceptAll'));
    assert.match(question, new RegExp(`Accept ${suggested.length} suggestions`));
    assert.ok(
      suggested.every((id) => onDisk(id)?.status === 'suggested'),
      'cancelled: nothing decided',
    );
    await answering(api, true, () => vscode.commands.executeCommand('newsmark.acceptAll'));
    assert.ok(suggested.every((id) => onDisk(id)?.status === 'accepted'));
    assert.strictEqual(readSidecar(file).annotations.filter((a) => a.status === 'suggested').length, 0);
    await vscode.commands.executeCommand('newsmark.rejectAll'); // nothing left to reject
    await vscode.commands.executeCommand('newsmark.undo');
    assert.ok(
      suggested.every((id) => onDisk(id)?.status === 'suggested'),
      'undo of Accept All',
    );
    await answering(api, true, () => vscode.commands.executeCommand('newsmark.rejectAll'));
    assert.ok(suggested.every((id) => onDisk(id)?.status === 'rejected'));
    // earlier decisions were not touched by the bulk commands
    assert.strictEqual(onDisk(at('Саденов').id)?.status, 'rejected');
    assert.strictEqual(onDisk(at('Колокольцев').id)?.status, 'accepted');
  });

  it('Annotate Document again keeps every decision (merge rules)', async () => {
    const decided = readSidecar(file).annotations.filter((a) => a.status !== 'suggested');
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    const after = readSidecar(file).annotations;
    for (const d of decided)
      assert.deepStrictEqual(
        after.find((a) => a.id === d.id),
        d,
      );
    const again = after.filter((a) => a.status === 'suggested');
    assert.deepStrictEqual(again, [], 'rejected suggestions are not suggested again');
    assert.ok(fs.readFileSync(sidecarOf(file), 'utf8').startsWith('#'), 'header comment kept');
  });
});
