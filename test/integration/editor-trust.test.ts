// Nothing in a repository can click for the person: sidecar values echoed in a warning (article,
// type, status, a duplicate id, a bad offset) carry no link syntax by the time VS Code renders the
// notification, file names print their control characters escaped, and an id holding `)` cannot cut
// the hover's command links. Messages are read through api.onDidNotify: the exact text handed to
// showWarningMessage.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsmarkApi } from '../../src/extension/api';
import { freshArticle, hoverAt, newsmark, offsetOf, open, sidecarOf, waitFor } from './editor-helpers';

/** The pattern VS Code's notifications use to find links (parseLinkedText, src/vs/base/common/linkedText.ts). */
const VSCODE_LINKED_TEXT = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
const EVIL = '[x](command:workbench.extensions.installExtension?%5B%22evil.pack%22%5D)';
/** Single-quoted YAML scalar of EVIL. */
const Q = `'${EVIL}'`;

function assertNoLink(message: string): void {
  assert.ok(!VSCODE_LINKED_TEXT.test(message), `a notification link in: ${message}`);
  assert.ok(!message.includes(']('), `Markdown link syntax in: ${message}`);
}

describe('editor: file text never becomes a link', () => {
  let api: NewsmarkApi;

  before(async () => {
    api = await newsmark();
  });

  const hostile: Array<[string, (name: string, quote: string) => string]> = [
    ['article', () => `newsmark: 1\narticle: ${Q}\nhash: x\nannotations: []\n`],
    [
      'type',
      (name, q) => `newsmark: 1\narticle: ${name}\nhash: x\nannotations:\n  - { id: a1, type: ${Q}, status: suggested, text: ${q}, start: 0, end: 5 }\n`,
    ],
    ['status', (name, q) => `newsmark: 1\narticle: ${name}\nhash: x\nannotations:\n  - { id: a1, type: LOC, status: ${Q}, text: ${q}, start: 0, end: 5 }\n`],
    [
      'a duplicate id',
      (name, q) =>
        `newsmark: 1\narticle: ${name}\nhash: x\nannotations:\n${`  - { id: ${Q}, type: LOC, status: suggested, text: ${q}, start: 0, end: 5 }\n`.repeat(2)}`,
    ],
    [
      'a bad offset',
      (name, q) => `newsmark: 1\narticle: ${name}\nhash: x\nannotations:\n  - { id: a1, type: LOC, status: suggested, text: ${q}, start: ${Q}, end: 5 }\n`,
    ],
  ];
  for (const [field, sidecar] of hostile) {
    it(`a sidecar with link syntax in ${field} is refused with a message that carries no link`, async () => {
      const file = freshArticle(`hostile-${field.replace(/\W+/g, '-')}`);
      const name = path.basename(file);
      const quote = JSON.stringify(fs.readFileSync(file, 'utf8').slice(0, 5));
      fs.writeFileSync(sidecarOf(file), sidecar(name, quote));
      const shown = waitFor(`the warning about ${name}`, api.onDidNotify, (n) =>
        n?.severity === 'warning' && n.message.includes(name) ? n.message : undefined,
      );
      const editor = await open(file);
      const message = await shown;
      assert.ok(api.problem(editor.document.uri), 'the sidecar is refused');
      assert.ok(message.includes('command:workbench.extensions.installExtension'), `the value is still shown, as words: ${message}`);
      assertNoLink(message);
    });
  }

  it('a message quoting article text carries no link (Undo of a Remove)', async () => {
    // Article text reaches messages too: "undid: Remove “…”" quotes the annotated words.
    const file = freshArticle('hostile-quote', `Владимир Колокольцев ${EVIL} прибыл в Москву.\n`);
    const editor = await open(file);
    const start = offsetOf(editor, EVIL);
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + EVIL.length));
    await vscode.commands.executeCommand('newsmark.annotateSelection', 'ORG');
    const mine = api.annotations(editor.document.uri).find((a) => a.status === 'manual');
    assert.ok(mine, 'the selection is annotated');
    await vscode.commands.executeCommand('newsmark.removeAnnotation', { uri: editor.document.uri.toString(), id: mine.id });
    const shown = waitFor('the undo message', api.onDidNotify, (n) => (n?.message.includes('undid') ? n.message : undefined));
    await vscode.commands.executeCommand('newsmark.undo');
    const message = await shown;
    assert.ok(message.includes('installExtension'), message);
    assertNoLink(message);
  });

  it('a file name with a control character is printed escaped', async () => {
    const dir = path.dirname(freshArticle('control-name'));
    const file = path.join(dir, 'tab\there.txt');
    fs.writeFileSync(file, 'В Астане встретились министры.\n');
    fs.writeFileSync(sidecarOf(file), 'newsmark: 1\narticle: other.txt\nhash: x\nannotations: []\n');
    const shown = waitFor('the warning about the tab name', api.onDidNotify, (n) => (n?.message.includes('tab\\there.txt') ? n.message : undefined));
    await open(file);
    const message = await shown;
    assert.ok(!message.includes('\t'), `no raw tab in: ${JSON.stringify(message)}`);
  });

  it('an id holding ")" keeps the hover links whole: the Accept link accepts that annotation', async () => {
    const file = freshArticle('paren-id', 'В Астане встретились министры.\n');
    const id = 'loc-1) [y](command:workbench.action.quit';
    const text = fs.readFileSync(file, 'utf8');
    const start = text.indexOf('Астане');
    fs.writeFileSync(
      sidecarOf(file),
      `newsmark: 1\narticle: ${path.basename(file)}\nhash: x\nannotations:\n  - { id: '${id}', type: LOC, status: suggested, text: Астане, start: ${start}, end: ${start + 6} }\n`,
    );
    const editor = await open(file);
    await waitFor('the hand-written annotation', api.onDidChangeAnnotations, () => api.annotations(editor.document.uri).some((a) => a.id === id));
    const hover = await hoverAt(editor, start + 2);
    // A Markdown renderer ends an inline link at the first unbalanced ")": read links the same way.
    const links = [...hover.matchAll(/\[([^\]]+)\]\((command:[^)\s]*)/g)].map((m) => ({ label: m[1], target: m[2] }));
    assert.deepStrictEqual(
      links.map((l) => l.label),
      ['Accept', 'Reject', 'Relabel', 'Add note'],
    );
    const accept = /^command:([\w.]+)\?(.*)$/.exec(links[0].target);
    assert.ok(accept, links[0].target);
    const args = JSON.parse(decodeURIComponent(accept[2])) as unknown[];
    assert.deepStrictEqual(args, [{ uri: editor.document.uri.toString(), id, from: 'hover' }]);
    await vscode.commands.executeCommand(accept[1], ...args);
    assert.strictEqual(api.annotations(editor.document.uri).find((a) => a.id === id)?.status, 'accepted');
  });
});
