// Quotes in a real VS Code: a sidecar with a QUOTE, its speaker and the speaker's role is read; the
// hover on the quote names the speaker, the hover on the person lists role and quotes with their
// lines, and their Accept / Reject links decide the relation and redraw the hover; a decision written
// from the editor keeps the sidecar's relations. Annotate Document finds quotes as `newsmark annotate`
// does and keeps a person's decisions; merge-driver conflicts on relations are resolved like
// annotations'.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/api';
import type { TreeSnapshotNode } from '../../src/extension/tree/entities-view';
import { mergeSuggestions, relationId, serializeSidecar, setRelationStatus, type Relation } from '../../src/sidecar';
import { mergeSidecars, unresolvedConflicts } from '../../src/sidecar/merge3';
import { freshArticle, hoverAt, newsmark, offsetOf, open, putCursor, readSidecar, sidecarOf, waitFor } from './editor-helpers';

const TEXT = 'Министр Иван Петров выступил в Астане.\n«Мы готовы к переговорам», — заявил он журналистам.\n';
const conflictsShown = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.code === 'merge-conflict');
const at = (q: string, type: 'PER' | 'QUOTE' | 'ROLE' | 'LOC') => ({ type, text: q, start: TEXT.indexOf(q), end: TEXT.indexOf(q) + q.length });

