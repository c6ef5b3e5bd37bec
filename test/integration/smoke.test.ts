// Smoke test of the whole chain inside a real VS Code: the extension loads from the development
// path, activates on a plaintext article, registers what it contributes, and Annotate Document
// makes the hover provider answer over a figure of the sample article.
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'newsmark.newsmark';
const SAMPLE = 'ru-mvd-kazakhstan-russia.txt';

interface CommandContribution { command: string; title: string }

function sampleUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test host opens a workspace folder holding a copy of samples/');
  return vscode.Uri.file(path.join(folder.uri.fsPath, SAMPLE));
}

function contributedCommands(): CommandContribution[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  return (ext?.packageJSON?.contributes?.commands ?? []) as CommandContribution[];
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 10000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('smoke: newsmark in a real VS Code extension host', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    const doc = await vscode.workspace.openTextDocument(sampleUri());
    editor = await vscode.window.showTextDocument(doc);
  });

  it('is loaded from the development path and activates on a plaintext article', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    assert.strictEqual(editor.document.languageId, 'plaintext');
    // onLanguage:plaintext activates it without anyone calling activate()
    await waitFor('activation by onLanguage:plaintext', () => ext.isActive);
  });

  it('registers every command it contributes', async () => {
    const contributed = contributedCommands();
    assert.ok(contributed.length > 0, 'package.json contributes at least one command');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c.command)).map((c) => c.command);
    assert.deepStrictEqual(missing, [], 'contributed but not registered');
  });

  it('Annotate Document runs, then the hover over "семисот" shows 700', async () => {
    const annotate = contributedCommands().find((c) => c.title === 'Annotate Document');
    assert.ok(annotate, 'a command titled "Annotate Document" is contributed');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand(annotate.command);

    const offset = editor.document.getText().indexOf('семисот');
    assert.ok(offset >= 0, 'the sample contains "семисот"');
    const pos = editor.document.positionAt(offset + 3); // inside the word
    const text = await waitFor('a Newsmark hover over "семисот"', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos);
      const t = hoverText(hovers ?? []);
      return /700/.test(t) ? t : undefined;
    });
    assert.match(text, /\b700\b/);
  });
});
