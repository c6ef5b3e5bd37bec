// Smoke test of the whole chain inside a real VS Code: the extension loads from the development
// path, activates on a plaintext article, registers what it contributes, and Annotate Document
// makes the hover provider answer over a figure of the sample article.
import * as assert from 'node:assert';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'newsmark.newsmark';
const SAMPLE = 'ru-mvd-kazakhstan-russia.txt';

interface CommandContribution {
  command: string;
  title: string;
}

function sampleUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test host opens a workspace folder holding a copy of samples/');
  return vscode.Uri.file(path.join(folder.uri.fsPath, SAMPLE));
}

function contributedCommands(): CommandContribution[] {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  return (ext?.packageJSON?.contributes?.commands ?? []) as CommandContribution[];
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
    // onLanguage:plaintext: the activation opening the article started is joined (activate() returns
    // the one in flight), so the check needs no polling; the manifest names the event.
    assert.ok((ext.packageJSON.activationEvents as string[]).includes('onLanguage:plaintext'));
    await ext.activate();
    assert.ok(ext.isActive);
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
    // The command resolves once the annotations are in the store: the hover answers at once.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos);
    assert.match(hoverText(hovers ?? []), /\b700\b/);
  });
});