describe('editor: quotes, speakers and roles', () => {
  let api: NewsmarkApi;
  let editor: vscode.TextEditor;
  let file: string;

  before(async () => {
    api = await newsmark();
    file = freshArticle('quotes', TEXT);
    const list = mergeSuggestions(undefined, [at('Министр', 'ROLE'), at('Иван Петров', 'PER'), at('Астане', 'LOC'), at('Мы готовы к переговорам', 'QUOTE')], {
      quotes: true,
    });
    const id = (q: string) => list.find((a) => a.text === q)!.id;
    const relations: Relation[] = [
      {
        id: relationId('speaker', id('Мы готовы к переговорам'), id('Иван Петров')),
        type: 'speaker',
        from: id('Мы готовы к переговорам'),
        to: id('Иван Петров'),
        status: 'suggested',
      },
      { id: relationId('role', id('Иван Петров'), id('Министр')), type: 'role', from: id('Иван Петров'), to: id('Министр'), status: 'suggested' },
    ];
    const name = path.basename(file);
    fs.writeFileSync(sidecarOf(file), serializeSidecar(undefined, name, TEXT, list, relations));
    editor = await open(file);
    await waitFor('the sidecar read', api.onDidChangeAnnotations, () => api.annotations(editor.document.uri).some((a) => a.type === 'QUOTE'));
  });

  it('quotes and roles are highlighted in their own style', async () => {
    const snapshot = await waitFor('highlights painted', api.onDidPaint, () => {
      const s = api.decorations(editor.document.uri);
      return s['QUOTE:suggested']?.length ? s : undefined;
    });
    const q = at('Мы готовы к переговорам', 'QUOTE');
    const r = at('Министр', 'ROLE');
    assert.deepStrictEqual(snapshot['QUOTE:suggested'], [[q.start, q.end]]);
    assert.deepStrictEqual(snapshot['ROLE:suggested'], [[r.start, r.end]]);
  });

  it('the hover on a quote names its speaker and the line', async () => {
    // appendText escapes Markdown punctuation: read "\(" as "(".
    const text = (await hoverAt(editor, offsetOf(editor, 'готовы'))).replace(/\\([()])/g, '$1');
    assert.match(text, /Speaker: Иван Петров \(line 1\)/);
    assert.match(text, /Role: Министр/, 'the speaker’s role');
    assert.doesNotMatch(text, /Mentions of this entity/);
  });

  it('the hover on a person gives their role and their quotes with lines', async () => {
    const text = await hoverAt(editor, offsetOf(editor, 'Петров'));
    assert.match(text, /Role: Министр/);
    assert.match(text, /Quote: line 2: «Мы готовы к переговорам»/);
  });

  it('a decision written from the editor keeps the relations in the sidecar', async () => {
    const person = api.annotations(editor.document.uri).find((a) => a.text === 'Иван Петров')!;
    putCursor(editor, person.start + 1);
    const before = readSidecar(file).relations;
    assert.strictEqual(before.length, 2);
    await vscode.commands.executeCommand('newsmark.accept');
    await waitFor('the decision on disk', api.onDidSync, () => readSidecar(file).annotations.find((a) => a.id === person.id)?.status === 'accepted');
    assert.deepStrictEqual(readSidecar(file).relations, before);
  });

  it('Set Speaker: a place is refused; the suggested person becomes the accepted speaker, on disk and in the hover', async () => {
    editor = await open(file);
    const quote = api.annotations(editor.document.uri).find((a) => a.type === 'QUOTE')!;
    const other = api.annotations(editor.document.uri).find((a) => a.text === 'Астане')!;
    putCursor(editor, quote.start + 2);
    // Only people and organizations can speak: a place given as speaker is refused (nothing written).
    await vscode.commands.executeCommand('newsmark.setSpeaker', undefined, other.id);
    const person = api.annotations(editor.document.uri).find((a) => a.text === 'Иван Петров')!;
    await vscode.commands.executeCommand('newsmark.setSpeaker', undefined, person.id);
    const speaker = () => readSidecar(file).relations.filter((r) => r.type === 'speaker' && r.from === quote.id);
    await waitFor('the speaker on disk', api.onDidSync, () => speaker().some((r) => r.status === 'accepted'));
    assert.deepStrictEqual(
      speaker().map((r) => [r.to, r.status]),
      [[person.id, 'accepted']],
    );
    const text = (await hoverAt(editor, quote.start + 2)).replace(/\\([()])/g, '$1');
    assert.match(text, /Speaker: Иван Петров \(line 1\)/);
  });

  it('Clear Speaker at the cursor: the quote has no speaker, on disk and in the hover', async () => {
    editor = await open(file);
    const quote = api.annotations(editor.document.uri).find((a) => a.type === 'QUOTE')!;
    putCursor(editor, quote.start + 2);
    await vscode.commands.executeCommand('newsmark.clearSpeaker');
    const live = () => readSidecar(file).relations.filter((r) => r.type === 'speaker' && r.from === quote.id && r.status !== 'rejected');
    await waitFor('the speaker cleared on disk', api.onDidSync, () => live().length === 0);
    assert.strictEqual(readSidecar(file).relations.filter((r) => r.type === 'speaker' && r.status === 'rejected').length, 1);
    assert.doesNotMatch(await hoverAt(editor, quote.start + 2), /Speaker:/);
  });

  it('Undo Last Annotation Change takes back Clear Speaker, then Set Speaker: on disk and in the hover', async () => {
    editor = await open(file);
    const quote = api.annotations(editor.document.uri).find((a) => a.type === 'QUOTE')!;
    const speaker = () => readSidecar(file).relations.filter((r) => r.type === 'speaker' && r.from === quote.id);
    await vscode.commands.executeCommand('newsmark.undo');
    await waitFor('Clear Speaker undone on disk', api.onDidSync, () => speaker().some((r) => r.status === 'accepted'));
    assert.match((await hoverAt(editor, quote.start + 2)).replace(/\\([()])/g, '$1'), /Speaker: Иван Петров \(line 1\)/);
    await vscode.commands.executeCommand('newsmark.undo');
    await waitFor('Set Speaker undone on disk', api.onDidSync, () => speaker().some((r) => r.status === 'suggested'));
    assert.deepStrictEqual(
      speaker().map((r) => r.status),
      ['suggested'],
    );
  });

  it('Accept in the hover of a quote accepts its suggested speaker', async () => {
    editor = await open(file);
    const quote = api.annotations(editor.document.uri).find((a) => a.type === 'QUOTE')!;
    const text = await hoverAt(editor, quote.start + 2);
    const link = /\(command:newsmark\.acceptRelation\?([A-Za-z0-9%._~-]+) /.exec(text);
    assert.ok(link, `no Accept link for the speaker in: ${text}`);
    // Run what the link runs: its command with its decoded arguments.
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    await vscode.commands.executeCommand('newsmark.acceptRelation', ...args);
    const speaker = () => readSidecar(file).relations.filter((r) => r.type === 'speaker' && r.from === quote.id);
    await waitFor('the speaker accepted on disk', api.onDidSync, () => speaker().some((r) => r.status === 'accepted'));
    assert.doesNotMatch(await hoverAt(editor, quote.start + 2), /acceptRelation/);
  });

  it('Accept on the role line of a person’s hover accepts the role and redraws the hover there', async () => {
    editor = await open(file);
    const uri = editor.document.uri;
    const person = api.annotations(uri).find((a) => a.text === 'Иван Петров')!;
    const text = await hoverAt(editor, person.start + 2);
    const link = /Role: Министр — \[Accept\]\(command:newsmark\.acceptRelation\?([A-Za-z0-9%._~-]+) "Newsmark: Accept Role"\)/.exec(text);
    assert.ok(link, `no Accept link on the role line in: ${text}`);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    // The link is clicked in a hover under the mouse, the caret elsewhere: the hover is asked again on the person.
    putCursor(editor, editor.document.getText().length);
    const redrawn = waitFor(
      'the hover asked again on the person',
      api.onDidAskHover,
      (h) => h && h.uri.toString() === uri.toString() && h.offset === person.start,
    );
    await vscode.commands.executeCommand('newsmark.acceptRelation', ...args);
    await redrawn;
    const role = () => readSidecar(file).relations.filter((r) => r.type === 'role' && r.from === person.id);
    await waitFor('the role accepted on disk', api.onDidSync, () => role().some((r) => r.status === 'accepted'));
    assert.deepStrictEqual(
      role().map((r) => r.status),
      ['accepted'],
    );
    const after = await hoverAt(editor, person.start + 2);
    assert.match(after, /Role: Министр/);
    assert.doesNotMatch(after, /acceptRelation/);
  });

  it('Reject on the role line takes the role out of the person’s hover; Undo brings it back', async () => {
    editor = await open(file);
    const person = api.annotations(editor.document.uri).find((a) => a.text === 'Иван Петров')!;
    const role = () => readSidecar(file).relations.filter((r) => r.type === 'role' && r.from === person.id);
    const id = role()[0].id;
    await vscode.commands.executeCommand('newsmark.rejectRelation', { uri: editor.document.uri.toString(), id, from: 'hover' });
    await waitFor('the role rejected on disk', api.onDidSync, () => role()[0]?.status === 'rejected');
    assert.doesNotMatch(await hoverAt(editor, person.start + 2), /Role:/);
    await vscode.commands.executeCommand('newsmark.undo');
    await waitFor('the rejection undone on disk', api.onDidSync, () => role()[0]?.status === 'accepted');
  });
});

describe('editor: quotes found by Annotate Document', () => {
  let api: NewsmarkApi;
  let editor: vscode.TextEditor;
  let file: string;
  const speakers = () => {
    const sc = readSidecar(file);
    const byId = new Map(sc.annotations.map((a) => [a.id, a]));
    const quotes = sc.annotations.filter((a) => a.type === 'QUOTE').sort((x, y) => x.start - y.start);
    return quotes.map((q) =>
      sc.relations
        .filter((r) => r.type === 'speaker' && r.from === q.id)
        .map((r) => `${byId.get(r.to)?.text} ${r.status}`)
        .sort(),
    );
  };

  before(async () => {
    api = await newsmark();
    file = freshArticle('quotes-annotate'); // the Russian sample
    editor = await open(file);
  });

  it('finds the quotes, their speakers and Колокольцев’s role, as `newsmark annotate` does, into the sidecar', async () => {
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    // "Как отметил Владимир Колокольцев, …" (reported speech), «Между министерствами …» — отметил глава
    // МВД России (the same man, through the document), «По итогам …» — отметили в МВД.
    assert.deepStrictEqual(speakers(), [['Владимир Колокольцев suggested'], ['Владимир Колокольцев suggested'], ['МВД suggested']]);
    const sc = readSidecar(file);
    const byId = new Map(sc.annotations.map((a) => [a.id, a]));
    const roles = sc.relations.filter((r) => r.type === 'role').map((r) => `${byId.get(r.from)?.text} → ${byId.get(r.to)?.norm ?? byId.get(r.to)?.text}`);
    assert.ok(roles.includes('Владимир Колокольцев → министр внутренних дел'), `roles: ${roles.join('; ')}`);
  });

  it('the Entities view lists a speaker’s quotes under them: “Quotes (n)”, each row revealing its quote', async () => {
    const quotes = readSidecar(file)
      .annotations.filter((a) => a.type === 'QUOTE')
      .sort((x, y) => x.start - y.start);
    const row = (list: TreeSnapshotNode[] | undefined, label: string) => list?.find((n) => n.label === label);
    const person = row(row(api.tree(), 'Person')?.children, 'Владимир Колокольцев');
    const rows = row(person?.children, 'Quotes (2)');
    assert.ok(rows, `a Quotes (2) row under Владимир Колокольцев: ${JSON.stringify(person?.children?.map((n) => n.label))}`);
    assert.strictEqual(rows.state, 'collapsed');
    assert.deepStrictEqual(
      rows.children?.map((n) => [n.label, (n.command?.arguments?.[0] as { id: string }).id]),
      quotes.slice(0, 2).map((q) => [q.text, q.id]),
    );
    assert.match(rows.children?.[1].description ?? '', /^line 9\b/);
    const org = row(row(api.tree(), 'Organization')?.children, 'МВД');
    assert.deepStrictEqual(
      org?.children?.filter((n) => n.label.startsWith('Quotes')).map((n) => n.label),
      ['Quotes (1)'],
    );
    // False positive: a person no quote is attributed to has no such row.
    const other = row(row(api.tree(), 'Person')?.children, 'Ержан Саденов');
    assert.ok(other && !other.children?.some((n) => n.label.startsWith('Quotes')), JSON.stringify(other));
  });

  it('run again, it keeps what a person decided: a rejected speaker stays rejected, a speaker set by hand wins', async () => {
    const uri = editor.document.uri.toString();
    const sc = readSidecar(file);
    const quotes = sc.annotations.filter((a) => a.type === 'QUOTE').sort((x, y) => x.start - y.start);
    const second = sc.relations.find((r) => r.type === 'speaker' && r.from === quotes[1].id)!;
    await vscode.commands.executeCommand('newsmark.rejectRelation', { uri, id: second.id });
    const person = sc.annotations.find((a) => a.text === 'Ержан Саденов')!;
    await vscode.commands.executeCommand('newsmark.setSpeaker', { uri, id: quotes[2].id }, person.id);
    const decided = [['Владимир Колокольцев suggested'], ['Владимир Колокольцев rejected'], ['Ержан Саденов manual', 'МВД rejected']];
    assert.deepStrictEqual(speakers(), decided);
    await vscode.commands.executeCommand('newsmark.annotateDocument');
    assert.deepStrictEqual(speakers(), decided);
    assert.doesNotMatch(await hoverAt(editor, quotes[1].start + 2), /Speaker:/);
    // The view follows: one quote left under Колокольцев, the last one under Саденов.
    const row = (list: TreeSnapshotNode[] | undefined, label: string) => list?.find((n) => n.label === label);
    const quoteRows = (who: string) =>
      row(row(api.tree(), 'Person')?.children, who)
        ?.children?.filter((n) => n.label.startsWith('Quotes'))
        .map((n) => n.label);
    assert.deepStrictEqual([quoteRows('Владимир Колокольцев'), quoteRows('Ержан Саденов')], [['Quotes (1)'], ['Quotes (1)']]);
  });
});

describe('editor: merge conflicts on quotes’ relations', () => {
  let api: NewsmarkApi;

  before(async () => {
    api = await newsmark();
  });

  it('a speaker and a role decided differently on two branches show in the Problems panel; Resolve takes theirs, the quick fix keeps ours', async () => {
    const base = mergeSuggestions(undefined, [at('Министр', 'ROLE'), at('Иван Петров', 'PER'), at('Мы готовы к переговорам', 'QUOTE')], { quotes: true });
    const id = (q: string) => base.find((a) => a.text === q)!.id;
    const quote = base.find((a) => a.type === 'QUOTE')!;
    const person = base.find((a) => a.type === 'PER')!;
    const speaker: Relation = { id: relationId('speaker', quote.id, person.id), type: 'speaker', from: quote.id, to: person.id, status: 'suggested' };
    const role: Relation = { id: relationId('role', person.id, id('Министр')), type: 'role', from: person.id, to: id('Министр'), status: 'suggested' };
    const file = freshArticle('quotes-conflict', TEXT);
    const name = path.basename(file);
    const side = (speakerStatus: Relation['status'], roleStatus: Relation['status']) =>
      serializeSidecar(undefined, name, TEXT, base, setRelationStatus(setRelationStatus([speaker, role], speaker.id, speakerStatus), role.id, roleStatus));
    // Ours accepts both; theirs rejects both: each relation is decided differently.
    const merged = mergeSidecars(side('suggested', 'suggested'), side('accepted', 'accepted'), side('rejected', 'rejected'), TEXT, sidecarOf(file), name);
    assert.deepStrictEqual(merged.conflicts.map((c) => c.id).sort(), [speaker.id, role.id].sort());
    fs.writeFileSync(sidecarOf(file), merged.text);
    const editor = await open(file);
    const uri = editor.document.uri;
    const shownAt = (a: { start: number; end: number }) => (d: vscode.Diagnostic) =>
      d.range.isEqual(new vscode.Range(editor.document.positionAt(a.start), editor.document.positionAt(a.end)));
    const shown = await waitFor('two relation conflicts in the Problems panel', vscode.languages.onDidChangeDiagnostics, () =>
      conflictsShown(uri).length === 2 ? conflictsShown(uri) : undefined,
    );
    // Each on the word it belongs to: a speaker on its quote, a role on its person.
    assert.match(
      shown.find(shownAt(quote))?.message ?? '',
      /^The speaker of “Мы готовы к переговорам” was decided differently on two branches — ours status: accepted, theirs status: rejected/,
    );
    assert.match(shown.find(shownAt(person))?.message ?? '', /^The role of “Иван Петров” was decided differently/);

    // The quote's hover says so under its speaker line, with a Resolve… link naming the relation.
    const hover = await hoverAt(editor, quote.start + 2);
    assert.match(hover, /Decided differently on two branches: theirs status: rejected/);
    const link = /\[Resolve…\]\(command:newsmark\.resolveConflict\?([A-Za-z0-9%._~-]+) /.exec(hover);
    assert.ok(link, hover);
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(link[1])), [{ uri: uri.toString(), id: speaker.id, from: 'hover' }]);

    // Cursor on the quote, Resolve Merge Conflict, Down, Enter: take theirs.
    putCursor(editor, quote.start + 2);
    const asked = waitFor('the quick pick', api.onDidNotify, (n) => (n?.severity === 'question' ? n.message : undefined));
    const running = vscode.commands.executeCommand('newsmark.resolveConflict');
    assert.match(await asked, /the speaker of “Мы готовы к переговорам” was decided differently on two branches \(2 in this document\)/);
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await running;
    let sc = readSidecar(file);
    assert.strictEqual(sc.relations.find((r) => r.id === speaker.id)?.status, 'rejected', 'theirs taken');
    assert.deepStrictEqual(
      unresolvedConflicts(sc).map((c) => c.id),
      [role.id],
    );
    await waitFor('one conflict left in the Problems panel', vscode.languages.onDidChangeDiagnostics, () => conflictsShown(uri).length === 1);

    // Ctrl+. on the person offers both sides of their role; Keep ours.
    const range = new vscode.Range(editor.document.positionAt(person.start), editor.document.positionAt(person.end));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range);
    assert.deepStrictEqual(
      actions.map((a) => a.title).filter((t) => t.startsWith('Newsmark')),
      ['Newsmark: Keep ours', 'Newsmark: Take theirs'],
    );
    const keep = actions.find((a) => a.title === 'Newsmark: Keep ours')!.command!;
    await vscode.commands.executeCommand(keep.command, ...(keep.arguments ?? []));
    sc = readSidecar(file);
    assert.strictEqual(sc.relations.find((r) => r.id === role.id)?.status, 'accepted', 'ours kept');
    assert.deepStrictEqual(unresolvedConflicts(sc), [], 'newsmark check finds no conflict left');
    assert.doesNotMatch(fs.readFileSync(sidecarOf(file), 'utf8'), /conflict:/);
    await waitFor('no conflict left in the Problems panel', vscode.languages.onDidChangeDiagnostics, () => conflictsShown(uri).length === 0);
  });
});
